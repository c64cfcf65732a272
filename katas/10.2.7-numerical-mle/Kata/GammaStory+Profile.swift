import Foundation

// The profile likelihood, its score that needs the digamma function, and Newton-Raphson
// on that score down to the exact maximum.

// MARK: - The profile likelihood

/// For a fixed α the best β is α/x̄; the profile log-likelihood over α and its score.
func tellProfile(_ narrator: Narrator, _ maths: ReferenceSolution, sample: [Double],
                 start: (shape: Double, rate: Double)) {
    narrator.heading("Half of it has a formula: the profile likelihood")
    narrator.prose("""
    Set the derivatives of ℓ to zero, as in every kata so far. The one in β is easy:

      ∂ℓ/∂β = n·α/β − Σx = 0   ⟹   β = α/x̄

    So for any shape α the best rate is α/x̄. Putting it back gives a function of α \
    alone, the *profile log-likelihood* ℓₚ(α) = ℓ(α, α/x̄), whose peak is the peak of \
    the whole surface. Draw it with `maths.logLikelihood`, the first exercise:
    """)
    let (shapes, values, peak) = narrator.step { show in
        let mean = sample.reduce(0, +) / Double(sample.count)
        let shapes = stride(from: 1.5, through: 5.0, by: 0.005).map { $0 }
        let values = shapes.map { alpha in
            maths.logLikelihood(shape: alpha, rate: alpha / mean,
                                observations: sample)
        }
        let peak = values.indices.max { values[$0] < values[$1] } ?? 0
        show("largest on the grid: ℓₚ(\(shapes[peak], decimals: 3)) =",
             "\(prose: values[peak], decimals: 4)")
        show(LinePlot(points: Array(zip(shapes, values)), width: 62, height: 12,
                      xLabel: "α (the shape)", yLabel: "ℓₚ(α) = ℓ(α, α/x̄)",
                      mark: (shapes[peak], values[peak])))
        return (shapes, values, peak)
    }
    narrator.prose("""
    One smooth peak near α = \(shapes[peak], decimals: 2). Its slope, the *profile score*, \
    is ∂ℓ/∂α at β = α/x̄ (the ∂ℓ/∂β part is zero there):

      score(α) = n·ln β − n·ψ(α) + Σ ln x  at β = α/x̄
               = n·(ln α − ψ(α) − ln x̄ + mean(ln x))

    ψ(α) = d/dα ln Γ(α) is the *digamma* function, KataKit's `digamma(_:)`. The peak is \
    where the score is zero:

      ln α − ψ(α) = ln x̄ − mean(ln x)

    and this is where calculus stops. ψ is no elementary function, and no rearranging \
    isolates α: the equation has no closed-form solution. We can still evaluate both \
    sides for any α, and that is all a numerical method needs. Is `maths.profileScore`, \
    the third exercise, really the slope of the curve above? Compare it with a central \
    difference of ℓₚ:
    """)
    let probes = [2.0, start.shape, 4.0]
    let rows = narrator.step { show in
        let mean = sample.reduce(0, +) / Double(sample.count)
        let profile = { (alpha: Double) in
            maths.logLikelihood(shape: alpha, rate: alpha / mean,
                                observations: sample)
        }
        let h = 1e-5
        show("α      score(α)       (ℓₚ(α + h) − ℓₚ(α − h)) / 2h")
        return probes.map { alpha in
            let score = maths.profileScore(shape: alpha, observations: sample)
            let difference = (profile(alpha + h) - profile(alpha - h)) / (2 * h)
            show(String(format: "%-6.3f %+.8f   %+.8f", alpha, score, difference))
            return (score, difference)
        }
    }
    let agreement = 1e-5
    narrator.claim("""
        the profile score agrees with a central difference of ℓₚ to \(prose: agreement, significant: 1) at \
        α = \(probes[0], decimals: 0), α₀ and \(probes[2], decimals: 0)
        """, rows.allSatisfy { abs($0.0 - $0.1) < agreement * max(1, abs($0.0)) })
    let spacing = shapes[1] - shapes[0]
    narrator.claim("the score changes sign across the grid's peak α = \(shapes[peak], decimals: 3): positive half a step below, negative half a step above",
                   maths.profileScore(shape: shapes[peak] - spacing / 2, observations: sample) > 0
                       && maths.profileScore(shape: shapes[peak] + spacing / 2, observations: sample) < 0
                       && values[peak].isFinite)
}

// MARK: - Newton-Raphson

/// Where Newton-Raphson on the profile score lands.
struct GammaFit {
    /// α̂ and β̂ = α̂/x̄.
    var shape: Double, rate: Double
    /// ℓ(α̂, β̂).
    var logLikelihood: Double
    /// Newton's steps from the method-of-moments start.
    var iterations: Int
}

/// Newton-Raphson on the profile score from the method-of-moments start, to the exact maximum.
func tellNewton(_ narrator: Narrator, _ maths: ReferenceSolution, sample: [Double],
                start: (shape: Double, rate: Double)) -> GammaFit {
    narrator.heading("Newton-Raphson on the profile score")
    narrator.prose("""
    Newton's method (10.2.5) finds a zero of the score by following its tangent:

      α ← α − score(α)/score′(α),   score′(α) = n·(1/α − ψ′(α))

    ψ′ is the *trigamma* function, `trigamma(_:)`, the derivative of digamma. The \
    fourth exercise, `maths.newtonRaphson`, takes these steps from a start until one \
    moves α by at most `tolerance` relative to α, or until `maxIterations` steps have \
    been taken, and says how many it took. Here are its steps one at a time from the \
    method-of-moments start:
    """)
    let (tolerance, cap) = (1e-10, 50)
    let (fit, moves) = narrator.step { show in
        let n = Double(sample.count)
        var alpha = start.shape
        var moves: [Double] = []
        let score = { (alpha: Double) in
            maths.profileScore(shape: alpha, observations: sample)
        }
        show("step  α                   score(α)        step size")
        show(String(format: "%4d  %.15f   %+.6e", 0, alpha, score(alpha)))
        for step in 1...4 {
            let move = score(alpha) / (n * (1 / alpha - trigamma(alpha)))
            alpha -= move
            moves.append(abs(move))
            show(String(format: "%4d  %.15f   %+.6e   %.3e",
                        step, alpha, score(alpha), abs(move)))
        }
        let (shape, iterations) = maths.newtonRaphson(
            observations: sample, start: start.shape,
            tolerance: tolerance, maxIterations: cap)
        let rate = shape / (sample.reduce(0, +) / n)
        let ell = maths.logLikelihood(shape: shape, rate: rate,
                                      observations: sample)
        show("newtonRaphson(tolerance: \(tolerance)):",
             "α̂ = \(shape, decimals: 12) after \(iterations) steps")
        show("β̂ = α̂/x̄ = \(rate, decimals: 12)",
             "  ℓ(α̂, β̂) = \(prose: ell, decimals: 10)")
        let fit = GammaFit(shape: shape, rate: rate, logLikelihood: ell,
                           iterations: iterations)
        return (fit, moves)
    }
    let atTruth = maths.logLikelihood(shape: SeededData.trueShape, rate: SeededData.trueRate, observations: sample)
    let atStart = maths.logLikelihood(shape: start.shape, rate: start.rate, observations: sample)
    narrator.prose("""
    The step sizes fall like \(moves.map { "10" + superscript(Int(log10($0).rounded(.down))) }.joined(separator: ", ")): \
    each step roughly squares the error, as in 10.2.5, and after \(fit.iterations) steps α is as exact as a Double \
    holds. The method of moments was off by \(start.shape - fit.shape, significant: 2) in \
    α; the maximum is (α̂, β̂) = (\(fit.shape, decimals: 6), \(fit.rate, decimals: 6)).
    """)
    let scoreThere = maths.profileScore(shape: fit.shape, observations: sample)
    let zero = 1e-9
    narrator.claim("""
        Newton converged in \(fit.iterations) steps (fewer than the cap of \(cap)) to a zero of the score: \
        |score(α̂)| = \(prose: abs(scoreThere), significant: 1) < \(prose: zero, significant: 1)
        """, fit.iterations < cap && abs(scoreThere) < zero)
    narrator.claim("""
        ℓ(α̂, β̂) = \(prose: fit.logLikelihood, decimals: 4) is at least ℓ at the truth \
        (\(prose: atTruth, decimals: 4)) and at the method-of-moments start (\(prose: atStart, decimals: 4))
        """, fit.logLikelihood >= atTruth && fit.logLikelihood >= atStart)
    return fit
}

// MARK: - The fit over the data

/// A histogram of the sample with the fitted density, and the method of moments', over it.
func tellFitOverData(_ narrator: Narrator, _ maths: ReferenceSolution, sample: [Double], fit: GammaFit) {
    narrator.heading("Does it fit?")
    narrator.prose("""
    A maximum is only the best of the densities the model offers; whether the model suits \
    the data is a separate question. Draw the sample as a histogram scaled as a density \
    (each bar's area is its share of the sample), with the fitted Gamma(α̂, β̂) over it:
    """)
    let gridStep = 0.05
    let (inside, top) = narrator.step { show in
        let density = { (x: Double) in
            exp(maths.logLikelihood(shape: fit.shape, rate: fit.rate,
                                    observations: [x]))
        }
        let grid = stride(from: gridStep, through: 22, by: gridStep).map { $0 }
        let curve = LinePlot.Series(name: "Gamma(α̂, β̂)",
                                    points: grid.map { ($0, density($0)) })
        let histogram = Histogram(values: sample, bins: 22, range: 0...22,
                                  width: 62, height: 12, xLabel: "x",
                                  barsName: "the \(sample.count) draws",
                                  curves: [curve])
        show(histogram)
        let inside = sample.filter { $0 <= 22 }.count
        let top = grid.max { density($0) < density($1) } ?? 0
        return (inside, top)
    }
    narrator.prose("""
    The curve follows the bars: a long right tail, a peak near x = \(top, decimals: 2) \
    (the mode (α̂ − 1)/β̂ = \((fit.shape - 1) / fit.rate, decimals: 2)), nothing below 0. \
    \(inside) of the \(sample.count) draws fall inside the plot's range.
    """)
    narrator.claim("the fitted density's peak on a grid of step \(gridStep, decimals: 2) is within a step of the mode (α̂ − 1)/β̂",
                   abs(top - (fit.shape - 1) / fit.rate) <= gridStep)
}
