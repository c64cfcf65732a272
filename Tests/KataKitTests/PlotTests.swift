import KataKit
import Testing

private let ascii = TerminalStyle(colour: false, unicode: false, width: 80)
private let unicode = TerminalStyle(colour: false, unicode: true, width: 80)

/// A parabola over 0...1 peaking at x = 0.3, sampled every 0.01.
private func parabola(width: Int = 41, height: Int = 10) -> LinePlot {
    let points = (0...100).map { index -> (x: Double, y: Double) in
        let x = Double(index) / 100
        return (x, 1 - (x - 0.3) * (x - 0.3))
    }
    return LinePlot(points: points, width: width, height: height, xLabel: "x", yLabel: "y", mark: (0.3, 1))
}

@Suite("DotCanvas")
struct DotCanvasTests {
    @Test("braille dots map to their Unicode bits")
    func brailleBits() {
        var canvas = DotCanvas(columns: 2, rows: 1, unicode: true)
        canvas.setDot(x: 0, y: 0)
        for y in 0..<4 { canvas.setDot(x: 2, y: y); canvas.setDot(x: 3, y: y) }
        #expect(canvas.lines() == ["⠁⣿"])
    }

    @Test("ASCII cells show the upper dot, the lower dot or both")
    func asciiDots() {
        var canvas = DotCanvas(columns: 3, rows: 1, unicode: false)
        canvas.setDot(x: 0, y: 0)
        canvas.setDot(x: 1, y: 1)
        canvas.setDot(x: 2, y: 0)
        canvas.setDot(x: 2, y: 1)
        #expect(canvas.lines() == ["'.:"])
    }

    @Test("dots and marks outside the canvas are ignored")
    func outside() {
        var canvas = DotCanvas(columns: 2, rows: 2, unicode: true)
        canvas.setDot(x: -1, y: 0)
        canvas.setDot(x: 4, y: 0)
        canvas.setDot(x: 0, y: 8)
        canvas.put("X", column: 2, row: 0)
        #expect(canvas.lines() == ["  ", "  "])
    }

    @Test("a line joins its ends without gaps", arguments: [true, false])
    func lineHasNoGaps(unicode: Bool) {
        var canvas = DotCanvas(columns: 5, rows: 5, unicode: unicode)
        canvas.drawLine(from: (0, 0), to: (canvas.dotWidth - 1, canvas.dotHeight - 1))
        let lines = canvas.lines()
        for row in 0..<5 {
            #expect(lines[row].count == 5)
            #expect(lines[row].contains { $0 != " " }, "row \(row) is empty")
        }
    }
}

@Suite("LinePlot")
struct LinePlotTests {
    @Test("the marked point lands in its cell", arguments: [ascii, unicode])
    func markLandsInItsCell(style: TerminalStyle) throws {
        let plot = parabola()
        let cell = try #require(plot.cell(of: (0.3, 1), style: style))
        let dotsAcross = style.unicode ? 2 : 1
        #expect(cell.row == 0)
        #expect(cell.column == Int((0.3 * Double(41 * dotsAcross - 1)).rounded()) / dotsAcross)
        let lines = plot.render(style: style).split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let marker: Character = style.unicode ? "●" : "O"
        // Line 0 is the y label; line 1 is the top row of the drawing area.
        let top = Array(lines[1])
        let axis = try #require(top.firstIndex(of: style.unicode ? "┤" : "+"))
        #expect(top.firstIndex(of: marker) == axis + 1 + cell.column)
        #expect(lines.filter { $0.contains(marker) }.count == 1)
    }

    @Test("the marked x value is labelled under a tick at the mark", arguments: [ascii, unicode])
    func markIsLabelled(style: TerminalStyle) throws {
        let plot = parabola()
        let lines = plot.render(style: style).split(separator: "\n").map { Array($0) }
        let rule = try #require(lines.first { $0.contains(style.unicode ? "└" : "+") && $0.contains(style.unicode ? "─" : "-") })
        let corner = try #require(rule.firstIndex(of: style.unicode ? "└" : "+"))
        let tick = try #require(rule.firstIndex(of: style.unicode ? "┬" : "+", after: corner))
        let labels = try #require(lines.first { String($0).contains("0.3") })
        let label = try #require(String(labels).range(of: "0.3"))
        let start = String(labels).distance(from: String(labels).startIndex, to: label.lowerBound)
        #expect((start...(start + 2)).contains(tick))
    }

    @Test("ASCII output is pure ASCII when the labels are")
    func asciiIsASCII() {
        #expect(parabola().render(style: ascii).unicodeScalars.allSatisfy { $0.isASCII })
    }

    @Test("Unicode output draws with braille")
    func unicodeUsesBraille() {
        let text = parabola().render(style: unicode)
        #expect(text.unicodeScalars.contains { (0x2801...0x28FF).contains($0.value) })
        #expect(text.contains("●"))
    }

    @Test("the same plot renders to the same text", arguments: [ascii, unicode])
    func deterministic(style: TerminalStyle) {
        #expect(parabola().render(style: style) == parabola().render(style: style))
    }

    @Test("ticks show both ends of each axis")
    func endTicks() {
        let text = parabola().render(style: ascii)
        let lines = text.split(separator: "\n").map(String.init)
        #expect(lines[1].hasPrefix("   1 +"))
        #expect(lines.contains { $0.hasPrefix("0.51 +") })
        #expect(lines.contains { $0.contains(" 0 ") && $0.hasSuffix(" 1") })
        #expect(lines.last?.trimmingCharacters(in: .whitespaces) == "x")
    }

    @Test("a small plot, drawn exactly")
    func golden() {
        let plot = LinePlot(points: [(0, 0), (1, 2), (2, 0)], width: 9, height: 3, xLabel: "x", yLabel: "y", mark: (1, 2))
        #expect(plot.render(style: ascii) == """
          y
        2 +   .O.
          |  :   :
        0 +.'     '.
          +----+----
           0   1   2
              x
        """)
    }

    @Test("points that are not finite are skipped, and no points draw empty axes")
    func degenerate() {
        let gappy = LinePlot(points: [(0, 1), (1, .nan), (2, .infinity), (3, 2)], width: 10, height: 4)
        #expect(!gappy.render(style: ascii).isEmpty)
        #expect(gappy.bounds.x == 0...3)
        let empty = LinePlot(points: [], width: 10, height: 4)
        #expect(empty.render(style: unicode).split(separator: "\n").count == 6)
        let flat = LinePlot(points: [(0, 5), (1, 5)], width: 10, height: 4)
        #expect(flat.bounds.y == 4.5...5.5)
    }
}

private extension Array where Element == Character {
    func firstIndex(of character: Character, after start: Int) -> Int? {
        indices.dropFirst(start + 1).first { self[$0] == character }
    }
}
