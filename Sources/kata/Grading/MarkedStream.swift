import Foundation
import KataKit

/// Splits what a kata binary writes into the learner's output and the report events
/// that stand behind a marker, keeping their order.
struct MarkedStream {
    /// A piece of the stream, in order.
    enum Piece {
        /// Bytes the program printed.
        case output([UInt8])
        /// A report event.
        case event(ReportEvent)
    }

    private let marker: [UInt8]
    private var pending: [UInt8] = []

    /// Creates a splitter for events behind `marker`.
    init(marker: String) {
        self.marker = Array(marker.utf8)
    }

    /// Takes the next bytes read and returns what they complete.
    mutating func append(_ chunk: ArraySlice<UInt8>) -> [Piece] {
        pending += chunk
        var pieces: [Piece] = []
        while let start = firstIndex(of: marker, in: pending) {
            if start > 0 { pieces.append(.output(Array(pending[..<start]))) }
            guard let end = pending[start...].firstIndex(of: UInt8(ascii: "\n")) else {
                pending.removeSubrange(..<start)
                return pieces
            }
            let json = pending[(start + marker.count)..<end]
            if let event = ReportEvent(line: Substring(decoding: json, as: UTF8.self)) { pieces.append(.event(event)) }
            pending.removeSubrange(...end)
        }
        // Keep a tail that could be the start of a marker split across reads.
        let keep = min(pending.count, marker.count - 1)
        if pending.count > keep {
            pieces.append(.output(Array(pending[..<(pending.count - keep)])))
            pending.removeSubrange(..<(pending.count - keep))
        }
        return pieces
    }

    /// Returns whatever is left when the stream has ended.
    mutating func finish() -> [Piece] {
        defer { pending = [] }
        return pending.isEmpty ? [] : [.output(pending)]
    }

    /// Where `needle` first starts in `haystack`. It looks for the needle's first byte
    /// with `memchr`, because a child may print a hundred megabytes that all pass
    /// through here and a byte-by-byte loop is slow in a debug build of the driver.
    private func firstIndex(of needle: [UInt8], in haystack: [UInt8]) -> Int? {
        guard let first = needle.first, haystack.count >= needle.count else { return nil }
        return haystack.withUnsafeBufferPointer { hay -> Int? in
            guard let base = hay.baseAddress else { return nil }
            let lastStart = hay.count - needle.count
            var from = 0
            while from <= lastStart, let found = memchr(base + from, Int32(first), lastStart - from + 1) {
                let index = UnsafeRawPointer(base).distance(to: UnsafeRawPointer(found))
                if memcmp(base + index, needle, needle.count) == 0 { return index }
                from = index + 1
            }
            return nil
        }
    }
}
