@_exported import KataKit

/// The exercises of kata 10.2.6: what your `Solution` in `Solution.swift` must provide.
///
/// How good is a maximum likelihood estimate? You will write the log-likelihood of a
/// Poisson mean and its estimate, the Fisher information that says how sharply the
/// data pin the mean down, the observed information of any log-likelihood by a finite
/// difference, the 95% Wald interval it gives, and the coverage of an interval
/// procedure, measured by simulation.
///
/// Counts of events in a fixed window (calls to a help desk in an hour, decays in a
/// second) are often modelled as Poisson with a mean λ: P(k) = λᵏ e^(−λ) / k!.
public protocol FisherInformationExercises {
    /// The log-likelihood of a Poisson mean λ: the sum over the counts of
    /// ln(λᵏ e^(−λ) / k!) = k · ln λ − λ − ln k!.
    ///
    /// Keep the −ln k! term: it does not move the maximum, but it is part of the value.
    /// KataKit's `logGamma(_:)` gives ln k! = ln Γ(k + 1) without computing k!.
    /// - Parameters:
    ///   - mean: The mean λ, greater than 0.
    ///   - counts: The observed counts, at least one, none negative.
    /// - Returns: The natural log of the likelihood.
    func logLikelihood(mean: Double, counts: [Int]) -> Double

    /// The maximum likelihood estimate of the Poisson mean: λ̂ = x̄, the mean count.
    /// - Parameter counts: The observed counts, at least one, none negative.
    /// - Returns: λ̂.
    func maximumLikelihoodEstimate(counts: [Int]) -> Double

    /// The Fisher information about λ in `count` Poisson observations: I(λ) = n/λ.
    ///
    /// It is −E[ℓ″(λ)] = E[s(λ)²], where s = ℓ′ is the score; 1/I(λ) is the smallest
    /// variance an unbiased estimate of λ can have (the Cramér–Rao bound).
    /// - Parameters:
    ///   - mean: The mean λ, greater than 0.
    ///   - count: How many observations, n ≥ 1.
    /// - Returns: I(λ), greater than 0.
    func fisherInformation(mean: Double, count: Int) -> Double

    /// The observed information −ℓ″(θ) of any smooth log-likelihood ℓ, at θ, by a
    /// central difference: −(ℓ(θ + h) − 2ℓ(θ) + ℓ(θ − h)) / h².
    ///
    /// Choose the step h with care: too large and the curve's bend is blurred, too small
    /// and ℓ(θ ± h) agree in so many digits that their difference is rounding noise.
    /// h = 10⁻⁴ · max(1, |θ|) is a good choice (about ε^¼ of θ's size).
    /// - Parameters:
    ///   - logLikelihood: ℓ, finite within 1% of θ.
    ///   - estimate: θ, usually the maximum likelihood estimate θ̂.
    /// - Returns: −ℓ″(θ), positive at a maximum.
    func observedInformation(of logLikelihood: (Double) -> Double, at estimate: Double) -> Double

    /// The 95% Wald interval θ̂ ± z · SE, where the standard error is SE = 1/√I for
    /// the observed information I, and z = 1.959964 is the 97.5% point of N(0, 1)
    /// (KataKit's `normalQuantile(0.975)`; the familiar 1.96 is close enough).
    /// - Parameters:
    ///   - estimate: The estimate θ̂.
    ///   - observedInformation: I, greater than 0.
    /// - Returns: The interval's ends, lower first.
    func waldInterval(estimate: Double, observedInformation: Double) -> (lower: Double, upper: Double)

    /// The coverage of an interval procedure, by simulation: over `trials` samples,
    /// each drawn by one call of `sample`, the share of the intervals `interval` builds
    /// that contain `truth` (ends included).
    /// - Parameters:
    ///   - trials: How many samples to draw, at least 1.
    ///   - truth: The parameter the samples were drawn with.
    ///   - sample: Draws a fresh sample each time it is called.
    ///   - interval: Builds an interval from a sample.
    /// - Returns: The share of intervals that contain `truth`, from 0 to 1.
    func coverage(trials: Int, truth: Double, sample: () -> [Double],
                  interval: ([Double]) -> (lower: Double, upper: Double)) -> Double
}
