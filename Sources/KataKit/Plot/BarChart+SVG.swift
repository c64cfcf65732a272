extension BarChart {
    /// The chart as a standalone SVG document: a horizontal bar per category with its
    /// label on the left and its value at the end, the same value axis and round
    /// ticks as a terminal chart of ordinary size, and the highlighted bar in another
    /// colour with a dark outline and bold text (so it stands out in greyscale too).
    /// - Parameters:
    ///   - width: The document's width in pixels.
    ///   - height: The document's height in pixels.
    ///   - title: A title over the chart; none when empty.
    /// - Returns: The SVG text, ending in a newline.
    public func svg(width: Int = 640, height: Int = 400, title: String = "") -> String {
        var document = SVGDocument(width: width, height: height, title: title.isEmpty ? valueLabel : title)
        let values = bars.map { valueFormat?($0.value) ?? PlotNumber.short($0.value, unicode: true) }
        let labelWidth = bars.map { SVGAxes.textWidth($0.label) }.max() ?? 0
        let valueWidth = values.map { SVGAxes.textWidth($0) }.max() ?? 0
        let top = SVGAxes.topMargin(title: title) + (categoryLabel.isEmpty ? 0 : 8)
        let axes = SVGAxes(left: 16 + labelWidth, top: top, right: Double(document.width) - 16 - valueWidth,
                           bottom: Double(document.height) - 52, xRange: 0...scale, yRange: 0...1)
        axes.drawTitle(title, on: &document)
        axes.drawXAxis(ticks: AxisTicks(covering: 0...scale), label: valueLabel, on: &document)
        if !categoryLabel.isEmpty {
            document.text(categoryLabel, x: 8, y: top - 10, size: 13)
        }
        let highlighted = highlightedIndex
        let row = (axes.bottom - axes.top) / Double(max(1, bars.count))
        for (index, bar) in bars.enumerated() {
            let middle = axes.top + (Double(index) + 0.5) * row
            let isHighlighted = index == highlighted
            let length = bar.value.isFinite && bar.value > 0 ? axes.x(min(bar.value, scale)) - axes.left : 0
            if length > 0 {
                document.rect(x: axes.left, y: middle - row * 0.35, width: length, height: row * 0.7,
                              fill: isHighlighted ? SVGPalette.highlight : SVGPalette.series(0),
                              stroke: isHighlighted ? "#111" : "")
            }
            let size = min(12, max(7, row * 0.7))
            document.text(bar.label, x: axes.left - 8, y: middle + size / 3, anchor: "end", size: size, bold: isHighlighted)
            document.text(values[index], x: axes.left + length + 5, y: middle + size / 3, size: size, bold: isHighlighted)
        }
        document.line(from: (axes.left, axes.top), to: (axes.left, axes.bottom), stroke: "#333")
        return document.rendered()
    }
}
