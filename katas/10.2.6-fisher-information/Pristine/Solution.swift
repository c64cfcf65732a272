// Kata 10.2.6 — Fisher information and the Cramér–Rao bound.
//
// This is the file you edit. Each function's body is a call to `todo`, which marks it
// as not written yet: replace it with your code, one function at a time, in order.
// Then, from the package folder:
//
//   swift run kata check 10.2.6    grades your functions and names likely mistakes
//   swift run kata run 10.2.6      tells the story again, then grades
//
// Every `mean` is the Poisson mean λ, the expected count per window.
// `import Foundation` gives you `log`, `exp` and `sqrt`; KataKit gives you
// `logGamma(_:)` (ln Γ, so ln k! is `logGamma(Double(k) + 1)`) and `normalQuantile(_:)`.
import FisherInformationKata
import Foundation

struct Solution: FisherInformationExercises {
    /// Return the Poisson log-likelihood of the mean λ: the sum over the counts k of
    /// k · ln λ − λ − ln k!.
    ///
    /// Keep the −ln k! term, and never compute k! itself (171! is ∞ in Double).
    /// `logLikelihood(mean: 3, counts: [2])` is 2 · ln 3 − 3 − ln 2 ≈ −1.4959.
    func logLikelihood(mean: Double, counts: [Int]) -> Double {
        todo()
    }

    /// Return the maximum likelihood estimate of the mean, λ̂ = Σk / n, the mean count.
    ///
    /// `maximumLikelihoodEstimate(counts: [1, 2, 4, 4])` is 11/4 = 2.75.
    func maximumLikelihoodEstimate(counts: [Int]) -> Double {
        todo()
    }

    /// Return the Fisher information about λ in `count` Poisson observations, n/λ.
    ///
    /// `fisherInformation(mean: 3, count: 50)` is 50/3 ≈ 16.667.
    func fisherInformation(mean: Double, count: Int) -> Double {
        todo()
    }

    /// Return the observed information −ℓ″(θ) of `logLikelihood` at θ = `estimate`, by
    /// the central difference −(ℓ(θ + h) − 2ℓ(θ) + ℓ(θ − h)) / h².
    ///
    /// Take the step h = 1e-4 · max(1, |θ|): much smaller and rounding wins, much
    /// larger and the bend is blurred. For ℓ(θ) = −θ² it is 2 at any θ.
    func observedInformation(of logLikelihood: (Double) -> Double, at estimate: Double) -> Double {
        todo()
    }

    /// Return the 95% Wald interval (θ̂ − z · SE, θ̂ + z · SE), with SE = 1/√I and
    /// z = `normalQuantile(0.975)` ≈ 1.96.
    ///
    /// `waldInterval(estimate: 5.1, observedInformation: 25)` is about (4.708, 5.492).
    func waldInterval(estimate: Double, observedInformation: Double) -> (lower: Double, upper: Double) {
        todo()
    }

    /// Return the share of `trials` simulated samples whose interval contains `truth`
    /// (ends included): call `sample()` once per trial, build its interval with
    /// `interval(_:)`, and count it when lower ≤ truth ≤ upper.
    func coverage(trials: Int, truth: Double, sample: () -> [Double],
                  interval: ([Double]) -> (lower: Double, upper: Double)) -> Double {
        todo()
    }
}
