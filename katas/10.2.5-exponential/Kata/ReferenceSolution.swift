import Foundation

/// The reference solution of kata 10.2.5: every check passes it, and the story
/// computes its numbers with it.
public struct ReferenceSolution: ExponentialExercises {
    /// Creates the reference solution.
    public init() {}

    /// n · ln α − α · Σx, or −∞ for a rate ≤ 0 or any negative observation.
    public func logLikelihood(rate: Double, observations: [Double]) -> Double {
        guard rate > 0, observations.allSatisfy({ $0 >= 0 }) else { return -.infinity }
        return Double(observations.count) * log(rate) - rate * observations.reduce(0, +)
    }

    /// n / Σx.
    public func maximumLikelihoodEstimate(observations: [Double]) -> Double {
        Double(observations.count) / observations.reduce(0, +)
    }

    /// n/α − Σx.
    public func score(rate: Double, observations: [Double]) -> Double {
        Double(observations.count) / rate - observations.reduce(0, +)
    }

    /// `steps` steps of α ← α − score(α) / (−n/α²).
    public func newtonRaphson(observations: [Double], start: Double, steps: Int) -> Double {
        let n = Double(observations.count)
        var rate = start
        for _ in 0..<max(0, steps) {
            rate -= score(rate: rate, observations: observations) / (-n / (rate * rate))
        }
        return rate
    }

    /// α̂/√n.
    public func standardError(observations: [Double]) -> Double {
        maximumLikelihoodEstimate(observations: observations) / Double(observations.count).squareRoot()
    }
}
