import KataKit
import Testing

private let ascii = PlotFixture.ascii80
private let unicode = PlotFixture.unicode80

/// The length in eighths of a cell of the bar drawn on `line`, after the axis.
private func drawnEighths(_ line: String) -> Int {
    let bar = line.split(separator: "│", maxSplits: 1).last.map(String.init) ?? ""
    let partials: [Character] = ["▏", "▎", "▍", "▌", "▋", "▊", "▉"]
    return bar.reduce(0) { total, character in
        if character == "█" { return total + 8 }
        return total + ((partials.firstIndex(of: character)).map { $0 + 1 } ?? 0)
    }
}

@Suite("BarChart")
struct BarChartTests {
    @Test("bar lengths are proportional to the values, to an eighth of a cell")
    func proportional() {
        let chart = BarChart(bars: [("a", 1), ("b", 2), ("c", 4), ("d", 8), ("e", 3)], width: 16)
        #expect((0..<5).map { chart.eighths(ofBar: $0, style: unicode) } == [16, 32, 64, 128, 48])
        let lines = PlotFixture.lines(chart.render(style: unicode))
        #expect(lines.prefix(5).map(drawnEighths) == [16, 32, 64, 128, 48])
        let asciiLines = PlotFixture.lines(chart.render(style: ascii))
        #expect(asciiLines.prefix(5).map { $0.filter { $0 == "#" }.count } == [2, 4, 8, 16, 6])
    }

    @Test("a partial cell is drawn as an eighth block")
    func eighthBlocks() {
        let chart = BarChart(bars: [("a", 8), ("b", 3)], width: 10)
        // 3/8 of 10 cells is 3.75 cells: three full blocks and six eighths.
        #expect(PlotFixture.lines(chart.render(style: unicode))[1].contains("│███▊ 3"))
    }

    @Test("the largest bar is highlighted, once", arguments: [ascii, unicode])
    func highlightsMaximum(style: TerminalStyle) throws {
        let chart = PlotFixture.binomial(style: style)
        #expect(chart.highlightedIndex == 9)
        let pointer = style.unicode ? " ◀" : " <"
        let lines = PlotFixture.lines(chart.render(style: style))
        #expect(lines.filter { $0.hasSuffix(pointer) }.count == 1)
        let highlighted = try #require(lines.first { $0.hasSuffix(pointer) })
        #expect(highlighted.hasPrefix(" 9 heads"))
    }

    @Test("a chosen bar, or none, can be highlighted instead")
    func highlightChoice() {
        let values: [(label: String, value: Double)] = [("a", 1), ("b", 3), ("c", 2)]
        #expect(BarChart(bars: values, highlight: .bar(2)).highlightedIndex == 2)
        #expect(BarChart(bars: values, highlight: .bar(7)).highlightedIndex == nil)
        #expect(BarChart(bars: values, highlight: nil).highlightedIndex == nil)
        #expect(!BarChart(bars: values, highlight: nil).render(style: unicode).contains("◀"))
    }

    @Test("all-zero and all-equal values draw without a highlight")
    func flatValues() {
        let zeros = BarChart(bars: [("a", 0), ("b", 0)], width: 20)
        #expect(zeros.highlightedIndex == nil)
        let zeroLines = PlotFixture.lines(zeros.render(style: unicode))
        #expect(zeroLines.prefix(2) == ["a │ 0", "b │ 0"])
        let equal = BarChart(bars: [("a", 2), ("b", 2)], width: 20)
        #expect(equal.highlightedIndex == nil)
        #expect(PlotFixture.lines(equal.render(style: unicode)).prefix(2).map(drawnEighths) == [160, 160])
    }

    @Test("negative and non-finite values draw empty bars but print their value")
    func clampedValues() {
        let chart = BarChart(bars: [("up", 2), ("down", -1), ("gap", .nan), ("never", -.infinity)], width: 20)
        let lines = PlotFixture.lines(chart.render(style: unicode))
        #expect(lines.prefix(4) == ["   up │████████████████████ 2 ◀", " down │ −1", "  gap │ NaN", "never │ −∞"])
        #expect(chart.scale == 2)
    }

    @Test("the value axis has round ticks from zero, zero at the corner")
    func valueAxis() throws {
        let chart = BarChart(bars: [("a", 0.5), ("b", 1)], width: 20, valueLabel: "p")
        let lines = PlotFixture.lines(chart.render(style: unicode))
        // A bar of 0.5 ends in column 10, right above the 0.5 tick.
        #expect(lines[0] == "a │██████████ 0.5")
        #expect(lines[2] == "  └─────────┬─────────┬")
        #expect(lines[3] == " 0.0       0.5       1.0")
        #expect(lines[4].trimmingCharacters(in: .whitespaces) == "p")
        #expect(chart.ticks(style: unicode).values.first == 0)
    }
}
