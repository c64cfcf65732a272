import Foundation

/// Lines through (x, y) points drawn in the terminal, with axes, round ticks, axis
/// labels and one marked point (a maximum, say) drawn with its own character.
///
/// ```swift
/// let plot = LinePlot(points: grid.map { ($0, likelihood($0)) }, xLabel: "θ",
///                     yLabel: "L(θ)", mark: (best, likelihood(best)))
/// show(plot)   // in a story step: drawn here, and as SVG in the Docs
/// ```
///
/// The first series is drawn in braille dots (`'`, `.` and `:` in ASCII); each
/// further series, and any series of points (`Series.Drawing.points`), in a marker
/// character (`•`, `×`, `+`, `◦`; `*`, `x`, `+`, `#` in ASCII), so the series tell
/// apart without colour. A legend line names them when
/// any has a name. The output depends only on the points, the options and the
/// style: the same plot renders to the same text everywhere. Points that are not
/// finite are skipped and break their line.
public struct LinePlot: Sendable {
    /// One named series of a plot: a line, or points on their own (data under a fit).
    public struct Series: Sendable {
        /// How a series is drawn.
        public enum Drawing: Sendable {
            /// Its points joined in order.
            case line
            /// Each point on its own, as a marker: a scatter of data.
            case points
        }

        /// The name shown in the legend; a plot whose series are all unnamed has no legend.
        public var name: String
        /// The points, joined in order or drawn apart.
        public var points: [(x: Double, y: Double)]
        /// Whether the points are joined.
        public var drawn: Drawing

        /// Creates a series.
        /// - Parameters:
        ///   - name: The name shown in the legend.
        ///   - points: The points.
        ///   - drawn: `.line` to join them in order, `.points` to draw each on its own.
        public init(name: String = "", points: [(x: Double, y: Double)], drawn: Drawing = .line) {
            self.name = name
            self.points = points
            self.drawn = drawn
        }
    }

    /// The lines, drawn in order; later ones are drawn over earlier ones.
    public var series: [Series]
    /// The width of the drawing area in character cells, axes and labels excluded.
    /// A narrower style shrinks it to fit (see ``drawingWidth(style:)``).
    public var width: Int
    /// The height of the drawing area in character cells.
    public var height: Int
    /// The label under the x axis.
    public var xLabel: String
    /// The label above the y axis.
    public var yLabel: String
    /// The point to mark, if any; its x value is also labelled under the axis.
    public var mark: (x: Double, y: Double)?
    /// Formats the tick labels; `nil` (the default) uses ``AxisTicks``' labels,
    /// which share one number of decimals per axis.
    public var tickFormat: (@Sendable (Double) -> String)?

    /// Creates a plot of one line.
    /// - Parameters:
    ///   - points: The points, joined in order.
    ///   - width: The drawing area's width in character cells.
    ///   - height: The drawing area's height in character cells.
    ///   - xLabel: The label under the x axis.
    ///   - yLabel: The label above the y axis.
    ///   - mark: The point to mark, if any.
    ///   - tickFormat: Formats the tick labels; `nil` for round-number labels.
    public init(points: [(x: Double, y: Double)], width: Int = 60, height: Int = 15,
                xLabel: String = "", yLabel: String = "", mark: (x: Double, y: Double)? = nil,
                tickFormat: (@Sendable (Double) -> String)? = nil) {
        self.init(series: [Series(points: points)], width: width, height: height,
                  xLabel: xLabel, yLabel: yLabel, mark: mark, tickFormat: tickFormat)
    }

    /// Creates a plot of several lines sharing the axes.
    /// - Parameters:
    ///   - series: The lines, drawn in order.
    ///   - width: The drawing area's width in character cells.
    ///   - height: The drawing area's height in character cells.
    ///   - xLabel: The label under the x axis.
    ///   - yLabel: The label above the y axis.
    ///   - mark: The point to mark, if any.
    ///   - tickFormat: Formats the tick labels; `nil` for round-number labels.
    public init(series: [Series], width: Int = 60, height: Int = 15,
                xLabel: String = "", yLabel: String = "", mark: (x: Double, y: Double)? = nil,
                tickFormat: (@Sendable (Double) -> String)? = nil) {
        self.series = series
        self.width = max(2, width)
        self.height = max(2, height)
        self.xLabel = xLabel
        self.yLabel = yLabel
        self.mark = mark
        self.tickFormat = tickFormat
    }

    /// The points of the first series.
    public var points: [(x: Double, y: Double)] {
        get { series.first?.points ?? [] }
        set { if series.isEmpty { series = [Series(points: newValue)] } else { series[0].points = newValue } }
    }

    /// The ranges the axes span: the extremes of the finite points over all series
    /// and of the mark, widened by a half on each side when flat.
    public var bounds: (x: ClosedRange<Double>, y: ClosedRange<Double>) {
        let finite = (series.flatMap(\.points) + [mark].compactMap { $0 }).filter { $0.x.isFinite && $0.y.isFinite }
        func span(_ values: [Double]) -> ClosedRange<Double> {
            guard let low = values.min(), let high = values.max() else { return 0...1 }
            return low < high ? low...high : (low - 0.5)...(high + 0.5)
        }
        return (span(finite.map(\.x)), span(finite.map(\.y)))
    }

    /// The round tick values on each axis, all inside ``bounds``: as many as fit
    /// without crowding, at most 6 per axis.
    /// - Parameter style: The style the plot is drawn in; it may narrow the plot.
    /// - Returns: The ticks on each axis.
    public func ticks(style: TerminalStyle) -> (x: AxisTicks, y: AxisTicks) {
        let columns = drawingWidth(style: style)
        return (AxisTicks(covering: bounds.x, maximumCount: PlotFrame.tickCount(columns: columns)), yAxisTicks)
    }

    /// The y ticks, which depend on the height alone.
    var yAxisTicks: AxisTicks {
        AxisTicks(covering: bounds.y, maximumCount: PlotFrame.tickCount(rows: height))
    }

    /// The width the drawing area gets in `style`: ``width``, or less when the plot
    /// would not fit in `style.width` columns with its tick labels.
    /// - Parameter style: The style the plot is drawn in.
    /// - Returns: The width in character cells, at least 10.
    public func drawingWidth(style: TerminalStyle) -> Int {
        let margin = yTickLabels(style: style).map(\.label.count).max() ?? 0
        // The margin, the axis, and room for the last x label to overhang the rule.
        let room = style.width - margin - 2 - 3
        return max(min(width, 10), min(width, room))
    }

    /// The cell of the drawing area a point falls in, counted from the top left.
    /// - Parameters:
    ///   - point: The point.
    ///   - style: The style it would be drawn in (braille cells hold more dots).
    /// - Returns: Its column and row, or `nil` when the point is outside the axes.
    public func cell(of point: (x: Double, y: Double), style: TerminalStyle) -> (column: Int, row: Int)? {
        let canvas = DotCanvas(columns: drawingWidth(style: style), rows: height, unicode: style.unicode)
        guard let dot = dot(of: point, on: canvas, bounds: bounds) else { return nil }
        return (dot.x / canvas.dotsPerColumn, dot.y / canvas.dotsPerRow)
    }

    /// Where a point falls on `canvas`, in dots from the top left; `nil` outside the bounds.
    func dot(of point: (x: Double, y: Double), on canvas: DotCanvas,
             bounds: (x: ClosedRange<Double>, y: ClosedRange<Double>)) -> (x: Int, y: Int)? {
        let (xs, ys) = bounds
        guard point.x.isFinite, point.y.isFinite, xs.contains(point.x), ys.contains(point.y) else { return nil }
        let x = (point.x - xs.lowerBound) / (xs.upperBound - xs.lowerBound) * Double(canvas.dotWidth - 1)
        let y = (ys.upperBound - point.y) / (ys.upperBound - ys.lowerBound) * Double(canvas.dotHeight - 1)
        return (Int(x.rounded()), Int(y.rounded()))
    }
}
