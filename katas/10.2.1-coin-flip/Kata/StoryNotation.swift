import Foundation

// Helpers the story uses to compute what it shows.

/// θ from 0 to 1 in steps of `step`, and the likelihood at each.
func likelihoodGrid(_ maths: ReferenceSolution, heads: Int, tails: Int,
                    step: Double = 0.001) -> (theta: [Double], likelihood: [Double]) {
    let grid = (0...Int((1 / step).rounded())).map { Double($0) * step }
    return (grid, grid.map { maths.likelihood(theta: $0, heads: heads, tails: tails) })
}

/// The probability of `k` heads in `n` flips with heads probability `p`, computed in logs.
func binomialProbability(_ k: Int, of n: Int, _ p: Double) -> Double {
    let logChoose = lgamma(Double(n + 1)) - lgamma(Double(k + 1)) - lgamma(Double(n - k + 1))
    return exp(logChoose + Double(k) * log(p) + Double(n - k) * log1p(-p))
}
