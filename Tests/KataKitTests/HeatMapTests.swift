import Foundation
import KataKit
import Testing

private let ascii = PlotFixture.ascii80
private let unicode = PlotFixture.unicode80

/// The drawing area of a rendered map: the rows after the y label, without the axis.
private func body(_ map: HeatMap, style: TerminalStyle) -> [[Character]] {
    PlotFixture.lines(map.render(style: style)).dropFirst(map.yLabel.isEmpty ? 0 : 1).prefix(map.height).map { line in
        let characters = Array(line)
        let axis = characters.firstIndex { "│┤|+".contains($0) } ?? -1
        let row = Array(characters.dropFirst(axis + 1))
        return row + Array(repeating: " ", count: max(0, map.drawingWidth(style: style) - row.count))
    }
}

@Suite("HeatMap")
struct HeatMapTests {
    @Test("y increases upward: z = y is darkest at the bottom", arguments: [ascii, unicode])
    func yUpward(style: TerminalStyle) {
        let map = HeatMap(xs: [0, 1, 2], ys: [0, 1, 2, 3], width: 12, height: 4, mark: nil) { _, y in y }
        let ramp = Array(style.unicode ? "·░▒▓█" : ".:-=+*#%@")
        let rows = body(map, style: style)
        #expect(rows.first?.allSatisfy { $0 == ramp.last } == true)
        #expect(rows.last?.allSatisfy { $0 == ramp.first } == true)
    }

    @Test("the legend writes its two ends, and the maximum, with digits enough to tell them apart")
    func legendDigits() {
        // ℓ of 500 measurements spans −1054.08 to −1046.08: three digits would read −1.05e+03 twice.
        let map = HeatMap(xs: [0, 1, 2], ys: [0, 1], width: 12, height: 2, valueLabel: "ℓ", valueRange: -1054.08 ... -1046.08) { x, _ in
            -1054.08 + 4 * x
        }
        let text = map.render(style: ascii)
        #expect(text.contains("ℓ from -1054 (.) to -1046 (@)"), "\(text)")
        #expect(text.contains("maximum ℓ -1046 at"), "\(text)")
        let small = HeatMap(xs: [0, 1], ys: [0, 1], width: 12, height: 2, mark: nil) { x, _ in x }
        #expect(small.render(style: ascii).contains("from 0 (.) to 1 (@)"))
    }

    @Test("values that are not finite are blank, and the legend says why", arguments: [ascii, unicode])
    func blankForMinusInfinity(style: TerminalStyle) {
        let map = HeatMap(xs: [0, 1, 2, 3], ys: [0, 1], width: 12, height: 2, mark: nil) { x, _ in
            x < 1.5 ? -.infinity : log(x)
        }
        let rows = body(map, style: style)
        for row in rows {
            #expect(row.prefix(5).allSatisfy { $0 == " " }, "the −∞ half is blank")
            #expect(row.suffix(5).allSatisfy { $0 != " " }, "the finite half is shaded")
        }
        #expect(map.hasGaps)
        #expect(map.render(style: style).contains("blank: not finite (" + (style.unicode ? "−∞" : "-inf")))
        let full = HeatMap(xs: [0, 1], ys: [0, 1], values: [[1, 2], [3, 4]])
        #expect(!full.render(style: style).contains("blank"))
    }

    @Test("the mark lands at the argmax, once", arguments: [ascii, unicode])
    func markAtArgmax(style: TerminalStyle) throws {
        let map = PlotFixture.normalSurface(style: style)
        let maximum = try #require(map.maximum)
        #expect(abs(maximum.x - 5.05) < 1e-9 && abs(maximum.y - 0.7) < 1e-9, "the sample's mean and spread")
        let cell = try #require(map.cell(of: (maximum.x, maximum.y), style: style))
        let marker: Character = style.unicode ? "●" : "X"
        let rows = body(map, style: style)
        #expect(rows[cell.row][cell.column] == marker)
        #expect(rows.joined().filter { $0 == marker }.count == 1)
        let minus = style.unicode ? "−" : "-"
        #expect(map.render(style: style).contains("maximum log L \(minus)11 at"))
    }

    @Test("a chosen point can be marked instead, or none")
    func chosenMark() {
        let map = HeatMap(xs: [0, 1, 2], ys: [0, 1, 2], width: 12, height: 3, xLabel: "a", yLabel: "b", mark: .point(x: 0, y: 2)) { x, y in x + y }
        let rows = body(map, style: unicode)
        #expect(rows[0][0] == "●")
        #expect(map.render(style: unicode).contains("● marks a = 0, b = 2"))
        var unmarked = map
        unmarked.mark = nil
        #expect(!unmarked.render(style: unicode).contains("●"))
    }

    @Test("shades span the range evenly; a flat surface is all the top shade")
    func shades() {
        let map = HeatMap(xs: [0, 1], ys: [0], values: [[0, 10]])
        #expect(map.shade(of: 0, levels: 5) == 0)
        #expect(map.shade(of: 1.99, levels: 5) == 0)
        #expect(map.shade(of: 2, levels: 5) == 1)
        #expect(map.shade(of: 10, levels: 5) == 4)
        #expect(map.shade(of: 50, levels: 5) == 4)
        let flat = HeatMap(xs: [0, 1], ys: [0, 1], values: [[3, 3], [3, 3]])
        #expect(flat.shade(of: 3, levels: 9) == 8)
    }

    @Test("a surface from a closure equals the same surface from values; the grid is sorted")
    func closureAndSorting() {
        let fromClosure = HeatMap(xs: [2, 0, 1], ys: [1, 0]) { x, y in x * 10 + y }
        #expect(fromClosure.xs == [0, 1, 2])
        #expect(fromClosure.ys == [0, 1])
        #expect(fromClosure.values == [[0, 10, 20], [1, 11, 21]])
        let fromValues = HeatMap(xs: [0, 1, 2], ys: [0, 1], values: [[0, 10, 20], [1, 11, 21]])
        #expect(fromValues.render(style: unicode) == fromClosure.render(style: unicode))
        let ragged = HeatMap(xs: [0, 1], ys: [0, 1], values: [[1]])
        #expect(ragged.values[1][1].isNaN)
    }
}
