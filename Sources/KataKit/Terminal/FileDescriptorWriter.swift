#if canImport(Glibc)
import Glibc
#endif

/// Writes text straight to a file descriptor with `write(2)`, bypassing stdio
/// buffers, so that what was written before a crash is not lost.
public struct FileDescriptorWriter: Sendable {
    /// The descriptor written to.
    public let descriptor: Int32

    /// Creates a writer for `descriptor`.
    public init(descriptor: Int32) {
        self.descriptor = descriptor
    }

    /// Standard output.
    public static let standardOutput = FileDescriptorWriter(descriptor: 1)
    /// Standard error.
    public static let standardError = FileDescriptorWriter(descriptor: 2)

    /// Writes all of `text`, retrying after partial writes and interrupts.
    public func write(_ text: String) {
        let bytes = Array(text.utf8)
        var offset = 0
        while offset < bytes.count {
            let written = bytes.withUnsafeBytes { buffer -> Int in
                guard let base = buffer.baseAddress else { return 0 }
                return Glibc.write(descriptor, base + offset, buffer.count - offset)
            }
            if written < 0 && errno == EINTR { continue }
            guard written > 0 else { return }
            offset += written
        }
    }
}
