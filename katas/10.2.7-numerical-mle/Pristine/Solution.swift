// Kata 10.2.7 — When calculus fails: numerical maximum likelihood.
//
// This is the file you edit. Each function's body is a call to `todo`, which marks it
// as not written yet: replace it with your code, one function at a time, in order.
// Then, from the package folder:
//
//   swift run kata check 10.2.7    grades your functions and names likely mistakes
//   swift run kata run 10.2.7      tells the story again, then grades
//
// Every `rate` is the rate β of Gamma(α, β) (the density has e^(−βx)), never the scale
// 1/β that numpy's gamma(scale=…) takes. KataKit gives you `logGamma(_:)` (ln Γ),
// `digamma(_:)` (ψ) and `trigamma(_:)` (ψ′); `import Foundation` gives `log` and `exp`.
import GammaKata
import Foundation

struct Solution: GammaExercises {
    /// Return the log-likelihood of shape α and rate β: the sum over the observations of
    /// α·ln β − ln Γ(α) + (α − 1)·ln x − β·x.
    ///
    /// ln Γ(α) is `logGamma(shape)`. Return `-.infinity` if any observation is negative,
    /// or if the shape or the rate is 0 or below.
    /// `logLikelihood(shape: 3, rate: 0.5, observations: [5])` is
    /// 3·ln 0.5 − ln 2 + 2·ln 5 − 2.5 ≈ −2.0537.
    func logLikelihood(shape: Double, rate: Double, observations: [Double]) -> Double {
        todo()
    }

    /// Return the method-of-moments start (α₀, β₀) = (x̄²/s², x̄/s²), where x̄ is the
    /// mean and s² = (1/n)·Σ(xᵢ − x̄)² the variance with 1/n, as np.var computes it.
    ///
    /// `methodOfMomentsStart(observations: [1, 2, 3, 4])` is (5, 2): x̄ = 2.5, s² = 1.25.
    func methodOfMomentsStart(observations: [Double]) -> (shape: Double, rate: Double) {
        todo()
    }

    /// Return the profile score, the slope in α of the log-likelihood with β = α/x̄:
    /// n·(ln α − ψ(α) − ln x̄ + mean(ln x)), where ψ is `digamma`.
    ///
    /// It is positive below the estimate α̂, zero at it, negative above.
    func profileScore(shape: Double, observations: [Double]) -> Double {
        todo()
    }

    /// Return (α, steps taken) after Newton-Raphson on the profile score from `start`:
    /// α ← α − score(α)/score′(α), with score′(α) = n·(1/α − ψ′(α)), ψ′ = `trigamma`.
    ///
    /// Stop after the first step with |step| ≤ tolerance·|α| (α after the step), or
    /// once `maxIterations` steps have been taken. With `maxIterations: 0`, return
    /// (start, 0). You may call your own `profileScore(shape:observations:)`.
    func newtonRaphson(observations: [Double], start: Double, tolerance: Double,
                       maxIterations: Int) -> (shape: Double, iterations: Int) {
        todo()
    }

    /// Return the best local maximum of the Cauchy location's log-likelihood over the
    /// starts: climb from each start with `cauchyLocalMaximum(from:observations:)` and
    /// keep the top with the largest `cauchyLogLikelihood(location:observations:)`.
    ///
    /// Return the location θ (the first of equal tops), not its log-likelihood.
    func multiStartMaximum(observations: [Double], starts: [Double]) -> Double {
        todo()
    }
}
