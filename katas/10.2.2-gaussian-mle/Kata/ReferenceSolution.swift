import Foundation

/// The reference solution of kata 10.2.2: every check passes it, and the story
/// computes its numbers with it.
public struct ReferenceSolution: GaussianExercises {
    /// Creates the reference solution.
    public init() {}

    /// The sum divided by the count.
    public func mean(of data: [Double]) -> Double {
        data.reduce(0, +) / Double(data.count)
    }

    /// −n/2 · ln(2π) − n/2 · ln σ² − Σ(xᵢ − μ)² / (2σ²), never a product of densities.
    public func logLikelihood(of data: [Double], mean: Double, variance: Double) -> Double {
        let n = Double(data.count)
        let squares = data.reduce(0) { $0 + ($1 - mean) * ($1 - mean) }
        return -n / 2 * log(2 * Double.pi) - n / 2 * log(variance) - squares / (2 * variance)
    }

    /// x̄, then the mean squared deviation from it: two passes over the data.
    public func maximumLikelihoodEstimate(of data: [Double]) -> (mean: Double, variance: Double) {
        let centre = mean(of: data)
        // Subtracting the mean first keeps the squares the size of the spread, not of
        // the data: Σx²/n − x̄² would subtract two huge, nearly equal numbers.
        let squares = data.reduce(0) { $0 + ($1 - centre) * ($1 - centre) }
        return (centre, squares / Double(data.count))
    }

    /// μ̂ ± 1.96 · σ̂/√n.
    public func confidenceInterval95(of data: [Double]) -> (lower: Double, upper: Double) {
        let (centre, variance) = maximumLikelihoodEstimate(of: data)
        let halfWidth = 1.96 * (variance / Double(data.count)).squareRoot()
        return (centre - halfWidth, centre + halfWidth)
    }
}
