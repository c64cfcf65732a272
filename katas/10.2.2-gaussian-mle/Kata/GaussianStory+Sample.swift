import Foundation

// The middle of the story: the seeded sample, its log-likelihood drawn over μ and
// over (μ, σ), and the exercise with the variance known.

// MARK: - The seeded sample

/// Fifty draws from N(5, 2²), as numpy draws them, and their estimates.
func tellSeededSample(_ narrator: Narrator, _ maths: ReferenceSolution, _ sample: [Double]) {
    let (truthMean, truthSD) = (5.0, 2.0)
    let (mu, variance) = maths.maximumLikelihoodEstimate(of: sample)
    let atEstimate = maths.logLikelihood(of: sample, mean: mu, variance: variance)
    let atTruth = maths.logLikelihood(of: sample, mean: truthMean, variance: truthSD * truthSD)
    narrator.heading("Fifty measurements from N(5, 2²)")
    narrator.prose("""
    Now data whose truth we know, because we made them: the Python tutorial this kata \
    follows draws \(sample.count) values from a Gaussian with μ = \(truthMean, decimals: 0) \
    and σ = \(truthSD, decimals: 0) (numpy's second argument is the standard deviation, \
    not the variance: σ² = \(truthSD * truthSD, decimals: 0)):

      np.random.seed(42)
      data = np.random.normal(\(truthMean, decimals: 0), \(truthSD, decimals: 0), \(sample.count))

    KataKit's generator reproduces numpy's stream bit for bit, so these are the very \
    numbers you would get in Python. The first five:
    """)
    narrator.output(sample.prefix(5).map { String(format: "%.8f", $0) }.joined(separator: "  "))
    narrator.prose("""
    The estimates are the formulas of the derivation:
    """)
    narrator.output("""
    μ̂  = x̄                   = \(String(format: "%.6f", mu))      data.mean()
    σ̂² = Σ(xᵢ − x̄)²/n        = \(String(format: "%.6f", variance))      data.var()
    σ̂  = √σ̂²                 = \(String(format: "%.6f", variance.squareRoot()))      data.std()
    ℓ(μ̂, σ̂²)                 = \(typeset(atEstimate) { String(format: "%.4f", $0) })
    ℓ(\(truthMean, decimals: 0), \(truthSD * truthSD, decimals: 0)), the truth       = \(typeset(atTruth) { String(format: "%.4f", $0) })
    """)
    narrator.prose("""
    The right-hand column is how numpy computes the same three numbers: numpy's var and \
    std divide by n by default, so they are the maximum likelihood estimates (pandas' \
    divide by n − 1). The estimates miss the truth, μ̂ by \(abs(mu - truthMean), decimals: 2) \
    and σ̂ by \(abs(variance.squareRoot() - truthSD), decimals: 2): fifty measurements \
    do not pin μ and σ down exactly.

    And yet the data are more likely under the estimates than under the truth that \
    made them, by \(atEstimate - atTruth, decimals: 3) in log-likelihood, a factor of \
    e^\(atEstimate - atTruth, decimals: 3) = \(exp(atEstimate - atTruth), decimals: 2). \
    That is no paradox: the MLE is, by construction, the parameter under which these \
    particular data are least surprising, and any other parameter, the truth included, \
    does no better.
    """)
    narrator.claim("ℓ(μ̂, σ̂²) = \(prose: atEstimate, decimals: 4) is at least ℓ(\(truthMean, decimals: 0), \(truthSD * truthSD, decimals: 0)) = \(prose: atTruth, decimals: 4)",
                   atEstimate >= atTruth)
}

// MARK: - The log-likelihood over μ

/// ℓ over μ with σ² held at σ̂²: a parabola whose curvature is the Fisher information.
func tellProfile(_ narrator: Narrator, _ maths: ReferenceSolution, _ sample: [Double]) {
    let (mu, variance) = maths.maximumLikelihoodEstimate(of: sample)
    let n = Double(sample.count)
    let step = 0.01
    let grid = (300...610).map { Double($0) * step }
    let values = grid.map { maths.logLikelihood(of: sample, mean: $0, variance: variance) }
    let peak = values.indices.max { values[$0] < values[$1] } ?? 0
    let top = maths.logLikelihood(of: sample, mean: mu, variance: variance)
    narrator.heading("The log-likelihood over μ")
    narrator.prose("""
    Hold σ² at σ̂² = \(variance, decimals: 4) and let μ run from \(grid[0], decimals: 0) \
    to \(grid[grid.count - 1], decimals: 1) in steps of \(step, decimals: 2):
    """)
    let style = narrator.style
    let plot = LinePlot(points: Array(zip(grid, values)), width: min(80, style.width - 18), height: 14,
                        xLabel: "μ", yLabel: "ℓ(μ, σ̂²)", mark: (grid[peak], values[peak]))
    narrator.output(plot.render(style: style))
    let worst = zip(grid, values).map { abs($1 - (top - n * ($0 - mu) * ($0 - mu) / (2 * variance))) }.max() ?? .infinity
    narrator.prose("""
    The grid's best μ is \(grid[peak], decimals: 2), next to μ̂ = \(mu, decimals: 4). \
    The curve is an exact parabola: expanding Σ(xᵢ − μ)² around x̄ gives

      ℓ(μ, σ̂²) = ℓ(μ̂, σ̂²) − n(μ − μ̂)²/(2σ̂²)

    so the log-likelihood falls off with curvature n/σ̂² = \(n / variance, decimals: 2). \
    The more data, the sharper the peak; remember that number for the interval at the end.
    """)
    narrator.claim("the grid's peak μ = \(grid[peak], decimals: 2) is within half a step of μ̂ = \(mu, decimals: 4)",
                   abs(grid[peak] - mu) <= step / 2)
    narrator.claim("at all \(grid.count) grid points ℓ equals the parabola ℓ(μ̂, σ̂²) − n(μ − μ̂)²/(2σ̂²), to 10⁻⁹",
                   worst < 1e-9)
}

// MARK: - The surface over (μ, σ)

/// ℓ over (μ, σ) as a heat map, its top, and where the truth sits on it.
func tellSurface(_ narrator: Narrator, _ maths: ReferenceSolution, _ sample: [Double]) {
    let (mu, variance) = maths.maximumLikelihoodEstimate(of: sample)
    let (muStep, sigmaStep) = (0.02, 0.02)
    let mus = (175...300).map { Double($0) * muStep }
    let sigmas = (60...150).map { Double($0) * sigmaStep }
    let top = maths.logLikelihood(of: sample, mean: mu, variance: variance)
    let depth = 8.0
    narrator.heading("The surface over (μ, σ)")
    narrator.prose("""
    Now let both parameters move. Here is ℓ over μ from \(mus[0], decimals: 1) to \
    \(mus[mus.count - 1], decimals: 1) and σ from \(sigmas[0], decimals: 1) to \
    \(sigmas[sigmas.count - 1], decimals: 1). The shades run from the top (█) down to \
    \(depth, decimals: 0) below it (·, which also covers everything lower), and ● is \
    the best grid point:
    """)
    let style = narrator.style
    let map = HeatMap(xs: mus, ys: sigmas, width: min(70, style.width - 18), height: 16, xLabel: "μ", yLabel: "σ",
                      valueLabel: "ℓ(μ, σ²)", valueRange: (top - depth)...top) { mu, sigma in
        maths.logLikelihood(of: sample, mean: mu, variance: sigma * sigma)
    }
    narrator.output(map.render(style: style))
    let best = map.maximum ?? (x: .nan, y: .nan, value: .nan)
    let atTruth = maths.logLikelihood(of: sample, mean: 5, variance: 4)
    let ratio = 2 * (top - atTruth)
    let threshold = -2 * log(0.05)
    narrator.prose("""
    The top is a single hill at μ ≈ \(best.x, decimals: 2), σ ≈ \(best.y, decimals: 2). \
    We drew σ, not σ², and the hill's top is at σ̂ = √σ̂² = \(variance.squareRoot(), decimals: 4): \
    the estimate of a function of a parameter is that function of the estimate (the \
    invariance of maximum likelihood). The hill is steeper on the small-σ side, where \
    a narrow Gaussian makes the outlying measurements very surprising.

    How far down the hill is the truth (5, 2)? Twice the drop, 2(ℓ(μ̂, σ̂²) − ℓ(5, 4)) = \
    \(ratio, decimals: 3), is below \(threshold, decimals: 3) = −2 ln 0.05, the line a \
    likelihood-ratio test draws for 95% confidence in two parameters: the truth is \
    inside the region the data support.
    """)
    narrator.claim("the best grid point (\(best.x, decimals: 2), \(best.y, decimals: 2)) is within half a step of (μ̂, σ̂) = (\(mu, decimals: 4), \(variance.squareRoot(), decimals: 4))",
                   abs(best.x - mu) <= muStep / 2 && abs(best.y - variance.squareRoot()) <= sigmaStep / 2)
    narrator.claim("2(ℓ(μ̂, σ̂²) − ℓ(5, 4)) = \(ratio, decimals: 3) is below −2 ln 0.05 = \(threshold, decimals: 3)",
                   ratio < threshold)
}

// MARK: - An exercise: the variance known

/// With σ² = 1 known, maximising over μ alone still gives x̄: derived, then found by Nelder-Mead.
func tellKnownVariance(_ narrator: Narrator, _ maths: ReferenceSolution, _ sample: [Double]) {
    let mean = maths.mean(of: sample)
    narrator.heading("An exercise: a Gaussian with variance 1")
    narrator.prose("""
    Suppose the spread is known, σ² = 1, and only μ is unknown. What is its maximum \
    likelihood estimate? Try it before reading on.

    With σ² = 1 the log-likelihood is ℓ(μ) = −n/2 · ln(2π) − ½ Σ(xᵢ − μ)². Its \
    derivative is Σ(xᵢ − μ) = n(x̄ − μ), zero only at μ = x̄, and its second derivative \
    −n is negative. So μ̂ = x̄ again: the best centre does not depend on the spread, \
    which only sets how sharply ℓ falls away from it.

    An optimiser that knows no calculus agrees. Minimise −ℓ(μ) with Nelder-Mead from \
    μ = 0, as scipy.optimize.minimize(…, x0=0, method="Nelder-Mead") does, for σ² = 1 \
    and for σ² = 4:
    """)
    let runs = [1.0, 4.0].map { variance in
        (variance, NelderMead().minimize({ -maths.logLikelihood(of: sample, mean: $0[0], variance: variance) }, from: [0]))
    }
    narrator.output(runs.map { variance, result in
        "σ² = \(variance, decimals: 0): μ = \(String(format: "%.6f", result.point[0])) after \(result.iterations) iterations"
    }.joined(separator: "\n") + "\nx̄       = \(String(format: "%.6f", mean))")
    narrator.claim("both runs stop within 10⁻⁴ (scipy's default tolerance) of x̄ = \(mean, decimals: 6)",
                   runs.allSatisfy { $0.1.converged && abs($0.1.point[0] - mean) < 1e-4 })
}
