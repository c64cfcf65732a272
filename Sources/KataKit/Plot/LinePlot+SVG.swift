extension LinePlot {
    /// The plot as a standalone SVG document: the same bounds and round ticks as a
    /// terminal plot of ordinary size (up to 6 per axis), each series a polyline in
    /// its own colour and dash (a series of points a dot per point), the mark a circle labelled with its x value, and a
    /// legend when any series has a name.
    /// - Parameters:
    ///   - width: The document's width in pixels.
    ///   - height: The document's height in pixels.
    ///   - title: A title over the plot; none when empty.
    /// - Returns: The SVG text, ending in a newline.
    public func svg(width: Int = 640, height: Int = 400, title: String = "") -> String {
        var document = SVGDocument(width: width, height: height, title: title.isEmpty ? yLabel : title)
        let bounds = bounds
        let ticks = (x: AxisTicks(covering: bounds.x), y: AxisTicks(covering: bounds.y))
        let yLabels = ticks.y.values.map { tickFormat?($0) ?? ticks.y.label($0) }
        let axes = SVGAxes(left: SVGAxes.leftMargin(tickLabels: yLabels, yLabel: yLabel),
                           top: SVGAxes.topMargin(title: title), right: Double(document.width) - 24,
                           bottom: Double(document.height) - 52, xRange: bounds.x, yRange: bounds.y)
        axes.drawTitle(title, on: &document)
        axes.drawYAxis(ticks: ticks.y, label: yLabel, on: &document)
        axes.drawXAxis(ticks: ticks.x, label: xLabel, on: &document)
        Self.draw(series, axes: axes, on: &document)
        if let mark, mark.x.isFinite, mark.y.isFinite {
            let (px, py) = (axes.x(mark.x), axes.y(mark.y))
            document.line(from: (px, py), to: (px, axes.bottom), stroke: "#555", dash: "3 3")
            document.add("circle", ["cx": PlotNumber.svg(px), "cy": PlotNumber.svg(py), "r": "5",
                                    "fill": SVGPalette.highlight, "stroke": "#111", "stroke-width": "1.5"])
            let value = tickFormat?(mark.x) ?? ticks.x.preciseLabel(mark.x)
            axes.haloText(xLabel.isEmpty ? value : "\(xLabel) = \(value)", x: px, y: py - 11, on: &document)
        }
        drawLegend(axes: axes, on: &document)
        return document.rendered()
    }

    /// The legend over a pale box, in the corner of the drawing area that covers the
    /// fewest points (top right when several tie).
    private func drawLegend(axes: SVGAxes, on document: inout SVGDocument) {
        let named = series.enumerated().filter { !$0.element.name.isEmpty }
        guard !named.isEmpty else { return }
        let boxWidth = 44 + (named.map { SVGAxes.textWidth($0.element.name) }.max() ?? 0)
        let boxHeight = Double(named.count) * 18 + 8
        let pixels = series.flatMap(\.points).filter { $0.x.isFinite && $0.y.isFinite }.map { (axes.x($0.x), axes.y($0.y)) }
        let (left, top) = axes.legendCorner(width: boxWidth, height: boxHeight, avoiding: pixels)
        document.rect(x: left, y: top, width: boxWidth, height: boxHeight, fill: "white", stroke: "#ccc", opacity: 0.9)
        for (row, entry) in named.enumerated() {
            let y = top + 16 + Double(row) * 18
            Self.drawLegendSample(entry.element, index: entry.offset, left: left, baseline: y, on: &document)
            document.text(entry.element.name, x: left + 38, y: y)
        }
    }

    /// Draws each series as ``svg(width:height:title:)`` does: a polyline in its colour
    /// and dash, broken where a point is not finite, or a dot per point.
    /// - Parameters:
    ///   - series: The series, in drawing order.
    ///   - axes: The axes that place the points.
    ///   - document: The document to draw on.
    static func draw(_ series: [Series], axes: SVGAxes, on document: inout SVGDocument) {
        for (index, line) in series.enumerated() {
            if line.drawn == .points {
                for point in line.points where point.x.isFinite && point.y.isFinite {
                    document.add("circle", ["cx": PlotNumber.svg(axes.x(point.x)), "cy": PlotNumber.svg(axes.y(point.y)),
                                            "r": "3", "fill": SVGPalette.series(index), "fill-opacity": "0.75"])
                }
                continue
            }
            for run in finiteRuns(line.points) {
                let coordinates = run.map { "\(PlotNumber.svg(axes.x($0.x))),\(PlotNumber.svg(axes.y($0.y)))" }
                var attributes = ["points": coordinates.joined(separator: " "), "fill": "none",
                                  "stroke": SVGPalette.series(index), "stroke-width": "2", "stroke-linejoin": "round"]
                if !SVGPalette.dash(index).isEmpty { attributes["stroke-dasharray"] = SVGPalette.dash(index) }
                document.add("polyline", attributes)
            }
        }
    }

    /// Draws the sample of series `index` in a legend row: a dot, or a short stretch
    /// of its line, in the 32 pixels right of `left`.
    static func drawLegendSample(_ series: Series, index: Int, left: Double, baseline y: Double,
                                 on document: inout SVGDocument) {
        if series.drawn == .points {
            document.add("circle", ["cx": PlotNumber.svg(left + 20), "cy": PlotNumber.svg(y - 4), "r": "3",
                                    "fill": SVGPalette.series(index), "fill-opacity": "0.75"])
        } else {
            document.line(from: (left + 8, y - 4), to: (left + 32, y - 4), stroke: SVGPalette.series(index),
                          width: 2, dash: SVGPalette.dash(index))
        }
    }

    /// The points split where one is not finite, as the terminal plot breaks its line there.
    private static func finiteRuns(_ points: [(x: Double, y: Double)]) -> [[(x: Double, y: Double)]] {
        var runs: [[(x: Double, y: Double)]] = [[]]
        for point in points {
            if point.x.isFinite && point.y.isFinite {
                runs[runs.count - 1].append(point)
            } else if runs.last?.isEmpty == false {
                runs.append([])
            }
        }
        return runs.filter { !$0.isEmpty }
    }
}
