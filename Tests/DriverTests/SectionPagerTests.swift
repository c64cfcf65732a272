import Testing
@testable import kata

@Suite("Reading a story one section at a time")
struct SectionPagerTests {
    /// A pager fed these keys, and what it wrote.
    final class Recorder {
        var keys: [UInt8]
        var written = ""
        init(_ keys: String) { self.keys = Array(keys.utf8) }
        func pager(pausing: Bool = true) -> SectionPager {
            SectionPager(pausing: pausing, style: .plain, readKey: { [self] in keys.isEmpty ? nil : keys.removeFirst() },
                         write: { [self] in written += $0 })
        }
    }

    @Test("Enter and space go on, other keys are ignored, q and the end of input quit")
    func keys() {
        let recorder = Recorder("\n x\u{7F}q")
        let pager = recorder.pager()
        #expect(pager.pause(before: "next section") == .next)
        #expect(pager.pause(before: "next section") == .next)
        #expect(pager.pause(before: "next section") == .quit)
        #expect(pager.pause(before: "next section") == .quit)
        #expect(recorder.written.contains("Enter: next section · a: all the rest · q: quit"))
    }

    @Test("what run says after q fits the terminal, at 80 columns and at 40")
    func stoppedFits() {
        for width in [40, 80] {
            let lines = Driver.stoppedReading(width: width).split(separator: "\n")
            #expect(lines.allSatisfy { $0.count <= width }, "\(lines)")
            #expect(lines.joined(separator: " ").hasSuffix("check` grades your work; --no-pager shows a story at once."))
        }
    }

    @Test("a shows the rest without pausing again")
    func all() {
        let recorder = Recorder("a")
        let pager = recorder.pager()
        #expect(pager.pause(before: "kata 10.2.2") == .all)
        #expect(pager.pause(before: "kata 10.2.3") == .next)
        #expect(recorder.written.components(separatedBy: "Enter:").count == 2)
    }

    @Test("when not pausing (piped, or --no-pager) it never reads a key or writes a prompt")
    func notPausing() {
        let recorder = Recorder("q")
        #expect(recorder.pager(pausing: false).pause(before: "next section") == .next)
        #expect(recorder.keys.count == 1)
        #expect(recorder.written.isEmpty)
    }

    @Test("output is cut into lines as chunks arrive, a partial line waiting for its end")
    func lines() {
        var splitter = LineSplitter()
        #expect(splitter.take(ArraySlice("one\ntw".utf8)) == ["one"])
        #expect(splitter.take(ArraySlice("o\nθ̂".utf8)) == ["two"])
        #expect(splitter.rest == "θ̂")
    }
}
