@_exported import KataKit

/// The exercises of kata 10.2.1: what your `Solution` in `Solution.swift` must provide.
///
/// A coin lands heads with an unknown probability θ. From a record of flips you will
/// count, write down how likely the record is for each θ, find the θ that makes it
/// most likely in closed form, and then find it again by walking downhill on the
/// negative log-likelihood.
public protocol CoinFlipExercises {
    /// Counts the heads and tails in a record of flips such as `"HHT ht"`.
    ///
    /// `H` or `h` is a head, `T` or `t` a tail, and every other character (spaces,
    /// commas, new lines) is ignored.
    /// - Parameter flips: The record of flips.
    /// - Returns: The number of heads and the number of tails.
    func countFlips(_ flips: String) -> (heads: Int, tails: Int)

    /// The likelihood θ^heads · (1 − θ)^tails: the probability of one particular
    /// sequence with that many heads and tails when each flip is heads with probability θ.
    ///
    /// No binomial coefficient: it is the probability of the sequence, not of the
    /// count. By convention 0⁰ = 1, so θ = 0 with no heads gives (1 − 0)^tails = 1.
    /// - Parameters:
    ///   - theta: The probability of heads, in 0...1.
    ///   - heads: The number of heads, at least 0.
    ///   - tails: The number of tails, at least 0.
    /// - Returns: The likelihood, in 0...1.
    func likelihood(theta: Double, heads: Int, tails: Int) -> Double

    /// The natural log of the likelihood, heads · ln θ + tails · ln(1 − θ), finite
    /// even for millions of flips.
    ///
    /// A term with a count of 0 is 0, even where its log is −∞ (0 · ln 0 = 0): θ = 0
    /// with no heads gives tails · ln 1 = 0. Data the θ makes impossible (a head when
    /// θ = 0, a tail when θ = 1) give −∞. Never NaN.
    /// - Parameters:
    ///   - theta: The probability of heads, in 0...1.
    ///   - heads: The number of heads, at least 0.
    ///   - tails: The number of tails, at least 0.
    /// - Returns: The log-likelihood, at most 0.
    func logLikelihood(theta: Double, heads: Int, tails: Int) -> Double

    /// The maximum likelihood estimate of θ: the θ in 0...1 that makes the data most
    /// likely, heads / (heads + tails).
    /// - Parameters:
    ///   - heads: The number of heads, at least 0.
    ///   - tails: The number of tails, at least 0; `heads + tails` is at least 1.
    /// - Returns: The estimate, in 0...1.
    func maximumLikelihoodEstimate(heads: Int, tails: Int) -> Double

    /// The derivative with respect to θ of the negative log-likelihood,
    /// −heads / θ + tails / (1 − θ).
    ///
    /// Negative where raising θ would make the data more likely (left of the
    /// estimate), zero at the estimate, positive to its right.
    /// - Parameters:
    ///   - theta: The probability of heads, strictly between 0 and 1.
    ///   - heads: The number of heads, at least 0.
    ///   - tails: The number of tails, at least 0.
    /// - Returns: d/dθ of −logLikelihood(theta:heads:tails:).
    func negativeLogLikelihoodGradient(theta: Double, heads: Int, tails: Int) -> Double

    /// Gradient descent on the negative log-likelihood: starting from `start`, takes
    /// exactly `steps` steps θ ← θ − learningRate · gradient(θ) and returns the last θ.
    ///
    /// With `steps` = 0 it returns `start`. You may call your own
    /// `negativeLogLikelihoodGradient(theta:heads:tails:)`.
    /// - Parameters:
    ///   - heads: The number of heads, at least 1.
    ///   - tails: The number of tails, at least 1.
    ///   - start: The first θ, strictly between 0 and 1.
    ///   - learningRate: The step size η, greater than 0.
    ///   - steps: How many steps to take, at least 0.
    /// - Returns: θ after `steps` steps.
    func gradientDescent(heads: Int, tails: Int, start: Double, learningRate: Double, steps: Int) -> Double
}
