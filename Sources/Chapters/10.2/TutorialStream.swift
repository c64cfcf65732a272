import Foundation
import KataKit

/// The seeded data of the Python tutorial that kata 10.2 follows, drawn as numpy draws
/// them, so a learner running that Python sees the numbers the katas show.
///
/// The tutorial calls `np.random.seed(42)` once at its top, then draws in this order:
/// 1. `normal(5, 2, 50)`: the Gaussian sample (10.2.2);
/// 2. `uniform(0, 10, 100)` then `normal(0, 2, 100)`: the regression's x and its noise,
///    y = 3x + 7 + noise (10.2.3);
/// 3. `binomial(1, 0.7, n)` for n = 5, 10, 30, 100, 500: the coin-flip table (10.2.1);
/// 4. `randn(200, 1) * 2`, then `binomial(1, p)` with pᵢ = sigmoid(1.5xᵢ − 0.5): the
///    logistic data (10.2.4).
///
/// Each part needs the draws before its own, so the stream is replayed whole: a kata
/// run on its own still gets the learner's Python numbers. Replaying costs well under
/// a millisecond.
public struct TutorialStream: Sendable {
    /// The seed the tutorial passes to `np.random.seed`.
    public static let seed: UInt32 = 42

    /// The Gaussian sample's true mean and standard deviation (numpy's second argument
    /// is σ, not σ²).
    public static let gaussianMean = 5.0, gaussianStandardDeviation = 2.0
    /// The regression's true slope, intercept and noise standard deviation.
    public static let regressionSlope = 3.0, regressionIntercept = 7.0, regressionNoise = 2.0
    /// The coin's chance of heads and the sample sizes of the table, in draw order.
    public static let flipProbability = 0.7, flipSizes = [5, 10, 30, 100, 500]
    /// The logistic model's true weight and bias: P(y = 1 | x) = sigmoid(1.5x − 0.5).
    public static let logisticWeight = 1.5, logisticBias = -0.5

    /// How many values the tutorial draws for the Gaussian sample (its `n_samples`).
    public static let gaussianCount = 50

    /// The Gaussian sample: `gaussianCount` draws from N(5, 2²), or as many as asked.
    public let gaussianSample: [Double]
    /// A hundred x values from U(0, 10).
    public let regressionX: [Double]
    /// A hundred responses y = 3x + 7 + ε, ε ~ N(0, 2²).
    public let regressionY: [Double]
    /// One sample of 0s (tails) and 1s (heads) per size in `flipSizes` (the tutorial's, or as asked).
    public let flips: [[Int]]
    /// Two hundred x values, `randn(200, 1) * 2`.
    public let logisticX: [Double]
    /// One Bernoulli label per x, drawn with pᵢ = sigmoid(1.5xᵢ − 0.5).
    public let logisticLabels: [Int]

    /// Replays the whole stream from the seed.
    /// - Parameters:
    ///   - gaussianCount: How many values the Gaussian sample holds: the tutorial's
    ///     `n_samples`, a parameter its reader may change. Every draw after the sample
    ///     moves with it, as in the tutorial.
    ///   - noise: The standard deviation of the regression's noise, numpy's scale:
    ///     the same draws, scaled, as numpy gives for that scale.
    ///   - flipSizes: The sizes of the coin-flip samples, in draw order.
    public init(gaussianCount: Int = Self.gaussianCount, regressionNoise noise: Double = Self.regressionNoise,
                flipSizes: [Int] = Self.flipSizes) {
        var rng = NumPyRandom(seed: Self.seed)
        gaussianSample = rng.normal(mean: Self.gaussianMean, standardDeviation: Self.gaussianStandardDeviation,
                                    count: gaussianCount)
        let x = rng.uniform(low: 0, high: 10, count: 100)
        let errors = rng.normal(mean: 0, standardDeviation: noise, count: 100)
        regressionX = x
        // numpy evaluates `3 * x + 7 + noise` left to right, one rounding per step.
        regressionY = zip(x, errors).map { Self.regressionSlope * $0 + Self.regressionIntercept + $1 }
        flips = flipSizes.map { rng.binomial(trials: 1, probability: Self.flipProbability, count: $0) }
        let logistic = rng.randn(200, 1).map { $0 * 2 }
        logisticX = logistic
        // The tutorial's sigmoid, 1 / (1 + np.exp(-z)), written the same way so that each
        // probability, and so each label, is numpy's.
        let probabilities = logistic.map { 1 / (1 + exp(-(Self.logisticWeight * $0 + Self.logisticBias))) }
        logisticLabels = rng.binomial(trials: 1, probabilities: probabilities)
    }
}
