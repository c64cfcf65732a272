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
        return dropped == 0 ? kept : kept + "\n… and \(dropped) more bytes, not shown"
    }

    /// Empties the buffer.
    mutating func clear() {
        bytes = []
        dropped = 0
    }
}
