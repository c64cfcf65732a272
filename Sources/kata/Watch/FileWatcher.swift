import Foundation

import Glibc

/// Notices when any file under some folders is saved, by polling their inodes, sizes and
/// times: this works with every editor, including those that save by writing a new file
/// and renaming it over the old one.
///
/// The change time counts as well as the modification time: every write moves it, and
/// nothing can set it back, so a save in the same second or a `touch -d` is seen too.
final class FileWatcher {
    /// What identifies one version of a file.
    private struct Stamp: Equatable {
        var identity: FileIdentity
        var changed: Int64
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
                var info = stat()
                guard lstat(file, &info) == 0, info.st_mode & S_IFMT == S_IFREG else { continue }
                stamps[file] = Stamp(identity: FileIdentity(info), changed: FileIdentity.nanoseconds(info.st_ctim))
            }
        }
        return stamps
    }
}
