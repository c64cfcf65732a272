@_exported import KataKit

/// The exercises of kata 10.2.3: what your `Solution` in `Solution.swift` must provide.
///
/// Points (xᵢ, yᵢ) scatter around a straight line: yᵢ = m·xᵢ + b + εᵢ, where the noise
/// εᵢ is Gaussian, N(0, σ²). You will write the mean squared error of a line, the
/// negative log-likelihood of a line and a noise level, the least-squares line in
/// closed form, and the maximum likelihood estimate of the noise variance. Along the
/// way you will see that the line which minimises the one minimises the other.
///
/// Throughout, m is the slope, b the intercept (the line's value at x = 0), and a
/// residual is rᵢ = yᵢ − (m·xᵢ + b): the data minus the line.
public protocol RegressionExercises {
    /// The mean squared error of the line y = m·x + b on the data: (1/n)·Σ rᵢ², with
    /// rᵢ = yᵢ − (m·xᵢ + b), dividing by n, the number of points.
    /// - Parameters:
    ///   - x: The inputs x₁ … xₙ; at least one.
    ///   - y: The outputs, one per input.
    ///   - slope: The line's slope m.
    ///   - intercept: The line's intercept b.
    /// - Returns: The mean of the squared residuals.
    func meanSquaredError(x: [Double], y: [Double], slope: Double, intercept: Double) -> Double

    /// The negative log-likelihood of the line y = m·x + b with Gaussian noise of
    /// standard deviation σ (sigma is σ itself, not σ² and not log σ):
    /// n/2 · ln(2πσ²) + Σ rᵢ² / (2σ²), with rᵢ = yᵢ − (m·xᵢ + b).
    ///
    /// It is −Σ ln N(yᵢ; m·xᵢ + b, σ²), the constant n/2 · ln(2π) included, and stays
    /// finite for thousands of points far from the line.
    /// - Parameters:
    ///   - x: The inputs; at least one.
    ///   - y: The outputs, one per input.
    ///   - slope: The line's slope m.
    ///   - intercept: The line's intercept b.
    ///   - sigma: The noise's standard deviation σ, greater than 0.
    /// - Returns: The negative log-likelihood, a loss to minimise.
    func negativeLogLikelihood(x: [Double], y: [Double], slope: Double, intercept: Double, sigma: Double) -> Double

    /// The least-squares line in closed form, which is the maximum likelihood line:
    /// m̂ = Σ(xᵢ − x̄)(yᵢ − ȳ) / Σ(xᵢ − x̄)² and b̂ = ȳ − m̂·x̄.
    ///
    /// Accurate for x far from zero (x near 10⁶ is tested): subtract the means before
    /// multiplying, rather than computing Σxᵢyᵢ − n·x̄·ȳ.
    /// - Parameters:
    ///   - x: The inputs; at least two, not all equal.
    ///   - y: The outputs, one per input.
    /// - Returns: The slope m̂ and the intercept b̂, in that order.
    func leastSquares(x: [Double], y: [Double]) -> (slope: Double, intercept: Double)

    /// The maximum likelihood estimate of the noise variance: σ̂² = RSS/n, where RSS is
    /// the residual sum of squares at the least-squares line, divided by n (not n − 2).
    ///
    /// It is the mean squared error of the least-squares line. You may call your own
    /// `leastSquares(x:y:)` and `meanSquaredError(x:y:slope:intercept:)`.
    /// - Parameters:
    ///   - x: The inputs; at least two, not all equal.
    ///   - y: The outputs, one per input.
    /// - Returns: σ̂², the estimated variance of the noise (not its standard deviation).
    func noiseVariance(x: [Double], y: [Double]) -> Double
}
