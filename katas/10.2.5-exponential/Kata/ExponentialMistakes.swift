import Foundation
import KataKit

/// The mistakes the checks recognise, each built for the inputs of one call, since
/// what a mistake looks like depends on the rate and observations that were passed.
///
/// Each is tried only after a check has failed, in the order a check lists them.
enum ExponentialMistakes: MistakeCatalogue {
    // MARK: - logLikelihood

    /// Ways to get the log-likelihood of `rate` for `observations` wrong.
    static func logLikelihoodMistakes(rate: Double, observations: [Double]) -> [Mistake<Double>] {
        let n = Double(observations.count)
        let sum = observations.reduce(0, +)
        let hasNegative = observations.contains { $0 < 0 }
        // What the two ways of taking the log too late return here: −∞ only where they underflow.
        let logOfProduct = log(observations.reduce(1.0) { $0 * rate * exp(-rate * $1) })
        let logOfEachDensity = observations.reduce(0.0) { $0 + log(rate * exp(-rate * $1)) }
        return [
            Mistake("the non-normalised density (1/α)·e^(−αx)",
                    explanation: "This is −n·ln α − α·Σx, the log of (1/α)·e^(−αx). That curve is not a density: its area is 1/α², not 1, so maximising it drives α to 0. The density is α·e^(−αx), whose log is ln α − α·x.") { actual, _ in
                rate > 0 && rate != 1 && agreeFinite(actual, -n * log(rate) - rate * sum)
            },
            Mistake("treated the rate as a scale",
                    explanation: "This is −n·ln α − Σx/α, the log-likelihood if α were the scale (the mean wait), as in numpy's exponential(scale=…). Here α is the rate: the density is α·e^(−αx), so ℓ(α) = n·ln α − α·Σx.") { actual, _ in
                rate > 0 && rate != 1 && agreeFinite(actual, -n * log(rate) - sum / rate)
            },
            Mistake("finite for a negative observation",
                    explanation: "A wait cannot be negative: the density is 0 for x < 0, so one negative observation makes the likelihood 0 and its log −∞. Check `observations.contains { $0 < 0 }` first and return `-.infinity`.") { actual, expected in
                hasNegative && expected == -.infinity && !actual.isNaN && actual != -.infinity
            },
            Mistake("NaN for a rate of 0 or below",
                    explanation: "ln α is NaN for α < 0. No exponential distribution has a rate ≤ 0, so no data are possible under it: return `-.infinity` when `rate <= 0`, before taking any log.") { actual, _ in
                rate <= 0 && actual.isNaN
            },
            Mistake("finite for a rate of 0 or below",
                    explanation: "No exponential distribution has a rate ≤ 0, so the log-likelihood there is −∞, not a number. Don't clamp the rate: return `-.infinity` when `rate <= 0`.") { actual, expected in
                rate <= 0 && expected == -.infinity && actual != -.infinity
            },
            Mistake("a wait of 0 called impossible",
                    explanation: "A wait of exactly 0 is possible: the density α·e^(−α·0) = α is positive there, so it adds ln α to the log-likelihood. Only a negative wait is impossible: test `$0 < 0`, not `$0 <= 0`.") { actual, expected in
                expected.isFinite && actual == -.infinity && observations.contains(0) && rate > 0
            },
            Mistake("log taken after underflow",
                    explanation: "Something underflowed to 0 before its log was taken, and ln 0 = −∞: either the product of many densities (below 5e-324) or one density far in the tail (e^(−800) is 0 in Double). Take logs by hand first: ln(α·e^(−αx)) = ln α − α·x, so the sum is n·ln α − α·Σx, a modest number.") { actual, expected in
                expected.isFinite && actual == -.infinity && (logOfProduct == -.infinity || logOfEachDensity == -.infinity)
            },
            Mistake("the mean, not the sum",
                    explanation: "This is the log-likelihood divided by the number of observations. The log-likelihood adds one term per observation: n·ln α − α·Σx, with no division by n.") { actual, expected in
                n > 1 && expected != 0 && agreeFinite(actual, expected / n)
            },
            Mistake("used only the first observation",
                    explanation: "This is ln α − α·x for the first observation alone. The likelihood multiplies the densities of all the observations, so the log adds one ln α − α·x per observation.") { actual, _ in
                n > 1 && agreeFinite(actual, log(rate) - rate * observations[0])
            },
            Mistake("log base 10",
                    explanation: "Use the natural log, `log` in Swift (`log10` is base 10).") { actual, expected in
                expected.isFinite && expected != 0 && agreeFinite(actual, expected / M_LN10)
            },
            Mistake("returned the likelihood, not its log",
                    explanation: "This is the product of the densities itself. The exercise asks for its natural log, n·ln α − α·Σx.") { actual, expected in
                expected.isFinite && expected != 0 && agree(actual, exp(expected))
            },
        ]
    }

    // MARK: - maximumLikelihoodEstimate

    /// Ways to get the estimate of the rate wrong for `observations`.
    static func estimateMistakes(observations: [Double]) -> [Mistake<Double>] {
        let n = Double(observations.count)
        let sum = observations.reduce(0, +)
        let meanOfReciprocals = observations.reduce(0) { $0 + 1 / $1 } / n
        return [
            Mistake("the scale x̄, not the rate 1/x̄",
                    explanation: "x̄ is the mean wait, the scale β = 1/α that numpy's exponential(scale=…) takes. The rate is events per unit time, its reciprocal: α̂ = n / Σx = 1/x̄.") { actual, expected in
                !agree(expected, sum / n) && agree(actual, sum / n)
            },
            Mistake("hard-coded the single wait x = 3",
                    explanation: "1/3 is the estimate for the story's one observation x = 3, but this call passed other waits. Compute from `observations`: n / Σx.") { actual, expected in
                !agree(expected, 1.0 / 3.0) && agree(actual, 1.0 / 3.0)
            },
            Mistake("(n − 1)/Σx, not n/Σx",
                    explanation: "(n − 1)/Σx is an unbiased estimator of α, but it is not the maximum likelihood estimate. Setting the score n/α − Σx to zero gives α̂ = n/Σx.") { actual, _ in
                agree(actual, (n - 1) / sum)
            },
            Mistake("the mean of 1/x, not 1/x̄",
                    explanation: "The average of the reciprocals is not the reciprocal of the average. Add the waits first, then divide: α̂ = n / Σx.") { actual, expected in
                !agree(expected, meanOfReciprocals) && agreeFinite(actual, meanOfReciprocals)
            },
        ]
    }
}
