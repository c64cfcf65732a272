import Foundation

/// Notices when any file under some folders is saved, by polling their times, sizes
/// and inodes: this works with every editor, including those that save by writing a
/// new file and renaming it over the old one.
final class FileWatcher {
    /// What identifies one version of a file.
    private struct Stamp: Equatable {
        var modified: Date
        var size: Int
        var inode: Int
    }

    /// The folders (or files) watched, as absolute paths.
    let paths: [String]
    private var stamps: [String: Stamp]

    /// Starts watching `paths`, taking the files as they are now as seen.
    init(paths: [String]) {
        self.paths = paths
        stamps = Self.snapshot(paths)
    }

    /// Whether a file was saved, added or removed since the last call (or since the
    /// watcher started); the change is then taken as seen.
    func changed() -> Bool {
        let now = Self.snapshot(paths)
        defer { stamps = now }
        return now != stamps
    }

    private static func snapshot(_ paths: [String]) -> [String: Stamp] {
        var stamps: [String: Stamp] = [:]
        let manager = FileManager.default
        for root in paths {
            let files = manager.subpaths(atPath: root).map { $0.map { "\(root)/\($0)" } } ?? [root]
            for file in files {
                guard let attributes = try? manager.attributesOfItem(atPath: file),
                      attributes[.type] as? FileAttributeType == .typeRegular else { continue }
                stamps[file] = Stamp(modified: attributes[.modificationDate] as? Date ?? .distantPast,
                                     size: (attributes[.size] as? NSNumber)?.intValue ?? 0,
                                     inode: (attributes[.systemFileNumber] as? NSNumber)?.intValue ?? 0)
            }
        }
        return stamps
    }
}
