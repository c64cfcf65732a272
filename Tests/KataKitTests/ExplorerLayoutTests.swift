import Foundation
import KataKit
import Testing

/// The least explorer there is: the layout helpers are static, and need a type to hang on.
private struct Bare: Explorer {
    var title: String { "bare" }
    var keyHelp: [(key: String, does: String)] { [] }
    var minimumSize: (width: Int, height: Int) { (10, 5) }
    mutating func handle(_ key: ExplorerKey) -> Bool { false }
    func body(width: Int, height: Int, style: TerminalStyle) -> [String] { [] }
}

@Suite("Explorer layout")
struct ExplorerLayoutTests {
    @Test("fixed writes the workbook's minus, or a hyphen in ASCII")
    func fixed() {
        #expect(Bare.fixed(-1.26, 1) == "−1.3")
        #expect(Bare.fixed(-0.5, 2, unicode: false) == "-0.50")
        #expect(Bare.fixed(3, 0) == "3")
    }

    @Test("grid spans both ends evenly, and gives the two ends when asked for fewer than two")
    func grid() {
        let values = Bare.grid(1...3, count: 5)
        #expect(values == [1, 1.5, 2, 2.5, 3])
        #expect(Bare.grid(1...3, count: 1) == [1, 3])
    }

    @Test("beside pads the left column by what shows, so colour codes do not shift the right one")
    func beside() {
        let red = "\u{1B}[31mab\u{1B}[0m"
        let lines = Bare.beside([red, "abcd"], ["x", "y", "z"], leftWidth: 4)
        #expect(lines.map(\.withoutEscapeCodes) == ["ab   x", "abcd y", "     z"])
    }

    @Test("a plot is redrawn shorter until it fits its lines, in its own width", arguments: [6, 9, 14])
    func plotFits(lines: Int) {
        let drawn = Bare.plot(width: 30, lines: lines, style: TerminalStyle(colour: false, unicode: true, width: 80)) { rows in
            LinePlot(series: [LinePlot.Series(name: "a long legend that wraps in thirty columns", points: [(0, 0), (1, 1)])],
                     width: 20, height: rows, xLabel: "x", yLabel: "")
        }
        #expect(drawn.count <= lines && drawn.count >= min(lines, 5))
        #expect(drawn.allSatisfy { $0.count <= 30 })
    }

    @Test("a heat map keeps to its lines and columns, and computes no point that no cell shows")
    func heatMap() {
        var calls = 0
        let drawn = Bare.heatMap(xs: 0...1, ys: 0...2, width: 30, lines: 12,
                                 style: TerminalStyle(colour: false, unicode: true, width: 80),
                                 labels: ("x", "y", "z"), mark: .point(x: 0.5, y: 1), valueRange: -1...0) { x, y in
            calls += 1
            return -x * y / 2
        }
        #expect(drawn.count <= 12 && drawn.allSatisfy { $0.count <= 30 })
        // Six lines of frame and legend leave six rows; a column per cell the tick labels leave.
        #expect(calls % 6 == 0 && calls / 6 < 30)
    }

    @Test("an explored curve draws its top and the path as points, and marks the cursor")
    func explored() {
        let square = { (x: Double) in -(x - 1) * (x - 1) }
        let plot = Bare.explored(("−(x − 1)²", square), over: Bare.grid(0...2, count: 21), top: ("top", 1),
                                 path: [0.25, 0.5], cursor: 1.5, width: 40, height: 8, xLabel: "x")
        #expect(plot.series.map(\.name) == ["−(x − 1)²", "top", "the path"])
        #expect(plot.series[1].points.map(\.y) == [0] && plot.series[2].points.map(\.x) == [0.25, 0.5])
        #expect(plot.mark?.x == 1.5 && plot.mark?.y == -0.25)
        let alone = Bare.explored(("−(x − 1)²", square), over: [0, 2], top: ("top", 1), path: [], cursor: 0,
                                  width: 40, height: 8, xLabel: "x")
        #expect(alone.series.count == 2)
    }
}
