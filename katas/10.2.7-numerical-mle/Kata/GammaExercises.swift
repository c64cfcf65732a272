@_exported import KataKit

/// The exercises of kata 10.2.7: what your `Solution` in `Solution.swift` must provide.
///
/// Positive quantities that pile up from many small waits (rainfall, insurance claims,
/// the time for α events of a steady process) are often modelled as Gamma(α, β): a
/// *shape* α and a *rate* β. Its likelihood has no closed-form maximum in α, so you will
/// write the log-likelihood, a starting point from the method of moments, the score of
/// the profile likelihood, and Newton-Raphson to climb it; then a multi-start search
/// for a likelihood with several peaks.
///
/// Every `rate` here is the rate β (the density has e^(−βx)), never the scale 1/β that
/// numpy's `gamma(shape=…, scale=…)` takes. KataKit gives you `logGamma(_:)` (ln Γ),
/// `digamma(_:)` (ψ = d/dα ln Γ) and `trigamma(_:)` (ψ′).
public protocol GammaExercises {
    /// The log-likelihood of a shape α and a rate β (not a scale): the sum over the
    /// observations of ln f(x) = α·ln β − ln Γ(α) + (α − 1)·ln x − β·x.
    ///
    /// A Gamma variable is positive, so a negative observation is impossible and makes
    /// the log-likelihood −∞; a shape or rate of 0 or below describes no distribution,
    /// and gives −∞ too. Never NaN.
    /// - Parameters:
    ///   - shape: The shape α; any finite Double.
    ///   - rate: The rate β; any finite Double.
    ///   - observations: The sample, at least one value, none 0.
    /// - Returns: The natural log of the likelihood, or −∞.
    func logLikelihood(shape: Double, rate: Double, observations: [Double]) -> Double

    /// The method-of-moments start: the (α, β) whose mean α/β and variance α/β² are the
    /// sample's, α₀ = x̄²/s² and β₀ = x̄/s².
    ///
    /// s² is the variance with 1/n, (1/n)·Σ(xᵢ − x̄)², as numpy's `np.var(x)` computes
    /// it (not the unbiased 1/(n − 1)).
    /// - Parameter observations: The sample, at least two values, positive, not all equal.
    /// - Returns: The starting shape α₀ and rate β₀.
    func methodOfMomentsStart(observations: [Double]) -> (shape: Double, rate: Double)

    /// The profile score: the derivative in α of the log-likelihood with β at its best
    /// for that α, β = α/x̄, which is n·(ln α − ψ(α) − ln x̄ + mean(ln x)).
    ///
    /// Positive below the estimate α̂, zero at it, negative above. ψ is `digamma(_:)`.
    /// - Parameters:
    ///   - shape: The shape α, greater than 0.
    ///   - observations: The sample, at least one value, all positive.
    /// - Returns: d/dα of ℓ(α, α/x̄).
    func profileScore(shape: Double, observations: [Double]) -> Double

    /// Newton-Raphson on the profile score, from `start`, with a stopping rule and a cap:
    /// each step is α ← α − score(α)/score′(α), with score′(α) = n·(1/α − ψ′(α)).
    ///
    /// Stop after the step that moves α by at most `tolerance` relative to the new α
    /// (|step| ≤ tolerance·|α|), or once `maxIterations` steps have been taken, whichever
    /// comes first, and return the last α with the number of steps taken. With
    /// `maxIterations` = 0 that is (start, 0). ψ′ is `trigamma(_:)`; you may call your
    /// own `profileScore(shape:observations:)`.
    /// - Parameters:
    ///   - observations: The sample, at least two values, positive, not all equal.
    ///   - start: The first α, greater than 0 and close enough for Newton's steps to stay
    ///     positive (the checks start between α̂/5 and 3α̂/2).
    ///   - tolerance: The relative step at which to stop, greater than 0.
    ///   - maxIterations: The most steps to take, at least 0.
    /// - Returns: The last α and how many steps were taken.
    func newtonRaphson(observations: [Double], start: Double, tolerance: Double,
                       maxIterations: Int) -> (shape: Double, iterations: Int)

    /// A multi-start maximiser for the Cauchy location: climbs from each start with the
    /// given local optimiser `cauchyLocalMaximum(from:observations:)`, and returns the
    /// local maximum with the largest `cauchyLogLikelihood(location:observations:)`
    /// (the first such, on a tie).
    /// - Parameters:
    ///   - observations: The sample, at least one finite value.
    ///   - starts: Where to start climbing, at least one.
    /// - Returns: The best of the local maxima found: a location θ, not its log-likelihood.
    func multiStartMaximum(observations: [Double], starts: [Double]) -> Double
}
