@testable import kata
import KataKit
import Testing

@Suite("kata watch fits its screen to the terminal")
struct WatchScreenTests {
    private static let tail = ["Next: fix `f`, then save the file", "", "h hint · q quit"]
    private static func cut(_ lines: Int) -> String { "… \(lines) more lines" }

    /// The rows `lines` take at `width` columns, long lines wrapping.
    private static func rows(_ lines: [String], width: Int) -> Int {
        lines.reduce(0) { $0 + terminalRows($1, width: width) }
    }

    @Test("a screen that fits, or output that is not a terminal, is left whole")
    func whole() {
        let report = (1...10).map { "line \($0)" }
        #expect(WatchScreen.fit(report: report, tail: Self.tail, rows: 22, width: 80, cut: Self.cut) == report + Self.tail)
        let long = (1...100).map { "line \($0)" }
        #expect(WatchScreen.fit(report: long, tail: Self.tail, rows: nil, width: 80, cut: Self.cut) == long + Self.tail)
    }

    @Test("a report too tall is cut at its end, the tail kept, in the rows there are",
          arguments: [(22, 80), (22, 40), (38, 100)])
    func cut(rows: Int, width: Int) {
        // Every third line is 90 columns: it wraps below 90, and takes two rows or three.
        let report = (1...40).map { $0 % 3 == 0 ? String(repeating: "x", count: 90) : "line \($0)" }
        let screen = WatchScreen.fit(report: report, tail: Self.tail, rows: rows, width: width, cut: Self.cut)
        #expect(Array(screen.suffix(Self.tail.count)) == Self.tail)
        let kept = screen.count - Self.tail.count - 1
        #expect(Array(screen.prefix(kept)) == Array(report.prefix(kept)))
        #expect(screen[kept] == "… \(report.count - kept) more lines")
        #expect(Self.rows(screen, width: width) <= rows - 1)
        // No room is wasted: one more report line would not have fitted.
        #expect(Self.rows(screen, width: width) + terminalRows(report[kept], width: width) > rows - 1)
    }

    @Test("the cut falls between two blocks of the report when one ends in the half that fits")
    func betweenBlocks() {
        let block = { (name: String) in ["\(name):"] + (1...5).map { "  \(name) \($0)" } + [""] }
        let report = block("first") + block("second") + block("third")
        let screen = WatchScreen.fit(report: report, tail: Self.tail, rows: 18, width: 80, cut: Self.cut)
        // 13 report lines would fit beside the cut line, 6 of the second block among them:
        // they go, and the cut follows the first block's blank line.
        #expect(screen == block("first") + ["… 14 more lines"] + Self.tail)
        // With room for all but the third block's last lines, the cut keeps the second block.
        let taller = WatchScreen.fit(report: report, tail: Self.tail, rows: 23, width: 80, cut: Self.cut)
        #expect(taller == block("first") + block("second") + ["… 7 more lines"] + Self.tail)
    }

    @Test("a terminal too short for even two lines of the report scrolls instead")
    func tooShort() {
        let report = (1...10).map { "line \($0)" }
        #expect(WatchScreen.fit(report: report, tail: Self.tail, rows: 5, width: 80, cut: Self.cut) == report + Self.tail)
    }
}
