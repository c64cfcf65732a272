import Foundation

/// The binomial probability mass P(K = k) = C(n, k) pᵏ (1 − p)ⁿ⁻ᵏ for K ~ Binomial(n, p), as
/// `scipy.stats.binom.pmf`, computed through logs so that large n neither overflow nor underflow.
/// - Parameters:
///   - k: The number of successes, in 0 … n.
///   - n: The number of trials.
///   - p: The probability of a success, in 0 … 1.
/// - Returns: The probability; 0 for a k outside 0 … n; exactly 1 at k = 0 when p = 0 and at
///   k = n when p = 1, where 0 · ln 0 counts as 0.
public func binomialProbability(_ k: Int, of n: Int, p: Double) -> Double {
    guard (0...max(0, n)).contains(k) else { return 0 }
    let logChoose = logGamma(Double(n) + 1) - logGamma(Double(k) + 1) - logGamma(Double(n - k) + 1)
    let (successes, failures) = (Double(k), Double(n - k))
    let logPower = (successes == 0 ? 0 : successes * log(p)) + (failures == 0 ? 0 : failures * log1p(-p))
    return exp(logChoose + logPower)
}
