import Foundation

/// The reference solution of kata 10.2.3: every check passes it, and the story
/// computes its numbers with it.
public struct ReferenceSolution: RegressionExercises {
    /// Creates the reference solution.
    public init() {}

    /// Σ(yᵢ − m·xᵢ − b)² / n.
    public func meanSquaredError(x: [Double], y: [Double], slope: Double, intercept: Double) -> Double {
        residualSumOfSquares(x: x, y: y, slope: slope, intercept: intercept) / Double(x.count)
    }

    /// n/2 · ln(2πσ²) + RSS/(2σ²).
    ///
    /// Written in the order of the scipy reference (2·π·σ·σ, a loop over the points),
    /// so Nelder-Mead in the story takes scipy's steps to the last bit.
    public func negativeLogLikelihood(x: [Double], y: [Double], slope: Double, intercept: Double,
                                      sigma: Double) -> Double {
        let rss = residualSumOfSquares(x: x, y: y, slope: slope, intercept: intercept)
        return Double(x.count) / 2 * log(2 * Double.pi * sigma * sigma) + rss / (2 * sigma * sigma)
    }

    /// Centred sums: Σ(x − x̄)(y − ȳ) / Σ(x − x̄)², then ȳ − m̂·x̄.
    public func leastSquares(x: [Double], y: [Double]) -> (slope: Double, intercept: Double) {
        let xMean = x.reduce(0, +) / Double(x.count)
        let yMean = y.reduce(0, +) / Double(y.count)
        var sxy = 0.0
        var sxx = 0.0
        for (xi, yi) in zip(x, y) {
            sxy += (xi - xMean) * (yi - yMean)
            sxx += (xi - xMean) * (xi - xMean)
        }
        let slope = sxy / sxx
        return (slope, yMean - slope * xMean)
    }

    /// RSS/n at the least-squares line.
    public func noiseVariance(x: [Double], y: [Double]) -> Double {
        let line = leastSquares(x: x, y: y)
        return meanSquaredError(x: x, y: y, slope: line.slope, intercept: line.intercept)
    }

    /// Σ(yᵢ − m·xᵢ − b)², summed in order.
    func residualSumOfSquares(x: [Double], y: [Double], slope: Double, intercept: Double) -> Double {
        var rss = 0.0
        for (xi, yi) in zip(x, y) {
            let r = yi - slope * xi - intercept
            rss += r * r
        }
        return rss
    }
}
