import Foundation
import KataKit
import Testing

private let ascii = PlotFixture.ascii80
private let unicode = PlotFixture.unicode80

/// Four bins over 0...4 holding 1, 2, 3 and 4 values (densities 0.1 to 0.4), with a
/// curve through the middle of each bar's top.
private func staircase(width: Int = 40) -> Histogram {
    let values: [Double] = [0.5, 1.5, 1.5, 2.5, 2.5, 2.5, 3.5, 3.5, 3.5, 3.5]
    // Typed, as the type checker took three seconds to find these types itself.
    let tops: [(x: Double, y: Double)] = (0..<4).map { (bin: Int) in (x: Double(bin) + 0.5, y: Double(bin + 1) / 10) }
    return Histogram(values: values, bins: 4, range: 0...4, width: width, height: 8, xLabel: "x",
                     curves: [LinePlot.Series(name: "tops", points: tops)])
}

/// Whether `character` is one a curve draws: a braille cell, or an ASCII dot.
private func isCurve(_ character: Character, style: TerminalStyle) -> Bool {
    guard style.unicode else { return "'.:".contains(character) }
    return character.unicodeScalars.allSatisfy { (0x2801...0x28FF).contains($0.value) }
}

/// The drawing area of a rendered histogram: its rows, from just right of the y axis.
private func body(_ histogram: Histogram, style: TerminalStyle) throws -> [[Character]] {
    let lines = PlotFixture.lines(histogram.render(style: style)).map { Array($0) }
    // Line 0 is the y label; the drawing area's rows follow, each starting at the axis.
    let axis = try #require(lines[1].firstIndex { "┤│+|".contains($0) })
    return lines[1...histogram.height].map { Array($0.dropFirst(axis + 1)) }
}

@Suite("Histogram")
struct HistogramTests {
    @Test("bins count values from their lower edge, and the last bin its top edge too, as numpy.histogram")
    func counts() {
        let histogram = Histogram(values: [0, 0.5, 1, 1.5, 2, 2, 4], bins: 4, range: 0...4)
        #expect(histogram.edges == [0, 1, 2, 3, 4])
        #expect(histogram.counts == [2, 2, 2, 1])
        #expect(histogram.outside == 0)
        #expect(histogram.densities == [2, 2, 2, 1].map { $0 / 7.0 })
    }

    @Test("a value on an edge that rounding puts a hair below it stays in the bin below, as in numpy")
    func edgesDecide() {
        // numpy's edges over 0...1 in 10 bins are 0.1 · i, so the fourth is 0.30000000000000004 and 0.3 lies under it.
        let values = (0...10).map { Double($0) / 10 } + [0.3, 0.7, 0.6, -0.1, 1.1]
        let histogram = Histogram(values: values, bins: 10, range: 0...1)
        #expect(histogram.edges[3] == 0.30000000000000004)
        #expect(histogram.counts == [1, 1, 3, 0, 1, 3, 2, 0, 1, 2], "np.histogram(values, bins=10, range=(0, 1))")
        #expect(histogram.outside == 2)
    }

    @Test("numpy's own draws land in numpy's bins")
    func matchesNumPy() {
        let histogram = PlotFixture.normalSample(style: unicode)
        // np.random.RandomState(7).normal(0.7, 0.15, 2000), then np.histogram(_, bins=30, range=(0.2, 1.2)).
        #expect(histogram.counts == [1, 5, 6, 0, 14, 18, 34, 47, 72, 92, 89, 145, 149, 179, 173, 178, 168, 150,
                                     126, 115, 76, 59, 42, 22, 18, 9, 8, 1, 2, 0])
        #expect(histogram.outside == 2)
        #expect(histogram.sampleSize == 2000)
    }

    @Test("the bars' area is the share of the sample inside the range", arguments: [0...1, 0.25...0.75, -1...2])
    func area(range: ClosedRange<Double>) {
        let values = (0..<1000).map { Double($0) / 999 } + [.nan, 5]
        let histogram = Histogram(values: values, bins: 17, range: range)
        let area = zip(histogram.densities, zip(histogram.edges, histogram.edges.dropFirst())).reduce(0) { total, bar in
            total + bar.0 * (bar.1.1 - bar.1.0)
        }
        let inside = Double(histogram.sampleSize - histogram.outside) / Double(histogram.sampleSize)
        // The sum of 17 products: a few ulps of rounding, far below any share a bin could add.
        #expect(abs(area - inside) < 1e-12, "area \(area), share inside \(inside)")
        #expect(histogram.sampleSize == 1002)
    }

    @Test("values outside the range, and values that are not finite, are counted apart")
    func outside() {
        let histogram = Histogram(values: [.nan, .infinity, -.infinity, -1, 0.5, 5, 1], bins: 2, range: 0...1)
        #expect(histogram.counts == [0, 2])
        #expect(histogram.outside == 5)
        let densities: [Double] = [0, 2 / (7 * 0.5)]
        #expect(histogram.densities == densities)
    }

    @Test("without a range the bins span the finite values; one value or none still gets bins with a width")
    func defaultRange() {
        let spread = Histogram(values: [3, 1, .nan, 2, -.infinity], bins: 2)
        #expect(spread.range == 1...3)
        #expect(spread.counts == [1, 2])
        #expect(spread.outside == 2)
        let single = Histogram(values: [3, 3, 3], bins: 3)
        #expect(single.range == 2.5...3.5)
        #expect(single.counts == [0, 3, 0])
        let empty = Histogram(values: [], bins: 0)
        #expect(empty.range == -0.5...0.5)
        #expect(empty.counts == [0])
        #expect(empty.densities == [0])
        #expect(!empty.render(style: unicode).isEmpty)
        let unbounded = Histogram(values: [.nan], range: -.infinity...0)
        #expect(unbounded.range == -0.5...0.5, "a range with an end not finite is not used")
        #expect(unbounded.outside == 1)
    }

    @Test("values and curves that are not finite are skipped, never trapped on", arguments: [ascii, unicode])
    func notFinite(style: TerminalStyle) {
        let curve = LinePlot.Series(points: [(0, 1), (.nan, 1), (0.5, .infinity), (1, -.infinity), (2, 3)])
        let histogram = Histogram(values: [0.2, .nan, .infinity, 0.9, 1e308, -1e308], bins: 3, range: 0...1,
                                  curves: [curve])
        #expect(histogram.outside == 4)
        #expect(histogram.bounds.y == 0...1, "the curve's highest finite point; the one past the range is left out")
        #expect(PlotFixture.lines(histogram.render(style: style)).allSatisfy { $0.count <= style.width })
        #expect(histogram.svg().contains("<polyline"))
        let tooWide = Histogram(values: [-1e308, 1e308], bins: 3)
        #expect(tooWide.counts == [1, 0, 1])
        #expect(!tooWide.render(style: style).isEmpty && !tooWide.svg().isEmpty, "a span wider than a Double holds")
    }

    @Test("the curve is drawn over the bars, in the cells at the top of the bar beneath it", arguments: [ascii, unicode])
    func curveOverBars(style: TerminalStyle) throws {
        let histogram = staircase()
        #expect(histogram.drawingWidth(style: style) == 40)
        let rows = try body(histogram, style: style)
        let full: Character = style.unicode ? "█" : "#"
        for (bin, top) in histogram.curves[0].points.enumerated() {
            let cell = try #require(histogram.cell(of: top, style: style))
            #expect((bin * 10..<(bin + 1) * 10).contains(cell.column), "bin \(bin)'s columns are \(bin * 10) to \(bin * 10 + 9)")
            #expect(isCurve(rows[cell.row][cell.column], style: style), "bin \(bin): the curve wins its cell")
            // 0.1 of the 0.4 the axis reaches is two of the eight rows: the bar fills the rows under the curve's.
            #expect(cell.row == histogram.height - 2 * (bin + 1), "bin \(bin)")
            #expect((cell.row + 1..<histogram.height).allSatisfy { rows[$0][cell.column] == full }, "bin \(bin)")
        }
    }

    @Test("a bar ends in an eighth block, and a bin holding any value shows at least one eighth")
    func eighthBlocks() throws {
        // On a 2-row axis topped by the second bar: 12, 16 and 0.16 eighths, the last shown as one.
        let values = Array(repeating: 0.5, count: 75) + Array(repeating: 1.5, count: 100) + [2.5]
        let histogram = Histogram(values: values, bins: 3, range: 0...3, width: 12, height: 2)
        let rows = try body(histogram, style: unicode)
        #expect(String(rows[1]) == "████████▁▁▁▁")
        #expect(String(rows[0].prefix(8)) == "▄▄▄▄████")
        let asciiRows = try body(histogram, style: ascii)
        #expect(String(asciiRows[1]) == "########____")
        #expect(String(asciiRows[0].prefix(8)) == "########", "half a cell or more is a whole # in ASCII")
    }

    @Test("the drawing area is narrowed to equal columns per bin when that costs little, and fits the style")
    func width() {
        #expect(PlotFixture.normalSample(style: unicode, width: 62).drawingWidth(style: unicode) == 60)
        #expect(Histogram(values: [1, 2], bins: 40, width: 62).drawingWidth(style: unicode) == 62)
        let narrow = TerminalStyle(colour: false, unicode: true, width: 40)
        let squeezed = PlotFixture.normalSample(style: narrow, width: 62)
        #expect(PlotFixture.lines(squeezed.render(style: narrow)).allSatisfy { $0.count <= 40 })
    }

    @Test("the legend names the bars and each named curve, after a sample of each", arguments: [ascii, unicode])
    func legend(style: TerminalStyle) throws {
        let lines = PlotFixture.lines(PlotFixture.normalSample(style: style).render(style: style))
        let legend = try #require(lines.last)
        #expect(legend.contains(style.unicode ? "██ estimates" : "## estimates"))
        #expect(legend.contains(style.unicode ? "⠤⠤ N(0.7, 0.15²)" : ".. N(0.7, 0.15^2)"))
        let unnamed = Histogram(values: [1, 2], height: 5)
        #expect(PlotFixture.lines(unnamed.render(style: style)).count == 1 + 5 + 2, "no names, no legend")
    }

    @Test("a curve is in its colour, the bars are not")
    func colour() {
        let text = staircase().render(style: PlotFixture.colour80)
        #expect(text.contains("\u{1B}[36m"))
        #expect(!text.contains("\u{1B}[36m█"))
    }

    @Test("a story step shows a histogram in the terminal, and its page writes it as an SVG figure")
    func shownByAStep() throws {
        var written = ""
        let narrator = Narrator(style: .plain, write: { written += $0 })
        narrator.step { show in show(staircase()) }
        #expect(written.contains("▁▁") || written.contains("██"), "the bars reached the terminal")
        let page = WorkbookPage(blocks: narrator.blocks, name: "9.9.9-page", title: "9.9.9 A page", source: "s",
                                contents: "README.md")
        let figure = try #require(page.files.last)
        #expect(figure.path == "9.9.9-page/figure-1.svg")
        #expect(figure.text.contains("<polyline"), "the curve is in the figure")
    }
}
