import Foundation
import KataKit

/// The Gaussian log-likelihood of ten million points, as kata 10.2.2 computes it.
///
/// Data: `np.random.seed(0); np.random.normal(5, 2, 10_000_000)`, evaluated at μ = 5,
/// σ = 2. The timed kernel is the sum; drawing the data is not timed.
enum GaussianLogLikelihoodBenchmark {
    /// The number of points.
    static let count = 10_000_000

    /// Draws the data and times the log-likelihood.
    /// - Parameter stopwatch: How many runs to take the best of.
    /// - Returns: The fastest time and [ℓ(μ, σ)].
    static func run(_ stopwatch: Stopwatch) -> BenchmarkResult {
        var rng = NumPyRandom(seed: 0)
        let data = rng.normal(mean: 5, standardDeviation: 2, count: count)
        let timed = stopwatch.best { logLikelihood(data, mean: 5, standardDeviation: 2) }
        return BenchmarkResult(name: "gaussian_log_likelihood", seconds: timed.seconds, value: [timed.value])
    }

    /// −n/2 · ln(2πσ²) − Σ(xᵢ − μ)² / (2σ²), summed in order.
    /// - Parameters:
    ///   - data: The points.
    ///   - mean: μ.
    ///   - standardDeviation: σ.
    /// - Returns: The log-likelihood.
    static func logLikelihood(_ data: [Double], mean: Double, standardDeviation: Double) -> Double {
        var squares = 0.0
        for x in data {
            let d = x - mean
            squares += d * d
        }
        let variance = standardDeviation * standardDeviation
        return -Double(data.count) / 2 * log(2 * Double.pi * variance) - squares / (2 * variance)
    }
}
