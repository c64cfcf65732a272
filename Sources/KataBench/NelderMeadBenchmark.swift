import Foundation
import KataKit

/// Nelder-Mead on kata 10.2.3's problem: the regression NLL over (m, b, log σ) from
/// (1, 1, 0), on the tutorial's hundred points (`TutorialStream`, `np.random.seed(42)`).
enum NelderMeadBenchmark {
    /// Times the whole minimisation.
    /// - Parameter stopwatch: How many runs to take the best of.
    /// - Returns: The fastest time and [m, b, log σ, NLL] where it stopped.
    static func run(_ stopwatch: Stopwatch) -> BenchmarkResult {
        let stream = TutorialStream()
        let (x, y) = (stream.regressionX, stream.regressionY)
        let timed = stopwatch.best {
            NelderMead().minimize({ p in
                negativeLogLikelihood(x: x, y: y, slope: p[0], intercept: p[1], sigma: exp(p[2]))
            }, from: [1, 1, 0])
        }
        return BenchmarkResult(name: "nelder_mead_regression", seconds: timed.seconds,
                               value: timed.value.point + [timed.value.value])
    }

    /// n/2 · ln(2πσ²) + RSS/(2σ²), as kata 10.2.3's reference writes it.
    /// - Parameters:
    ///   - x: The inputs.
    ///   - y: The outputs.
    ///   - slope: m.
    ///   - intercept: b.
    ///   - sigma: σ.
    /// - Returns: The negative log-likelihood.
    static func negativeLogLikelihood(x: [Double], y: [Double], slope: Double, intercept: Double,
                                      sigma: Double) -> Double {
        var rss = 0.0
        for (xi, yi) in zip(x, y) {
            let r = yi - slope * xi - intercept
            rss += r * r
        }
        return Double(x.count) / 2 * log(2 * Double.pi * sigma * sigma) + rss / (2 * sigma * sigma)
    }
}
