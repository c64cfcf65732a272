import Foundation
import Glibc

/// Whether `swift build` can write where it builds the kata binaries.
///
/// Asked before a build, so that a read-only workbook gets a sentence saying which
/// folder cannot be written, rather than SwiftPM's own failure (which may name a lock
/// file in /tmp).
enum BuildFolder {
    /// The folder `swift build` would need to write and cannot, as the learner would name
    /// it, with the system's reason; `nil` when it can write them all.
    /// - Parameter workbook: The workbook whose build folder is asked about.
    static func unwritable(in workbook: Workbook) -> String? {
        for folder in [workbook.path(".build"), workbook.binaryDirectory] {
            // A folder not made yet is made in the nearest one that exists.
            var existing = URL(fileURLWithPath: folder)
            var isFolder: ObjCBool = false
            while !FileManager.default.fileExists(atPath: existing.path, isDirectory: &isFolder), existing.path != "/" {
                existing.deleteLastPathComponent()
            }
            let name = existing.path == workbook.root ? "the workbook folder" : workbook.relative(existing.path)
            guard isFolder.boolValue else { return "\(name) (\(String(cString: strerror(ENOTDIR))))" }
            if access(existing.path, W_OK) != 0 { return "\(name) (\(String(cString: strerror(errno))))" }
        }
        return nil
    }
}
