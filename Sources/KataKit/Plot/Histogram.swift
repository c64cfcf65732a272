/// A sample sorted into equal-width bins, drawn as bars whose heights are densities,
/// with density curves drawn over them on the same scale.
///
/// ```swift
/// let histogram = Histogram(values: estimates, bins: 30, range: 0.2...1.2, xLabel: "θ̂",
///                           curves: [LinePlot.Series(name: "N(θ, 1/I)", points: normalCurve)])
/// show(histogram)   // in a story step: drawn here, and as SVG in the Docs
/// if histogram.outside > 0 { show(histogram.outside, "estimates fell outside the plot") }
/// ```
///
/// A bar's height is its bin's count over n · (bin width), n counting every value
/// given, so the bars' area is the share of the sample inside the range (1 when none
/// is left out) and a density curve drawn over them can be compared by eye. Values
/// outside the range, and values that are not finite, are not counted in any bin;
/// ``outside`` says how many, so the story can say so.
public struct Histogram: Sendable {
    /// The bins' edges, increasing: one more than there are bins, the first and last
    /// the ends of the range. They are numpy's `linspace` over the range.
    public let edges: [Double]
    /// How many values fall in each bin: bin `i` holds `edges[i] ≤ x < edges[i + 1]`,
    /// and the last bin its top edge too, as `numpy.histogram` counts.
    public let counts: [Int]
    /// How many values no bin counts: those outside the range, and those not finite.
    public let outside: Int
    /// The density curves drawn over the bars, in order; they share the bars' axes.
    public var curves: [LinePlot.Series]
    /// The width of the drawing area in character cells, axes and labels excluded.
    /// A narrower style shrinks it to fit (see ``drawingWidth(style:)``).
    public var width: Int
    /// The height of the drawing area in character cells.
    public var height: Int
    /// The label under the x axis.
    public var xLabel: String
    /// The label above the y axis.
    public var yLabel: String
    /// The bars' name in the legend; unnamed bars have no legend entry.
    public var barsName: String

    /// Sorts a sample into bins.
    /// - Parameters:
    ///   - values: The sample; values that are not finite are counted in ``outside``.
    ///   - bins: How many equal-width bins (at least 1).
    ///   - range: The span the bins cover; `nil` (the default) spans the finite values,
    ///     as does a range whose ends are not finite. A span with no width (one
    ///     distinct value, or none) is widened by a half on each side.
    ///   - width: The drawing area's width in character cells.
    ///   - height: The drawing area's height in character cells.
    ///   - xLabel: The label under the x axis.
    ///   - yLabel: The label above the y axis.
    ///   - barsName: The bars' name in the legend; none when empty.
    ///   - curves: Density curves to draw over the bars.
    public init(values: [Double], bins: Int = 20, range: ClosedRange<Double>? = nil, width: Int = 60,
                height: Int = 15, xLabel: String = "", yLabel: String = "density", barsName: String = "",
                curves: [LinePlot.Series] = []) {
        let span = Self.span(of: values, range: range)
        let bins = max(1, bins)
        let (low, high) = (span.lowerBound, span.upperBound)
        // numpy's step, unless the span is wider than a Double holds.
        let step = (high - low).isFinite ? (high - low) / Double(bins) : high / Double(bins) - low / Double(bins)
        let edges = (0...bins).map { index in
            index == 0 ? low : index == bins ? high : low + Double(index) * step
        }
        var counts = Array(repeating: 0, count: bins)
        var outside = 0
        for value in values {
            guard value.isFinite, span.contains(value) else { outside += 1; continue }
            counts[Self.bin(of: value, edges: edges)] += 1
        }
        self.edges = edges
        self.counts = counts
        self.outside = outside
        self.curves = curves
        self.width = max(2, width)
        self.height = max(2, height)
        self.xLabel = xLabel
        self.yLabel = yLabel
        self.barsName = barsName
    }

    /// How many values were given: those counted in the bins and those ``outside``.
    public var sampleSize: Int { counts.reduce(0, +) + outside }

    /// The span the bins cover, from the first edge to the last.
    public var range: ClosedRange<Double> { (edges.first ?? 0)...(edges.last ?? 1) }

    /// Each bin's density: its count over ``sampleSize`` times its width; all 0 for
    /// an empty sample.
    public var densities: [Double] {
        let n = Double(sampleSize)
        return counts.indices.map { bin in
            n > 0 ? Double(counts[bin]) / (n * (edges[bin + 1] - edges[bin])) : 0
        }
    }

    /// The ranges the axes span: ``range`` across, and from 0 up to the tallest bar or
    /// the highest point of a curve inside the range (0...1 when both are 0).
    public var bounds: (x: ClosedRange<Double>, y: ClosedRange<Double>) {
        let across = range
        let heights = densities + curves.flatMap(\.points).filter { across.contains($0.x) }.map(\.y)
        let top = heights.filter(\.isFinite).max() ?? 0
        return (across, 0...(top > 0 ? top : 1))
    }

    /// The given range if its ends are finite, else the finite values' extent; widened
    /// when it has no width, so every bin has one.
    private static func span(of values: [Double], range: ClosedRange<Double>?) -> ClosedRange<Double> {
        let finite = values.filter(\.isFinite)
        var (low, high) = (finite.min() ?? 0, finite.max() ?? 0)
        if let range, range.lowerBound.isFinite, range.upperBound.isFinite {
            (low, high) = (range.lowerBound, range.upperBound)
        }
        return low < high ? low...high : (low - 0.5)...(high + 0.5)
    }

    /// The bin holding `value`, which lies inside the edges.
    private static func bin(of value: Double, edges: [Double]) -> Int {
        let bins = edges.count - 1
        var bin = min(bins - 1, Int(fraction(of: value, in: edges[0]...edges[bins]) * Double(bins)))
        // Rounding can put a value on an edge in the bin below or above: the edges
        // decide, as in numpy.
        if bin > 0, value < edges[bin] { bin -= 1 }
        if bin < bins - 1, value >= edges[bin + 1] { bin += 1 }
        return bin
    }

    /// How far `value` lies from the start of `range` to its end, 0 to 1, clamped;
    /// halves are subtracted so that a span wider than a Double holds does not overflow.
    static func fraction(of value: Double, in range: ClosedRange<Double>) -> Double {
        let fraction = (value / 2 - range.lowerBound / 2) / (range.upperBound / 2 - range.lowerBound / 2)
        return fraction.isFinite ? min(1, max(0, fraction)) : 0
    }
}
