import Foundation

// The end of the story: the bias of σ̂², and how sure μ̂ is.

// MARK: - The bias of σ̂²

/// The seed and size of the bias simulation: `np.random.seed(7)`, then for each n,
/// `np.random.normal(0, 2, size=(20000, n))`, one sample per row.
let biasSimulation = (seed: UInt32(7), samples: 20_000, sizes: [2, 5, 10, 50], sigma: 2.0)

/// Per sample size: the average of σ̂² (dividing by n) and of s² (by n − 1) over the
/// simulated samples, drawn in numpy's order.
func simulateVarianceEstimates(_ maths: ReferenceSolution) -> [(n: Int, biased: Double, unbiased: Double)] {
    var rng = NumPyRandom(seed: biasSimulation.seed)
    return biasSimulation.sizes.map { n in
        var (biased, unbiased) = (0.0, 0.0)
        for _ in 0..<biasSimulation.samples {
            let variance = maths.maximumLikelihoodEstimate(
                of: rng.normal(mean: 0, standardDeviation: biasSimulation.sigma, count: n)).variance
            biased += variance
            unbiased += variance * Double(n) / Double(n - 1)
        }
        return (n, biased / Double(biasSimulation.samples), unbiased / Double(biasSimulation.samples))
    }
}

/// Why σ̂² comes out small on average, and a simulation that shows by how much.
func tellBias(_ narrator: Narrator, _ maths: ReferenceSolution) {
    let (seed, samples, sigma) = (biasSimulation.seed, biasSimulation.samples, biasSimulation.sigma)
    let truth = sigma * sigma
    narrator.heading("σ̂² is biased, by a factor (n − 1)/n")
    narrator.prose("""
    σ̂² measures the spread about x̄, and x̄ sits in the middle of its own data, closer \
    to them than the true μ is. Indeed Σ(xᵢ − x̄)² = Σ(xᵢ − μ)² − n(x̄ − μ)². On \
    average the first sum is nσ² and n(x̄ − μ)² is σ² (x̄ varies with variance σ²/n), so

      E[σ̂²] = (n − 1)/n · σ²

    On average the maximum likelihood variance comes out too small by a factor \
    (n − 1)/n; dividing by n − 1 instead gives s², which is right on average. Watch it \
    happen: draw \(grouped(samples)) samples of n values from N(0, \(sigma, decimals: 0)²) \
    for each n, and average the two estimates. In Python:

      np.random.seed(\(seed))
      for n in \(biasSimulation.sizes):
          x = np.random.normal(0, \(sigma, decimals: 0), size=(\(samples), n))
          print(n, x.var(axis=1).mean(), x.var(axis=1, ddof=1).mean())
    """)
    let rows = simulateVarianceEstimates(maths)
    narrator.output((["     n   average σ̂²   (n − 1)/n · σ²   average s²   σ²"] + rows.map { row in
        String(format: "  %4d   %.4f       %.4f           %.4f       %.0f", row.n, row.biased,
               Double(row.n - 1) / Double(row.n) * truth, row.unbiased, truth)
    }).joined(separator: "\n"))
    // Var σ̂² = 2(n − 1)σ⁴/n² and Var s² = 2σ⁴/(n − 1) for Gaussian data, so an average
    // over the samples has standard error √(that / samples).
    let withinFour = rows.allSatisfy { row in
        let n = Double(row.n)
        let biasedError = (2 * (n - 1) * truth * truth / (n * n) / Double(samples)).squareRoot()
        let unbiasedError = (2 * truth * truth / (n - 1) / Double(samples)).squareRoot()
        return abs(row.biased - (n - 1) / n * truth) < 4 * biasedError && abs(row.unbiased - truth) < 4 * unbiasedError
            && truth - row.biased > 4 * biasedError
    }
    narrator.prose("""
    The average σ̂² tracks (n − 1)/n · σ², far below σ² = \(truth, decimals: 0) for \
    n = 2 and close to it for n = 50: the bias shrinks like 1/n, so the MLE is \
    asymptotically unbiased. Unbiased is not everything: σ̂² has the smaller mean \
    squared error, and s² is not the maximum likelihood estimate. This kata's \
    exercises ask for σ̂², dividing by n.
    """)
    narrator.claim("in every row the average σ̂² is within 4 simulation standard errors of (n − 1)/n · σ², the average s² within 4 of σ², and σ̂² falls short of σ² by more than 4",
                   withinFour)
}

// MARK: - How sure is μ̂?

/// The Fisher information, the standard error of μ̂, the 95% interval and its coverage.
func tellInterval(_ narrator: Narrator, _ maths: ReferenceSolution, _ sample: [Double]) {
    let (mu, variance) = maths.maximumLikelihoodEstimate(of: sample)
    let n = Double(sample.count)
    let standardError = (variance / n).squareRoot()
    let (lower, upper) = maths.confidenceInterval95(of: sample)
    let z = 1.96
    let coverageOfZ = erf(z / 2.0.squareRoot())
    narrator.heading("How sure is μ̂? The Fisher information")
    narrator.prose("""
    The parabola over μ fell away with curvature n/σ². That curvature, −∂²ℓ/∂μ², is the \
    Fisher information I(μ) = n/σ²: how much the data tell about μ. For large samples \
    the MLE is approximately Gaussian with variance 1/I, so μ̂ has the standard error

      SE(μ̂) = 1/√I(μ) = σ/√n ≈ σ̂/√n = \(variance.squareRoot(), decimals: 4)/√\(Int(n)) = \(standardError, decimals: 4)

    A Gaussian puts 95% of its mass within z = \(z, decimals: 2) standard deviations of \
    its centre (P(|Z| ≤ \(z, decimals: 2)) = \(coverageOfZ, decimals: 4)), so the 95% \
    confidence interval for μ is

      μ̂ ± \(z, decimals: 2) · σ̂/√n = \(mu, decimals: 4) ± \(z * standardError, decimals: 4) = [\(lower, decimals: 4), \(upper, decimals: 4)]
    """)
    narrator.claim("P(|Z| ≤ \(z, decimals: 2)) = erf(\(z, decimals: 2)/√2) = \(coverageOfZ, decimals: 6), which rounds to 0.95",
                   abs(coverageOfZ - 0.95) < 5e-5)
    narrator.claim("the interval [\(lower, decimals: 4), \(upper, decimals: 4)] contains the true μ = 5", lower <= 5 && 5 <= upper)
    let (trials, seed) = (10_000, UInt32(2024))
    var rng = NumPyRandom(seed: seed)
    var covered = 0
    for _ in 0..<trials {
        let interval = maths.confidenceInterval95(of: rng.normal(mean: 5, standardDeviation: 2, count: Int(n)))
        if interval.lower <= 5 && 5 <= interval.upper { covered += 1 }
    }
    let coverage = Double(covered) / Double(trials)
    narrator.prose("""
    "95%" is a promise about the method, not about one interval: draw many samples, and \
    about 95% of their intervals catch the truth. Draw \(grouped(trials)) samples of \
    \(Int(n)) from N(5, 2²) (np.random.seed(\(seed)), then one normal(5, 2, \(Int(n))) \
    each): \(grouped(covered)) intervals, \(100 * coverage, decimals: 2)%, contain 5. A \
    little short of 95%, because σ̂ is itself estimated and a little small; with many \
    more measurements the shortfall vanishes.
    """)
    narrator.claim("the simulated coverage \(100 * coverage, decimals: 2)% is within 2 percentage points of 95%",
                   abs(coverage - 0.95) < 0.02)
}
