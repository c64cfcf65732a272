extension Histogram {
    /// The histogram as a standalone SVG document: a rectangle per bin that holds
    /// values, the curves over them as a line plot draws its series, the same bounds
    /// and round ticks as a terminal histogram of ordinary size, and a legend when the
    /// bars or any curve has a name.
    /// - Parameters:
    ///   - width: The document's width in pixels.
    ///   - height: The document's height in pixels.
    ///   - title: A title over the histogram; none when empty.
    /// - Returns: The SVG text, ending in a newline.
    public func svg(width: Int = 640, height: Int = 400, title: String = "") -> String {
        var document = SVGDocument(width: width, height: height, title: title.isEmpty ? xLabel : title)
        let bounds = bounds
        let ticks = (x: AxisTicks(covering: bounds.x), y: AxisTicks(covering: bounds.y))
        let axes = SVGAxes(left: SVGAxes.leftMargin(tickLabels: ticks.y.values.map { ticks.y.label($0) }, yLabel: yLabel),
                           top: SVGAxes.topMargin(title: title), right: Double(document.width) - 24,
                           bottom: Double(document.height) - 52, xRange: bounds.x, yRange: bounds.y)
        axes.drawTitle(title, on: &document)
        axes.drawYAxis(ticks: ticks.y, label: yLabel, on: &document)
        axes.drawXAxis(ticks: ticks.x, label: xLabel, on: &document)
        let bars = barRectangles(axes: axes)
        for bar in bars {
            // A white outline parts neighbouring bars of the same height.
            document.rect(x: bar.x, y: bar.y, width: bar.width, height: bar.height, fill: SVGPalette.bars, stroke: "white")
        }
        // Drawn again, as the bars' outlines cover it.
        document.line(from: (axes.left, axes.bottom), to: (axes.right, axes.bottom), stroke: "#333")
        // A curve's points beyond the bins would leave the axes: they break its line instead.
        let clipped = curves.map { curve in
            var inside = curve
            inside.points = curve.points.map { bounds.x.contains($0.x) ? $0 : (.nan, .nan) }
            return inside
        }
        LinePlot.draw(clipped, axes: axes, on: &document)
        drawLegend(axes: axes, bars: bars, curves: clipped, on: &document)
        return document.rendered()
    }

    /// The bars of the bins that hold values, in document pixels.
    private func barRectangles(axes: SVGAxes) -> [(x: Double, y: Double, width: Double, height: Double)] {
        zip(counts.indices, densities).filter { counts[$0.0] > 0 }.map { bin, density in
            let (left, top) = (axes.x(edges[bin]), axes.y(min(density, axes.yRange.upperBound)))
            return (left, top, axes.x(edges[bin + 1]) - left, axes.bottom - top)
        }
    }

    /// The legend over a pale box: the bars' swatch, then the named curves, in the
    /// corner of the drawing area that hides the least of the bars and curves.
    private func drawLegend(axes: SVGAxes, bars: [(x: Double, y: Double, width: Double, height: Double)],
                            curves: [LinePlot.Series], on document: inout SVGDocument) {
        let named = curves.enumerated().filter { !$0.element.name.isEmpty }
        let names = (barsName.isEmpty ? [] : [barsName]) + named.map(\.element.name)
        guard !names.isEmpty else { return }
        let boxWidth = 44 + (names.map { SVGAxes.textWidth($0) }.max() ?? 0)
        let boxHeight = Double(names.count) * 18 + 8
        // The bars as a grid of points 6 pixels apart, so that a box over a bar's middle counts too.
        let barPixels = bars.flatMap { bar in
            stride(from: bar.x, through: bar.x + bar.width, by: 6).flatMap { x in
                stride(from: bar.y, through: bar.y + bar.height, by: 6).map { (x: x, y: $0) }
            }
        }
        let curvePixels = curves.flatMap(\.points).filter { $0.x.isFinite && $0.y.isFinite }.map { (x: axes.x($0.x), y: axes.y($0.y)) }
        let (left, top) = axes.legendCorner(width: boxWidth, height: boxHeight, avoiding: barPixels + curvePixels)
        document.rect(x: left, y: top, width: boxWidth, height: boxHeight, fill: "white", stroke: "#ccc", opacity: 0.9)
        var y = top + 16
        if !barsName.isEmpty {
            document.rect(x: left + 8, y: y - 10, width: 24, height: 11, fill: SVGPalette.bars)
            document.text(barsName, x: left + 38, y: y)
            y += 18
        }
        for (index, curve) in named {
            LinePlot.drawLegendSample(curve, index: index, left: left, baseline: y, on: &document)
            document.text(curve.name, x: left + 38, y: y)
            y += 18
        }
    }
}
