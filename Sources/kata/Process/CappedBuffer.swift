/// Collects bytes up to a limit and counts what it had to drop, so that a child
/// flooding its output cannot exhaust the driver's memory.
struct CappedBuffer {
    /// The most bytes kept.
    let limit: Int
    /// The bytes kept, the first `limit` of them.
    private(set) var bytes: [UInt8] = []
    /// How many bytes past the limit were dropped.
    private(set) var dropped = 0

    /// Creates an empty buffer that keeps at most `limit` bytes.
    init(limit: Int) {
        self.limit = limit
    }

    /// Appends what fits and counts the rest.
    mutating func append(_ chunk: ArraySlice<UInt8>) {
        let room = max(0, limit - bytes.count)
        bytes += chunk.prefix(room)
        dropped += max(0, chunk.count - room)
    }

    /// The kept bytes as text, with a note of what was dropped.
    var text: String {
        let kept = String(decoding: bytes, as: UTF8.self)
        return dropped == 0 ? kept : kept + Self.note(dropped: dropped)
    }

    /// The line `text` ends with when bytes were dropped.
    private static func note(dropped: Int) -> String {
        "\n… and \(dropped) more bytes, not shown"
    }

    /// Takes text made by `text` apart again, for a reader that shows only some of it
    /// and must still say that more was printed than was kept.
    /// - Parameter text: A buffer's `text`.
    /// - Returns: The kept text, and how many bytes were dropped after it (0 when none).
    static func split(_ text: String) -> (kept: String, dropped: Int) {
        guard let match = text.firstMatch(of: #/\n… and (\d+) more bytes, not shown\z/#),
              let dropped = Int(match.1) else { return (text, 0) }
        return (String(text[..<match.range.lowerBound]), dropped)
    }

    /// Empties the buffer.
    mutating func clear() {
        bytes = []
        dropped = 0
    }
}
