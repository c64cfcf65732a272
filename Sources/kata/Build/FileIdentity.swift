import Glibc

/// Which file a path names and which version of it: its device, inode, size and
/// modification time to the nanosecond.
///
/// Used for files the driver does not write, to tell whether someone else has since
/// replaced them: a kata binary relinked by a hand-typed `swift build`, a compiler
/// updated in place.
struct FileIdentity: Codable, Equatable {
    /// The device and inode: a file renamed over the old one has another inode.
    let device: UInt64, inode: UInt64
    /// The size in bytes.
    let size: Int64
    /// The modification time, in nanoseconds since 1970.
    let modified: Int64

    /// The identity of the file at `path`, following symbolic links; `nil` when there is none.
    init?(of path: String) {
        var info = stat()
        guard stat(path, &info) == 0 else { return nil }
        self.init(info)
    }

    /// The identity a `stat` call found.
    init(_ info: stat) {
        device = UInt64(info.st_dev)
        inode = UInt64(info.st_ino)
        size = Int64(info.st_size)
        modified = Self.nanoseconds(info.st_mtim)
    }

    /// A time from `stat`, in nanoseconds since 1970.
    static func nanoseconds(_ time: timespec) -> Int64 {
        Int64(time.tv_sec) * 1_000_000_000 + Int64(time.tv_nsec)
    }
}
