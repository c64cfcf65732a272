import Foundation

/// Tells the story of kata 10.2.5, computing every number it shows with
/// `ReferenceSolution` (never with the learner's code, which may not be written yet).
func tellExponentialStory(_ narrator: Narrator) {
    let maths = ReferenceSolution()
    let wait = tellDensity(narrator)
    tellOneWait(narrator, maths, wait: wait)
    tellManyWaits(narrator, wait: wait)
    let (sample, truth, seed) = tellSeededSample(narrator, maths)
    tellNewton(narrator, maths, sample: sample)
    tellStandardError(narrator, maths, sample: sample, truth: truth, seed: seed)
    tellInvariance(narrator, maths, sample: sample)
    narrator.heading("Your turn")
    narrator.prose("""
    Open katas/10.2.5-exponential/Solution.swift. It holds five functions, in the order \
    of this story: `logLikelihood`, `maximumLikelihoodEstimate`, `score`, `newtonRaphson` \
    and `standardError`. The comment above each says exactly what to return; every \
    `rate` is the rate α, never the scale. Replace each `todo()` with your code, then \
    grade your work:

      swift run kata check 10.2.5

    It grades the functions in order and, when one is wrong, names the mistake it most \
    likely is.
    """)
}

// MARK: - The density

/// The density α·e^(−αx), why the α in front is there, and what goes wrong without it.
/// - Returns: The one wait the story's first example is about.
private func tellDensity(_ narrator: Narrator) -> Double {
    narrator.heading("Waiting times and the exponential density")
    narrator.prose("""
    How long until the next bus, the next click of a Geiger counter, the next request \
    to a server? When events arrive at random at a steady rate α per unit of time, the \
    wait x until the next one has the *exponential density*

      f(x; α) = α · e^(−αx)   for x ≥ 0,   and 0 for x < 0.

    α is the rate: events per minute, say. A high rate means short waits; the mean \
    wait is 1/α. A wait is never negative, so the density is 0 there.

    The α in front is not decoration. A density must have total area 1 (the wait is \
    certain to be some number), and ∫₀^∞ e^(−αx) dx = 1/α, so the factor α is exactly \
    what makes the area 1. Measure the areas numerically: `area(upTo:of:)` adds up a \
    curve from 0 to `upTo` by Simpson's rule on a fine mesh, and far enough out that \
    the tail left over is negligible. Next to α·e^(−αx) goes the density a popular \
    tutorial writes, (1/α)·e^(−αx):
    """)
    let areas = narrator.step { show in
        show("α      area of α·e^(−αx)    area of e^(−αx)/α  1/α²")
        return [0.5, 1.0, 2.0].map { rate in
            let end = 40 / rate
            let normalised = area(upTo: end) { rate * exp(-rate * $0) }
            let tutorial = area(upTo: end) { exp(-rate * $0) / rate }
            show(String(format: "%-6.1f %-20.8f %-18.8f %.8f",
                        rate, normalised, tutorial, 1 / (rate * rate)))
            return (rate: rate, normalised: normalised, tutorial: tutorial)
        }
    }
    let tolerance = 1e-9
    narrator.claim("""
        α·e^(−αx) has area 1 (within \(prose: tolerance, significant: 1)) for every α here, \
        and (1/α)·e^(−αx) has area 1/α²
        """,
        areas.allSatisfy { row in
            let square = row.rate * row.rate
            return abs(row.normalised - 1) < tolerance && abs(row.tutorial - 1 / square) < tolerance / square
        })
    narrator.prose("""
    The tutorial's curve has area 1/α², which is 1 only at α = 1: it is not a density, \
    and maximising it gives nonsense. For one wait x its log is −ln α − αx, whose slope \
    −1/α − x is negative for every α > 0. It has no peak. Take one wait and watch it \
    as α falls:
    """)
    let (wait, tutorialLog) = narrator.step { show in
        let wait = 3.0
        let tutorialLog = { (rate: Double) in -log(rate) - wait * rate }
        for rate in [1, 1 / wait, 0.1, 0.01, 0.001] {
            show("α = \(rate, decimals: 4)   −ln α − \(wait, decimals: 0)α =",
                 "\(prose: tutorialLog(rate), decimals: 4)")
        }
        return (wait, tutorialLog)
    }
    narrator.prose("""
    It grows without limit as α falls towards 0, and so it "prefers" a rate of 0: \
    buses that never come, fitted to a wait of \(wait, decimals: 0) minutes.
    """)
    let (low, high, spacing) = (0.01, 2.0, 0.01)
    let grid = stride(from: low, through: high, by: spacing).map { $0 }
    narrator.claim("""
        −ln α − \(wait, decimals: 0)α falls at every step of a grid from α = \(low, decimals: 2) \
        to \(high, decimals: 0): it has no maximum to find
        """,
        zip(grid, grid.dropFirst()).allSatisfy { tutorialLog($0) > tutorialLog($1) })
    return wait
}

/// ∫₀^upper of `density`, by composite Simpson's rule on 4000 intervals.
func area(upTo upper: Double, of density: (Double) -> Double) -> Double {
    simpsonArea(upTo: upper, intervals: 4000, of: density)
}

// MARK: - One wait

/// The log-likelihood of one wait: its plot and its peak at α = 1/x.
private func tellOneWait(_ narrator: Narrator, _ maths: ReferenceSolution, wait: Double) {
    narrator.heading("One wait: x = \(wait, decimals: 0)")
    narrator.prose("""
    We wait \(wait, decimals: 0) minutes for a bus. Which rate makes that wait least \
    surprising? The likelihood of a rate is the density of what we saw, \
    L(α) = α · e^(−\(wait, decimals: 0)α), and its log is

      ℓ(α) = ln α − \(wait, decimals: 0)α

    In this story `maths` is the workbook's own answer to the exercises you are about \
    to write; `maths.logLikelihood` is the first of them. Draw ℓ over a range of rates:
    """)
    let (rates, values, peak) = narrator.step { show in
        let rates = stride(from: 0.02, through: 1.5, by: 0.002).map { $0 }
        let values = rates.map {
            maths.logLikelihood(rate: $0, observations: [wait])
        }
        let peak = values.indices.max { values[$0] < values[$1] } ?? 0
        show("largest on the grid: ℓ(\(rates[peak], decimals: 3)) =",
             "\(prose: values[peak], decimals: 4)")
        let label = "ℓ(α) = ln α − \(wait, decimals: 0)α"
        show(LinePlot(points: Array(zip(rates, values)), width: 62, height: 12,
                      xLabel: "α (per minute)", yLabel: label,
                      mark: (rates[peak], values[peak])))
        return (rates, values, peak)
    }
    narrator.prose("""
    A small rate makes a wait of \(wait, decimals: 0) plausible but spreads its density \
    thin; a large rate concentrates the density on short waits, where \(wait, decimals: 0) is not. \
    The slope ℓ′(α) = 1/α − \(wait, decimals: 0) is zero at α = 1/\(wait, decimals: 0), \
    and ℓ″(α) = −1/α² < 0 everywhere, so that is the one maximum. The closed form is \
    the second exercise, `maths.maximumLikelihoodEstimate`:
    """)
    let estimate = narrator.step { show in
        let estimate = maths.maximumLikelihoodEstimate(observations: [wait])
        show("α̂ = \(estimate, decimals: 6) per minute,",
             "one bus every \(1 / estimate, decimals: 0) minutes")
        return estimate
    }
    let spacing = rates[1] - rates[0]
    narrator.claim("""
        the grid's peak α = \(rates[peak], decimals: 3) is within half a grid step of \
        1/\(Int(wait)), and ℓ′(α̂) = \(prose: 1 / estimate - wait, decimals: 1)
        """,
        abs(rates[peak] - 1 / wait) <= spacing / 2 + 1e-12 && abs(1 / estimate - wait) < 1e-12
            && values.allSatisfy { $0 <= maths.logLikelihood(rate: estimate, observations: [wait]) })
}

/// From one wait to n: the log-likelihood, the score and α̂ = 1/x̄.
private func tellManyWaits(_ narrator: Narrator, wait: Double) {
    narrator.heading("n waits: α̂ = 1/x̄")
    narrator.prose("""
    Independent waits x₁, …, xₙ multiply their densities, so their logs add:

      ℓ(α) = Σ (ln α − α·xᵢ) = n · ln α − α · Σxᵢ

    Its slope in α has a name, the *score*:

      score(α) = ℓ′(α) = n/α − Σxᵢ

    The score is zero where α = n / Σxᵢ, one over the mean wait:

      α̂ = 1/x̄

    and ℓ″(α) = −n/α² < 0, so this is the maximum. With the single wait \
    \(wait, decimals: 0), x̄ = \(wait, decimals: 0) and α̂ = 1/\(wait, decimals: 0), as \
    the plot showed.
    """)
}
