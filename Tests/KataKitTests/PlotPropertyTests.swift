import Foundation
import KataKit
import Testing

/// Each kind of plot the workbook draws, rendered for a style, so that the rules every
/// plot must keep are tested once for all of them.
enum PlotKind: String, CaseIterable, CustomTestStringConvertible {
    case line, twoSeries, bar, heatMap, histogram

    var testDescription: String { rawValue }

    /// The kind's fixture, asked to be wider than any terminal, rendered in `style`.
    func render(style: TerminalStyle, width: Int = 200) -> String {
        switch self {
        case .line: PlotFixture.likelihood(style: style, width: width).render(style: style)
        case .twoSeries: PlotFixture.logLikelihood(style: style, width: width).render(style: style)
        case .bar: PlotFixture.binomial(style: style, width: width).render(style: style)
        case .heatMap: PlotFixture.normalSurface(style: style, width: width).render(style: style)
        case .histogram: PlotFixture.normalSample(style: style, width: width).render(style: style)
        }
    }
}

@Suite("What every plot keeps to")
struct PlotPropertyTests {
    @Test("ASCII output is pure ASCII when the labels are", arguments: PlotKind.allCases)
    func asciiIsASCII(kind: PlotKind) {
        #expect(kind.render(style: PlotFixture.ascii80).unicodeScalars.allSatisfy { $0.isASCII })
    }

    @Test("a plot shrinks to fit the style's width", arguments: PlotKind.allCases, [40, 80, 120])
    func fitsWidth(kind: PlotKind, columns: Int) {
        let style = TerminalStyle(colour: false, unicode: true, width: columns)
        #expect(PlotFixture.lines(kind.render(style: style)).allSatisfy { $0.count <= columns })
    }

    @Test("colour changes nothing but the codes, and is off without style.colour", arguments: PlotKind.allCases)
    func colour(kind: PlotKind) {
        let painted = kind.render(style: PlotFixture.colour80, width: 60)
        let plain = kind.render(style: PlotFixture.unicode80, width: 60)
        #expect(painted.contains("\u{1B}["))
        #expect(!plain.contains("\u{1B}"))
        #expect(PlotFixture.withoutColour(painted) == plain)
    }

    @Test("the same plot renders to the same text", arguments: PlotKind.allCases, [PlotFixture.ascii80, PlotFixture.unicode80])
    func deterministic(kind: PlotKind, style: TerminalStyle) {
        #expect(kind.render(style: style) == kind.render(style: style))
    }
}
