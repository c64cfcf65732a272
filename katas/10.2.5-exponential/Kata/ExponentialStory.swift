import Foundation

/// Tells the story of kata 10.2.5, computing every number it shows with
/// `ReferenceSolution` (never with the learner's code, which may not be written yet).
func tellExponentialStory(_ narrator: Narrator) {
    let maths = ReferenceSolution()
    tellDensity(narrator)
    tellOneWait(narrator, maths)
    tellManyWaits(narrator)
    let sample = seededSample()
    tellSeededSample(narrator, maths, sample: sample)
    tellNewton(narrator, maths, sample: sample)
    tellStandardError(narrator, maths, sample: sample)
    tellInvariance(narrator, maths, sample: sample)
    narrator.heading("Your turn")
    narrator.prose("""
    Open katas/10.2.5-exponential/Solution.swift. It holds five functions, in the order \
    of this story: logLikelihood, maximumLikelihoodEstimate, score, newtonRaphson and \
    standardError. The comment above each says exactly what to return; every `rate` \
    is the rate α, never the scale. Replace each todo() with your code, then grade your \
    work:

      swift run kata check 10.2.5

    It grades the functions in order and, when one is wrong, names the mistake it most \
    likely is.
    """)
}

// MARK: - The density

/// The density α·e^(−αx), why the α in front is there, and what goes wrong without it.
private func tellDensity(_ narrator: Narrator) {
    narrator.heading("Waiting times and the exponential density")
    narrator.prose("""
    How long until the next bus, the next click of a Geiger counter, the next request \
    to a server? When events arrive at random at a steady rate α per unit of time, the \
    wait x until the next one has the exponential density

      f(x; α) = α · e^(−αx)   for x ≥ 0,   and 0 for x < 0.

    α is the rate: events per minute, say. A high rate means short waits; the mean \
    wait is 1/α. A wait is never negative, so the density is 0 there.

    The α in front is not decoration. A density must have total area 1 (the wait is \
    certain to be some number), and ∫₀^∞ e^(−αx) dx = 1/α, so the factor α is exactly \
    what makes the area 1. Measure the areas numerically (Simpson's rule on 0 ≤ x ≤ 40/α):
    """)
    let rates = [0.5, 1.0, 2.0]
    let areas = rates.map { rate in
        (normalised: area(upTo: 40 / rate) { rate * exp(-rate * $0) },
         tutorial: area(upTo: 40 / rate) { exp(-rate * $0) / rate })
    }
    let rows = zip(rates, areas).map { rate, area in
        "  " + String(format: "%-6.1f %-20.8f %-18.8f %.8f", rate, area.normalised, area.tutorial, 1 / (rate * rate))
    }
    narrator.output((["  α      area of α·e^(−αx)    area of e^(−αx)/α  1/α²"] + rows).joined(separator: "\n"))
    narrator.claim("α·e^(−αx) has area 1 (within 1e-9) for every α here, and (1/α)·e^(−αx) has area 1/α²",
                   zip(rates, areas).allSatisfy { rate, area in
                       abs(area.normalised - 1) < 1e-9 && abs(area.tutorial - 1 / (rate * rate)) < 1e-9 / (rate * rate)
                   })
    let (low, high) = (0.01, 1.0 / 3.0)
    func tutorialLog(_ rate: Double) -> Double { -log(rate) - 3 * rate }
    narrator.prose("""
    A popular tutorial writes the density as (1/α) · e^(−αx). That curve's area is \
    1/α², which is 1 only at α = 1: it is not a density, and maximising it gives \
    nonsense. For one wait x = 3 its log is −ln α − 3α, whose slope −1/α − 3 is \
    negative for every α > 0. It has no peak: it grows without limit as α falls \
    towards 0, from \(prose: tutorialLog(high), decimals: 4) at α = 1/3 to \
    \(prose: tutorialLog(low), decimals: 4) at α = \(low, decimals: 2), and so it \
    "prefers" a rate of 0: buses that never come, fitted to a wait of 3 minutes.
    """)
    let grid = stride(from: 0.01, through: 2.0, by: 0.01).map { $0 }
    narrator.claim("−ln α − 3α falls at every step of a grid from α = 0.01 to 2: it has no maximum to find",
                   zip(grid, grid.dropFirst()).allSatisfy { tutorialLog($0) > tutorialLog($1) })
}

/// ∫₀^upper of `density`, by composite Simpson's rule on 4000 intervals.
private func area(upTo upper: Double, of density: (Double) -> Double) -> Double {
    let intervals = 4000
    let h = upper / Double(intervals)
    let inner = (1..<intervals).reduce(0.0) { $0 + Double($1 % 2 == 0 ? 2 : 4) * density(Double($1) * h) }
    return (density(0) + inner + density(upper)) * h / 3
}

// MARK: - One wait

/// The log-likelihood of one wait x = 3: its plot and its peak at α = 1/3.
private func tellOneWait(_ narrator: Narrator, _ maths: ReferenceSolution) {
    let wait = 3.0
    let grid = stride(from: 0.02, through: 1.5, by: 0.002).map { $0 }
    let values = grid.map { maths.logLikelihood(rate: $0, observations: [wait]) }
    let peak = values.indices.max { values[$0] < values[$1] } ?? 0
    let estimate = maths.maximumLikelihoodEstimate(observations: [wait])
    narrator.heading("One wait: x = \(wait, decimals: 0)")
    narrator.prose("""
    We wait \(wait, decimals: 0) minutes for a bus. Which rate makes that wait least \
    surprising? The likelihood of a rate is the density of what we saw, \
    L(α) = α · e^(−\(wait, decimals: 0)α), and its log is

      ℓ(α) = ln α − \(wait, decimals: 0)α

    Here it is for α from \(grid[0], decimals: 2) to \(grid[grid.count - 1], decimals: 1) per minute:
    """)
    let style = narrator.style
    let plot = LinePlot(points: Array(zip(grid, values)), width: min(80, style.width - 18), height: 12,
                        xLabel: "α (per minute)", yLabel: "ℓ(α) = ln α − \(Int(wait))α",
                        mark: (grid[peak], values[peak]))
    narrator.output(plot.render(style: style))
    narrator.prose("""
    A small rate makes a wait of \(wait, decimals: 0) plausible but spreads its density \
    thin; a large rate concentrates the density on short waits, where \(wait, decimals: 0) is not. \
    The slope ℓ′(α) = 1/α − \(wait, decimals: 0) is zero at α = 1/\(wait, decimals: 0), \
    and ℓ″(α) = −1/α² < 0 everywhere, so that is the one maximum: \
    α̂ = \(estimate, decimals: 6) per minute, one bus every \(1 / estimate, decimals: 0) minutes.
    """)
    narrator.claim("the grid's peak α = \(grid[peak], decimals: 3) is within half a grid step of 1/\(Int(wait)), and ℓ′(1/\(Int(wait))) = \(prose: 1 / estimate - wait, decimals: 1)",
                   abs(grid[peak] - 1 / wait) <= 0.001 && abs(1 / estimate - wait) < 1e-12)
}

/// From one wait to n: the log-likelihood, the score and α̂ = 1/x̄.
private func tellManyWaits(_ narrator: Narrator) {
    narrator.heading("n waits: α̂ = 1/x̄")
    narrator.prose("""
    Independent waits x₁, …, xₙ multiply their densities, so their logs add:

      ℓ(α) = Σ (ln α − α·xᵢ) = n · ln α − α · Σxᵢ

    Its slope in α has a name, the score:

      score(α) = ℓ′(α) = n/α − Σxᵢ

    The score is zero where α = n / Σxᵢ, one over the mean wait:

      α̂ = 1/x̄

    and ℓ″(α) = −n/α² < 0, so this is the maximum. With the single wait 3, x̄ = 3 and \
    α̂ = 1/3, as the plot showed.
    """)
}

// MARK: - Rate or scale

/// The seeded sample, numpy's scale against the rate, and the estimate.
private func tellSeededSample(_ narrator: Narrator, _ maths: ReferenceSolution, sample: [Double]) {
    let n = sample.count
    let sum = sample.reduce(0, +)
    let mean = sum / Double(n)
    let estimate = maths.maximumLikelihoodEstimate(observations: sample)
    let truth = 0.5
    narrator.heading("Rate or scale? A seeded sample")
    narrator.prose("""
    In Python you would draw waits like this:

      import numpy as np
      np.random.seed(42)
      x = np.random.exponential(scale=2, size=\(n))

    numpy's parameter is not the rate. It is the scale β = 1/α, the mean wait: \
    scale=2 means a wait of 2 minutes on average, a rate of α = \(truth, decimals: 1) per \
    minute. (scipy.stats.expon takes a scale too.) Mixing the two up is the classic \
    exponential mistake: ask numpy for scale=0.5 when you mean the rate 0.5 and your \
    waits are four times too short.

    KataKit's generator reproduces numpy's bit for bit, so these are the waits you \
    would get in Python. The first five:
    """)
    narrator.output("""
    \(sample.prefix(5).map { String(format: "%.8f", $0) }.joined(separator: "  "))
    n = \(n)   Σx = \(String(format: "%.6f", sum))   x̄ = \(String(format: "%.6f", mean))
    α̂ = 1/x̄ = \(String(format: "%.6f", estimate)) per minute   (the truth: α = \(truth))
    """)
    narrator.prose("""
    The estimate is \(estimate, decimals: 4), near the true rate \(truth, decimals: 1). \
    Reporting x̄ = \(mean, decimals: 4) as "the rate" would be off by a factor of \
    \(mean / estimate, decimals: 2): the scale and the rate are reciprocals, and only at 1 do \
    they agree.
    """)
    let grid = stride(from: 0.2, through: 1.2, by: 0.001).map { $0 }
    let values = grid.map { maths.logLikelihood(rate: $0, observations: sample) }
    let peak = values.indices.max { values[$0] < values[$1] } ?? 0
    let style = narrator.style
    let plot = LinePlot(points: Array(zip(grid, values)), width: min(80, style.width - 18), height: 12,
                        xLabel: "α (per minute)", yLabel: "ℓ(α) = \(n) ln α − α · \(String(format: "%.2f", sum))",
                        mark: (grid[peak], values[peak]))
    narrator.output(plot.render(style: style))
    let atEstimate = maths.logLikelihood(rate: estimate, observations: sample)
    let atTruth = maths.logLikelihood(rate: truth, observations: sample)
    narrator.claim("the grid's peak α = \(grid[peak], decimals: 3) is within half a grid step of 1/x̄", abs(grid[peak] - estimate) <= 0.0005)
    narrator.claim("ℓ(α̂) = \(prose: atEstimate, decimals: 4) is at least ℓ(\(truth, decimals: 1)) = \(prose: atTruth, decimals: 4), the log-likelihood of the true rate",
                   atEstimate >= atTruth)
    narrator.prose("""
    The estimate beats the truth on these data, as it must: α̂ is the best rate for \
    this sample, and the truth is only best on average over samples.
    """)
}
