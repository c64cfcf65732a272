/// ∫₀^upper of `density`, by composite Simpson's rule on `intervals` equal intervals.
/// - Parameters:
///   - upper: Where the area ends; it starts at 0.
///   - intervals: How many intervals, an even number of at least 2 (an odd one is rounded up).
///   - density: The curve, evaluated at 0, `upper` and every point between.
/// - Returns: The area.
public func simpsonArea(upTo upper: Double, intervals: Int, of density: (Double) -> Double) -> Double {
    let intervals = max(2, intervals + intervals % 2)
    let h = upper / Double(intervals)
    let inner = (1..<intervals).reduce(0.0) { $0 + Double($1 % 2 == 0 ? 2 : 4) * density(Double($1) * h) }
    return (density(0) + inner + density(upper)) * h / 3
}
