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
    narrator.prose("""
    `simulateVarianceEstimates` runs exactly that loop in Swift, on KataKit's replay of \
    numpy's generator, and returns one row per n: the average σ̂² (from \
    `maths.maximumLikelihoodEstimate`) and the average s², which is σ̂² · n/(n − 1).
    """)
    let rows = narrator.step { show in
        let rows = simulateVarianceEstimates(maths)
        let trueVariance = biasSimulation.sigma * biasSimulation.sigma
        show("    n   average σ̂²   (n − 1)/n · σ²   average s²   σ²")
        for row in rows {
            let expected = Double(row.n - 1) / Double(row.n) * trueVariance
            show(String(format: " %4d   %.4f       %.4f           %.4f       %.0f",
                        row.n, row.biased, expected, row.unbiased, trueVariance))
        }
        return rows
    }
    // Var σ̂² = 2(n − 1)σ⁴/n² and Var s² = 2σ⁴/(n − 1) for Gaussian data, so an average
    // over the samples has standard error √(that / samples).
    let errors = 4.0
    let withinFour = rows.allSatisfy { row in
        let n = Double(row.n)
        let biasedError = (2 * (n - 1) * truth * truth / (n * n) / Double(samples)).squareRoot()
        let unbiasedError = (2 * truth * truth / (n - 1) / Double(samples)).squareRoot()
        return abs(row.biased - (n - 1) / n * truth) < errors * biasedError
            && abs(row.unbiased - truth) < errors * unbiasedError && truth - row.biased > errors * biasedError
    }
    narrator.prose("""
    The average σ̂² tracks (n − 1)/n · σ², far below σ² = \(truth, decimals: 0) for \
    n = \(rows[0].n) and close to it for n = \(rows[rows.count - 1].n): the bias shrinks like 1/n, so the MLE is \
    asymptotically unbiased. Unbiased is not everything: σ̂² has the smaller mean \
    squared error, and s² is not the maximum likelihood estimate. This kata's \
    exercises ask for σ̂², dividing by n.
    """)
    narrator.claim("in every row the average σ̂² is within \(Int(errors)) simulation standard errors of (n − 1)/n · σ², the average s² within \(Int(errors)) of σ², and σ̂² falls short of σ² by more than \(Int(errors))",
                   withinFour)
}

// MARK: - How sure is μ̂?

/// The Fisher information, the standard error of μ̂, the 95% interval and its coverage.
func tellInterval(_ narrator: Narrator, _ maths: ReferenceSolution, _ sample: [Double], _ truth: Truth) {
    let (mu, variance) = maths.maximumLikelihoodEstimate(of: sample)
    let level = 0.95
    let percent = "\(100 * level, decimals: 0)%"
    narrator.heading("How sure is μ̂? The Fisher information")
    narrator.prose("""
    The parabola over μ fell away with curvature n/σ². That curvature, −∂²ℓ/∂μ², is the \
    Fisher information I(μ) = n/σ²: how much the data tell about μ. For large samples \
    the MLE is approximately Gaussian with variance 1/I, so μ̂ has the standard error

      SE(μ̂) = 1/√I(μ) = σ/√n ≈ σ̂/√n

    A Gaussian puts \(percent) of its mass within z standard deviations of its centre, \
    for the z where P(|Z| ≤ z) = erf(z/√2) reaches \(level, decimals: 2), so the \(percent) confidence interval \
    for μ is μ̂ ± z · σ̂/√n. `maths.confidenceInterval95` is that formula, the fourth \
    exercise:
    """)
    let (z, coverageOfZ, standardError, lower, upper) = narrator.step { show in
        let z = 1.96
        let coverageOfZ = erf(z / 2.0.squareRoot())
        let sd = variance.squareRoot()
        let standardError = sd / Double(sample.count).squareRoot()
        let (lower, upper) = maths.confidenceInterval95(of: sample)
        show("P(|Z| ≤ \(z)) =", "\(coverageOfZ, decimals: 4)")
        show("SE = σ̂/√n = \(sd, decimals: 4)/√\(sample.count) =",
             "\(standardError, decimals: 4)")
        show("μ̂ ± z · SE = \(mu, decimals: 4) ± \(z * standardError, decimals: 4)",
             "= [\(lower, decimals: 4), \(upper, decimals: 4)]")
        return (z, coverageOfZ, standardError, lower, upper)
    }
    narrator.claim("P(|Z| ≤ \(z, decimals: 2)) = erf(\(z, decimals: 2)/√2) = \(coverageOfZ, decimals: 6), which rounds to \(level, decimals: 2)",
                   abs(coverageOfZ - level) < 5e-5)
    narrator.claim("the interval μ̂ ± \(z, decimals: 2) · \(standardError, decimals: 4) = [\(lower, decimals: 4), \(upper, decimals: 4)] contains the true μ = \(truth.mean, decimals: 0)",
                   lower <= truth.mean && truth.mean <= upper && abs(upper - lower - 2 * z * standardError) < 1e-12,
                   onlyAtTheStorysOwn: sampleSize)
    narrator.prose("""
    "\(percent)" is a promise about the method, not about one interval: draw many \
    samples, and about \(percent) of their intervals catch the truth. Draw them, each of \(sample.count) \
    values from the same N(\(truth.mean, decimals: 0), \(truth.sd, decimals: 0)²), and \
    count:
    """)
    let (seed, trials, covered) = narrator.step { show in
        let seed: UInt32 = 2024
        var rng = NumPyRandom(seed: seed)
        let trials = 10_000
        var covered = 0
        for _ in 0..<trials {
            let draw = rng.normal(mean: truth.mean, standardDeviation: truth.sd,
                                  count: sample.count)
            let (lower, upper) = maths.confidenceInterval95(of: draw)
            if lower <= truth.mean && truth.mean <= upper { covered += 1 }
        }
        show(grouped(covered), "of", grouped(trials),
             "intervals contain μ =", truth.mean)
        return (seed, trials, covered)
    }
    let coverage = Double(covered) / Double(trials)
    let allowance = 0.02
    narrator.prose("""
    (In Python: `np.random.seed(\(seed))`, then one \
    `np.random.normal(\(truth.mean, decimals: 0), \(truth.sd, decimals: 0), \(sample.count))` \
    per sample.) That is \(100 * coverage, decimals: 2)%, \(coverageVerdict(coverage, level: level, percent: percent))
    """)
    narrator.claim("the simulated coverage \(100 * coverage, decimals: 2)% is within \(100 * allowance, decimals: 0) percentage points of \(100 * level, decimals: 0)%",
                   abs(coverage - level) < allowance, onlyAtTheStorysOwn: sampleSize)
}

/// What a simulated coverage says about the interval, after "That is 94.1%, ".
private func coverageVerdict(_ coverage: Double, level: Double, percent: String) -> String {
    // Ten thousand intervals give a coverage to within about ±0.4 points (two standard errors).
    if coverage >= level - 0.005 {
        return "the promised \(percent) to within what ten thousand samples can tell."
    }
    let shortfall = level - coverage < 0.02 ? "a little short of" : "short of"
    return "\(shortfall) \(percent), because σ̂ is itself estimated and, on average, a little small; " +
        "the fewer the measurements, the larger the shortfall, and with many more it vanishes."
}
