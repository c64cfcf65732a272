import Foundation
import KataKit

/// The logistic fit of kata 10.2.4 on a million points: Newton's method from (0, 0),
/// as the kata's story fits (w, b) (its `newtonFit`, with no penalty).
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
        let labels = rng.binomial(trials: 1, probabilities: probabilities).map(Double.init)
        let timed = stopwatch.best {
            NewtonMinimizer().minimize({ negativeLogLikelihood($0, x: x, labels: labels) },
                                       gradient: { gradient($0, x: x, labels: labels) },
                                       hessian: { hessian($0, x: x) },
                                       from: [0, 0])
        }
        let fit = timed.value
        return BenchmarkResult(name: "logistic_fit", seconds: timed.seconds,
                               value: fit.point + [fit.value, Double(fit.iterations)])
    }

    /// Σ [softplus(zᵢ) − yᵢ·zᵢ] with z = w·x + b.
    /// - Parameters:
    ///   - parameters: [w, b].
    ///   - x: The inputs.
    ///   - labels: The labels, 0 or 1.
    /// - Returns: The summed negative log-likelihood.
    static func negativeLogLikelihood(_ parameters: [Double], x: [Double], labels: [Double]) -> Double {
        let (w, b) = (parameters[0], parameters[1])
        var total = 0.0
        for (xi, yi) in zip(x, labels) {
            let z = w * xi + b
            total += max(z, 0) + log1p(exp(-abs(z))) - yi * z
        }
        return total
    }

    /// (Σ (σ(zᵢ) − yᵢ)·xᵢ, Σ (σ(zᵢ) − yᵢ)).
    /// - Parameters:
    ///   - parameters: [w, b].
    ///   - x: The inputs.
    ///   - labels: The labels, 0 or 1.
    /// - Returns: The gradient [∂/∂w, ∂/∂b].
    static func gradient(_ parameters: [Double], x: [Double], labels: [Double]) -> [Double] {
        let (w, b) = (parameters[0], parameters[1])
        var (gw, gb) = (0.0, 0.0)
        for (xi, yi) in zip(x, labels) {
            let residual = sigmoid(w * xi + b) - yi
            gw += residual * xi
            gb += residual
        }
        return [gw, gb]
    }

    /// Σ σ(zᵢ)(1 − σ(zᵢ))·[xᵢ², xᵢ; xᵢ, 1].
    /// - Parameters:
    ///   - parameters: [w, b].
    ///   - x: The inputs.
    /// - Returns: The 2×2 Hessian.
    static func hessian(_ parameters: [Double], x: [Double]) -> [[Double]] {
        let (w, b) = (parameters[0], parameters[1])
        var (ww, wb, bb) = (0.0, 0.0, 0.0)
        for xi in x {
            let p = sigmoid(w * xi + b)
            let curvature = p * (1 - p)
            ww += curvature * xi * xi
            wb += curvature * xi
            bb += curvature
        }
        return [[ww, wb], [wb, bb]]
    }

    /// The logistic function, with a never-positive exponent so nothing overflows.
    /// - Parameter z: The log-odds.
    /// - Returns: 1/(1 + e^(−z)).
    static func sigmoid(_ z: Double) -> Double {
        if z >= 0 { return 1 / (1 + exp(-z)) }
        let e = exp(z)
        return e / (1 + e)
    }
}
