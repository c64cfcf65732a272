import Foundation

/// The standard normal distribution's quantile function Φ⁻¹(p), the z with Φ(z) = p, as
/// `scipy.stats.norm.ppf`: `normalQuantile(0.975)` is the 1.95996… of a 95 % interval.
///
/// Acklam's rational approximation (relative error below 1.2·10⁻⁹), refined by one
/// Halley step on ``normalCDF(_:)``, which leaves it within 2 ulps of the true value for
/// p from 10⁻³⁰⁰ to 1 − 10⁻¹⁶ (SpecialFunctionTests). Above ½ it returns −Φ⁻¹(1 − p),
/// since 1 − p is exact there; near ½ the step's residual is Φ(z) − ½ = ½ erf(z/√2) − (p − ½),
/// both sides exact or nearly, so tiny z keep their relative accuracy too.
///
/// For p = 0.975 it gives 1.9599639845400538, the double nearest Φ⁻¹ of the double
/// 0.975; scipy's `ndtri` gives 1.959963984540054, 0.87 ulp from it (both print as
/// 1.959963984540054 to 16 digits).
/// - Parameter p: A probability.
/// - Returns: Φ⁻¹(p); −∞ at 0, +∞ at 1, NaN outside 0 … 1 and at NaN.
public func normalQuantile(_ p: Double) -> Double {
    guard p >= 0 && p <= 1 else { return .nan }
    if p == 0 { return -.infinity }
    if p == 1 { return .infinity }
    return p > 0.5 ? -lowerNormalQuantile(1 - p) : lowerNormalQuantile(p)
}

/// Φ⁻¹(p) for 0 < p ≤ ½.
private func lowerNormalQuantile(_ p: Double) -> Double {
    let z = acklamQuantile(p)
    let residual = p < 0.25
        ? normalCDF(z) - p
        : 0.5 * erf(z * halfSquareRoot.high) - (p - 0.5)
    let density = exp(-0.5 * z * z) / (2 * Double.pi).squareRoot()
    // Past z ≈ −38.5 the density underflows; Acklam's value is then as good as it gets.
    guard density > 0 else { return z }
    let step = residual / density
    return z - step / (1 + z * step / 2)
}

/// Peter Acklam's approximation (2003) for 0 < p ≤ ½: a rational function of p − ½ in
/// the centre and of √(−2 ln p) in the tail below 0.02425.
private func acklamQuantile(_ p: Double) -> Double {
    let a = [-3.969683028665376e+01, 2.209460984245205e+02, -2.759285104469687e+02,
             1.383577518672690e+02, -3.066479806614716e+01, 2.506628277459239e+00]
    let b = [-5.447609879822406e+01, 1.615858368580409e+02, -1.556989798598866e+02,
             6.680131188771972e+01, -1.328068155288572e+01]
    let c = [-7.784894002430293e-03, -3.223964580411365e-01, -2.400758277161838e+00,
             -2.549732539343734e+00, 4.374664141464968e+00, 2.938163982698783e+00]
    let d = [7.784695709041462e-03, 3.224671290700398e-01, 2.445134137142996e+00,
             3.754408661907416e+00]
    if p < 0.02425 {
        let q = (-2 * log(p)).squareRoot()
        return horner(c, q) / (horner(d, q) * q + 1)
    }
    let q = p - 0.5
    let r = q * q
    return horner(a, r) * q / (horner(b, r) * r + 1)
}

/// c₀xⁿ⁻¹ + c₁xⁿ⁻² + … + cₙ₋₁, highest power first as Acklam lists them.
private func horner(_ coefficients: [Double], _ x: Double) -> Double {
    coefficients.reduce(0.0) { $0 * x + $1 }
}
