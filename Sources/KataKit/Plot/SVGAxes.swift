/// The drawing area of an SVG plot and the axes around it: tick marks and labels
/// from ``AxisTicks``, light grid lines, axis labels and an optional title.
///
/// Text widths are estimated (0.6 em per character at 12 px), which is close enough
/// to size margins for short tick labels in a sans-serif font.
struct SVGAxes {
    /// The left edge of the drawing area, in pixels.
    var left: Double
    /// The top edge of the drawing area.
    var top: Double
    /// The right edge of the drawing area.
    var right: Double
    /// The bottom edge of the drawing area.
    var bottom: Double
    /// The x values at the left and right edges.
    var xRange: ClosedRange<Double>
    /// The y values at the bottom and top edges.
    var yRange: ClosedRange<Double>

    /// The width in pixels of `text` at `size`, estimated.
    static func textWidth(_ text: String, size: Double = 12) -> Double {
        Double(text.count) * size * 0.6
    }

    /// The margin above the drawing area: room for a title and for a label over a
    /// point at the very top.
    static func topMargin(title: String) -> Double {
        title.isEmpty ? 28 : 52
    }

    /// The margin left of the drawing area: the rotated y label, then the widest
    /// tick label.
    static func leftMargin(tickLabels: [String], yLabel: String) -> Double {
        (yLabel.isEmpty ? 12 : 34) + (tickLabels.map { textWidth($0) }.max() ?? 0) + 10
    }

    /// The pixel column of an x value.
    func x(_ value: Double) -> Double {
        left + (value - xRange.lowerBound) / (xRange.upperBound - xRange.lowerBound) * (right - left)
    }

    /// The pixel row of a y value; y increases upward.
    func y(_ value: Double) -> Double {
        bottom - (value - yRange.lowerBound) / (yRange.upperBound - yRange.lowerBound) * (bottom - top)
    }

    /// Draws the title, centred over the whole document.
    func drawTitle(_ title: String, on document: inout SVGDocument) {
        guard !title.isEmpty else { return }
        document.text(title, x: Double(document.width) / 2, y: 24, anchor: "middle", size: 16, bold: true)
    }

    /// Draws grid lines at the x ticks, the x axis with its ticks and labels, and the x label.
    func drawXAxis(ticks: AxisTicks, label: String, grid: Bool = true, on document: inout SVGDocument) {
        for value in ticks.values {
            let px = x(value)
            if grid { document.line(from: (px, top), to: (px, bottom), stroke: "#e6e6e6") }
            document.line(from: (px, bottom), to: (px, bottom + 5), stroke: "#333")
            document.text(ticks.label(value), x: px, y: bottom + 19, anchor: "middle")
        }
        document.line(from: (left, bottom), to: (right, bottom), stroke: "#333")
        if !label.isEmpty {
            document.text(label, x: (left + right) / 2, y: bottom + 40, anchor: "middle", size: 13)
        }
    }

    /// Draws grid lines at the y ticks, the y axis with its ticks and labels, and the
    /// y label running up the left edge.
    func drawYAxis(ticks: AxisTicks, label: String, grid: Bool = true, on document: inout SVGDocument) {
        for value in ticks.values {
            let py = y(value)
            if grid { document.line(from: (left, py), to: (right, py), stroke: "#e6e6e6") }
            document.line(from: (left - 5, py), to: (left, py), stroke: "#333")
            document.text(ticks.label(value), x: left - 8, y: py + 4, anchor: "end")
        }
        document.line(from: (left, top), to: (left, bottom), stroke: "#333")
        if !label.isEmpty {
            document.text(label, x: 18, y: (top + bottom) / 2, anchor: "middle", size: 13, vertical: true)
        }
    }

    /// Where a legend box goes: the corner of the drawing area, 8 pixels in, whose box
    /// covers the fewest of `pixels` (top right, then top left, when several tie).
    /// - Parameters:
    ///   - width: The box's width.
    ///   - height: The box's height.
    ///   - pixels: What the box should not hide, in document pixels.
    /// - Returns: The box's top left corner.
    func legendCorner(width: Double, height: Double, avoiding pixels: [(x: Double, y: Double)]) -> (x: Double, y: Double) {
        let (nearLeft, nearRight) = (left + 8, right - width - 8)
        let (nearTop, nearBottom) = (top + 8, bottom - height - 8)
        let corners = [(nearRight, nearTop), (nearLeft, nearTop), (nearRight, nearBottom), (nearLeft, nearBottom)]
        func covered(_ corner: (x: Double, y: Double)) -> Int {
            let (across, down) = (corner.x...(corner.x + width), corner.y...(corner.y + height))
            return pixels.filter { across.contains($0.x) && down.contains($0.y) }.count
        }
        return corners.min { covered($0) < covered($1) } ?? corners[0]
    }

    /// Writes `text` with a white outline under it, so it stays readable over lines
    /// and colours. The outline is a second copy rather than `paint-order`, which
    /// some renderers ignore.
    func haloText(_ text: String, x: Double, y: Double, anchor: String = "middle", on document: inout SVGDocument) {
        var attributes = ["x": PlotNumber.svg(x), "y": PlotNumber.svg(y), "font-size": "12", "font-weight": "bold",
                          "text-anchor": anchor, "fill": "white", "stroke": "white", "stroke-width": "4",
                          "stroke-linejoin": "round"]
        document.add("text", attributes, text: text)
        attributes["stroke"] = nil
        attributes["stroke-width"] = nil
        attributes["stroke-linejoin"] = nil
        attributes["fill"] = "#111"
        document.add("text", attributes, text: text)
    }
}
