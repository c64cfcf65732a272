import Foundation

// Where maximum likelihood itself breaks: several local maxima, a likelihood without a
// maximum; and a method that needs no derivatives at all.

// MARK: - Local maxima

/// The Cauchy location's log-likelihood has several peaks; a multi-start search finds the highest.
func tellLocalMaxima(_ narrator: Narrator, _ maths: ReferenceSolution) {
    narrator.heading("Where it breaks, 1: several peaks")
    narrator.prose("""
    The Gamma's profile had one peak. Not every likelihood is so kind. The Cauchy \
    distribution, density 1/(π(1 + (x − θ)²)), has tails so heavy that it has no mean; \
    its log-likelihood for the location θ is

      ℓ(θ) = −Σ ln(1 + (xᵢ − θ)²) − n·ln π

    and each far-out observation raises a hill of its own. Five seeded draws, \
    `np.random.seed(\(storyCauchySeed)); c = np.random.standard_cauchy(size=\(storyCauchyCount))` (numpy's \
    legacy Cauchy is a ratio of two normals, which `NumPyRandom` replays), and ℓ over θ, \
    with KataKit's `cauchyLogLikelihood`:
    """)
    let (sample, thetas, values) = narrator.step { show in
        let c = storyCauchySample()
        show("c =", c.map { "\($0, decimals: 4)" }.joined(separator: ", "))
        let thetas = stride(from: -20.0, through: 25, by: 0.02).map { $0 }
        let values = thetas.map {
            cauchyLogLikelihood(location: $0, observations: c)
        }
        let top = values.indices.max { values[$0] < values[$1] } ?? 0
        show(LinePlot(points: Array(zip(thetas, values)), width: 62, height: 12,
                      xLabel: "θ (the location)", yLabel: "ℓ(θ)",
                      mark: (thetas[top], values[top])))
        return (c, thetas, values)
    }
    let peaks = values.indices.dropFirst().dropLast().filter { values[$0] > values[$0 - 1] && values[$0] > values[$0 + 1] }
    narrator.prose("""
    \(peaks.count) peaks on the grid, at θ ≈ \(peaks.map { "\(prose: thetas[$0], decimals: 1)" }.joined(separator: ", ")). \
    A local optimiser climbs whichever hill it starts on. `cauchyLocalMaximum(from:observations:)`, \
    given to you, is one (Newton's step where ℓ curves down, a unit step uphill where \
    it does not, halved until ℓ does not fall). Start it at each draw:
    """)
    let tops = narrator.step { show in
        show("start       top of its hill   ℓ(top)")
        return sample.map { start in
            let top = cauchyLocalMaximum(from: start, observations: sample)
            let value = cauchyLogLikelihood(location: top, observations: sample)
            show(String(format: "%+9.4f   %+12.6f      %.6f", start, top, value))
            return (top, value)
        }
    }
    let best = narrator.step { show in
        let best = maths.multiStartMaximum(observations: sample, starts: sample)
        show("multiStartMaximum: θ̂ = \(best, decimals: 6)")
        return best
    }
    let gridPeak = values.indices.max { values[$0] < values[$1] } ?? 0
    narrator.prose("""
    Started at the first draw, \(sample[0], decimals: 2), the climb stops at \
    \(tops[0].0, decimals: 2), the top of the lowest hill: a *local* maximum, and a \
    confident-looking wrong answer. The fifth exercise, `maths.multiStartMaximum`, climbs \
    from every start and keeps the highest top, θ̂ = \(prose: best, decimals: 4). Multiple \
    starts do not prove that the global maximum was found, only that no start found a \
    higher one; spread them over where the data are.
    """)
    let spacing = thetas[1] - thetas[0]
    narrator.claim("""
        the grid shows \(peaks.count) local maxima; the first draw's climb ends on a lower one; \
        the multi-start answer is within a grid step of the grid's highest point
        """, peaks.count >= 3 && tops[0].1 < cauchyLogLikelihood(location: best, observations: sample) - 1
            && abs(best - thetas[gridPeak]) <= spacing)
}

// MARK: - An unbounded likelihood

/// A two-component Gaussian mixture whose likelihood grows without bound as one
/// component collapses on one point; a floor or a prior fixes it.
func tellUnboundedLikelihood(_ narrator: Narrator, sample: [Double]) {
    narrator.heading("Where it breaks, 2: no maximum at all")
    narrator.prose("""
    Fit the seed's Gaussian sample (the stream's first \(SeededData.normalCount) draws) as a mixture of two \
    normals, ½·N(μ₁, σ₁²) + ½·N(μ₂, σ₂²). Put the second component at the sample's \
    mean and standard deviation, the first exactly on one observation, μ₁ = x₁, and \
    shrink σ₁:
    """)
    let sigmas = [2.0, 1.0, 0.1, 0.01, 1e-4, 1e-8, 1e-16, 1e-32, 1e-64, 1e-128]
    let rows = narrator.step { show in
        let n = Double(sample.count)
        let (mean, first) = (sample.reduce(0, +) / n, sample[0])
        let squares = sample.reduce(0) { $0 + ($1 - mean) * ($1 - mean) }
        let sd = (squares / n).squareRoot()
        func logNormal(_ x: Double, _ mu: Double, _ sigma: Double) -> Double {
            let z = (x - mu) / sigma
            return -log(sigma) - 0.5 * log(2 * Double.pi) - 0.5 * z * z
        }
        // ln(½·N(x₁, σ²) + ½·N(x̄, s²)) at each x, added up (log-sum-exp).
        func logLikelihood(_ sigma: Double) -> Double {
            sample.reduce(0) { total, x in
                let a = log(0.5) + logNormal(x, first, sigma)
                let b = log(0.5) + logNormal(x, mean, sd)
                return total + max(a, b) + log1p(exp(min(a, b) - max(a, b)))
            }
        }
        // An inverse-gamma(1, 1) prior on σ₁², up to a constant.
        func logPrior(_ sigma: Double) -> Double {
            -2 * log(sigma * sigma) - 1 / (sigma * sigma)
        }
        show("σ₁        ℓ             ℓ + ln prior(σ₁)")
        return sigmas.map { sigma in
            let ell = logLikelihood(sigma)
            let penalised = ell + logPrior(sigma)
            show(String(format: "%-8.0e  %-12.4f  %.4g", sigma, ell, penalised))
            return (sigma: sigma, ell: ell, penalised: penalised)
        }
    }
    let last = rows[rows.count - 1], before = rows[rows.count - 2]
    narrator.prose("""
    At first ℓ falls: a narrow component explains x₁ well but wastes half the weight on \
    it. Then the term for x₁, about −ln σ₁, takes over: every factor of ten off σ₁ adds \
    \(log(10.0), decimals: 2) to ℓ, slowly but without end, and at σ₁ = \(prose: last.sigma, significant: 1) ℓ is \
    \(prose: last.ell, decimals: 1), far above the \(prose: rows[0].ell, decimals: 1) of a sensible \
    σ₁ = \(rows[0].sigma, decimals: 0). As σ₁ → 0 the likelihood goes to +∞: there is no maximum to \
    find, and an optimiser that "converges" here has found a spike on one point, not a \
    model. The same happens with any mixture of densities with a free width.
    """)
    let slope = (last.ell - before.ell) / log(before.sigma / last.sigma)
    let slopeTolerance = 1e-3
    narrator.claim("""
        from σ₁ = \(prose: rows[5].sigma, significant: 1) on, ℓ grows at each step of the table, and between \
        \(prose: before.sigma, significant: 1) and \(prose: last.sigma, significant: 1) it grows like −ln σ₁ \
        (slope \(slope, decimals: 4), within \(prose: slopeTolerance, significant: 1) of 1); at \
        σ₁ = \(prose: last.sigma, significant: 1) it beats σ₁ = \(rows[0].sigma, decimals: 0)
        """, zip(rows.dropFirst(5), rows.dropFirst(6)).allSatisfy { $0.ell < $1.ell }
            && abs(slope - 1) < slopeTolerance && last.ell > rows[0].ell)
    let bestPenalised = rows.max { $0.penalised < $1.penalised } ?? rows[0]
    narrator.prose("""
    Two fixes, both a statement about σ₁ made before seeing the data. A *floor* \
    (σ₁ ≥ some sensible width, say a tenth of the sample's) simply forbids the spike. A \
    *prior* does it smoothly: multiply the likelihood by a density for σ₁ that vanishes \
    faster than 1/σ₁ as σ₁ → 0, such as an inverse-gamma on σ₁² (its log, up to a \
    constant, is −2·ln σ₁² − 1/σ₁²). The last column adds it: of the rows the sum is \
    largest at σ₁ = \(prose: bestPenalised.sigma, significant: 1), and it falls to −∞ as σ₁ → 0. Maximising likelihood \
    times prior is *maximum a posteriori* estimation, MAP: this is where it begins.
    """)
    let depth = -1e100
    narrator.claim("""
        ℓ + ln prior falls at every step of the table from σ₁ = \(prose: rows[3].sigma, significant: 1) on, \
        to below \(prose: depth, significant: 1)
        """, zip(rows.dropFirst(3), rows.dropFirst(4)).allSatisfy { $0.penalised > $1.penalised }
            && last.penalised < depth)
}

// MARK: - Nelder-Mead

/// The seed's exponential waits fitted with Nelder-Mead, which needs no derivatives,
/// agreeing with the closed form 1/x̄.
func tellNelderMead(_ narrator: Narrator, waits: [Double]) {
    narrator.heading("No derivatives at all: Nelder-Mead")
    narrator.prose("""
    Newton needs two derivatives and gradient ascent one. *Nelder-Mead* (KataKit's port \
    of scipy's, with scipy's defaults) needs none: it compares values of the objective at \
    the corners of a simplex (in one dimension, two points) that reflects, stretches and \
    shrinks downhill. Try it where the answer is known: the seed's exponential waits, \
    the stream's second sample, whose rate has the closed form 1/x̄ (10.2.5). Minimise \
    the negative log-likelihood −(n·ln λ − λ·Σx) from λ = 1:
    """)
    let (result, closedForm) = narrator.step { show in
        let n = Double(waits.count), total = waits.reduce(0, +)
        let nll = { (p: [Double]) in -(n * log(p[0]) - p[0] * total) }
        let result = NelderMead().minimize(nll, from: [1.0])
        let closedForm = n / total
        show("Nelder-Mead: λ = \(result.point[0], decimals: 10) ",
             "(nit = \(result.iterations), nfev = \(result.evaluations))")
        show("1/x̄:         λ = \(closedForm, decimals: 10)")
        show("difference:", "\(result.point[0] - closedForm, significant: 2)")
        return (result, closedForm)
    }
    let tolerance = NelderMead().xTolerance
    narrator.claim("""
        Nelder-Mead converged within its xatol = \(prose: tolerance, significant: 1) of 1/x̄ \
        (it is \(prose: abs(result.point[0] - closedForm), significant: 2) away)
        """, result.converged && abs(result.point[0] - closedForm) < tolerance)
    narrator.prose("""
    It agrees with the closed form as far as its tolerance asks (scipy's xatol and fatol \
    of \(prose: NelderMead().xTolerance, significant: 1) and \(prose: NelderMead().fTolerance, significant: 1)), and no further: without derivatives a method cannot tell how close it is, \
    only that its points have stopped moving. That is why it is a good fallback when \
    derivatives are hard, and a poor way to get many digits. Where calculus gives an \
    answer, use it; where it gives only the score, use Newton; where it gives nothing, \
    there is still Nelder-Mead, and always a check of where it stopped.
    """)
}
