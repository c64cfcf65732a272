import KataKit

/// The coin flips of the Python tutorial kata 10.2 follows, drawn as numpy draws them.
///
/// The tutorial calls `np.random.seed(42)` once at its top and then draws, in this
/// order: the Gaussian sample `normal(5, 2, 50)` (kata 10.2.2), the regression data
/// `uniform(0, 10, 100)` and `normal(0, 2, 100)` (10.2.3), and then one
/// `binomial(1, θ, n)` per sample size. Replaying the earlier draws puts the generator
/// where the tutorial's is, so each sample here is the learner's sample in Python,
/// even when this kata runs alone.
/// - Parameters:
///   - sizes: The sample sizes, in the tutorial's order.
///   - probability: The coin's chance of heads θ.
/// - Returns: One sample of 0s (tails) and 1s (heads) per size.
func tutorialFlipSamples(sizes: [Int], probability: Double) -> [[Int]] {
    var rng = NumPyRandom(seed: 42)
    _ = rng.normal(mean: 5, standardDeviation: 2, count: 50)
    _ = rng.uniform(low: 0, high: 10, count: 100)
    _ = rng.normal(mean: 0, standardDeviation: 2, count: 100)
    return sizes.map { rng.binomial(trials: 1, probability: probability, count: $0) }
}
