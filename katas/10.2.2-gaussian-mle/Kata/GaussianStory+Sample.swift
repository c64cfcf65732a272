import Foundation
import MLETutorialData

// The middle of the story: the seeded sample, its log-likelihood drawn over μ and
// over (μ, σ), and the exercise with the variance known.

// MARK: - The seeded sample

/// How many measurements the tutorial draws: its live parameter
/// `# @param n_samples int 5 500 50`.
let sampleSize = StoryParameter.int("n_samples", 5...500, default: TutorialStream.gaussianCount,
                                    "how many measurements the tutorial draws from N(5, 2²)")

/// The tutorial's draws from N(5, 2²), as numpy draws them, and their estimates.
/// - Returns: The sample, and the truth it was drawn from.
func tellSeededSample(_ narrator: Narrator, _ maths: ReferenceSolution) -> (sample: [Double], truth: Truth) {
    let truth: Truth = (TutorialStream.gaussianMean, TutorialStream.gaussianStandardDeviation)
    let count = narrator.integer(sampleSize)
    narrator.heading("\(count) measurements from N(\(truth.mean, decimals: 0), \(truth.sd, decimals: 0)²)")
    narrator.prose("""
    Now data whose truth we know, because we made them: the Python tutorial this kata \
    follows draws \(count) values from a Gaussian with μ = \(truth.mean, decimals: 0) \
    and σ = \(truth.sd, decimals: 0) (numpy's second argument is the standard deviation, \
    not the variance: σ² = \(truth.sd * truth.sd, decimals: 0)):

      np.random.seed(\(TutorialStream.seed))
      data = np.random.normal(\(truth.mean, decimals: 0), \(truth.sd, decimals: 0), \(count))

    KataKit's `TutorialStream` replays numpy's generator bit for bit from the same \
    seed, so these are the very numbers you would get in Python:
    """)
    let sample = narrator.step { show in
        let sample = TutorialStream(gaussianCount: count).gaussianSample
        show("n =", sample.count, " the first five:")
        let firstFive = sample.prefix(5).map { String(format: "%.8f", $0) }
        show(firstFive.joined(separator: "  "))
        return sample
    }
    narrator.prose("""
    The estimates are the formulas of the derivation; the right-hand column says how \
    numpy computes the same number:
    """)
    let (mu, variance, atEstimate, atTruth) = narrator.step { show in
        let (mu, variance) = maths.maximumLikelihoodEstimate(of: sample)
        let atEstimate = maths.logLikelihood(of: sample, mean: mu,
                                             variance: variance)
        let atTruth = maths.logLikelihood(of: sample, mean: truth.mean,
                                          variance: truth.sd * truth.sd)
        let six = { (value: Double) in String(format: "%.6f", value) }
        show("μ̂  = x̄            =", six(mu), "    data.mean()")
        show("σ̂² = Σ(xᵢ − x̄)²/n =", six(variance), "    data.var()")
        show("σ̂  = √σ̂²          =", six(variance.squareRoot()), "    data.std()")
        show("ℓ(μ̂, σ̂²)          =", "\(prose: atEstimate, decimals: 4)")
        show("ℓ at the truth    =", "\(prose: atTruth, decimals: 4)")
        return (mu, variance, atEstimate, atTruth)
    }
    narrator.prose("""
    numpy's `var` and `std` divide by n by default, so they are the maximum likelihood \
    estimates (pandas' divide by n − 1). The estimates miss the truth, μ̂ by \
    \(abs(mu - truth.mean), decimals: 2) and σ̂ by \(abs(variance.squareRoot() - truth.sd), decimals: 2): \
    \(sample.count) measurements do not pin μ and σ down exactly.

    And yet the data are more likely under the estimates than under the truth that \
    made them, by \(atEstimate - atTruth, decimals: 3) in log-likelihood, a factor of \
    e^\(atEstimate - atTruth, decimals: 3) = \(exp(atEstimate - atTruth), decimals: 2). \
    That is no paradox: the MLE is, by construction, the parameter under which these \
    particular data are least surprising, and any other parameter, the truth included, \
    does no better.
    """)
    narrator.claim("ℓ(μ̂, σ̂²) = \(prose: atEstimate, decimals: 4) is at least ℓ(\(truth.mean, decimals: 0), \(truth.sd * truth.sd, decimals: 0)) = \(prose: atTruth, decimals: 4)",
                   atEstimate >= atTruth)
    return (sample, truth)
}

// MARK: - The log-likelihood over μ

/// ℓ over μ with σ² held at σ̂²: a parabola whose curvature is the Fisher information.
func tellProfile(_ narrator: Narrator, _ maths: ReferenceSolution, _ sample: [Double]) {
    let (mu, variance) = maths.maximumLikelihoodEstimate(of: sample)
    narrator.heading("The log-likelihood over μ")
    narrator.prose("""
    Hold σ² at σ̂² = \(variance, decimals: 4) and compute ℓ on a grid of μ, keeping \
    the best grid point:
    """)
    let (grid, values, peak) = narrator.step { show in
        let grid = (300...620).map { Double($0) / 100 }
        let values = grid.map {
            maths.logLikelihood(of: sample, mean: $0, variance: variance)
        }
        let peak = values.indices.max { values[$0] < values[$1] } ?? 0
        show("μ from", grid[0], "to", grid[grid.count - 1], " best:", grid[peak])
        show(LinePlot(points: Array(zip(grid, values)), width: 62, height: 14,
                      xLabel: "μ", yLabel: "ℓ(μ, σ̂²)",
                      mark: (grid[peak], values[peak])))
        return (grid, values, peak)
    }
    let step = grid[1] - grid[0]
    let n = Double(sample.count)
    let top = maths.logLikelihood(of: sample, mean: mu, variance: variance)
    let worst = zip(grid, values).map { abs($1 - (top - n * ($0 - mu) * ($0 - mu) / (2 * variance))) }.max() ?? .infinity
    narrator.prose("""
    The grid's best μ is \(grid[peak], decimals: 2), next to μ̂ = \(mu, decimals: 4). \
    The curve is an exact parabola: expanding Σ(xᵢ − μ)² around x̄ gives

      ℓ(μ, σ̂²) = ℓ(μ̂, σ̂²) − n(μ − μ̂)²/(2σ̂²)

    so the log-likelihood falls off with curvature n/σ̂² = \(n / variance, decimals: 2). \
    The more data, the sharper the peak; remember that number for the interval at the end.
    """)
    narrator.claim("the grid's peak μ = \(grid[peak], decimals: 2) is within half a step (\(step, decimals: 2)) of μ̂ = \(mu, decimals: 4)",
                   abs(grid[peak] - mu) <= step / 2)
    let tolerance = 1e-9
    narrator.claim("at all \(grid.count) grid points ℓ equals the parabola ℓ(μ̂, σ̂²) − n(μ − μ̂)²/(2σ̂²), to \(prose: tolerance, significant: 1)",
                   worst < tolerance)
}

// MARK: - The surface over (μ, σ)

/// ℓ over (μ, σ) as a heat map, its top, and where the truth sits on it.
func tellSurface(_ narrator: Narrator, _ maths: ReferenceSolution, _ sample: [Double], _ truth: Truth) {
    let (mu, variance) = maths.maximumLikelihoodEstimate(of: sample)
    narrator.heading("The surface over (μ, σ)")
    narrator.prose("""
    Now let both parameters move: ℓ over a grid of μ and σ, shaded from the top (█) \
    down to `depth` below it (·, which also covers everything lower), with ● at the \
    best grid point:
    """)
    let (mus, sigmas, depth, best) = narrator.step { show in
        let mus = (175...325).map { Double($0) / 50 }
        let sigmas = (60...150).map { Double($0) / 50 }
        let top = maths.logLikelihood(of: sample, mean: mu, variance: variance)
        let depth = 8.0
        let map = HeatMap(xs: mus, ys: sigmas, width: 70, height: 16,
                          xLabel: "μ", yLabel: "σ", valueLabel: "ℓ(μ, σ²)",
                          valueRange: (top - depth)...top) { mu, sigma in
            maths.logLikelihood(of: sample, mean: mu, variance: sigma * sigma)
        }
        show(map)
        return (mus, sigmas, depth, map.maximum ?? (x: .nan, y: .nan, value: .nan))
    }
    let top = maths.logLikelihood(of: sample, mean: mu, variance: variance)
    let atTruth = maths.logLikelihood(of: sample, mean: truth.mean, variance: truth.sd * truth.sd)
    let ratio = 2 * (top - atTruth)
    let (level, threshold) = (0.05, -2 * log(0.05))
    narrator.prose("""
    μ runs from \(mus[0], decimals: 1) to \(mus[mus.count - 1], decimals: 1) and σ \
    from \(sigmas[0], decimals: 1) to \(sigmas[sigmas.count - 1], decimals: 1); the \
    shades span \(depth, decimals: 0) units of ℓ. The top is a single hill at \
    μ ≈ \(best.x, decimals: 2), σ ≈ \(best.y, decimals: 2). We drew σ, not σ², and \
    the hill's top is at σ̂ = √σ̂² = \(variance.squareRoot(), decimals: 4): the estimate \
    of a function of a parameter is that function of the estimate (the invariance of \
    maximum likelihood). The hill is steeper on the small-σ side, where a narrow \
    Gaussian makes the outlying measurements very surprising.

    How far down the hill is the truth (\(truth.mean, decimals: 0), \(truth.sd, decimals: 0))? \
    Twice the drop, 2(ℓ(μ̂, σ̂²) − ℓ(\(truth.mean, decimals: 0), \(truth.sd * truth.sd, decimals: 0))) = \
    \(ratio, decimals: 3), is \(ratio < threshold ? "below" : "above") \(threshold, decimals: 3) = −2 ln \(level, decimals: 2), \
    the line a likelihood-ratio test draws for \(100 * (1 - level), decimals: 0)% \
    confidence in two parameters: the truth is \(ratio < threshold ? "inside" : "outside") the region the data support\
    \(ratio < threshold ? "." : ", as it is for about one sample in twenty.")
    """)
    let (muStep, sigmaStep) = (mus[1] - mus[0], sigmas[1] - sigmas[0])
    narrator.claim("the best grid point (\(best.x, decimals: 2), \(best.y, decimals: 2)) is within half a step of (μ̂, σ̂) = (\(mu, decimals: 4), \(variance.squareRoot(), decimals: 4))",
                   abs(best.x - mu) <= muStep / 2 && abs(best.y - variance.squareRoot()) <= sigmaStep / 2)
    narrator.claim("2(ℓ(μ̂, σ̂²) − ℓ(\(truth.mean, decimals: 0), \(truth.sd * truth.sd, decimals: 0))) = \(ratio, decimals: 3) is below −2 ln \(level, decimals: 2) = \(threshold, decimals: 3)",
                   ratio < threshold, onlyAtTheStorysOwn: sampleSize)
}

// MARK: - An exercise: the variance known

/// With σ² = 1 known, maximising over μ alone still gives x̄: derived, then found by Nelder-Mead.
func tellKnownVariance(_ narrator: Narrator, _ maths: ReferenceSolution, _ sample: [Double]) {
    narrator.heading("An exercise: a Gaussian with variance 1")
    narrator.prose("""
    Suppose the spread is known, σ² = 1, and only μ is unknown. What is its maximum \
    likelihood estimate? Try it before reading on.

    With σ² = 1 the log-likelihood is ℓ(μ) = −n/2 · ln(2π) − ½ Σ(xᵢ − μ)². Its \
    derivative is Σ(xᵢ − μ) = n(x̄ − μ), zero only at μ = x̄, and its second derivative \
    −n is negative. So μ̂ = x̄ again: the best centre does not depend on the spread, \
    which only sets how sharply ℓ falls away from it.

    An optimiser that knows no calculus agrees. Minimise −ℓ(μ) with KataKit's \
    `NelderMead` from μ = 0, as `scipy.optimize.minimize(…, x0=0, method="Nelder-Mead")` \
    does, for two known variances:
    """)
    let (mean, runs) = narrator.step { show in
        let runs = [1.0, 4.0].map { variance in
            let result = NelderMead().minimize({ point in
                -maths.logLikelihood(of: sample, mean: point[0], variance: variance)
            }, from: [0])
            let mu = String(format: "%.6f", result.point[0])
            show("σ² = \(variance, decimals: 0): μ =", mu,
                 "after", result.iterations, "iterations")
            return result
        }
        let mean = maths.mean(of: sample)
        show("x̄      =", String(format: "%.6f", mean))
        return (mean, runs)
    }
    let tolerance = 1e-4
    narrator.claim("both runs stop within \(prose: tolerance, significant: 1) (scipy's default tolerance) of x̄ = \(mean, decimals: 6)",
                   runs.allSatisfy { $0.converged && abs($0.point[0] - mean) < tolerance })
}
