import Foundation

// The story's last sections: the standard error, and invariance.

// MARK: - The standard error

/// The Fisher information n/α², the standard error α̂/√n, and a simulation that bears it out.
func tellStandardError(_ narrator: Narrator, _ maths: ReferenceSolution, sample: [Double], truth: Double,
                       seed: UInt32) {
    narrator.heading("How sure? The Fisher information and the standard error")
    narrator.prose("""
    The curvature of ℓ at its peak says how sharply the data pin α down. Its second \
    derivative is ℓ″(α) = −n/α², whatever the data, and the *Fisher information* is \
    minus that:

      I(α) = n/α²

    A sharper peak means more information and a smaller error. For large n, α̂ is \
    roughly normal around the true α with standard deviation 1/√I(α), and plugging in \
    α̂ gives the *standard error*, the last exercise, `maths.standardError`:

      SE = 1/√I(α̂) = α̂/√n
    """)
    let (low, high) = narrator.step { show in
        let n = Double(sample.count)
        let estimate = maths.maximumLikelihoodEstimate(observations: sample)
        let standardError = maths.standardError(observations: sample)
        let (low, high) = (estimate - 1.96 * standardError,
                           estimate + 1.96 * standardError)
        show("I(α̂) = n/α̂² =", String(format: "%.4f", n / (estimate * estimate)))
        show("SE = α̂/√n =", String(format: "%.6f", standardError))
        show("95% interval: α̂ ± 1.96·SE =",
             String(format: "[%.4f, %.4f]", low, high))
        return (low, high)
    }
    narrator.claim("the interval [\(low, decimals: 4), \(high, decimals: 4)] contains the true rate \(truth, decimals: 1)",
                   low <= truth && truth <= high)
    narrator.prose("""
    Is that honest? Draw many samples of the same size in a row after \
    np.random.seed(\(seed)) (the first is our sample), estimate α in each, and look at how \
    the estimates scatter:
    """)
    let (repeats, average, spread, predicted) = narrator.step { show in
        let (repeats, n) = (2000, sample.count)
        var random = NumPyRandom(seed: seed)
        let estimates = (0..<repeats).map { _ in
            let waits = random.exponential(scale: 1 / truth, count: n)
            return maths.maximumLikelihoodEstimate(observations: waits)
        }
        let average = estimates.reduce(0, +) / Double(repeats)
        let squares = estimates.map { ($0 - average) * ($0 - average) }
        let spread = (squares.reduce(0, +) / Double(repeats - 1)).squareRoot()
        let predicted = truth / Double(n).squareRoot()
        show("the \(repeats) estimates: mean \(average, decimals: 4),",
             "standard deviation \(spread, decimals: 4)")
        show("standard error at the true rate: α/√n = \(predicted, decimals: 4)")
        return (repeats, average, spread, predicted)
    }
    let n = sample.count
    let tolerance = 0.1
    let matches = abs(spread - predicted) < tolerance * predicted
    narrator.claim("the estimates' standard deviation is within \(100 * tolerance, decimals: 0)% of α/√n = \(predicted, decimals: 4)",
                   matches, onlyAtTheStorysOwn: waitCount)
    let biased = truth * Double(n) / Double(n - 1)
    let simulationErrors = 2.0
    narrator.claim("""
        their mean \(average, decimals: 4) is above α = \(truth, decimals: 1), and within \
        \(simulationErrors, decimals: 0) simulation errors of nα/(n − 1) = \(biased, decimals: 4)
        """,
        average > truth && abs(average - biased) < simulationErrors * spread / Double(repeats).squareRoot())
    let scatter = matches ? "The scatter matches α/√n." : """
        With only \(n) waits the scatter, \(spread, decimals: 4), is not α/√n = \(predicted, decimals: 4): \
        the standard error is a large-sample approximation, and 1/x̄ from a few waits is \
        skewed, with a long tail of large rates.
        """
    narrator.prose("""
    \(scatter) The mean, \(average, decimals: 4), sits a little above \
    \(truth, decimals: 1): 1/x̄ is biased upwards by a factor n/(n − 1) (here \
    \(Double(n) / Double(n - 1), decimals: 4)). The bias shrinks like 1/n, faster than \
    the standard error's 1/√n, so for large samples it does not matter; maximum \
    likelihood does not promise unbiasedness, only consistency and, in the limit, the \
    smallest possible variance.
    """)
}

// MARK: - Invariance

/// The MLE of the mean wait 1/α is x̄: estimates carry through functions.
func tellInvariance(_ narrator: Narrator, _ maths: ReferenceSolution, sample: [Double]) {
    narrator.heading("Invariance: the mean wait")
    narrator.prose("""
    Suppose we want the mean wait μ = 1/α rather than the rate. Write the same \
    log-likelihood in terms of μ:

      ℓ(μ) = −n · ln μ − Σx/μ,   ℓ′(μ) = −n/μ + Σx/μ²

    which is zero at μ̂ = Σx/n = x̄. Search for μ's peak on a grid, through the rate \
    1/μ:
    """)
    let (means, peak, mean, estimate) = narrator.step { show in
        let means = stride(from: 1.0, through: 3.0, by: 0.0005).map { $0 }
        let values = means.map {
            maths.logLikelihood(rate: 1 / $0, observations: sample)
        }
        let peak = values.indices.max { values[$0] < values[$1] } ?? 0
        let mean = sample.reduce(0, +) / Double(sample.count)
        let estimate = maths.maximumLikelihoodEstimate(observations: sample)
        show("ℓ peaks at μ = \(means[peak], decimals: 4)")
        show("x̄ = \(mean, decimals: 4)   1/α̂ = \(1 / estimate, decimals: 4)")
        return (means, peak, mean, estimate)
    }
    narrator.prose("""
    The peak over μ is at x̄ = \(mean, decimals: 4), which is 1/α̂: the maximum \
    likelihood estimate of 1/α is 1/α̂. This holds for any function of the parameter \
    (*invariance*): relabelling the parameter does not move the peak, it only renames \
    it. So x̄ is a fine answer to "what is the mean wait?" The mistake is only to call \
    it the rate.
    """)
    let spacing = means[1] - means[0]
    narrator.claim("""
        over μ from \(means[0], decimals: 0) to \(means[means.count - 1], decimals: 0) in steps of \
        \(spacing, decimals: 4), ℓ peaks at μ = \(means[peak], decimals: 4), within half a step of \
        x̄ = 1/α̂
        """,
        abs(means[peak] - mean) <= spacing / 2 + 1e-12 && abs(mean - 1 / estimate) < 1e-12)
}
