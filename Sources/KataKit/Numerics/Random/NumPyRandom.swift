import Foundation

/// A seeded random generator that reproduces numpy's legacy streams bit for bit.
///
/// `NumPyRandom(seed: 42)` is in the state `np.random.seed(42)` (or
/// `np.random.RandomState(42)`) leaves, and each method draws what the numpy function
/// of the same name draws, in the same order. So a kata's data are the data a learner
/// gets from the Python tutorial it follows:
///
/// ```swift
/// var rng = NumPyRandom(seed: 42)
/// let sample = rng.normal(mean: 5, standardDeviation: 2, count: 50)  // np.random.normal(5, 2, 50)
/// let flips = rng.binomial(trials: 1, probability: 0.7, count: 10)   // np.random.binomial(1, 0.7, 10)
/// ```
///
/// The algorithms are numpy's legacy ones (`numpy/random/src/legacy/` and
/// `distributions.c`): 53-bit doubles, the polar method for normals with its cached
/// second value, binomial by inversion or BTPE, exponential by inversion,
/// Marsaglia–Tsang gamma, and Poisson by multiplication or PTRS. numpy's newer
/// `Generator` streams are different and are not reproduced. Invalid parameters (a
/// negative scale, a probability outside 0...1, a negative mean) stop the program
/// with the message numpy's `ValueError` would give.
public struct NumPyRandom: Sendable {
    private var twister: MersenneTwister
    /// The second value of the last polar-method pair, served by the next normal draw.
    private var cachedGaussian: Double?

    /// Creates a generator in the state `np.random.seed(seed)` leaves.
    /// - Parameter seed: The seed, 0 ... 2³² − 1 as numpy accepts it.
    public init(seed: UInt32) {
        twister = MersenneTwister(seed: seed)
    }

    /// Re-seeds the generator, as `np.random.seed(seed)` does: the state starts again and
    /// any cached normal value is dropped.
    /// - Parameter seed: The seed, 0 ... 2³² − 1.
    public mutating func seed(_ seed: UInt32) {
        self = NumPyRandom(seed: seed)
    }

    /// The next raw 32-bit output of the Mersenne Twister.
    public mutating func nextUInt32() -> UInt32 {
        twister.nextUInt32()
    }

    // MARK: - Uniform

    /// One draw from U[0, 1), as `np.random.random_sample()`.
    public mutating func randomSample() -> Double {
        twister.nextDouble()
    }

    /// Draws from U[0, 1), as `np.random.random_sample(count)`.
    /// - Parameter count: How many values to draw.
    /// - Returns: The values, in draw order.
    public mutating func randomSample(count: Int) -> [Double] {
        draw(count) { $0.randomSample() }
    }

    /// One draw from U[low, high), as `np.random.uniform(low, high)`.
    /// - Parameters:
    ///   - low: The lower bound, included.
    ///   - high: The upper bound, excluded.
    /// - Returns: `low + (high − low) · U` for a 53-bit uniform U.
    public mutating func uniform(low: Double = 0, high: Double = 1) -> Double {
        low + (high - low) * twister.nextDouble()
    }

    /// Draws from U[low, high), as `np.random.uniform(low, high, count)`.
    /// - Parameters:
    ///   - low: The lower bound, included.
    ///   - high: The upper bound, excluded.
    ///   - count: How many values to draw.
    /// - Returns: The values, in draw order.
    public mutating func uniform(low: Double = 0, high: Double = 1, count: Int) -> [Double] {
        draw(count) { $0.uniform(low: low, high: high) }
    }

    // MARK: - Normal

    /// One draw from N(0, 1), as `np.random.standard_normal()`.
    ///
    /// The polar method makes two values at a time: it returns one and keeps the
    /// other for the next normal draw, even across draws of other kinds, as numpy does.
    public mutating func standardNormal() -> Double {
        if let cached = cachedGaussian {
            cachedGaussian = nil
            return cached
        }
        let pair = polarPair()
        cachedGaussian = pair.kept
        return pair.returned
    }

    /// Draws from N(0, 1), as `np.random.standard_normal(count)`.
    ///
    /// The same draws as `count` calls of ``standardNormal()``, written into the array
    /// a pair at a time: this is what the katas' large samples and bench/run's
    /// ten million draws spend their time in.
    /// - Parameter count: How many values to draw.
    /// - Returns: The values, in draw order.
    public mutating func standardNormal(count: Int) -> [Double] {
        precondition(count >= 0, "count must not be negative")
        return Array(unsafeUninitializedCapacity: count) { values, initialized in
            var index = 0
            if count > 0, let cached = cachedGaussian {
                values[0] = cached
                cachedGaussian = nil
                index = 1
            }
            while index + 1 < count {
                let pair = polarPair()
                values[index] = pair.returned
                values[index + 1] = pair.kept
                index += 2
            }
            if index < count {
                let pair = polarPair()
                values[index] = pair.returned
                cachedGaussian = pair.kept
            }
            initialized = count
        }
    }

    /// One pair of the polar method, as numpy's `legacy_gauss` makes it: `returned` is
    /// drawn now, `kept` is the value numpy caches for the next normal draw.
    @inline(__always)
    private mutating func polarPair() -> (returned: Double, kept: Double) {
        var x1: Double, x2: Double, radiusSquared: Double
        repeat {
            x1 = 2 * twister.nextDouble() - 1
            x2 = 2 * twister.nextDouble() - 1
            radiusSquared = x1 * x1 + x2 * x2
        } while radiusSquared >= 1 || radiusSquared == 0
        let factor = (-2 * log(radiusSquared) / radiusSquared).squareRoot()
        return (factor * x2, factor * x1)
    }

    /// Draws from N(0, 1) for an array of the given shape, as `np.random.randn(d0, d1, …)`.
    /// - Parameter dimensions: The shape; `randn(200, 1)` draws 200 values.
    /// - Returns: The values flattened in row-major (C) order, which is draw order.
    public mutating func randn(_ dimensions: Int...) -> [Double] {
        standardNormal(count: dimensions.reduce(1, *))
    }

    /// One draw from N(mean, standardDeviation²), as `np.random.normal(mean, standardDeviation)`.
    /// - Parameters:
    ///   - mean: The mean μ (numpy's `loc`).
    ///   - standardDeviation: The standard deviation σ, not the variance (numpy's `scale`).
    /// - Returns: `mean + standardDeviation · Z` for a standard normal Z.
    public mutating func normal(mean: Double = 0, standardDeviation: Double = 1) -> Double {
        precondition(standardDeviation >= 0, "normal: standardDeviation < 0 (numpy: scale < 0)")
        return mean + standardDeviation * standardNormal()
    }

    /// Draws from N(mean, standardDeviation²), as `np.random.normal(mean, standardDeviation, count)`.
    /// - Parameters:
    ///   - mean: The mean μ (numpy's `loc`).
    ///   - standardDeviation: The standard deviation σ, not the variance (numpy's `scale`).
    ///   - count: How many values to draw.
    /// - Returns: The values, in draw order.
    public mutating func normal(mean: Double = 0, standardDeviation: Double = 1, count: Int) -> [Double] {
        precondition(standardDeviation >= 0, "normal: standardDeviation < 0 (numpy: scale < 0)")
        var values = standardNormal(count: count)
        for index in values.indices { values[index] = mean + standardDeviation * values[index] }
        return values
    }

    // MARK: - Drawing many

    /// `count` values from `one`, in order, as numpy fills an array.
    mutating func draw<Value>(_ count: Int, _ one: (inout NumPyRandom) -> Value) -> [Value] {
        precondition(count >= 0, "count must not be negative")
        var values: [Value] = []
        values.reserveCapacity(count)
        for _ in 0..<count { values.append(one(&self)) }
        return values
    }
}
