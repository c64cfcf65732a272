// Kata 10.2.1 — Coin flip: 9 heads in 13 flips.
//
// This is the file you edit. Each function's body is a call to `todo`, which marks it
// as not written yet: replace it with your code, one function at a time, in order.
// Then, from the package folder:
//
//   swift run kata check 10.2.1    grades your functions and names likely mistakes
//   swift run kata run 10.2.1      tells the story again, then grades
//
// `import Foundation` gives you `pow`, `log` and `exp`.
import CoinFlipKata
import Foundation

struct Solution: CoinFlipExercises {
    /// Return how many heads and how many tails `flips` records.
    ///
    /// `"H"` and `"h"` are heads, `"T"` and `"t"` are tails, and every other character
    /// (spaces, commas, new lines) is skipped: `"HHT ht"` → `(heads: 3, tails: 2)`,
    /// and `""` → `(heads: 0, tails: 0)`.
    func countFlips(_ flips: String) -> (heads: Int, tails: Int) {
        todo()
    }

    /// Return the likelihood θ^heads · (1 − θ)^tails, where `theta` is the probability
    /// of heads (0 ≤ θ ≤ 1).
    ///
    /// It is the probability of one particular sequence, so no binomial coefficient.
    /// Use 0⁰ = 1: `likelihood(theta: 0, heads: 0, tails: 5)` is 1, and
    /// `likelihood(theta: 0.5, heads: 9, tails: 4)` is 0.5¹³ ≈ 0.000122.
    func likelihood(theta: Double, heads: Int, tails: Int) -> Double {
        todo()
    }

    /// Return the natural log of the likelihood, heads · ln θ + tails · ln(1 − θ).
    ///
    /// It must stay finite for millions of flips (heads: 8_675_309 is tested).
    /// A term whose count is 0 is 0, even where its log is −∞ (0 · ln 0 = 0), so
    /// `logLikelihood(theta: 0, heads: 0, tails: 7)` is 0, never NaN. Data that θ makes
    /// impossible give −∞: `logLikelihood(theta: 0, heads: 3, tails: 2)` is `-.infinity`.
    func logLikelihood(theta: Double, heads: Int, tails: Int) -> Double {
        todo()
    }

    /// Return the maximum likelihood estimate of θ, heads / (heads + tails), as a Double
    /// in 0...1.
    ///
    /// `maximumLikelihoodEstimate(heads: 9, tails: 4)` ≈ 0.6923; 0 heads give 0,
    /// 0 tails give 1. There is always at least one flip.
    func maximumLikelihoodEstimate(heads: Int, tails: Int) -> Double {
        todo()
    }

    /// Return the derivative with respect to θ of the NEGATIVE log-likelihood,
    /// −heads / θ + tails / (1 − θ), for 0 < θ < 1.
    ///
    /// It is negative below the estimate (raising θ lowers the loss), zero at it and
    /// positive above: `negativeLogLikelihoodGradient(theta: 0.5, heads: 9, tails: 4)`
    /// is −10.
    func negativeLogLikelihoodGradient(theta: Double, heads: Int, tails: Int) -> Double {
        todo()
    }

    /// Return θ after exactly `steps` steps of gradient descent on the negative
    /// log-likelihood, θ ← θ − learningRate · gradient(θ), starting from θ = `start`.
    ///
    /// With `steps: 0` return `start`. You may call your own
    /// `negativeLogLikelihoodGradient(theta:heads:tails:)`. Inputs: heads, tails ≥ 1,
    /// 0 < start < 1, learningRate > 0.
    func gradientDescent(heads: Int, tails: Int, start: Double, learningRate: Double, steps: Int) -> Double {
        todo()
    }
}
