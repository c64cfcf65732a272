import Foundation
import Glibc

/// An exclusive lock on a folder, held while a few lines run, so that two `kata`
/// processes working in one workbook (two terminals, or `kata watch` and `kata check`)
/// take turns at reading and rewriting the files in it.
///
/// The lock is `flock(2)` on the folder itself: no lock file is left behind, and the
/// system lets go of it when the process ends however it ends (Ctrl-C, `kill -9`), so
/// a stopped `kata` never leaves a stale lock for the next one to trip over.
enum FolderLock {
    /// Runs `body` while holding the lock on `folder`, waiting for another process to
    /// let go of it first.
    ///
    /// Where the folder cannot be locked (it cannot be opened, or its file system has no
    /// locks), `body` runs without the lock: taking turns is a courtesy between `kata`
    /// processes, and doing the work matters more.
    /// - Parameters:
    ///   - folder: The folder to lock.
    ///   - waiting: Called once, before waiting, when another process holds the lock.
    ///   - body: What to do while holding it; keep it short, as others wait for it.
    /// - Returns: What `body` returns.
    /// - Throws: What `body` throws.
    static func holding<Result>(_ folder: String, waiting: () -> Void = {}, _ body: () throws -> Result) rethrows -> Result {
        let descriptor = open(folder, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard descriptor >= 0 else { return try body() }
        // Closing the descriptor is what lets go of the lock.
        defer { close(descriptor) }
        if flock(descriptor, LOCK_EX | LOCK_NB) != 0 && errno == EWOULDBLOCK {
            waiting()
            while flock(descriptor, LOCK_EX) != 0 && errno == EINTR {}
        }
        return try body()
    }
}
