import Foundation
import KataKit
import Testing

/// One problem scipy's Nelder-Mead solved, with its options and what scipy returned
/// (the values are generated into ScipyReference.swift).
struct ScipyNelderMeadCase: Sendable, CustomTestStringConvertible {
    let name: String
    let problem: OptimizationProblem
    let start: [Double]
    let xTolerance: Double
    let fTolerance: Double
    let maxIterations: Int?
    let maxEvaluations: Int?
    let initialSimplex: [[Double]]?
    let x: [Double]
    let fun: Double
    let nit: Int
    let nfev: Int
    let success: Bool
    let message: String

    var testDescription: String { name }

    /// KataKit's Nelder-Mead with this case's options.
    var minimizer: NelderMead {
        NelderMead(xTolerance: xTolerance, fTolerance: fTolerance, maxIterations: maxIterations,
                   maxEvaluations: maxEvaluations, initialSimplex: initialSimplex)
    }
}

/// The objectives of the reference problems, each computed with the same operations in
/// the same order as its twin in Reference/scipy_optimizers.py, so that both sides see
/// bit-identical values (Foundation's `log`, `exp`, `sin` and `floor` are glibc's, as
/// Python's `math` functions are).
enum OptimizationProblem: Sendable {
    case rosenbrock, shiftedQuadratic, zeroStartQuadratic, logBarrier, exponentialNLL, noisyBowl, noisyLine
    case regressionNLL

    /// The objective at `p`.
    func value(at p: [Double]) -> Double {
        switch self {
        case .rosenbrock:
            var total = 0.0
            for i in 0..<(p.count - 1) {
                let a = p[i]
                let b = p[i + 1] - a * a
                let c = 1 - a
                total += 100 * (b * b) + c * c
            }
            return total
        case .shiftedQuadratic:
            let (u, v, w) = (p[0] - 3, p[1] + 1, p[2] - 0.5)
            return u * u + 2 * (v * v) + 0.5 * (w * w) + 0.3 * (u * v)
        case .zeroStartQuadratic:
            let (u, v, w) = (p[0] - 0.3, p[1] - 2, p[2] + 0.7)
            return u * u + 3 * (v * v) + w * w + 0.1 * (p[0] * p[1])
        case .logBarrier:
            let d = p[1] - p[0]
            return 10 * p[0] - 3 * log(p[0]) + d * d
        case .exponentialNLL:
            return p[0] * 7.5 - 5 * log(p[0])
        case .noisyBowl:
            let s = sin(12.9898 * p[0] + 78.233 * p[1]) * 43758.5453
            return p[0] * p[0] + p[1] * p[1] + 0.01 * (s - floor(s))
        case .noisyLine:
            let s = sin(12.9898 * p[0]) * 43758.5453
            return p[0] * p[0] + 0.01 * (s - floor(s))
        case .regressionNLL:
            return KataRegressionData.negativeLogLikelihood(slope: p[0], intercept: p[1], logSigma: p[2])
        }
    }
}

/// Kata 10.2.3's data: `np.random.seed(42); x = np.random.uniform(0, 10, 100);
/// noise = np.random.normal(0, 2, 100); y = 3 * x + 7 + noise`.
enum KataRegressionData {
    static let (x, noise): ([Double], [Double]) = {
        var rng = NumPyRandom(seed: 42)
        let x = rng.uniform(low: 0, high: 10, count: 100)
        return (x, rng.normal(mean: 0, standardDeviation: 2, count: 100))
    }()

    static let y: [Double] = zip(x, noise).map { 3 * $0 + 7 + $1 }

    /// n/2·log(2πσ²) + Σ(yᵢ − m·xᵢ − b)²/(2σ²) with σ = exp(log σ), summed in order.
    static func negativeLogLikelihood(slope: Double, intercept: Double, logSigma: Double) -> Double {
        let sigma = exp(logSigma)
        var rss = 0.0
        for (xi, yi) in zip(x, y) {
            let r = yi - slope * xi - intercept
            rss += r * r
        }
        return Double(x.count) / 2 * log(2 * Double.pi * sigma * sigma) + rss / (2 * sigma * sigma)
    }
}
