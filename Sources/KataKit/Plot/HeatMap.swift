/// A surface z(x, y) sampled on a grid, drawn in the terminal as shades, with y
/// increasing upward, axes with round ticks, a legend and a marked point.
///
/// ```swift
/// let map = HeatMap(xs: mus, ys: sigmas, xLabel: "μ", yLabel: "σ", valueLabel: "log L") { mu, sigma in
///     logLikelihood(mu: mu, sigma: sigma)
/// }
/// show(map)   // in a story step: drawn here, and as SVG in the Docs
/// ```
///
/// Each character cell shows the grid point nearest its middle, shaded from `·`
/// (lowest) through `░▒▓` to `█` (highest); in ASCII through `.:-=+*#%@`. A value
/// that is not finite (the −∞ log-likelihood of impossible parameters) is left
/// blank, and the legend says so. The marked point, the maximum by default, is `●`
/// (`X` in ASCII).
public struct HeatMap: Sendable {
    /// Which point to mark.
    public enum Mark: Sendable, Equatable {
        /// The grid point with the largest finite value (the first found, row by row
        /// from the lowest y, when several are equal).
        case maximum
        /// A point of your choosing, such as the true parameters.
        case point(x: Double, y: Double)
    }

    /// The x values of the grid's columns, increasing.
    public let xs: [Double]
    /// The y values of the grid's rows, increasing.
    public let ys: [Double]
    /// The surface: `values[j][i]` is z(`xs[i]`, `ys[j]`). A missing entry counts as
    /// not finite.
    public let values: [[Double]]
    /// The width of the drawing area in character cells. A narrower style shrinks it
    /// to fit (see ``drawingWidth(style:)``).
    public var width: Int
    /// The height of the drawing area in character cells.
    public var height: Int
    /// The label under the x axis.
    public var xLabel: String
    /// The label above the y axis.
    public var yLabel: String
    /// What the shades measure, named in the legend.
    public var valueLabel: String
    /// The point to mark, if any.
    public var mark: Mark?
    /// The values the shades span; values outside take the nearest end's shade.
    /// `nil` (the default) spans the finite values' range. Narrow it to look
    /// closely near a maximum whose surroundings fall away steeply.
    public var valueRange: ClosedRange<Double>?

    /// Creates a heat map from values on a grid.
    /// - Parameters:
    ///   - xs: The x values of the grid's columns; they are sorted if they are not.
    ///   - ys: The y values of the grid's rows; they are sorted if they are not.
    ///   - values: `values[j][i]` is z(`xs[i]`, `ys[j]`).
    ///   - width: The drawing area's width in character cells.
    ///   - height: The drawing area's height in character cells.
    ///   - xLabel: The label under the x axis.
    ///   - yLabel: The label above the y axis.
    ///   - valueLabel: What the shades measure.
    ///   - mark: The point to mark; the maximum by default, `nil` for none.
    ///   - valueRange: The values the shades span; the finite values' range by default.
    public init(xs: [Double], ys: [Double], values: [[Double]], width: Int = 60, height: Int = 20,
                xLabel: String = "", yLabel: String = "", valueLabel: String = "",
                mark: Mark? = .maximum, valueRange: ClosedRange<Double>? = nil) {
        let columnOrder = xs.indices.sorted { xs[$0] < xs[$1] }
        let rowOrder = ys.indices.sorted { ys[$0] < ys[$1] }
        self.xs = columnOrder.map { xs[$0] }
        self.ys = rowOrder.map { ys[$0] }
        self.values = rowOrder.map { j in
            columnOrder.map { i in values.indices.contains(j) && values[j].indices.contains(i) ? values[j][i] : .nan }
        }
        self.width = max(2, width)
        self.height = max(2, height)
        self.xLabel = xLabel
        self.yLabel = yLabel
        self.valueLabel = valueLabel
        self.mark = mark
        self.valueRange = valueRange
    }

    /// Creates a heat map by evaluating a surface at every point of a grid.
    /// - Parameters:
    ///   - xs: The x values of the grid's columns.
    ///   - ys: The y values of the grid's rows.
    ///   - width: The drawing area's width in character cells.
    ///   - height: The drawing area's height in character cells.
    ///   - xLabel: The label under the x axis.
    ///   - yLabel: The label above the y axis.
    ///   - valueLabel: What the shades measure.
    ///   - mark: The point to mark; the maximum by default, `nil` for none.
    ///   - valueRange: The values the shades span; the finite values' range by default.
    ///   - surface: z(x, y).
    /// - Throws: What `surface` throws.
    public init(xs: [Double], ys: [Double], width: Int = 60, height: Int = 20,
                xLabel: String = "", yLabel: String = "", valueLabel: String = "",
                mark: Mark? = .maximum, valueRange: ClosedRange<Double>? = nil,
                surface: (_ x: Double, _ y: Double) throws -> Double) rethrows {
        let values = try ys.map { y in try xs.map { x in try surface(x, y) } }
        self.init(xs: xs, ys: ys, values: values, width: width, height: height, xLabel: xLabel,
                  yLabel: yLabel, valueLabel: valueLabel, mark: mark, valueRange: valueRange)
    }

    /// The grid point with the largest finite value, or `nil` when none is finite.
    public var maximum: (x: Double, y: Double, value: Double)? {
        var best: (x: Double, y: Double, value: Double)?
        for (j, row) in values.enumerated() {
            for (i, value) in row.enumerated() where value.isFinite && value > (best?.value ?? -.infinity) {
                best = (xs[i], ys[j], value)
            }
        }
        return best
    }

    /// The point the mark stands on, if any.
    public var markedPoint: (x: Double, y: Double)? {
        switch mark {
        case .maximum?: return maximum.map { ($0.x, $0.y) }
        case .point(let x, let y)?: return (x, y)
        case nil: return nil
        }
    }

    /// The values the shades span: ``valueRange``, or the finite values' range
    /// (`0...1` when there are none).
    public var shadedRange: ClosedRange<Double> {
        if let valueRange { return valueRange }
        let finite = values.joined().filter(\.isFinite)
        guard let low = finite.min(), let high = finite.max() else { return 0...1 }
        return low...high
    }

    /// Whether any value on the grid is not finite (and so drawn blank).
    public var hasGaps: Bool { values.joined().contains { !$0.isFinite } }

    /// The ranges the axes span: the grid's extremes, widened by a half when flat.
    public var bounds: (x: ClosedRange<Double>, y: ClosedRange<Double>) {
        func span(_ values: [Double]) -> ClosedRange<Double> {
            guard let low = values.first, let high = values.last else { return 0...1 }
            return low < high ? low...high : (low - 0.5)...(high + 0.5)
        }
        return (span(xs), span(ys))
    }

    /// The width the drawing area gets in `style`: ``width``, or less when the map
    /// would not fit in `style.width` columns with its tick labels.
    /// - Parameter style: The style the map is drawn in.
    /// - Returns: The width in character cells, at least 10.
    public func drawingWidth(style: TerminalStyle) -> Int {
        let margin = yTicks(style: style).map(\.label.count).max() ?? 0
        let room = style.width - margin - 2 - 3
        return max(min(width, 10), min(width, room))
    }

    /// The shade index, 0 (lowest) up to `levels − 1`, for a finite value.
    /// - Parameters:
    ///   - value: The value.
    ///   - levels: How many shades there are.
    /// - Returns: The shade; every value is the highest shade when the range is flat.
    public func shade(of value: Double, levels: Int) -> Int {
        let range = shadedRange
        guard range.upperBound > range.lowerBound else { return levels - 1 }
        let fraction = (value - range.lowerBound) / (range.upperBound - range.lowerBound)
        return min(levels - 1, max(0, Int(fraction * Double(levels))))
    }

    /// The cell of the drawing area a point falls in, counted from the top left.
    /// - Parameters:
    ///   - point: The point.
    ///   - style: The style the map would be drawn in.
    /// - Returns: Its column and row, or `nil` when the point is outside the axes.
    public func cell(of point: (x: Double, y: Double), style: TerminalStyle) -> (column: Int, row: Int)? {
        let (xRange, yRange) = bounds
        guard xRange.contains(point.x), yRange.contains(point.y) else { return nil }
        let columns = drawingWidth(style: style)
        let column = (point.x - xRange.lowerBound) / (xRange.upperBound - xRange.lowerBound) * Double(columns - 1)
        let row = (yRange.upperBound - point.y) / (yRange.upperBound - yRange.lowerBound) * Double(height - 1)
        return (Int(column.rounded()), Int(row.rounded()))
    }
}
