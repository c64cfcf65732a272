import ExponentialKata
import Foundation

// Wrong solutions to kata 10.2.5, each written the way a learner might write it, each
// with one mistake. Whatever a solution does not override comes from the reference,
// so only the exercise it gets wrong should fail.

/// Takes every exercise from the reference unless the conforming type writes its own.
protocol ExponentialReferenceDefaults: ExponentialExercises {}

extension ExponentialReferenceDefaults {
    func logLikelihood(rate: Double, observations: [Double]) -> Double {
        ReferenceSolution().logLikelihood(rate: rate, observations: observations)
    }
    func maximumLikelihoodEstimate(observations: [Double]) -> Double {
        ReferenceSolution().maximumLikelihoodEstimate(observations: observations)
    }
    func score(rate: Double, observations: [Double]) -> Double {
        ReferenceSolution().score(rate: rate, observations: observations)
    }
    func newtonRaphson(observations: [Double], start: Double, steps: Int) -> Double {
        ReferenceSolution().newtonRaphson(observations: observations, start: start, steps: steps)
    }
    func standardError(observations: [Double]) -> Double {
        ReferenceSolution().standardError(observations: observations)
    }
}

/// The wrong solutions, in a namespace of their own (kata 10.2.1's tests have some of
/// the same names).
enum ExponentialWrong {
    // MARK: - logLikelihood

    /// `$0 <= 0` where `$0 < 0` is meant: a wait of 0 made impossible.
    struct ZeroWaitImpossible: ExponentialReferenceDefaults {
        func logLikelihood(rate: Double, observations: [Double]) -> Double {
            guard rate > 0, !observations.contains(where: { $0 <= 0 }) else { return -.infinity }
            return Double(observations.count) * log(rate) - rate * observations.reduce(0, +)
        }
    }

    /// The tutorial's (1/α)·e^(−αx), logged term by term.
    struct NonNormalisedDensity: ExponentialReferenceDefaults {
        func logLikelihood(rate: Double, observations: [Double]) -> Double {
            guard rate > 0, !observations.contains(where: { $0 < 0 }) else { return -.infinity }
            return observations.reduce(0) { $0 + log((1 / rate) * exp(-rate * $1)) }
        }
    }

    /// numpy's scale parametrisation, (1/α)·e^(−x/α).
    struct RateAsScale: ExponentialReferenceDefaults {
        func logLikelihood(rate: Double, observations: [Double]) -> Double {
            guard rate > 0, !observations.contains(where: { $0 < 0 }) else { return -.infinity }
            return observations.reduce(0) { $0 + log(exp(-$1 / rate) / rate) }
        }
    }

    struct NoCheckForNegativeWaits: ExponentialReferenceDefaults {
        func logLikelihood(rate: Double, observations: [Double]) -> Double {
            guard rate > 0 else { return -.infinity }
            return Double(observations.count) * log(rate) - rate * observations.reduce(0, +)
        }
    }

    struct NoCheckForTheRate: ExponentialReferenceDefaults {
        func logLikelihood(rate: Double, observations: [Double]) -> Double {
            if observations.contains(where: { $0 < 0 }) { return -.infinity }
            return Double(observations.count) * log(rate) - rate * observations.reduce(0, +)
        }
    }

    struct RateClamped: ExponentialReferenceDefaults {
        func logLikelihood(rate: Double, observations: [Double]) -> Double {
            if observations.contains(where: { $0 < 0 }) { return -.infinity }
            let safe = max(rate, 1e-300)
            return Double(observations.count) * log(safe) - safe * observations.reduce(0, +)
        }
    }

    struct LogOfTheProduct: ExponentialReferenceDefaults {
        func logLikelihood(rate: Double, observations: [Double]) -> Double {
            guard rate > 0, !observations.contains(where: { $0 < 0 }) else { return -.infinity }
            return log(observations.reduce(1) { $0 * rate * exp(-rate * $1) })
        }
    }

    /// Logs each density after computing it, so a far-out wait underflows first.
    struct LogOfEachDensity: ExponentialReferenceDefaults {
        func logLikelihood(rate: Double, observations: [Double]) -> Double {
            guard rate > 0, !observations.contains(where: { $0 < 0 }) else { return -.infinity }
            return observations.reduce(0) { $0 + log(rate * exp(-rate * $1)) }
        }
    }

    struct MeanLogLikelihood: ExponentialReferenceDefaults {
        func logLikelihood(rate: Double, observations: [Double]) -> Double {
            guard rate > 0, !observations.contains(where: { $0 < 0 }) else { return -.infinity }
            return log(rate) - rate * observations.reduce(0, +) / Double(observations.count)
        }
    }

    struct FirstWaitOnly: ExponentialReferenceDefaults {
        func logLikelihood(rate: Double, observations: [Double]) -> Double {
            guard rate > 0, !observations.contains(where: { $0 < 0 }) else { return -.infinity }
            return log(rate) - rate * observations[0]
        }
    }

    // MARK: - maximumLikelihoodEstimate

    struct ScaleInsteadOfRate: ExponentialReferenceDefaults {
        func maximumLikelihoodEstimate(observations: [Double]) -> Double {
            observations.reduce(0, +) / Double(observations.count)
        }
    }

    struct EstimateHardCoded: ExponentialReferenceDefaults {
        func maximumLikelihoodEstimate(observations: [Double]) -> Double { 1.0 / 3.0 }
    }

    struct UnbiasedEstimator: ExponentialReferenceDefaults {
        func maximumLikelihoodEstimate(observations: [Double]) -> Double {
            Double(observations.count - 1) / observations.reduce(0, +)
        }
    }

    struct MeanOfReciprocals: ExponentialReferenceDefaults {
        func maximumLikelihoodEstimate(observations: [Double]) -> Double {
            observations.map { 1 / $0 }.reduce(0, +) / Double(observations.count)
        }
    }

    // MARK: - score

    struct SlopeOfTheLoss: ExponentialReferenceDefaults {
        func score(rate: Double, observations: [Double]) -> Double {
            observations.reduce(0, +) - Double(observations.count) / rate
        }
    }

    struct NonNormalisedScore: ExponentialReferenceDefaults {
        func score(rate: Double, observations: [Double]) -> Double {
            -Double(observations.count) / rate - observations.reduce(0, +)
        }
    }

    struct MeanScore: ExponentialReferenceDefaults {
        func score(rate: Double, observations: [Double]) -> Double {
            1 / rate - observations.reduce(0, +) / Double(observations.count)
        }
    }

    struct ScoreMissingN: ExponentialReferenceDefaults {
        func score(rate: Double, observations: [Double]) -> Double {
            1 / rate - observations.reduce(0, +)
        }
    }

    struct ScoreOfTheScale: ExponentialReferenceDefaults {
        func score(rate: Double, observations: [Double]) -> Double {
            -Double(observations.count) / rate + observations.reduce(0, +) / (rate * rate)
        }
    }

    // MARK: - newtonRaphson

    struct NewtonWrongSign: ExponentialReferenceDefaults {
        func newtonRaphson(observations: [Double], start: Double, steps: Int) -> Double {
            let n = Double(observations.count)
            var rate = start
            for _ in 0..<steps {
                rate += score(rate: rate, observations: observations) / (-n / (rate * rate))
            }
            return rate
        }
    }

    /// The loss's slope as the score, then a correct Newton loop that calls it: both
    /// exercises fail, the second because of the first.
    struct SignErrorCarriedIntoNewton: ExponentialReferenceDefaults {
        func score(rate: Double, observations: [Double]) -> Double {
            observations.reduce(0, +) - Double(observations.count) / rate
        }
        func newtonRaphson(observations: [Double], start: Double, steps: Int) -> Double {
            let n = Double(observations.count)
            var rate = start
            for _ in 0..<steps {
                rate -= score(rate: rate, observations: observations) / (-n / (rate * rate))
            }
            return rate
        }
    }

    struct NewtonOneStepTooMany: ExponentialReferenceDefaults {
        func newtonRaphson(observations: [Double], start: Double, steps: Int) -> Double {
            let n = Double(observations.count)
            var rate = start
            for _ in 0...steps {
                rate -= score(rate: rate, observations: observations) / (-n / (rate * rate))
            }
            return rate
        }
    }

    struct NewtonReturnsClosedForm: ExponentialReferenceDefaults {
        func newtonRaphson(observations: [Double], start: Double, steps: Int) -> Double {
            maximumLikelihoodEstimate(observations: observations)
        }
    }

    struct NewtonDerivativeWithoutSquare: ExponentialReferenceDefaults {
        func newtonRaphson(observations: [Double], start: Double, steps: Int) -> Double {
            let n = Double(observations.count)
            var rate = start
            for _ in 0..<steps {
                rate -= score(rate: rate, observations: observations) / (-n / rate)
            }
            return rate
        }
    }

    struct NewtonOnTheLogLikelihood: ExponentialReferenceDefaults {
        func newtonRaphson(observations: [Double], start: Double, steps: Int) -> Double {
            var rate = start
            for _ in 0..<steps {
                rate -= logLikelihood(rate: rate, observations: observations) / score(rate: rate, observations: observations)
            }
            return rate
        }
    }

    // MARK: - standardError

    struct StandardErrorOverN: ExponentialReferenceDefaults {
        func standardError(observations: [Double]) -> Double {
            maximumLikelihoodEstimate(observations: observations) / Double(observations.count)
        }
    }

    struct StandardErrorIsTheEstimate: ExponentialReferenceDefaults {
        func standardError(observations: [Double]) -> Double {
            maximumLikelihoodEstimate(observations: observations)
        }
    }

    struct StandardErrorOfTheScale: ExponentialReferenceDefaults {
        func standardError(observations: [Double]) -> Double {
            let mean = observations.reduce(0, +) / Double(observations.count)
            return mean / Double(observations.count).squareRoot()
        }
    }

    struct VarianceNotStandardError: ExponentialReferenceDefaults {
        func standardError(observations: [Double]) -> Double {
            let rate = maximumLikelihoodEstimate(observations: observations)
            return rate * rate / Double(observations.count)
        }
    }

    struct FisherInformationNotStandardError: ExponentialReferenceDefaults {
        func standardError(observations: [Double]) -> Double {
            let rate = maximumLikelihoodEstimate(observations: observations)
            return Double(observations.count) / (rate * rate)
        }
    }

    struct StandardErrorWithNMinusOne: ExponentialReferenceDefaults {
        func standardError(observations: [Double]) -> Double {
            maximumLikelihoodEstimate(observations: observations) / Double(observations.count - 1).squareRoot()
        }
    }
    // MARK: - More slips, one per solution

    /// n·ln α − α·x̄: the mean wait where the sum of the waits belongs, in one term only.
    struct LogLikelihoodMeanInOneTerm: ExponentialReferenceDefaults {
        func logLikelihood(rate: Double, observations: [Double]) -> Double {
            guard rate > 0, !observations.contains(where: { $0 < 0 }) else { return -.infinity }
            let n = Double(observations.count)
            return n * log(rate) - rate * observations.reduce(0, +) / n
        }
    }

    /// A plus where the minus belongs: n·ln α + α·Σx.
    struct LogLikelihoodPlusRateTimesSum: ExponentialReferenceDefaults {
        func logLikelihood(rate: Double, observations: [Double]) -> Double {
            guard rate > 0, !observations.contains(where: { $0 < 0 }) else { return -.infinity }
            return Double(observations.count) * log(rate) + rate * observations.reduce(0, +)
        }
    }

    /// 1/Σx: the n forgotten, right only for a single wait.
    struct EstimateWithoutN: ExponentialReferenceDefaults {
        func maximumLikelihoodEstimate(observations: [Double]) -> Double {
            1 / observations.reduce(0, +)
        }
    }

    /// The waits summed over `1..<count`: the first one left out.
    struct EstimateSkipsFirstWait: ExponentialReferenceDefaults {
        func maximumLikelihoodEstimate(observations: [Double]) -> Double {
            var total = 0.0
            for i in 1..<observations.count { total += observations[i] }
            return Double(observations.count) / total
        }
    }

    /// A plus where the minus belongs: n/α + Σx.
    struct ScorePlusSum: ExponentialReferenceDefaults {
        func score(rate: Double, observations: [Double]) -> Double {
            Double(observations.count) / rate + observations.reduce(0, +)
        }
    }

    /// d/dα of n·ln α taken as n/α²: the power rule misapplied to ln α.
    struct ScoreOverRateSquared: ExponentialReferenceDefaults {
        func score(rate: Double, observations: [Double]) -> Double {
            Double(observations.count) / (rate * rate) - observations.reduce(0, +)
        }
    }

    /// score′ written −1/α², the n forgotten: the steps are n times too long.
    struct NewtonDerivativeWithoutN: ExponentialReferenceDefaults {
        func newtonRaphson(observations: [Double], start: Double, steps: Int) -> Double {
            var rate = start
            for _ in 0..<steps {
                rate -= score(rate: rate, observations: observations) / (-1 / (rate * rate))
            }
            return rate
        }
    }

    /// Half a Newton step each time, "to be safe".
    struct NewtonHalfSteps: ExponentialReferenceDefaults {
        func newtonRaphson(observations: [Double], start: Double, steps: Int) -> Double {
            let n = Double(observations.count)
            var rate = start
            for _ in 0..<steps {
                rate -= 0.5 * score(rate: rate, observations: observations) / (-n / (rate * rate))
            }
            return rate
        }
    }

    /// The step computed into a new constant and dropped: the start comes back unchanged.
    struct NewtonNeverUpdates: ExponentialReferenceDefaults {
        func newtonRaphson(observations: [Double], start: Double, steps: Int) -> Double {
            let n = Double(observations.count)
            let rate = start
            for _ in 0..<steps {
                let next = rate - score(rate: rate, observations: observations) / (-n / (rate * rate))
                _ = next
            }
            return rate
        }
    }

    /// The square root of the wrong thing: √(α̂/n).
    struct StandardErrorRootOfRateOverN: ExponentialReferenceDefaults {
        func standardError(observations: [Double]) -> Double {
            (maximumLikelihoodEstimate(observations: observations) / Double(observations.count)).squareRoot()
        }
    }

    /// The 95% half-width 1.96·α̂/√n returned for the standard error.
    struct StandardErrorTimesZ: ExponentialReferenceDefaults {
        func standardError(observations: [Double]) -> Double {
            1.96 * maximumLikelihoodEstimate(observations: observations) / Double(observations.count).squareRoot()
        }
    }
}
