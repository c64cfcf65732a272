import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import KataKit
import Testing

/// What an XML parser saw in a document: every element's name and attributes, in
/// order, and the text inside `text` elements.
private final class SVGOutline: NSObject, XMLParserDelegate {
    var elements: [(name: String, attributes: [String: String])] = []
    var texts: [String] = []
    private var inText = false

    func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?,
                qualifiedName: String?, attributes: [String: String] = [:]) {
        elements.append((name, attributes))
        if name == "text" { inText = true; texts.append("") }
    }

    func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
        if name == "text" { inText = false }
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        if inText { texts[texts.count - 1] += string }
    }

    func count(_ name: String) -> Int { elements.filter { $0.name == name }.count }
}

/// Parses `svg`, failing the test when it is not well-formed XML.
private func outline(_ svg: String, sourceLocation: SourceLocation = #_sourceLocation) throws -> SVGOutline {
    let parser = XMLParser(data: Data(svg.utf8))
    let outline = SVGOutline()
    parser.delegate = outline
    let parsed = parser.parse()
    try #require(parsed, "not well-formed: \(String(describing: parser.parserError))", sourceLocation: sourceLocation)
    return outline
}

private let unicode = PlotFixture.unicode80

@Suite("SVG")
struct SVGTests {
    static let documents: [(name: String, svg: String)] = [
        ("line", PlotFixture.likelihood(style: unicode).svg(title: "Likelihood")),
        ("two series", PlotFixture.logLikelihood(style: unicode).svg()),
        ("bars", PlotFixture.binomial(style: unicode).svg(title: "Heads")),
        ("heat map", PlotFixture.normalSurface(style: unicode, columns: 13, rows: 9).svg(title: "Surface")),
        ("histogram", PlotFixture.normalSample(style: unicode).svg(title: "Estimates")),
    ]

    @Test("each plot is a well-formed standalone SVG with a white background", arguments: documents.map(\.name))
    func wellFormed(name: String) throws {
        let svg = try #require(Self.documents.first { $0.name == name }).svg
        #expect(svg.hasPrefix("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<svg "))
        let parsed = try outline(svg)
        let root = try #require(parsed.elements.first)
        #expect(root.name == "svg")
        #expect(root.attributes["xmlns"] == "http://www.w3.org/2000/svg")
        #expect(root.attributes["viewBox"] == "0 0 640 400")
        #expect(parsed.elements.dropFirst().first { $0.name == "rect" }?.attributes["fill"] == "white")
    }

    @Test("every coordinate is written with at most two decimals, never -0 or nan", arguments: documents.map(\.name))
    func fixedDecimals(name: String) throws {
        let svg = try #require(Self.documents.first { $0.name == name }).svg
        for element in try outline(svg).elements {
            for (key, value) in element.attributes {
                #expect(value.range(of: "[0-9]\\.[0-9]{3}", options: .regularExpression) == nil, "\(element.name) \(key)=\(value)")
                #expect(value != "-0" && !value.contains("nan") && !value.contains("inf"), "\(element.name) \(key)=\(value)")
            }
        }
    }

    @Test("a line plot draws its series, its round ticks, and the mark with its x value")
    func lineContents() throws {
        let plot = PlotFixture.logLikelihood(style: unicode)
        let parsed = try outline(plot.svg())
        #expect(parsed.count("polyline") == 2)
        #expect(parsed.count("circle") == 1)
        let ticks = (x: AxisTicks(covering: plot.bounds.x), y: AxisTicks(covering: plot.bounds.y))
        for value in ticks.x.values { #expect(parsed.texts.contains(ticks.x.label(value))) }
        for value in ticks.y.values { #expect(parsed.texts.contains(ticks.y.label(value))) }
        #expect(parsed.texts.contains("θ = 0.692"))
        #expect(parsed.texts.contains("quadratic at the maximum"))
        #expect(parsed.elements.contains { $0.attributes["stroke-dasharray"] == "7 4" }, "the second series is dashed")
    }

    @Test("the −∞ ends of a series break its line rather than leaving the plot")
    func brokenLine() throws {
        let plot = LinePlot(points: [(0, 1), (1, 2), (2, -.infinity), (3, 2), (4, 1)])
        #expect(try outline(plot.svg()).count("polyline") == 2)
    }

    @Test("a bar chart draws a bar per positive value and highlights the largest")
    func barContents() throws {
        let chart = BarChart(bars: [("a", 1), ("b", 3), ("c", 0), ("d", 2)])
        let parsed = try outline(chart.svg())
        let bars = parsed.elements.filter { $0.name == "rect" && $0.attributes["fill"] != "white" }
        #expect(bars.count == 3)
        #expect(bars.filter { $0.attributes["stroke"] != nil }.count == 1)
        let widths = bars.compactMap { Double($0.attributes["width"] ?? "") }
        #expect(abs(widths[0] * 3 - widths[1]) < 0.05 && abs(widths[2] * 1.5 - widths[1]) < 0.05, "lengths are proportional")
    }

    @Test("a heat map draws a cell per finite value, none for −∞, and a colour bar")
    func heatContents() throws {
        let map = HeatMap(xs: [0, 1, 2], ys: [0, 1], values: [[1, 2, 3], [-.infinity, 5, 6]], valueLabel: "z")
        let parsed = try outline(map.svg())
        let cells = parsed.elements.filter { $0.name == "rect" && ($0.attributes["fill"] ?? "").hasPrefix("#") && $0.attributes["stroke"] == nil }
        #expect(cells.count == 5 + 48, "five cells and the colour bar's bands")
        #expect(parsed.texts.contains("not finite"))
        #expect(parsed.texts.contains("(2, 1)"), "the maximum is labelled")
    }

    @Test("a histogram draws a bar per bin that holds values, a polyline per curve inside the axes, and a legend")
    func histogramContents() throws {
        let curves = [LinePlot.Series(name: "wide", points: (-10...50).map { (Double($0) / 10, 0.2) }),
                      LinePlot.Series(name: "", points: [(0, 0.1), (4, 0.3)])]
        let histogram = Histogram(values: [0.5, 2.5, 2.5, 2.5, 3.5, 3.5, 3.5, 3.5, 9], bins: 4, range: 0...4,
                                  barsName: "sample", curves: curves)
        #expect(histogram.counts == [1, 0, 3, 4])
        let parsed = try outline(histogram.svg())
        let bars = parsed.elements.filter { $0.name == "rect" && $0.attributes["fill"] == "#B9C7D6" }
        #expect(bars.count == 3 + 1, "the three bins that hold values, and the legend's swatch")
        let polylines = parsed.elements.filter { $0.name == "polyline" }
        #expect(polylines.count == 2)
        let lefts = bars.compactMap { Double($0.attributes["x"] ?? "") }
        let rights = bars.compactMap { bar in Double(bar.attributes["x"] ?? "").flatMap { x in Double(bar.attributes["width"] ?? "").map { x + $0 } } }
        let (axisLeft, axisRight) = (try #require(lefts.min()), try #require(rights.max()))
        for polyline in polylines {
            let xs = (polyline.attributes["points"] ?? "").split(separator: " ").compactMap { Double($0.split(separator: ",")[0]) }
            #expect(xs.allSatisfy { (axisLeft - 0.01...axisRight + 0.01).contains($0) }, "the wide curve is cut at the range")
        }
        #expect(parsed.texts.contains("sample") && parsed.texts.contains("wide"))
    }

    @Test("text is escaped for XML")
    func escaping() throws {
        let plot = LinePlot(points: [(0, 0), (1, 1)], xLabel: "a < b & \"c\"", yLabel: "it's > 0")
        let svg = plot.svg(title: "<script>")
        #expect(svg.contains("a &lt; b &amp; &quot;c&quot;"))
        #expect(!svg.contains("<script>"))
        let parsed = try outline(svg)
        #expect(parsed.texts.contains("a < b & \"c\""))
        #expect(parsed.texts.contains("it's > 0"))
    }

    @Test("the same plot writes the same SVG")
    func deterministic() {
        #expect(PlotFixture.binomial(style: unicode).svg() == PlotFixture.binomial(style: unicode).svg())
    }
}
