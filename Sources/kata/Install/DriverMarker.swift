import Foundation

/// Tells a `kata` driver from someone else's file of the same name, without running it.
///
/// Every build of the driver holds `text` among its constant strings; `kata install` and
/// `kata uninstall` replace or remove a file only when its bytes contain it. Running the
/// file to ask would run whatever program happens to be there.
enum DriverMarker {
    /// The bytes that mark a kata driver. Kept in the binary because `isKataDriver` reads it.
    static let text = "kata-driver-marker: the command of the MLE kata workbook (issue 10)"

    /// The most a file is read to look for the marker: far above any driver's size.
    static let largestDriver = 512 << 20

    /// Whether the file at `path` is a kata driver: a regular file (or a link to one)
    /// holding the marker.
    /// - Parameter path: The file.
    /// - Returns: `false` for a missing, unreadable or oversized file, or one without the marker.
    static func isKataDriver(atPath path: String) -> Bool {
        guard let attributes = try? FileManager.default.attributesOfItem(atPath: URL(fileURLWithPath: path).resolvingSymlinksInPath().path),
              attributes[.type] as? FileAttributeType == .typeRegular,
              let size = attributes[.size] as? Int, size <= largestDriver,
              let contents = try? Data(contentsOf: URL(fileURLWithPath: path), options: .alwaysMapped) else { return false }
        return contents.range(of: Data(text.utf8)) != nil
    }
}
