import Foundation

/// The reference solution of kata 10.2.7: every check passes it, and the story
/// computes its numbers with it.
public struct ReferenceSolution: GammaExercises {
    /// Creates the reference solution.
    public init() {}

    /// n·(α·ln β − ln Γ(α)) + (α − 1)·Σ ln x − β·Σx, or −∞ where no Gamma gives the data.
    public func logLikelihood(shape: Double, rate: Double, observations: [Double]) -> Double {
        guard shape > 0, rate > 0, observations.allSatisfy({ $0 >= 0 }) else { return -.infinity }
        let n = Double(observations.count)
        let sumOfLogs = observations.reduce(0) { $0 + log($1) }
        return n * (shape * log(rate) - logGamma(shape)) + (shape - 1) * sumOfLogs - rate * observations.reduce(0, +)
    }

    /// (x̄²/s², x̄/s²) with s² = (1/n)·Σ(x − x̄)², in two passes.
    public func methodOfMomentsStart(observations: [Double]) -> (shape: Double, rate: Double) {
        let n = Double(observations.count)
        let mean = observations.reduce(0, +) / n
        let variance = observations.reduce(0) { $0 + ($1 - mean) * ($1 - mean) } / n
        return (mean * mean / variance, mean / variance)
    }

    /// n·(ln α − ψ(α) − ln x̄ + mean(ln x)).
    public func profileScore(shape: Double, observations: [Double]) -> Double {
        let n = Double(observations.count)
        let mean = observations.reduce(0, +) / n
        let meanLog = observations.reduce(0) { $0 + log($1) } / n
        return n * (log(shape) - digamma(shape) - log(mean) + meanLog)
    }

    /// Newton's steps on the profile score until a step is at most `tolerance`·|α|, at
    /// most `maxIterations` of them.
    public func newtonRaphson(observations: [Double], start: Double, tolerance: Double,
                              maxIterations: Int) -> (shape: Double, iterations: Int) {
        let n = Double(observations.count)
        var shape = start
        var iterations = 0
        while iterations < maxIterations {
            let step = profileScore(shape: shape, observations: observations) / (n * (1 / shape - trigamma(shape)))
            shape -= step
            iterations += 1
            if abs(step) <= tolerance * abs(shape) { break }
        }
        return (shape, iterations)
    }

    /// The best of `cauchyLocalMaximum` from each start; the first on a tie.
    public func multiStartMaximum(observations: [Double], starts: [Double]) -> Double {
        var best = cauchyLocalMaximum(from: starts[0], observations: observations)
        var bestValue = cauchyLogLikelihood(location: best, observations: observations)
        for start in starts.dropFirst() {
            let top = cauchyLocalMaximum(from: start, observations: observations)
            let value = cauchyLogLikelihood(location: top, observations: observations)
            if value > bestValue { (best, bestValue) = (top, value) }
        }
        return best
    }
}
