import Foundation
import KataKit
import MLETutorialData
import RegressionKata

/// Nelder-Mead on kata 10.2.3's problem: its reference solution's regression NLL over
/// (m, b, log σ) from (1, 1, 0), on the tutorial's hundred points (`TutorialStream`,
/// `np.random.seed(42)`).
enum NelderMeadBenchmark {
    /// Times the whole minimisation.
    /// - Parameter stopwatch: How many runs to take the best of.
    /// - Returns: The fastest time and [m, b, log σ, NLL] where it stopped.
    static func run(_ stopwatch: Stopwatch) -> BenchmarkResult {
        let stream = TutorialStream()
        let (x, y) = (stream.regressionX, stream.regressionY)
        let timed = stopwatch.best {
            NelderMead().minimize({ p in
                ReferenceSolution().negativeLogLikelihood(x: x, y: y, slope: p[0], intercept: p[1], sigma: exp(p[2]))
            }, from: [1, 1, 0])
        }
        return BenchmarkResult(name: "nelder_mead_regression", seconds: timed.seconds,
                               value: timed.value.point + [timed.value.value])
    }
}
