import KataKit

/// The random inputs of the checks, drawn with numpy's legacy generator from a fixed
/// seed: every run of `kata check` tries the same cases, and no single example's
/// answer can pass them. The same seed and calls in Python give the same waits.
struct SeededCases {
    private var random: NumPyRandom

    /// Starts the stream as `np.random.seed(seed)` does.
    init(seed: UInt32) {
        random = NumPyRandom(seed: seed)
    }

    /// A double drawn uniformly from `range`.
    mutating func double(in range: ClosedRange<Double>) -> Double {
        random.uniform(low: range.lowerBound, high: range.upperBound)
    }

    /// An integer drawn uniformly from `range`.
    mutating func int(in range: ClosedRange<Int>) -> Int {
        let drawn = random.uniform(low: Double(range.lowerBound), high: Double(range.upperBound + 1))
        return min(range.upperBound, Int(drawn.rounded(.down)))
    }

    /// `count` exponential waits with mean `scale` (the rate is 1/scale).
    mutating func waits(count: Int, scale: Double) -> [Double] {
        random.exponential(scale: scale, count: count)
    }
}

/// The story's sample: `np.random.seed(42); np.random.exponential(scale=2, size=100)`,
/// waits whose true rate is α = 1/2.
func seededSample() -> [Double] {
    var random = NumPyRandom(seed: 42)
    return random.exponential(scale: 2, count: 100)
}
