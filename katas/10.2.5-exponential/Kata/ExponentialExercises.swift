@_exported import KataKit

/// The exercises of kata 10.2.5: what your `Solution` in `Solution.swift` must provide.
///
/// Waiting times (between buses, between clicks of a Geiger counter, between failures
/// of a disk) are often modelled as exponential with a rate α: on average α events
/// per unit of time, so the mean wait is 1/α. From observed waits you will write the
/// log-likelihood of a rate, find the rate that maximises it in closed form, find it
/// again by Newton-Raphson on the score, and say how sure the estimate is.
///
/// Every `rate` here is the rate α, events per unit time, never the scale 1/α (the
/// mean wait) that numpy's `exponential(scale=…)` takes.
public protocol ExponentialExercises {
    /// The log-likelihood of a rate α (not a scale): the sum over the observations of
    /// ln(α·e^(−α·x)), which is n·ln α − α·Σx.
    ///
    /// A negative observation is impossible (the density is 0 there), so any one of
    /// them makes the log-likelihood −∞. A rate of 0 or below describes no
    /// distribution at all, so it too gives −∞. Never NaN.
    /// - Parameters:
    ///   - rate: The rate α, events per unit time; any finite Double.
    ///   - observations: The observed waits, at least one, each finite.
    /// - Returns: The natural log of the likelihood, or −∞.
    func logLikelihood(rate: Double, observations: [Double]) -> Double

    /// The maximum likelihood estimate of the rate (not the scale): α̂ = n / Σx = 1/x̄.
    /// - Parameter observations: The observed waits, at least one, none negative,
    ///   not all 0.
    /// - Returns: The estimated rate α̂, greater than 0.
    func maximumLikelihoodEstimate(observations: [Double]) -> Double

    /// The score: the derivative of the log-likelihood with respect to the rate α,
    /// n/α − Σx.
    ///
    /// Positive below the estimate (raising α makes the data more likely), zero at it,
    /// negative above it.
    /// - Parameters:
    ///   - rate: The rate α, greater than 0.
    ///   - observations: The observed waits, at least one, none negative.
    /// - Returns: d/dα of logLikelihood(rate:observations:).
    func score(rate: Double, observations: [Double]) -> Double

    /// Newton-Raphson on the score: starting from the rate `start`, takes exactly
    /// `steps` steps α ← α − score(α) / score′(α), with score′(α) = −n/α², and returns
    /// the last α.
    ///
    /// With `steps` = 0 it returns `start`. You may call your own
    /// `score(rate:observations:)`.
    /// - Parameters:
    ///   - observations: The observed waits, at least one, none negative, not all 0.
    ///   - start: The first rate, between 0 and 2/x̄ (exclusive), where Newton's
    ///     steps close in on 1/x̄.
    ///   - steps: How many steps to take, at least 0.
    /// - Returns: The rate after `steps` steps.
    func newtonRaphson(observations: [Double], start: Double, steps: Int) -> Double

    /// The standard error of the estimated rate: 1/√(Fisher information) at α̂, which
    /// is α̂/√n with α̂ = 1/x̄.
    /// - Parameter observations: The observed waits, at least one, none negative,
    ///   not all 0.
    /// - Returns: The standard error of α̂, in the rate's units.
    func standardError(observations: [Double]) -> Double
}
