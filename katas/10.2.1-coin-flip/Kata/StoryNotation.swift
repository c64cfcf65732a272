import Foundation

// Helpers the story uses to compute what it shows.

/// θ from 0 to 1 in steps of `step`, and the likelihood at each.
func likelihoodGrid(_ maths: ReferenceSolution, heads: Int, tails: Int,
                    step: Double = 0.001) -> (theta: [Double], likelihood: [Double]) {
    // Divided, not multiplied by `step`, so the points are the story's `Double(k) / 1000`.
    let count = Int((1 / step).rounded())
    let grid = (0...count).map { Double($0) / Double(count) }
    return (grid, grid.map { maths.likelihood(theta: $0, heads: heads, tails: tails) })
}

/// The chance that n flips of a coin with heads probability θ give an estimate k/n
/// within `window` of θ, borders included: the binomial probabilities of those k, summed.
/// - Parameters:
///   - window: How far from θ the estimate may land.
///   - theta: The coin's heads probability.
///   - n: The number of flips.
/// - Returns: P(|k/n − θ| ≤ window) for k ~ Binomial(n, θ).
func chance(within window: Double, of theta: Double, flips n: Int) -> Double {
    // Compared in counts, with a sliver of slack: 4/5 − 0.7 is 0.10000000000000009 in
    // Double, and a border count must not fall out of the window by rounding.
    let slack = 1e-9
    return (0...n).filter { abs(Double($0) - theta * Double(n)) <= window * Double(n) + slack }
        .reduce(0) { $0 + binomialProbability($1, of: n, p: theta) }
}
