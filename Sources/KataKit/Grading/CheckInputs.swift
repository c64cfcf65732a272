/// Random inputs for a kata's checks, drawn with numpy's legacy generator from a fixed
/// seed: every run of `kata check` tries the same cases, no single example's answer can
/// pass them, and the same seed and calls in Python draw the same numbers.
///
/// A kata adds the samples it needs in an extension, drawing from `numpy`:
///
/// ```swift
/// extension CheckInputs {
///     mutating func waits(count: Int, scale: Double) -> [Double] {
///         numpy.exponential(scale: scale, count: count)
///     }
/// }
/// ```
public struct CheckInputs: Sendable {
    /// The generator the inputs are drawn from.
    public var numpy: NumPyRandom

    /// Starts the inputs as `np.random.seed(seed)` starts numpy's stream.
    /// - Parameter seed: The seed, 0 ... 2³² − 1.
    public init(seed: UInt32) {
        numpy = NumPyRandom(seed: seed)
    }

    /// A number drawn uniformly from `range`, as `np.random.uniform(low, high)`.
    /// - Parameter range: Where the number falls (the upper bound only by rounding).
    /// - Returns: The number.
    public mutating func double(in range: ClosedRange<Double>) -> Double {
        numpy.uniform(low: range.lowerBound, high: range.upperBound)
    }

    /// An integer drawn uniformly from `range`, by flooring a uniform draw over
    /// `lowerBound ..< upperBound + 1` (not numpy's `randint`, which draws differently).
    /// - Parameter range: Where the integer falls, both ends included.
    /// - Returns: The integer.
    public mutating func int(in range: ClosedRange<Int>) -> Int {
        let drawn = numpy.uniform(low: Double(range.lowerBound), high: Double(range.upperBound + 1))
        return min(range.upperBound, Int(drawn.rounded(.down)))
    }

    /// One of `characters`, each equally likely.
    /// - Parameter characters: The characters to choose from; at least one.
    /// - Returns: The character.
    public mutating func character(from characters: [Character]) -> Character {
        characters[int(in: 0...(characters.count - 1))]
    }
}
