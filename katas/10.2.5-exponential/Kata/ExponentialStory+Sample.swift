import Foundation

// The story's seeded sample: rate or scale, and the estimate.

// MARK: - Rate or scale

/// How many waits the seeded sample holds: a parameter a reader may change.
let waitCount = StoryParameter.int("n_waits", 5...1000, default: 100, "how many waits the seeded sample draws")

/// The seeded sample, numpy's scale against the rate, and the estimate.
/// - Returns: The sample, the true rate it was drawn with, and the generator's seed.
func tellSeededSample(_ narrator: Narrator, _ maths: ReferenceSolution)
    -> (sample: [Double], truth: Double, seed: UInt32) {
    narrator.heading("Rate or scale? A seeded sample")
    narrator.prose("""
    numpy draws exponential waits with `np.random.exponential(scale=…)`, and its \
    parameter is not the rate. It is the *scale* β = 1/α, the mean wait. \
    (scipy.stats.expon takes a scale too.) KataKit's `NumPyRandom` reproduces numpy's \
    generator bit for bit and takes the same scale, so these are the waits you would \
    get in Python:
    """)
    let count = narrator.integer(waitCount)
    let (sample, scale, truth, seed) = narrator.step { show in
        let seed: UInt32 = 42
        let scale = 2.0
        var random = NumPyRandom(seed: seed)
        let sample = random.exponential(scale: scale, count: count)
        let truth = 1 / scale
        for (index, wait) in sample.prefix(5).enumerated() {
            show("wait \(index + 1):", String(format: "%.8f", wait))
        }
        show("true rate: α = 1/scale =", truth)
        return (sample, scale, truth, seed)
    }
    narrator.prose("""
    In Python:

      import numpy as np
      np.random.seed(\(seed))
      x = np.random.exponential(scale=\(scale, decimals: 0), size=\(sample.count))

    scale=\(scale, decimals: 0) means a wait of \(scale, decimals: 0) minutes on average, \
    a rate of α = \(truth, decimals: 1) per minute. Mixing the two up is the classic \
    exponential mistake: ask numpy for scale=\(truth, decimals: 1) when you mean the rate \
    \(truth, decimals: 1) and your waits are \(scale / truth, decimals: 0) times too short. \
    Now estimate the rate:
    """)
    let (total, mean, estimate) = narrator.step { show in
        let total = sample.reduce(0, +)
        let mean = total / Double(sample.count)
        let estimate = maths.maximumLikelihoodEstimate(observations: sample)
        show("n = \(sample.count)   Σx = \(total, decimals: 6)")
        show("x̄ = \(mean, decimals: 6)")
        show("α̂ = 1/x̄ = \(estimate, decimals: 6) per minute")
        return (total, mean, estimate)
    }
    narrator.prose("""
    The estimate is \(estimate, decimals: 4), near the true rate \(truth, decimals: 1). \
    Reporting x̄ = \(mean, decimals: 4) as "the rate" would be off by a factor of \
    \(mean / estimate, decimals: 2): the scale and the rate are reciprocals, and only at 1 do \
    they agree. Here is the log-likelihood of the whole sample:
    """)
    let (rates, peak) = narrator.step { show in
        let rates = stride(from: 0.2, through: 1.2, by: 0.001).map { $0 }
        let values = rates.map {
            maths.logLikelihood(rate: $0, observations: sample)
        }
        let peak = values.indices.max { values[$0] < values[$1] } ?? 0
        let label = "ℓ(α) = \(sample.count) ln α − α · \(total, decimals: 2)"
        show(LinePlot(points: Array(zip(rates, values)), width: 62, height: 12,
                      xLabel: "α (per minute)", yLabel: label,
                      mark: (rates[peak], values[peak])))
        return (rates, peak)
    }
    let spacing = rates[1] - rates[0]
    narrator.claim("the grid's peak α = \(rates[peak], decimals: 3) is within half a grid step of 1/x̄",
                   abs(rates[peak] - estimate) <= spacing / 2 + 1e-12)
    narrator.prose("Does the estimate beat the true rate on these data?")
    let (atEstimate, atTruth) = narrator.step { show in
        let atEstimate = maths.logLikelihood(rate: estimate, observations: sample)
        let atTruth = maths.logLikelihood(rate: truth, observations: sample)
        show("ℓ(α̂) = \(prose: atEstimate, decimals: 4)")
        show("ℓ(\(truth)) = \(prose: atTruth, decimals: 4)")
        return (atEstimate, atTruth)
    }
    narrator.claim("ℓ(α̂) = \(prose: atEstimate, decimals: 4) is at least ℓ(\(truth, decimals: 1)) = \(prose: atTruth, decimals: 4), the log-likelihood of the true rate",
                   atEstimate >= atTruth)
    narrator.prose("""
    It does, as it must: α̂ is the best rate for this sample, and the truth is only \
    best on average over samples.
    """)
    return (sample, truth, seed)
}
