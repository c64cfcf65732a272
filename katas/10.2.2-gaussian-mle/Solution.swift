// Kata 10.2.2 — Gaussian MLE: the mean and the variance.
//
// This is the file you edit. Each function's body is a call to `todo`, which marks it
// as not written yet: replace it with your code, one function at a time, in order.
// Then, from the package folder:
//
//   swift run kata check 10.2.2    grades your functions and names likely mistakes
//   swift run kata run 10.2.2      tells the story again, then grades
//
// `import Foundation` gives you `log`, `exp`, `sqrt` and `Double.pi`.
import GaussianKata
import Foundation

struct Solution: GaussianExercises {
    /// Return the mean of `data`, (x₁ + … + xₙ) / n.
    ///
    /// `mean(of: [2.1, 3.5, 2.8, 3.1, 2.9])` is 2.88. There is always at least one value.
    func mean(of data: [Double]) -> Double {
        todo()
    }

    /// Return the Gaussian log-likelihood of `data` at mean μ = `mean` and VARIANCE
    /// σ² = `variance` (σ², not σ):
    ///
    ///     −n/2 · ln(2π) − n/2 · ln σ² − Σ(xᵢ − μ)² / (2σ²)
    ///
    /// Keep the constant −n/2 · ln(2π). It must stay finite for 10,000 values and for
    /// a value 40σ from μ, whose density alone is too small for a Double.
    /// `logLikelihood(of: [2.1, 3.5, 2.8, 3.1, 2.9], mean: 2.88, variance: 0.2096)` ≈ −3.1883.
    func logLikelihood(of data: [Double], mean: Double, variance: Double) -> Double {
        todo()
    }

    /// Return the maximum likelihood estimates (μ̂, σ̂²): the mean x̄ and the VARIANCE
    /// σ̂² = Σ(xᵢ − x̄)² / n (divide by n, not n − 1; σ̂², not σ̂).
    ///
    /// `maximumLikelihoodEstimate(of: [2.1, 3.5, 2.8, 3.1, 2.9])` ≈ (2.88, 0.2096).
    /// It must stay accurate for data near 10⁹, such as the same five values plus 1e9:
    /// subtract the mean before squaring.
    func maximumLikelihoodEstimate(of data: [Double]) -> (mean: Double, variance: Double) {
        todo()
    }

    /// Return the 95% confidence interval for μ: μ̂ ± 1.96 · σ̂/√n, where σ̂ = √σ̂² is
    /// the maximum likelihood standard deviation (dividing by n) and z = 1.96.
    ///
    /// You may call your own `maximumLikelihoodEstimate(of:)`. For the 50 values of
    /// `np.random.seed(42); np.random.normal(5, 2, 50)` it is about (4.037, 5.061).
    func confidenceInterval95(of data: [Double]) -> (lower: Double, upper: Double) {
        todo()
    }
}
