import Foundation
import KataKit
import Testing

private let ascii = PlotFixture.ascii80
private let unicode = PlotFixture.unicode80

/// A parabola over 0...1 peaking at x = 0.3, sampled every 0.01.
private func parabola(width: Int = 41, height: Int = 10) -> LinePlot {
    let points = (0...100).map { index -> (x: Double, y: Double) in
        let x = Double(index) / 100
        return (x, 1 - (x - 0.3) * (x - 0.3))
    }
    return LinePlot(points: points, width: width, height: height, xLabel: "x", yLabel: "y", mark: (0.3, 1))
}

@Suite("LinePlot")
struct LinePlotTests {
    @Test("a series of points draws each point as a marker, unjoined, in the terminal and in SVG", arguments: [ascii, unicode])
    func scatter(style: TerminalStyle) throws {
        // Three points far apart: joined, they would fill the cells between them.
        let points: [(x: Double, y: Double)] = [(0, 0), (5, 10), (10, 0), (.nan, 3)]
        let plot = LinePlot(series: [LinePlot.Series(name: "data", points: points, drawn: .points)],
                            width: 21, height: 11)
        let marker: Character = style.unicode ? "•" : "*"
        let lines = PlotFixture.lines(plot.render(style: style))
        #expect(lines.reduce(0) { $0 + $1.filter { $0 == marker }.count } == 3 + 1, "three points and the legend's sample")
        #expect(lines.last?.contains("\(marker) data") == true)
        let svg = plot.svg()
        #expect(svg.components(separatedBy: "<circle").count - 1 == 3 + 1, "a dot per finite point, and one in the legend")
        #expect(!svg.contains("<polyline"))
    }

    @Test("the marked point lands in its cell, once", arguments: [ascii, unicode])
    func markLandsInItsCell(style: TerminalStyle) throws {
        let plot = parabola()
        let cell = try #require(plot.cell(of: (0.3, 1), style: style))
        let dotsAcross = style.unicode ? 2 : 1
        #expect(cell.row == 0)
        #expect(cell.column == Int((0.3 * Double(41 * dotsAcross - 1)).rounded()) / dotsAcross)
        let lines = PlotFixture.lines(plot.render(style: style))
        let marker: Character = style.unicode ? "●" : "O"
        // Line 0 is the y label; line 1 is the top row of the drawing area.
        let top = Array(lines[1])
        let axis = try #require(top.firstIndex(of: style.unicode ? "┤" : "+"))
        #expect(top.firstIndex(of: marker) == axis + 1 + cell.column)
        #expect(lines.filter { $0.contains(marker) }.count == 1)
    }

    @Test("the mark lands at the argmax of the curve", arguments: [ascii, unicode])
    func markAtArgmax(style: TerminalStyle) throws {
        let plot = PlotFixture.likelihood(style: style)
        let best = try #require(plot.points.max { $0.y < $1.y })
        let lines = PlotFixture.lines(plot.render(style: style))
        let marker: Character = style.unicode ? "●" : "O"
        let row = try #require(lines.firstIndex { $0.contains(marker) })
        let corner = try #require(lines.firstIndex { $0.contains(style.unicode ? "└" : "+-") })
        let axis = try #require(Array(lines[corner]).firstIndex(of: style.unicode ? "└" : "+"))
        let column = try #require(Array(lines[row]).firstIndex(of: marker)) - axis - 1
        let cell = try #require(plot.cell(of: best, style: style))
        #expect(row == 1 && cell.row == 0, "the maximum is drawn on the top row")
        #expect(column == cell.column)
    }

    @Test("the marked x value is labelled under the ▲ that points at the mark", arguments: [ascii, unicode])
    func markIsLabelled(style: TerminalStyle) throws {
        let lines = PlotFixture.lines(parabola().render(style: style)).map { Array($0) }
        let ruleIndex = try #require(lines.firstIndex { $0.contains(style.unicode ? "└" : "+") && $0.contains(style.unicode ? "─" : "-") })
        let pointer = try #require(lines[ruleIndex].firstIndex(of: style.unicode ? "▲" : "^"))
        let column = try #require(lines[ruleIndex - 10].firstIndex(of: style.unicode ? "●" : "O"))
        #expect(pointer == column)
        let labels = String(lines[ruleIndex + 1])
        let label = try #require(labels.range(of: "0.3"))
        let start = labels.distance(from: labels.startIndex, to: label.lowerBound)
        #expect((start...(start + 2)).contains(pointer))
    }

    @Test("y tick labels are right-aligned against the axis, at round values", arguments: [ascii, unicode])
    func yTicks(style: TerminalStyle) throws {
        let plot = PlotFixture.likelihood(style: style)
        let tick: Character = style.unicode ? "┤" : "+"
        let rows = PlotFixture.lines(plot.render(style: style)).dropFirst().prefix(plot.height)
        let ticked = rows.filter { Array($0).contains(tick) }
        let ticks = plot.ticks(style: style).y
        #expect((3...6).contains(ticks.values.count))
        #expect(ticked.count == ticks.values.count)
        let axisColumns = Set(rows.map { Array($0).firstIndex { "│┤|+".contains($0) } })
        #expect(axisColumns.count == 1, "the axis is one straight column")
        let labels = ticked.map { $0.split(separator: " ").first.map(String.init) ?? "" }
        #expect(labels == ticks.values.reversed().map { ticks.label($0, unicode: style.unicode) })
    }

    @Test("x tick labels stand centred under tick marks on the rule", arguments: [ascii, unicode])
    func xTicks(style: TerminalStyle) throws {
        let plot = PlotFixture.likelihood(style: style)
        let lines = PlotFixture.lines(plot.render(style: style)).map { Array($0) }
        let ruleIndex = plot.height + 1
        let (rule, labels) = (lines[ruleIndex], String(lines[ruleIndex + 1]))
        let ticks = plot.ticks(style: style).x
        #expect((3...6).contains(ticks.values.count))
        for value in ticks.values {
            let text = ticks.label(value, unicode: style.unicode)
            let found = try #require(labels.range(of: text), "tick \(text) is labelled")
            let start = labels.distance(from: labels.startIndex, to: found.lowerBound)
            let middle = start + (text.count - 1) / 2
            #expect("┬+".contains(rule[middle]), "label \(text) is centred under a tick mark")
        }
    }

    @Test("Unicode output draws with braille")
    func unicodeUsesBraille() {
        let text = parabola().render(style: unicode)
        #expect(text.unicodeScalars.contains { (0x2801...0x28FF).contains($0.value) })
        #expect(text.contains("●"))
    }

    @Test("a second series is drawn with its own marker and named in a legend", arguments: [ascii, unicode])
    func secondSeries(style: TerminalStyle) throws {
        let plot = PlotFixture.logLikelihood(style: style)
        let lines = PlotFixture.lines(plot.render(style: style))
        let marker = style.unicode ? "•" : "*"
        #expect(lines.dropFirst().prefix(plot.height).joined().filter { String($0) == marker }.count > 10)
        let legend = try #require(lines.last)
        #expect(legend.contains(marker + marker + " quadratic at the maximum"))
        #expect(legend.contains((style.unicode ? "⠤⠤" : "..") + " log L"))
    }

    @Test("an unnamed series has no legend")
    func noLegend() {
        #expect(PlotFixture.lines(parabola().render(style: ascii)).last?.trimmingCharacters(in: .whitespaces) == "x")
    }

    @Test("a small plot, drawn exactly")
    func small() {
        let plot = LinePlot(points: [(0, 0), (1, 2), (2, 0)], width: 9, height: 3, xLabel: "x", yLabel: "y", mark: (1, 2))
        #expect(plot.render(style: ascii) == """
              y
            2 +   .O.
              |  :   :
            0 +.'     '.
              ++---^---+
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

    @Test("the axes reach the mark even when no point does")
    func boundsIncludeMark() {
        let plot = LinePlot(points: [(0, 0), (1, 1)], mark: (0.5, 2))
        #expect(plot.bounds.y == 0...2)
        #expect(plot.cell(of: (0.5, 2), style: unicode)?.row == 0)
    }
}
