import Foundation
import Glibc

/// Writes a file so that a reader (or a later run) sees either the old file or the
/// new one whole, never a half-written one, even when `kata` is stopped mid-write.
enum AtomicFile {
    /// Why a write failed.
    struct WriteError: Error, CustomStringConvertible {
        /// What failed, with the system's reason.
        let description: String
    }

    /// Writes `data` to a temporary file beside `path`, flushes it to disk, and renames
    /// it over `path` in one step. The temporary name is `path` plus a suffix, so an
    /// ignore pattern for `path.*` covers it should the machine stop before the rename.
    /// - Throws: `WriteError` when any step fails; the temporary file is then removed.
    static func write(_ data: Data, to path: String) throws(WriteError) {
        let temporary = "\(path).writing-\(getpid())"
        let descriptor = open(temporary, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        guard descriptor >= 0 else { throw failure("create \(temporary)") }
        let written = data.withUnsafeBytes { buffer -> Bool in
            var offset = 0
            while offset < buffer.count {
                let count = Glibc.write(descriptor, buffer.baseAddress.map { $0 + offset }, buffer.count - offset)
                if count < 0 && errno == EINTR { continue }
                guard count > 0 else { return false }
                offset += count
            }
            return true
        }
        let error = written ? nil : failure("write \(temporary)")
        // fsync before the rename: otherwise a power cut can leave the new name on an empty file.
        let syncError = fsync(descriptor) == 0 ? nil : failure("flush \(temporary)")
        close(descriptor)
        if let error = error ?? syncError {
            unlink(temporary)
            throw error
        }
        guard rename(temporary, path) == 0 else {
            let error = failure("rename \(temporary) to \(path)")
            unlink(temporary)
            throw error
        }
    }

    /// The error for a failed step, with `errno`'s reason (read before anything resets it).
    private static func failure(_ step: String) -> WriteError {
        WriteError(description: "could not \(step): \(String(cString: strerror(errno)))")
    }
}
