import GaussianKata
import KataKit

/// The Gaussian log-likelihood of ten million points, by kata 10.2.2's reference solution.
///
/// Data: `np.random.seed(0); np.random.normal(5, 2, 10_000_000)`, evaluated at μ = 5,
/// σ² = 4. The timed kernel is the sum; drawing the data is not timed.
enum GaussianLogLikelihoodBenchmark {
    /// The number of points.
    static let count = 10_000_000

    /// Draws the data and times the log-likelihood.
    /// - Parameter stopwatch: How many runs to take the best of.
    /// - Returns: The fastest time and [ℓ(μ, σ²)].
    static func run(_ stopwatch: Stopwatch) -> BenchmarkResult {
        var rng = NumPyRandom(seed: 0)
        let data = rng.normal(mean: 5, standardDeviation: 2, count: count)
        let timed = stopwatch.best { ReferenceSolution().logLikelihood(of: data, mean: 5, variance: 4) }
        return BenchmarkResult(name: "gaussian_log_likelihood", seconds: timed.seconds, value: [timed.value])
    }
}
