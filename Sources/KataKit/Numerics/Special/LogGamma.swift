import Foundation

/// The natural logarithm of the absolute value of the gamma function, ln |Γ(x)|, as
/// `scipy.special.gammaln`.
///
/// glibc's `lgamma_r`, which is within 2 ulps of the true value for x > 0 (measured on
/// a dense grid over 10⁻³ … 10⁶, SpecialFunctionTests), including next to ln Γ's roots
/// at 1 and 2 where scipy's cephes loses relative accuracy. It is the reentrant form:
/// plain `lgamma` writes the sign of Γ to the global `signgam`, a data race when tests
/// or katas call it from several threads.
///
/// For x ≤ 0: +∞ at the poles 0, −1, −2, … (|Γ| tends to +∞ from both sides, so ln |Γ|
/// has that limit, as scipy and C say), and glibc's value between them.
/// - Parameter x: The argument.
/// - Returns: ln |Γ(x)|; +∞ at ±∞, NaN at NaN.
public func logGamma(_ x: Double) -> Double {
    var sign: Int32 = 0
    return lgamma_r(x, &sign)
}
