import Foundation

/// A line through (x, y) points drawn in the terminal, with axes, end ticks and one
/// marked point (a maximum, say) drawn with its own character.
///
/// ```swift
/// let plot = LinePlot(points: grid.map { ($0, likelihood($0)) }, xLabel: "θ",
///                     yLabel: "L(θ)", mark: (best, likelihood(best)))
/// narrator.output(plot.render(style: style))
/// ```
///
/// The output depends only on the points, the options and the style: the same plot
/// renders to the same text everywhere. Points that are not finite are skipped and
/// break the line.
public struct LinePlot: Sendable {
    /// The points, joined in order.
    public var points: [(x: Double, y: Double)]
    /// The width of the drawing area in character cells, axes and labels excluded.
    public var width: Int
    /// The height of the drawing area in character cells.
    public var height: Int
    /// The label under the x axis.
    public var xLabel: String
    /// The label above the y axis.
    public var yLabel: String
    /// The point to mark, if any; its x value is also labelled under the axis.
    public var mark: (x: Double, y: Double)?
    /// Formats the tick labels; three significant digits by default.
    public var tickFormat: @Sendable (Double) -> String

    /// Creates a line plot.
    /// - Parameters:
    ///   - points: The points, joined in order.
    ///   - width: The drawing area's width in character cells.
    ///   - height: The drawing area's height in character cells.
    ///   - xLabel: The label under the x axis.
    ///   - yLabel: The label above the y axis.
    ///   - mark: The point to mark, if any.
    ///   - tickFormat: Formats the tick labels.
    public init(points: [(x: Double, y: Double)], width: Int = 60, height: Int = 15,
                xLabel: String = "", yLabel: String = "", mark: (x: Double, y: Double)? = nil,
                tickFormat: @escaping @Sendable (Double) -> String = { String(format: "%.3g", $0) }) {
        self.points = points
        self.width = max(2, width)
        self.height = max(2, height)
        self.xLabel = xLabel
        self.yLabel = yLabel
        self.mark = mark
        self.tickFormat = tickFormat
    }

    /// The ranges the axes span: the finite points' extremes, widened when flat.
    public var bounds: (x: ClosedRange<Double>, y: ClosedRange<Double>) {
        let finite = points.filter { $0.x.isFinite && $0.y.isFinite }
        func span(_ values: [Double]) -> ClosedRange<Double> {
            guard let low = values.min(), let high = values.max() else { return 0...1 }
            return low < high ? low...high : (low - 0.5)...(high + 0.5)
        }
        return (span(finite.map(\.x)), span(finite.map(\.y)))
    }

    /// The cell of the drawing area a point falls in, counted from the top left.
    /// - Parameters:
    ///   - point: The point.
    ///   - style: The style it would be drawn in (braille cells hold more dots).
    /// - Returns: Its column and row, or `nil` when the point is outside the axes.
    public func cell(of point: (x: Double, y: Double), style: TerminalStyle) -> (column: Int, row: Int)? {
        let canvas = DotCanvas(columns: width, rows: height, unicode: style.unicode)
        guard let dot = dot(of: point, on: canvas, bounds: bounds) else { return nil }
        return (dot.x / canvas.dotsPerColumn, dot.y / canvas.dotsPerRow)
    }

    /// Draws the plot.
    /// - Parameter style: Braille and box-drawing characters when `style.unicode`,
    ///   plain ASCII otherwise. No colour is used.
    /// - Returns: The plot's lines joined by newlines, without a final newline.
    public func render(style: TerminalStyle) -> String {
        let bounds = bounds
        var canvas = DotCanvas(columns: width, rows: height, unicode: style.unicode)
        var previous: (x: Int, y: Int)?
        for point in points {
            let current = dot(of: point, on: canvas, bounds: bounds)
            if let from = previous, let to = current { canvas.drawLine(from: from, to: to) }
            else if let only = current { canvas.setDot(x: only.x, y: only.y) }
            previous = current
        }
        var markColumn: Int?
        if let mark, let dot = dot(of: mark, on: canvas, bounds: bounds) {
            canvas.put(style.unicode ? "●" : "O", column: dot.x / canvas.dotsPerColumn, row: dot.y / canvas.dotsPerRow)
            markColumn = dot.x / canvas.dotsPerColumn
        }
        let (top, bottom) = (tickFormat(bounds.y.upperBound), tickFormat(bounds.y.lowerBound))
        let margin = max(top.count, bottom.count)
        let pad = String(repeating: " ", count: margin + 1)
        let symbol = { (unicode: String, ascii: String) in style.unicode ? unicode : ascii }
        var lines = yLabel.isEmpty ? [] : [pad + yLabel]
        for (row, text) in canvas.lines().enumerated() {
            let tick = row == 0 ? top : row == height - 1 ? bottom : ""
            let axis = tick.isEmpty ? symbol("│", "|") : symbol("┤", "+")
            lines.append(String(repeating: " ", count: margin - tick.count) + tick + " " + axis + text)
        }
        var rule = Array(String(repeating: symbol("─", "-"), count: width))
        if let markColumn { rule[markColumn] = Character(symbol("┬", "+")) }
        lines.append(pad + symbol("└", "+") + String(rule))
        var ticks = Array(String(repeating: " ", count: width + 1))
        place(tickFormat(bounds.x.lowerBound), at: 1, in: &ticks)
        place(tickFormat(bounds.x.upperBound), at: width + 1 - tickFormat(bounds.x.upperBound).count, in: &ticks)
        if let markColumn, let mark {
            let label = tickFormat(mark.x)
            place(label, at: markColumn + 1 - label.count / 2, in: &ticks, keepingClear: true)
        }
        lines.append(pad + String(ticks))
        if !xLabel.isEmpty {
            lines.append(pad + String(repeating: " ", count: max(0, (width + 1 - xLabel.count) / 2)) + xLabel)
        }
        return lines.map { String($0.reversed().drop(while: { $0 == " " }).reversed()) }
            .joined(separator: "\n")
    }

    /// Where a point falls on `canvas`, in dots from the top left; `nil` outside the bounds.
    private func dot(of point: (x: Double, y: Double), on canvas: DotCanvas,
                     bounds: (x: ClosedRange<Double>, y: ClosedRange<Double>)) -> (x: Int, y: Int)? {
        let (xs, ys) = bounds
        guard point.x.isFinite, point.y.isFinite, xs.contains(point.x), ys.contains(point.y) else { return nil }
        let x = (point.x - xs.lowerBound) / (xs.upperBound - xs.lowerBound) * Double(canvas.dotWidth - 1)
        let y = (ys.upperBound - point.y) / (ys.upperBound - ys.lowerBound) * Double(canvas.dotHeight - 1)
        return (Int(x.rounded()), Int(y.rounded()))
    }

    /// Writes `label` into `line` from `start`; with `keepingClear`, only where it
    /// leaves a blank on each side of the labels already there.
    private func place(_ label: String, at start: Int, in line: inout [Character], keepingClear: Bool = false) {
        let start = min(max(0, start), max(0, line.count - label.count))
        let end = min(line.count, start + label.count)
        if keepingClear, line[max(0, start - 1)..<min(line.count, end + 1)].contains(where: { $0 != " " }) { return }
        for (offset, character) in label.prefix(end - start).enumerated() { line[start + offset] = character }
    }
}
