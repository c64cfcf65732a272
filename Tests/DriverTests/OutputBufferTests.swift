import Testing
@testable import kata

/// The buffers that keep a child's output bounded however much it prints.
@Suite("Keeping some of a flood of output")
struct OutputBufferTests {
    @Test("a tail buffer keeps the last bytes, across many small chunks and one large one")
    func tail() {
        var buffer = TailBuffer(limit: 10)
        for digit in 0..<1000 { buffer.append(Array("\(digit % 10)".utf8)[...]) }
        #expect(buffer.text == "0123456789")
        buffer.append(Array(repeating: UInt8(ascii: "x"), count: 25)[...] + Array("the end".utf8))
        #expect(buffer.text == "xxxthe end")
        buffer.clear()
        #expect(buffer.text.isEmpty)
    }

    @Test("a capped buffer's text comes apart into what was kept and how much was dropped")
    func capped() {
        var buffer = CappedBuffer(limit: 4)
        buffer.append(Array("abc".utf8)[...])
        #expect(CappedBuffer.split(buffer.text) == ("abc", 0))
        buffer.append(Array("defgh".utf8)[...])
        #expect(CappedBuffer.split(buffer.text) == ("abcd", 4))
        // The learner printing words like the note's is not a note.
        #expect(CappedBuffer.split("… and 12 more bytes, not shown").dropped == 0)
    }
}
