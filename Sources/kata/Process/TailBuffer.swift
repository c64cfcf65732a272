/// Keeps the last bytes of a stream, up to a limit: a crash report or a backtrace
/// comes at the end of what a program writes, after whatever it printed first,
/// however much that was.
struct TailBuffer {
    /// The most bytes kept.
    let limit: Int
    /// The bytes held: the last `limit` of them are the ones kept.
    private var held: [UInt8] = []

    /// Creates an empty buffer that keeps the last `limit` bytes.
    init(limit: Int) {
        self.limit = limit
    }

    /// Appends a chunk, forgetting the oldest bytes past the limit.
    mutating func append(_ chunk: ArraySlice<UInt8>) {
        held += chunk
        // Trimmed only once twice the limit is held, so that each byte is moved a
        // bounded number of times however many small chunks arrive.
        if held.count > 2 * limit { held.removeFirst(held.count - limit) }
    }

    /// The kept bytes as text (a cut through a character shows as U+FFFD).
    var text: String {
        String(decoding: held.suffix(limit), as: UTF8.self)
    }

    /// Empties the buffer.
    mutating func clear() {
        held = []
    }
}
