import KataKit

/// The seed tutorial's stream, replayed as numpy draws it: `np.random.seed(42)`, then
/// `normal(loc=5, scale=2, size=100)`, `exponential(scale=2, size=100)` and
/// `gamma(shape=3, scale=2, size=200)`.
///
/// The Gamma sample is the kata's data: numpy's `scale=2` is a rate of β = 1/2. The
/// Gaussian sample serves the mixture that breaks maximum likelihood, and the waits the
/// Nelder-Mead fit of the exponential.
struct SeededData: Sendable {
    /// The seed the tutorial passes to `np.random.seed`.
    static let seed: UInt32 = 42
    /// The Gamma sample's true shape α and rate β (numpy's scale is 1/β).
    static let trueShape = 3.0, trueRate = 0.5
    /// The exponential waits' true scale (numpy's `scale=2`: a rate of 1/2).
    static let waitScale = 2.0
    /// The Gaussian sample's mean and standard deviation (numpy's `loc` and `scale`).
    static let normalMean = 5.0, normalDeviation = 2.0
    /// How many values each of the three draws holds, in draw order.
    static let normalCount = 100, waitCount = 100, gammaCount = 200

    /// A hundred draws from N(5, 2²).
    let normal: [Double]
    /// A hundred exponential waits of mean 2.
    let waits: [Double]
    /// Two hundred draws from Gamma(α = 3, β = 1/2): the kata's data.
    let gamma: [Double]

    /// The stream as the tutorial calls it, for the story to show.
    static var python: String {
        """
          import numpy as np
          np.random.seed(\(seed))
          np.random.normal(loc=\(normalMean, decimals: 0), scale=\(normalDeviation, decimals: 0), size=\(normalCount))
          np.random.exponential(scale=\(waitScale, decimals: 0), size=\(waitCount))
          x = np.random.gamma(shape=\(trueShape, decimals: 0), scale=\(1 / trueRate, decimals: 0), size=\(gammaCount))
        """
    }

    /// Replays the stream from the seed.
    /// - Parameter gammaCount: How many Gamma draws end it: the tutorial's 200, or as many as asked.
    init(gammaCount: Int = Self.gammaCount) {
        var random = NumPyRandom(seed: Self.seed)
        normal = random.normal(mean: Self.normalMean, standardDeviation: Self.normalDeviation, count: Self.normalCount)
        waits = random.exponential(scale: Self.waitScale, count: Self.waitCount)
        gamma = random.gamma(shape: Self.trueShape, scale: 1 / Self.trueRate, count: gammaCount)
    }
}
