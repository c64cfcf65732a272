import Foundation
import KataKit

/// The mistakes the checks recognise, each built for the inputs of one call, since
/// what a mistake looks like depends on the arguments that were passed.
///
/// Each is tried only after a check has failed, in the order a check lists them.
enum GammaMistakes: MistakeCatalogue {
    // MARK: - logLikelihood

    /// Ways to get the log-likelihood of (`shape`, `rate`) for `observations` wrong.
    static func logLikelihoodMistakes(shape: Double, rate: Double, observations: [Double]) -> [Mistake<Double>] {
        let n = Double(observations.count)
        let sum = observations.reduce(0, +)
        let sumOfLogs = observations.reduce(0) { $0 + log($1) }
        let hasNegative = observations.contains { $0 < 0 }
        let possible = shape > 0 && rate > 0 && !hasNegative
        let right = possible ? n * (shape * log(rate) - logGamma(shape)) + (shape - 1) * sumOfLogs - rate * sum : -.infinity
        // What taking logs too late returns here: ±∞ or NaN only where Γ(α) or the product overflows or underflows.
        let logOfProduct = log(observations.reduce(1.0) { $0 * pow(rate, shape) * pow($1, shape - 1) * exp(-rate * $1) / tgamma(shape) })
        let logOfGamma = log(tgamma(shape))
        return [
            Mistake("treated the rate as a scale",
                    explanation: "This is the log-likelihood with β as the scale, numpy's `scale=`: −α·ln β − x/β per observation. Here β is the rate: the density is β^α·x^(α−1)·e^(−βx)/Γ(α), so each term is α·ln β − ln Γ(α) + (α − 1)·ln x − β·x.") { actual, _ in
                possible && rate != 1 && agreeFinite(actual, -n * (shape * log(rate) + logGamma(shape)) + (shape - 1) * sumOfLogs - sum / rate)
            },
            Mistake("dropped −ln Γ(α)",
                    explanation: "The normalising constant 1/Γ(α) depends on α, so its log, −ln Γ(α) per observation, belongs in the log-likelihood: without it the value is wrong and so is the best α (only the best β for a given α survives). Subtract `n * logGamma(shape)`.") { actual, _ in
                possible && logGamma(shape) != 0 && agreeFinite(actual, right + n * logGamma(shape))
            },
            Mistake("Γ(α) where ln Γ(α) is meant",
                    explanation: "Each observation contributes −ln Γ(α), the log of the constant 1/Γ(α), not −Γ(α). Use `logGamma(shape)`.") { actual, _ in
                possible && agreeFinite(actual, right + n * logGamma(shape) - n * tgamma(shape))
            },
            Mistake("dropped the −ln x of (α − 1)·ln x",
                    explanation: "x^(α−1) logs to (α − 1)·ln x: this is α·ln x. The missing −Σ ln x does not depend on α or β, so the maximum stays where it is, but the value is not the log-likelihood, and values are what get compared across models.") { actual, _ in
                possible && sumOfLogs != 0 && agreeFinite(actual, right + sumOfLogs)
            },
            Mistake("dropped (α − 1)·ln x",
                    explanation: "The density has the factor x^(α−1), whose log (α − 1)·ln x is the only term that ties the shape to the data's logs. Add `(shape - 1) * Σ ln x`.") { actual, _ in
                possible && shape != 1 && sumOfLogs != 0 && agreeFinite(actual, right - (shape - 1) * sumOfLogs)
            },
            Mistake("Γ(α) overflowed: use logGamma",
                    explanation: "Γ(α) passes the largest Double (about 1.8e308) from α ≈ 171.6, so ln(Γ(α)) is ∞ there. KataKit's `logGamma(shape)` computes ln Γ(α) without ever forming Γ(α).") { actual, expected in
                expected.isFinite && !actual.isFinite && !logOfGamma.isFinite
            },
            Mistake("log taken after underflow",
                    explanation: "Multiplying thousands of densities gives 0 (or ∞) in a Double before the log is taken. Add the logs instead: ln of a product is the sum of the lns, each α·ln β − ln Γ(α) + (α − 1)·ln x − β·x.") { actual, expected in
                expected.isFinite && !actual.isFinite && !logOfProduct.isFinite
            },
            Mistake("the mean, not the sum",
                    explanation: "This is the log-likelihood divided by the number of observations. The log-likelihood adds one term per observation, with no division by n.") { actual, expected in
                n > 1 && expected.isFinite && expected != 0 && agreeFinite(actual, expected / n)
            },
            Mistake("used only the first observation",
                    explanation: "This is the log density of the first observation alone. The likelihood multiplies the densities of all of them, so its log adds one term per observation.") { actual, _ in
                possible && n > 1 && agreeFinite(actual, shape * log(rate) - logGamma(shape) + (shape - 1) * log(observations[0]) - rate * observations[0])
            },
            Mistake("log base 10",
                    explanation: "Use the natural log, `log` in Swift (`log10` is base 10).") { actual, expected in
                expected.isFinite && expected != 0 && agreeFinite(actual, expected / M_LN10)
            },
            Mistake("finite for a negative observation",
                    explanation: "A Gamma variable is never negative: the density is 0 there, so one negative observation makes the likelihood 0 and its log −∞. Check `observations.contains { $0 < 0 }` first and return `-.infinity`.") { actual, expected in
                hasNegative && expected == -.infinity && !actual.isNaN && actual != -.infinity
            },
            Mistake("NaN for a negative observation",
                    explanation: "ln x is NaN for x < 0. A Gamma variable is never negative, so a negative observation makes the likelihood 0: check `observations.contains { $0 < 0 }` first and return `-.infinity`.") { actual, expected in
                hasNegative && shape > 0 && rate > 0 && expected == -.infinity && actual.isNaN
            },
            Mistake("NaN for a shape or rate of 0 or below",
                    explanation: "ln β is NaN for β < 0, and ln Γ(α) is not the Gamma's constant for α ≤ 0. No Gamma distribution has a shape or rate ≤ 0, so no data are possible under it: return `-.infinity` when `shape <= 0 || rate <= 0`, before taking any log.") { actual, _ in
                (shape <= 0 || rate <= 0) && actual.isNaN
            },
            Mistake("finite for a shape or rate of 0 or below",
                    explanation: "No Gamma distribution has a shape or rate ≤ 0, so the log-likelihood there is −∞, not a number. Return `-.infinity` when `shape <= 0 || rate <= 0`.") { actual, expected in
                (shape <= 0 || rate <= 0) && expected == -.infinity && actual != -.infinity
            },
        ]
    }

    // MARK: - methodOfMomentsStart

    /// Ways to get the method-of-moments start wrong for `observations`, recognised from
    /// the learner's whole answer `yours`, shape and rate together.
    static func startMistakes(observations: [Double], yours: (shape: Double, rate: Double)) -> [Mistake<Double>] {
        let n = Double(observations.count)
        let mean = observations.reduce(0, +) / n
        let squares = observations.reduce(0) { $0 + ($1 - mean) * ($1 - mean) }
        let variance = squares / n
        let unbiased = squares / (n - 1)
        let right = (shape: mean * mean / variance, rate: mean / variance)
        @Sendable func gave(_ shape: Double, _ rate: Double) -> Bool {
            agreeFinite(yours.shape, shape) && agreeFinite(yours.rate, rate) && !(agree(right.shape, shape) && agree(right.rate, rate))
        }
        // Data far from zero, where Σx²/n − x̄² keeps few of the variance's digits.
        let farFromZero = mean * mean > 1e8 * variance
        return [
            Mistake("the unbiased variance 1/(n − 1)",
                    explanation: "This start uses s² = Σ(xᵢ − x̄)²/(n − 1). The exercise (and np.var, which the tutorial calls) divides by n: s² = (1/n)·Σ(xᵢ − x̄)².") { _, _ in
                n > 1 && gave(mean * mean / unbiased, mean / unbiased)
            },
            Mistake("the scale s²/x̄, not the rate x̄/s²",
                    explanation: "s²/x̄ is the scale θ = 1/β that numpy's gamma(scale=…) takes. The rate is its reciprocal: β₀ = x̄/s², so that the mean α/β is x̄.") { _, _ in
                gave(right.shape, variance / mean)
            },
            Mistake("the shape and the rate swapped",
                    explanation: "x̄/s² is the rate β₀ and x̄²/s² the shape α₀: return (shape: x̄²/s², rate: x̄/s²).") { _, _ in
                gave(right.rate, right.shape)
            },
            Mistake("the standard deviation s where s² is meant",
                    explanation: "The Gamma's variance is α/β², so the moments give α₀ = x̄²/s² and β₀ = x̄/s² with s² the variance, not its square root.") { _, _ in
                gave(mean * mean / variance.squareRoot(), mean / variance.squareRoot())
            },
            Mistake("the variance lost to cancellation",
                    explanation: "On data far from 0, Σx²/n and x̄² agree in almost every digit, and their difference keeps only the last few: here the variance is off in its leading digits. Compute x̄ first, then (1/n)·Σ(xᵢ − x̄)² (two passes), or use Welford's update.") { actual, expected in
                farFromZero && actual.isFinite && abs(actual - expected) < 0.5 * abs(expected)
            },
        ]
    }
}
