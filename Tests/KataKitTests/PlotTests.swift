import KataKit
import Testing

/// Golden files of every plot kind, in Unicode and ASCII, at 80 and 120 columns, and
/// as SVG. They are the plots as a learner sees them: read them in `Golden/` before
/// recording new ones (`KATA_RECORD_GOLDEN=1 swift test --filter PlotTests`).
@Suite("PlotTests: golden files")
struct PlotTests {
    static let styleNames = PlotFixture.goldenStyles.map(\.name)

    private static func style(_ name: String) throws -> TerminalStyle {
        try #require(PlotFixture.goldenStyles.first { $0.name == name }).style
    }

    @Test("a line plot with its marked maximum", arguments: styleNames)
    func linePlot(styleName: String) throws {
        let style = try Self.style(styleName)
        expectMatchesGolden(PlotFixture.likelihood(style: style).render(style: style) + "\n",
                            named: "line-plot-\(styleName).txt")
    }

    @Test("a line plot of two series with a legend", arguments: styleNames)
    func twoSeries(styleName: String) throws {
        let style = try Self.style(styleName)
        expectMatchesGolden(PlotFixture.logLikelihood(style: style).render(style: style) + "\n",
                            named: "line-plot-two-series-\(styleName).txt")
    }

    @Test("a bar chart with its largest bar highlighted", arguments: styleNames)
    func barChart(styleName: String) throws {
        let style = try Self.style(styleName)
        expectMatchesGolden(PlotFixture.binomial(style: style).render(style: style) + "\n",
                            named: "bar-chart-\(styleName).txt")
    }

    @Test("a heat map with blank −∞ cells and its maximum marked", arguments: styleNames)
    func heatMap(styleName: String) throws {
        let style = try Self.style(styleName)
        expectMatchesGolden(PlotFixture.normalSurface(style: style).render(style: style) + "\n",
                            named: "heat-map-\(styleName).txt")
    }

    @Test("a histogram of 2000 estimates under the normal density they were drawn from", arguments: styleNames)
    func histogram(styleName: String) throws {
        let style = try Self.style(styleName)
        expectMatchesGolden(PlotFixture.normalSample(style: style).render(style: style) + "\n",
                            named: "histogram-\(styleName).txt")
    }

    @Test("colour codes, for a terminal that shows them")
    func colour() {
        let style = PlotFixture.colour80
        let text = [PlotFixture.logLikelihood(style: style).render(style: style),
                    PlotFixture.binomial(style: style).render(style: style),
                    PlotFixture.normalSurface(style: style, width: 40).render(style: style)].joined(separator: "\n\n")
        expectMatchesGolden(text + "\n", named: "colour-unicode-80.txt")
    }

    @Test("the same plots as SVG")
    func svg() {
        let style = PlotFixture.unicode80
        expectMatchesGolden(PlotFixture.likelihood(style: style).svg(title: "Likelihood of 9 heads in 13 flips"),
                            named: "line-plot.svg")
        expectMatchesGolden(PlotFixture.logLikelihood(style: style).svg(), named: "line-plot-two-series.svg")
        expectMatchesGolden(PlotFixture.binomial(style: style).svg(title: "Heads in 13 flips"), named: "bar-chart.svg")
        expectMatchesGolden(PlotFixture.normalSurface(style: style, columns: 31, rows: 21).svg(title: "Log-likelihood of a normal sample"),
                            named: "heat-map.svg")
        expectMatchesGolden(PlotFixture.normalSample(style: style).svg(title: "2000 estimates of θ"), named: "histogram.svg")
    }
}
