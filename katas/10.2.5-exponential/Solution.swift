// Kata 10.2.5 — The exponential exercise: the rate α from observed waits.
//
// This is the file you edit. Each function's body is a call to `todo`, which marks it
// as not written yet: replace it with your code, one function at a time, in order.
// Then, from the package folder:
//
//   swift run kata check 10.2.5    grades your functions and names likely mistakes
//   swift run kata run 10.2.5      tells the story again, then grades
//
// Every `rate` is the rate α (events per unit time, mean wait 1/α), never the scale.
// `import Foundation` gives you `log`, `exp` and `sqrt`.
import ExponentialKata
import Foundation

struct Solution: ExponentialExercises {
    /// Return the log-likelihood of the rate α, n · ln α − α · Σx, for the
    /// observations x (n of them).
    ///
    /// The density is α · e^(−α·x) for x ≥ 0 (not (1/α) · e^(−α·x), which is not a
    /// density). A negative observation is impossible: return `-.infinity` if there is
    /// one. A rate of 0 or below is no distribution: return `-.infinity` for it too.
    /// `logLikelihood(rate: 1.0 / 3.0, observations: [3])` is ln(1/3) − 1 ≈ −2.0986.
    func logLikelihood(rate: Double, observations: [Double]) -> Double {
        todo()
    }

    /// Return the maximum likelihood estimate of the rate, α̂ = n / Σx = 1/x̄.
    ///
    /// The rate, not the scale x̄: `maximumLikelihoodEstimate(observations: [3])` is
    /// 1/3, and for waits averaging 2 minutes it is 0.5 per minute.
    func maximumLikelihoodEstimate(observations: [Double]) -> Double {
        todo()
    }

    /// Return the score, the derivative of the log-likelihood with respect to α:
    /// n/α − Σx, for α > 0.
    ///
    /// `score(rate: 0.5, observations: [3])` is 1/0.5 − 3 = −1: negative, since α = 0.5
    /// is above the estimate 1/3. It is 0 at the estimate.
    func score(rate: Double, observations: [Double]) -> Double {
        todo()
    }

    /// Return α after exactly `steps` Newton-Raphson steps on the score, starting from
    /// α = `start`: α ← α − score(α) / score′(α), where score′(α) = −n/α².
    ///
    /// With `steps: 0` return `start`. You may call your own
    /// `score(rate:observations:)`. Inputs: 0 < start < 2/x̄, steps ≥ 0.
    func newtonRaphson(observations: [Double], start: Double, steps: Int) -> Double {
        todo()
    }

    /// Return the standard error of the estimated rate, α̂/√n, where α̂ = 1/x̄ and n
    /// is the number of observations.
    ///
    /// It is 1/√(Fisher information n/α²) at α = α̂.
    /// `standardError(observations: [1, 2, 3, 4])` is 0.4/√4 = 0.2.
    func standardError(observations: [Double]) -> Double {
        todo()
    }
}
