extension HeatMap {
    /// The map as a standalone SVG document: one rectangle per grid point, reaching
    /// halfway to its neighbours, coloured with viridis (dark low, yellow high);
    /// values that are not finite left white. The same round ticks as a
    /// terminal map of ordinary size, a colour bar with its own ticks on the right, and the mark as a
    /// white-ringed circle labelled with its coordinates.
    /// - Parameters:
    ///   - width: The document's width in pixels.
    ///   - height: The document's height in pixels.
    ///   - title: A title over the map; none when empty.
    /// - Returns: The SVG text, ending in a newline.
    public func svg(width: Int = 640, height: Int = 400, title: String = "") -> String {
        var document = SVGDocument(width: width, height: height, title: title.isEmpty ? valueLabel : title)
        let (xTicks, yTicks) = (AxisTicks(covering: bounds.x), AxisTicks(covering: bounds.y))
        let (xEdges, yEdges) = (Self.edges(xs), Self.edges(ys))
        let range = shadedRange
        let barTicks = AxisTicks(covering: range)
        // The colour bar's column: a gap, the bar and its ticks, then the widest of its labels.
        let barLabels = barTicks.values.map { barTicks.label($0) } + (hasGaps ? ["not finite"] : [])
        let widestLabel = barLabels.map { SVGAxes.textWidth($0, size: 11) }.max() ?? 0
        let barColumn = 16 + max(21 + widestLabel, SVGAxes.textWidth(valueLabel)) + 8
        let axes = SVGAxes(left: SVGAxes.leftMargin(tickLabels: yTicks.values.map { yTicks.label($0) }, yLabel: yLabel),
                           top: SVGAxes.topMargin(title: title),
                           right: Double(document.width) - barColumn,
                           bottom: Double(document.height) - 52,
                           xRange: (xEdges.first ?? 0)...(xEdges.last ?? 1),
                           yRange: (yEdges.first ?? 0)...(yEdges.last ?? 1))
        axes.drawTitle(title, on: &document)
        // Crisp edges, or anti-aliasing shows a pale seam between neighbouring cells.
        document.beginGroup(["shape-rendering": "crispEdges"])
        for (j, row) in values.enumerated() {
            for (i, value) in row.enumerated() where value.isFinite {
                let (left, right) = (axes.x(xEdges[i]), axes.x(xEdges[i + 1]))
                let (top, bottom) = (axes.y(yEdges[j + 1]), axes.y(yEdges[j]))
                document.rect(x: left, y: top, width: right - left, height: bottom - top, fill: colour(of: value))
            }
        }
        document.endGroup()
        axes.drawYAxis(ticks: yTicks, label: yLabel, grid: false, on: &document)
        axes.drawXAxis(ticks: xTicks, label: xLabel, grid: false, on: &document)
        if let point = markedPoint, point.x.isFinite, point.y.isFinite {
            let (px, py) = (axes.x(point.x), axes.y(point.y))
            document.add("circle", ["cx": PlotNumber.svg(px), "cy": PlotNumber.svg(py), "r": "5",
                                    "fill": SVGPalette.highlight, "stroke": "white", "stroke-width": "2"])
            let label = "(\(xTicks.preciseLabel(point.x)), \(yTicks.preciseLabel(point.y)))"
            let anchor = px > (axes.left + axes.right) / 2 ? "end" : "start"
            axes.haloText(label, x: px + (anchor == "end" ? -9 : 9), y: py - 8, anchor: anchor, on: &document)
        }
        drawColourBar(left: axes.right + 16, top: axes.top, bottom: axes.bottom, ticks: barTicks, on: &document)
        return document.rendered()
    }

    /// The viridis colour of a finite value within the shaded range.
    private func colour(of value: Double) -> String {
        let range = shadedRange
        guard range.upperBound > range.lowerBound else { return SVGPalette.viridis(1) }
        return SVGPalette.viridis((value - range.lowerBound) / (range.upperBound - range.lowerBound))
    }

    /// The colour bar: high at the top, ticked, named, and with a white swatch that
    /// explains blank cells when there are any.
    private func drawColourBar(left: Double, top: Double, bottom: Double, ticks: AxisTicks, on document: inout SVGDocument) {
        let range = shadedRange
        let steps = 48
        let bottom = hasGaps ? bottom - 30 : bottom
        let height = (bottom - top) / Double(steps)
        for step in 0..<steps {
            // A hair of overlap so that no seam shows between neighbouring bands.
            document.rect(x: left, y: bottom - Double(step + 1) * height, width: 14, height: height + 0.5,
                          fill: SVGPalette.viridis((Double(step) + 0.5) / Double(steps)))
        }
        document.rect(x: left, y: top, width: 14, height: bottom - top, fill: "none", stroke: "#333")
        let span = range.upperBound - range.lowerBound
        for value in ticks.values {
            let y = span > 0 ? bottom - (value - range.lowerBound) / span * (bottom - top) : top
            document.line(from: (left + 14, y), to: (left + 18, y), stroke: "#333")
            document.text(ticks.label(value), x: left + 21, y: y + 4, size: 11)
        }
        if !valueLabel.isEmpty { document.text(valueLabel, x: left, y: top - 8, size: 12) }
        if hasGaps {
            document.rect(x: left, y: bottom + 14, width: 14, height: 14, fill: "white", stroke: "#333")
            document.text("not finite", x: left + 19, y: bottom + 25, size: 11)
        }
    }

    /// The boundaries between grid cells: halfway between neighbouring values, and
    /// half a spacing beyond the ends (half a unit for a single value).
    private static func edges(_ values: [Double]) -> [Double] {
        guard let first = values.first, let last = values.last else { return [0, 1] }
        guard values.count > 1 else { return [first - 0.5, first + 0.5] }
        let middles = zip(values, values.dropFirst()).map { ($0 + $1) / 2 }
        return [first - (values[1] - first) / 2] + middles + [last + (last - values[values.count - 2]) / 2]
    }
}
