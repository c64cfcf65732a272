import KataKit

/// The random inputs of the checks: samples drawn by `NumPyRandom` from a fixed seed,
/// so every run of `kata check` tries the same cases, and no single example's answer
/// can pass them.
///
/// The centres stay within 50 of zero and the spreads at least 0.5, so that the
/// random cases test the formulas; data far from zero get checks of their own.
struct SeededSamples {
    private var rng: NumPyRandom

    /// Starts the stream at `seed`.
    init(seed: UInt32) {
        rng = NumPyRandom(seed: seed)
    }

    /// A number drawn uniformly from `range`.
    mutating func number(in range: ClosedRange<Double>) -> Double {
        rng.uniform(low: range.lowerBound, high: range.upperBound)
    }

    /// A sample of 2 to 200 values from a Gaussian with a random centre and spread.
    mutating func sample() -> [Double] {
        let count = Int(number(in: 2...200.999))
        let centre = number(in: -50...50)
        let spread = number(in: 0.5...20)
        return rng.normal(mean: centre, standardDeviation: spread, count: count)
    }
}

/// `data` written as a learner would type it, shortened when long: `[2.1, 3.5]`
/// or `[1000000002.1, 1000000003.5, … 5 values]`.
func written(_ data: [Double]) -> String {
    guard data.count > 6 else { return "[" + data.map { "\($0)" }.joined(separator: ", ") + "]" }
    return "[" + data.prefix(3).map { "\($0)" }.joined(separator: ", ") + ", … \(data.count) values]"
}
