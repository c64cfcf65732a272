// Kata 10.2.3 — MLE = MSE: least squares is Gaussian maximum likelihood.
//
// This is the file you edit. Each function's body is a call to `todo`, which marks it
// as not written yet: replace it with your code, one function at a time, in order.
// Then, from the package folder:
//
//   swift run kata check 10.2.3    grades your functions and names likely mistakes
//   swift run kata run 10.2.3      tells the story again, then grades
//
// The model is y = m·x + b + ε with Gaussian noise ε ~ N(0, σ²). A residual is
// rᵢ = yᵢ − (m·xᵢ + b), and RSS = Σ rᵢ². `sigma` is always the standard deviation σ.
// `import Foundation` gives you `log`, `exp`, `sqrt` and `Double.pi`.
import RegressionKata
import Foundation

struct Solution: RegressionExercises {
    /// Return the mean squared error of the line y = slope·x + intercept on the
    /// points (x[i], y[i]): RSS / n, dividing by n, the number of points.
    ///
    /// `meanSquaredError(x: [1, 2, 3, 4], y: [3, 4, 8, 9], slope: 1.5, intercept: 2)`
    /// is (0.25 + 1 + 2.25 + 1) / 4 = 1.125.
    func meanSquaredError(x: [Double], y: [Double], slope: Double, intercept: Double) -> Double {
        todo()
    }

    /// Return the negative log-likelihood of the line and the noise's standard
    /// deviation σ = `sigma` (σ itself, not σ² and not log σ):
    ///
    ///     n/2 · ln(2πσ²) + RSS / (2σ²)
    ///
    /// Both terms are added, and the constant 2π stays in. It must stay finite for
    /// 1000 points, many of them 50σ from the line, whose densities are too small for
    /// a Double: take logs by hand rather than logging densities.
    /// `negativeLogLikelihood(x: [1, 2, 3, 4], y: [3, 4, 8, 9], slope: 1.5, intercept: 2,
    /// sigma: 3)` is 2 · ln(18π) + 4.5/18 ≈ 8.3203.
    func negativeLogLikelihood(x: [Double], y: [Double], slope: Double, intercept: Double, sigma: Double) -> Double {
        todo()
    }

    /// Return the least-squares line, slope first:
    ///
    ///     m̂ = Σ(xᵢ − x̄)(yᵢ − ȳ) / Σ(xᵢ − x̄)²,   b̂ = ȳ − m̂·x̄
    ///
    /// It must stay accurate for x near 10⁶: subtract the means before multiplying
    /// (Σxᵢyᵢ − n·x̄·ȳ loses every digit there). There are at least two points, and
    /// not all x are equal. `leastSquares(x: [1, 2, 3, 4], y: [3, 4, 8, 9])` is
    /// (slope: 2.2, intercept: 0.5).
    ///
    /// One check also runs Nelder-Mead on your negativeLogLikelihood over
    /// (m, b, log σ) from (1, 1, 0), and expects it to stop within 0.001 of this line.
    func leastSquares(x: [Double], y: [Double]) -> (slope: Double, intercept: Double) {
        todo()
    }

    /// Return σ̂² = RSS / n, the maximum likelihood estimate of the noise VARIANCE
    /// (σ̂², not σ̂), where RSS is measured at the least-squares line. Divide by n,
    /// not n − 2.
    ///
    /// You may call your own `leastSquares(x:y:)` and `meanSquaredError(...)`.
    /// `noiseVariance(x: [1, 2, 3, 4], y: [3, 4, 8, 9])` is 1.8 / 4 = 0.45.
    func noiseVariance(x: [Double], y: [Double]) -> Double {
        todo()
    }
}
