import Foundation

/// The standard normal distribution's cumulative distribution function Φ(z) = P(Z ≤ z),
/// as `scipy.stats.norm.cdf`.
///
/// Φ(z) = ½ erfc(−z/√2), with erfc so that the lower tail keeps its relative accuracy
/// down to Φ ≈ 10⁻³⁰⁰. Rounding −z/√2 alone would cost about 2u² · 2⁻⁵³ in relative
/// terms (over a thousand ulps near z = −37, where scipy's `ndtr` loses them); the
/// rounding error is recovered with a fused multiply-add and corrected for to first
/// order, which leaves Φ within 2 ulps of the true value (SpecialFunctionTests).
/// - Parameter z: The standard score (x − μ)/σ.
/// - Returns: Φ(z) in 0 … 1; 0 at −∞, 1 at +∞, NaN at NaN.
public func normalCDF(_ z: Double) -> Double {
    // The correction below would be ∞ − ∞ here.
    if z.isInfinite { return z > 0 ? 1 : 0 }
    let u = -z * halfSquareRoot.high
    // The exact −z/√2 is u + error: the product's rounding plus the constant's.
    let error = (-u).addingProduct(-z, halfSquareRoot.high) + -z * halfSquareRoot.low
    // erfc(u + error) ≈ erfc(u) − error · (2/√π) e^(−u²).
    let slope = 2 / Double.pi.squareRoot() * exp(-u * u)
    return 0.5 * (erfc(u) - error * slope)
}

/// 1/√2 as a double and the double nearest the remainder: one Newton step from the
/// correctly rounded square root of ½.
let halfSquareRoot: (high: Double, low: Double) = {
    let high = (0.5).squareRoot()
    return (high, (0.5).addingProduct(-high, high) / (2 * high))
}()
