import Foundation

/// The reference solution of kata 10.2.1: every check passes it, and the story
/// computes its numbers with it.
public struct ReferenceSolution: CoinFlipExercises {
    /// Creates the reference solution.
    public init() {}

    /// Counts `H`/`h` as heads and `T`/`t` as tails, ignoring everything else.
    public func countFlips(_ flips: String) -> (heads: Int, tails: Int) {
        var heads = 0
        var tails = 0
        for flip in flips {
            switch flip {
            case "H", "h": heads += 1
            case "T", "t": tails += 1
            default: continue
            }
        }
        return (heads, tails)
    }

    /// θ^heads · (1 − θ)^tails; `pow(0, 0)` is 1, as the convention wants.
    public func likelihood(theta: Double, heads: Int, tails: Int) -> Double {
        pow(theta, Double(heads)) * pow(1 - theta, Double(tails))
    }

    /// heads · ln θ + tails · ln(1 − θ), skipping a term whose count is 0.
    public func logLikelihood(theta: Double, heads: Int, tails: Int) -> Double {
        // `log1p(-θ)` is ln(1 − θ) without the rounding of 1 − θ for tiny θ.
        let headTerm = heads == 0 ? 0 : Double(heads) * log(theta)
        let tailTerm = tails == 0 ? 0 : Double(tails) * log1p(-theta)
        return headTerm + tailTerm
    }

    /// heads / (heads + tails), in floating point.
    public func maximumLikelihoodEstimate(heads: Int, tails: Int) -> Double {
        Double(heads) / Double(heads + tails)
    }

    /// −heads / θ + tails / (1 − θ).
    public func negativeLogLikelihoodGradient(theta: Double, heads: Int, tails: Int) -> Double {
        -Double(heads) / theta + Double(tails) / (1 - theta)
    }

    /// `steps` steps of θ ← θ − η · gradient(θ).
    public func gradientDescent(heads: Int, tails: Int, start: Double, learningRate: Double, steps: Int) -> Double {
        var theta = start
        for _ in 0..<max(0, steps) {
            theta -= learningRate * negativeLogLikelihoodGradient(theta: theta, heads: heads, tails: tails)
        }
        return theta
    }
}
