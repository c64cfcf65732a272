@_exported import KataKit

/// The exercises of kata 10.2.2: what your `Solution` in `Solution.swift` must provide.
///
/// Measurements scatter around an unknown centre μ with an unknown spread σ, as a
/// Gaussian N(μ, σ²). From the measurements you will compute their mean, write down
/// how likely they are for any (μ, σ²), find the (μ, σ²) that makes them most likely,
/// and say how far the estimate of μ can be trusted.
public protocol GaussianExercises {
    /// The mean of the data, (x₁ + … + xₙ) / n.
    /// - Parameter data: The measurements; at least one.
    /// - Returns: Their arithmetic mean.
    func mean(of data: [Double]) -> Double

    /// The Gaussian log-likelihood of the data at mean μ and VARIANCE σ² (not σ):
    /// −n/2 · ln(2π) − n/2 · ln σ² − Σ(xᵢ − μ)² / (2σ²).
    ///
    /// The sum of ln N(xᵢ; μ, σ²) over the data, the natural log of the product of
    /// the densities, finite even for many thousands of points.
    /// - Parameters:
    ///   - data: The measurements; at least one.
    ///   - mean: The mean μ.
    ///   - variance: The variance σ², greater than 0.
    /// - Returns: The log-likelihood.
    func logLikelihood(of data: [Double], mean: Double, variance: Double) -> Double

    /// The maximum likelihood estimates of the mean and the VARIANCE:
    /// μ̂ = x̄ and σ̂² = (1/n) Σ(xᵢ − x̄)², dividing by n, not n − 1.
    ///
    /// Accurate for data far from zero (values near 10⁹ are tested): subtract the
    /// mean before squaring (two passes, or Welford's running update) rather than
    /// computing Σxᵢ²/n − x̄².
    /// - Parameter data: The measurements; at least one.
    /// - Returns: μ̂ and σ̂².
    func maximumLikelihoodEstimate(of data: [Double]) -> (mean: Double, variance: Double)

    /// The 95% confidence interval for the mean μ: μ̂ ± 1.96 · σ̂/√n, where σ̂ is the
    /// square root of the maximum likelihood variance (1/n) and 1.96 is the z value
    /// of a two-sided 95% interval.
    ///
    /// σ̂/√n is the standard error of μ̂, the square root of the inverse Fisher
    /// information n/σ² with σ̂ in place of σ.
    /// - Parameter data: The measurements; at least one.
    /// - Returns: The lower and the upper end.
    func confidenceInterval95(of data: [Double]) -> (lower: Double, upper: Double)
}
