import Foundation

// The Cauchy location model the last exercise climbs: given to the learner, written here
// once, and used by the story, the checks and the reference alike.

/// The log-likelihood of a location θ for a standard-width Cauchy sample:
/// −Σ ln(1 + (xᵢ − θ)²) − n·ln π, summed in order.
///
/// Its density 1/(π(1 + (x − θ)²)) has tails so heavy that every outlying observation
/// pulls up a hill of its own: the log-likelihood can have several local maxima.
/// - Parameters:
///   - location: The location θ, any finite number.
///   - observations: The sample, at least one finite value.
/// - Returns: The natural log of the likelihood.
public func cauchyLogLikelihood(location: Double, observations: [Double]) -> Double {
    var total = 0.0
    for x in observations {
        let d = x - location
        total += log1p(d * d)
    }
    return -total - Double(observations.count) * log(Double.pi)
}

/// A local optimiser for the Cauchy location: climbs from `start` to the top of the hill
/// it starts on, and returns that local maximum, which need not be the highest one.
///
/// Each step is Newton's, −ℓ′/ℓ″, where the log-likelihood curves down (ℓ″ < 0), and a
/// unit step uphill where it does not; the step is halved until ℓ does not fall. It stops
/// once a step is at most 1e-12 relative to θ (or 1e-12 near 0), or after 200 steps.
/// - Parameters:
///   - start: Where to start climbing.
///   - observations: The sample, at least one finite value.
/// - Returns: The location where the climb stopped: a local maximum of
///   `cauchyLogLikelihood(location:observations:)`.
public func cauchyLocalMaximum(from start: Double, observations: [Double]) -> Double {
    var location = start
    for _ in 0..<200 {
        var (slope, curvature) = (0.0, 0.0)
        for x in observations {
            let d = x - location
            let q = 1 + d * d
            slope += 2 * d / q
            curvature += 2 * (d * d - 1) / (q * q)
        }
        var step = curvature < 0 ? -slope / curvature : (slope > 0 ? 1 : slope < 0 ? -1 : 0)
        let here = cauchyLogLikelihood(location: location, observations: observations)
        var halvings = 0
        while cauchyLogLikelihood(location: location + step, observations: observations) < here && halvings < 60 {
            step /= 2
            halvings += 1
        }
        location += step
        if abs(step) <= 1e-12 * max(1, abs(location)) { break }
    }
    return location
}
