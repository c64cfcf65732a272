import Foundation
import KataKit
import LogisticKata

/// The logistic fit of kata 10.2.4 on a million points: its story's `newtonFit`
/// (Newton's method from (0, 0) on the reference solution's NLL, with no penalty).
///
/// Data: `np.random.seed(1); x = np.random.randn(1_000_000) * 2`, then one label per
/// point from `np.random.binomial(1, 1 / (1 + np.exp(-(1.5 * x - 0.5))))`. Drawing is
/// not timed.
enum LogisticFitBenchmark {
    /// The number of points.
    static let count = 1_000_000

    /// Draws the data and times the fit.
    /// - Parameter stopwatch: How many runs to take the best of.
    /// - Returns: The fastest time and [w, b, NLL at the fit, Newton steps].
    static func run(_ stopwatch: Stopwatch) -> BenchmarkResult {
        var rng = NumPyRandom(seed: 1)
        let x = rng.randn(count).map { $0 * 2 }
        let probabilities = x.map { 1 / (1 + exp(-(1.5 * $0 - 0.5))) }
        let labels = rng.binomial(trials: 1, probabilities: probabilities)
        let timed = stopwatch.best { newtonFit(x: x, labels: labels) }
        let fit = timed.value
        return BenchmarkResult(name: "logistic_fit", seconds: timed.seconds,
                               value: fit.point + [fit.value, Double(fit.iterations)])
    }
}
