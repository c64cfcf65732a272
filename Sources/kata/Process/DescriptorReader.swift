import Foundation

/// Waits for the driver's ends of a child's pipes to have data, with a deadline.
enum DescriptorReader {
    /// What became of a wait.
    enum Readiness {
        /// These descriptors have data or have reached their end.
        case ready([Int32])
        /// The deadline passed first.
        case timedOut
    }

    /// Waits until one of `descriptors` can be read or `deadline` passes.
    static func wait(for descriptors: [Int32], until deadline: Date) -> Readiness {
        var polls = descriptors.map { pollfd(fd: $0, events: Int16(POLLIN), revents: 0) }
        while true {
            let milliseconds = Int32(max(0, min(deadline.timeIntervalSinceNow * 1000, 60_000)).rounded(.up))
            let count = poll(&polls, nfds_t(polls.count), milliseconds)
            if count < 0 && errno == EINTR { continue }
            if count <= 0 {
                if Date() >= deadline { return .timedOut }
                continue
            }
            return .ready(polls.filter { $0.revents != 0 }.map(\.fd))
        }
    }

    /// Reads what one `read(2)` gives: `nil` when nothing is there yet, empty at the
    /// end of the stream.
    static func readChunk(_ descriptor: Int32) -> ArraySlice<UInt8>? {
        var buffer = [UInt8](repeating: 0, count: 65_536)
        while true {
            let count = buffer.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
            if count < 0 && errno == EINTR { continue }
            if count < 0 && (errno == EAGAIN || errno == EWOULDBLOCK) { return nil }
            return buffer[0..<max(0, count)]
        }
    }
}
