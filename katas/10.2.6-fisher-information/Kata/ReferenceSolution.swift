import Foundation

/// The reference solution of kata 10.2.6: every check passes it, and the story
/// computes its numbers with it.
public struct ReferenceSolution: FisherInformationExercises {
    /// Creates the reference solution.
    public init() {}

    /// Σ (k · ln λ − λ − ln k!).
    public func logLikelihood(mean: Double, counts: [Int]) -> Double {
        let sum = counts.reduce(0, +)
        let logFactorials = counts.reduce(0.0) { $0 + logGamma(Double($1) + 1) }
        return Double(sum) * log(mean) - Double(counts.count) * mean - logFactorials
    }

    /// Σk / n.
    public func maximumLikelihoodEstimate(counts: [Int]) -> Double {
        Double(counts.reduce(0, +)) / Double(counts.count)
    }

    /// n / λ.
    public func fisherInformation(mean: Double, count: Int) -> Double {
        Double(count) / mean
    }

    /// The central second difference with h = 10⁻⁴ · max(1, |θ|), negated.
    public func observedInformation(of logLikelihood: (Double) -> Double, at estimate: Double) -> Double {
        let h = 1e-4 * max(1, abs(estimate))
        let bend = logLikelihood(estimate + h) - 2 * logLikelihood(estimate) + logLikelihood(estimate - h)
        return -bend / (h * h)
    }

    /// θ̂ ∓ z/√I with z = normalQuantile(0.975).
    public func waldInterval(estimate: Double, observedInformation: Double) -> (lower: Double, upper: Double) {
        let halfWidth = normalQuantile(0.975) / observedInformation.squareRoot()
        return (estimate - halfWidth, estimate + halfWidth)
    }

    /// Hits over trials.
    public func coverage(trials: Int, truth: Double, sample: () -> [Double],
                         interval: ([Double]) -> (lower: Double, upper: Double)) -> Double {
        var hits = 0
        for _ in 0..<trials {
            let (lower, upper) = interval(sample())
            if lower <= truth && truth <= upper { hits += 1 }
        }
        return Double(hits) / Double(trials)
    }
}
