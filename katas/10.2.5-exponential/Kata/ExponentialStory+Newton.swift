import Foundation

// The second half of the story: Newton-Raphson on the score, the standard error, and
// invariance.

// MARK: - Newton-Raphson

/// Newton-Raphson on the score landing on 1/x̄, and running away from a bad start.
func tellNewton(_ narrator: Narrator, _ maths: ReferenceSolution, sample: [Double]) {
    let n = Double(sample.count)
    let mean = sample.reduce(0, +) / n
    let estimate = maths.maximumLikelihoodEstimate(observations: sample)
    let start = 0.1
    narrator.heading("The score and Newton-Raphson")
    narrator.prose("""
    Here the score can be solved by hand. Most models' scores cannot, and a computer \
    finds their zero instead. Newton-Raphson does it by following the tangent: at the \
    current α, the score's tangent line hits zero at

      α ← α − score(α) / score′(α),   with score′(α) = −n/α²

    For the exponential that step simplifies to α ← 2α − α²·x̄. Start at \
    α = \(start, decimals: 1) on the \(Int(n)) waits (x̄ = \(mean, decimals: 4)):
    """)
    let newton = NewtonRaphson(tolerance: 1e-15, maxIterations: 50)
    let result = newton.root(of: { maths.score(rate: $0, observations: sample) },
                             derivative: { -n / ($0 * $0) }, from: start)
    let rows = result.iterates.enumerated().map { step, rate in
        // 15 decimals: numpy sums pairwise and Swift in order, so the 16th can differ by an ulp.
        String(format: "  %4d   %.15f   %+12.6f   %.3e", step, rate, maths.score(rate: rate, observations: sample),
               abs(rate - estimate))
    }
    narrator.output((["  step   α                   score(α)      |α − 1/x̄|"] + rows).joined(separator: "\n"))
    narrator.claim("Newton-Raphson converged in \(result.iterations) steps to α = \(result.root, decimals: 12), within 1e-12 of 1/x̄ = \(estimate, decimals: 12)",
                   result.converged && abs(result.root - estimate) < 1e-12)
    let errors = result.iterates.map { $0 - estimate }
    let squaring = (1..<errors.count).filter { abs(errors[$0 - 1]) > 1e-6 }
        .allSatisfy { abs(errors[$0] + mean * errors[$0 - 1] * errors[$0 - 1]) < 1e-9 }
    narrator.prose("""
    Watch the last column. Once near, each step squares the error: writing e for \
    α − 1/x̄, one step gives e ← −x̄·e². The correct digits double with every step, \
    until the Double runs out of digits.
    """)
    narrator.claim("every step with |e| > 1e-6 takes e to −x̄·e² (within 1e-9)", squaring)
    let badStart = 1.2
    let runaway = newton.root(of: { maths.score(rate: $0, observations: sample) },
                              derivative: { -n / ($0 * $0) }, from: badStart)
    let firstSteps = runaway.iterates.prefix(6).map { "\(prose: $0, significant: 4)" }.joined(separator: ", ")
    let last = runaway.iterates.last { $0.isFinite } ?? badStart
    narrator.prose("""
    Newton's method is fast, not safe. Since e ← −x̄·e², it closes in only when \
    |e| < 1/x̄, that is from a start between 0 and 2/x̄ = \(2 / mean, decimals: 4). \
    Start at α = \(badStart, decimals: 1) instead and the very first step lands on a \
    negative rate: the iterates run \(firstSteps), … Each step roughly squares the size of α, and after \
    \(runaway.iterations) steps, at α = \(prose: last, significant: 2), the root finder gives up \
    without converging.
    """)
    narrator.claim("from α = \(badStart, decimals: 1) (above 2/x̄) the first step gives a negative rate and the run does not converge",
                   badStart > 2 / mean && runaway.iterates.count > 1 && runaway.iterates[1] < 0 && !runaway.converged)
}

// MARK: - The standard error

/// The Fisher information n/α², the standard error α̂/√n, and a simulation that bears it out.
func tellStandardError(_ narrator: Narrator, _ maths: ReferenceSolution, sample: [Double]) {
    let n = sample.count
    let estimate = maths.maximumLikelihoodEstimate(observations: sample)
    let standardError = maths.standardError(observations: sample)
    let (low, high) = (estimate - 1.96 * standardError, estimate + 1.96 * standardError)
    let truth = 0.5
    narrator.heading("How sure? The Fisher information and the standard error")
    narrator.prose("""
    The curvature of ℓ at its peak says how sharply the data pin α down. Its second \
    derivative is ℓ″(α) = −n/α², whatever the data, and the Fisher information is \
    minus that:

      I(α) = n/α²

    A sharper peak means more information and a smaller error. For large n, α̂ is \
    roughly normal around the true α with standard deviation 1/√I(α), and plugging in \
    α̂ gives the standard error

      SE = 1/√I(α̂) = α̂/√n
    """)
    narrator.output("""
    I(α̂) = \(n)/\(String(format: "%.6f", estimate))² = \(String(format: "%.4f", Double(n) / (estimate * estimate)))
    SE = \(String(format: "%.6f", estimate))/√\(n) = \(String(format: "%.6f", standardError))
    95% interval: α̂ ± 1.96·SE = [\(String(format: "%.4f", low)), \(String(format: "%.4f", high))]
    """)
    narrator.claim("the interval [\(low, decimals: 4), \(high, decimals: 4)] contains the true rate \(truth, decimals: 1)",
                   low <= truth && truth <= high)
    let repeats = 2000
    var random = NumPyRandom(seed: 42)
    let estimates = (0..<repeats).map { _ in
        maths.maximumLikelihoodEstimate(observations: random.exponential(scale: 1 / truth, count: n))
    }
    let average = estimates.reduce(0, +) / Double(repeats)
    let spread = (estimates.reduce(0) { $0 + ($1 - average) * ($1 - average) } / Double(repeats - 1)).squareRoot()
    let predicted = truth / Double(n).squareRoot()
    narrator.prose("""
    Is that honest? Draw \(grouped(repeats)) samples of \(n) waits in a row after \
    np.random.seed(42) (the first is our sample), estimate α in each, and look at how \
    the estimates scatter:
    """)
    narrator.output("""
    the \(grouped(repeats)) estimates: mean \(String(format: "%.4f", average)), standard deviation \(String(format: "%.4f", spread))
    α/√n = \(String(format: "%.4f", predicted)) (the standard error at the true rate)
    """)
    narrator.claim("the estimates' standard deviation is within 10% of α/√n = \(predicted, decimals: 4)",
                   abs(spread - predicted) < 0.1 * predicted)
    let biased = truth * Double(n) / Double(n - 1)
    narrator.claim("their mean \(average, decimals: 4) is above α = \(truth, decimals: 1), and within 2 simulation errors of nα/(n − 1) = \(biased, decimals: 4)",
                   average > truth && abs(average - biased) < 2 * spread / Double(repeats).squareRoot())
    narrator.prose("""
    The scatter matches α/√n. The mean, \(average, decimals: 4), sits a little above \
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
    let n = Double(sample.count)
    let sum = sample.reduce(0, +)
    let mean = sum / n
    let estimate = maths.maximumLikelihoodEstimate(observations: sample)
    func logLikelihood(meanWait: Double) -> Double { maths.logLikelihood(rate: 1 / meanWait, observations: sample) }
    let grid = stride(from: 1.0, through: 3.0, by: 0.0005).map { $0 }
    let peak = grid.indices.max { logLikelihood(meanWait: grid[$0]) < logLikelihood(meanWait: grid[$1]) } ?? 0
    narrator.heading("Invariance: the mean wait")
    narrator.prose("""
    Suppose we want the mean wait μ = 1/α rather than the rate. Write the same \
    log-likelihood in terms of μ:

      ℓ(μ) = −n · ln μ − Σx/μ,   ℓ′(μ) = −n/μ + Σx/μ²

    which is zero at μ̂ = Σx/n = x̄ = \(mean, decimals: 4). That is 1/α̂: the maximum \
    likelihood estimate of 1/α is 1/α̂. This holds for any function of the parameter \
    (invariance): relabelling the parameter does not move the peak, it only renames it. \
    So x̄ is a fine answer to "what is the mean wait?" The mistake is only to call it the rate.
    """)
    narrator.claim("over μ from 1 to 3 in steps of 0.0005, ℓ peaks at μ = \(grid[peak], decimals: 4), within half a step of x̄ = 1/α̂",
                   abs(grid[peak] - mean) <= 0.00025 && abs(mean - 1 / estimate) < 1e-12)
}
