import Testing
import KataKit
@testable import kata

@Suite("Splitting a kata binary's stream into output and events")
struct MarkedStreamTests {
    static let marker = "\u{1E}m-1\u{1E}"

    func split(_ chunks: [String]) -> [String] {
        var stream = MarkedStream(marker: Self.marker)
        var output = ""
        var pieces: [String] = []
        for piece in chunks.flatMap({ stream.append(Array($0.utf8)[...]) }) + stream.finish() {
            switch piece {
            case .output(let bytes): output += String(decoding: bytes, as: UTF8.self)
            case .event(let event):
                if !output.isEmpty { pieces.append("out:" + output); output = "" }
                pieces.append("event:\(event)")
            }
        }
        if !output.isEmpty { pieces.append("out:" + output) }
        return pieces
    }

    @Test("output and events keep their order, even when a marker is split across reads")
    func order() {
        let started = Self.marker + ReportEvent.started(check: 1).line
        let finished = Self.marker + ReportEvent.finished(check: 1, outcome: .passed).line
        let whole = "before\n" + started + "hello" + finished + "after"
        let expected = ["out:before\n", "event:\(ReportEvent.started(check: 1))", "out:hello",
                        "event:\(ReportEvent.finished(check: 1, outcome: .passed))", "out:after"]
        #expect(split([whole]) == expected)
        for cut in stride(from: 1, to: whole.utf8.count, by: 3) {
            let bytes = Array(whole.utf8)
            let chunks = [String(decoding: bytes[..<cut], as: UTF8.self), String(decoding: bytes[cut...], as: UTF8.self)]
            #expect(split(chunks) == expected, "cut at \(cut)")
        }
    }

    @Test("a learner printing something event-like without the marker is just output")
    func spoofing() {
        let fake = ReportEvent.finished(check: 0, outcome: .passed).line
        #expect(split([fake]) == ["out:" + fake])
    }

    @Test("output full of the marker's first byte is passed on whole around the events")
    func falseStarts() {
        // Starts like the marker over and over, never the whole of it.
        let noise = String(repeating: "\u{1E}m-", count: 20_000) + "\u{1E}m"
        let started = Self.marker + ReportEvent.started(check: 2).line
        #expect(split([noise, started, noise]) == ["out:" + noise, "event:\(ReportEvent.started(check: 2))", "out:" + noise])
    }
}
