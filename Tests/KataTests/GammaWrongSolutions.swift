import Foundation
import GammaKata

// Wrong solutions to kata 10.2.7, each written the way a learner might write it, each
// with one mistake. Whatever a solution does not override comes from the reference,
// so only the exercise it gets wrong should fail. None of them hangs or crashes: a
// hang in the tests would leave a thread spinning, so the no-cap mistake is one that
// still ends on these inputs.

/// Takes every exercise from the reference unless the conforming type writes its own.
protocol GammaReferenceDefaults: GammaExercises {}

extension GammaReferenceDefaults {
    func logLikelihood(shape: Double, rate: Double, observations: [Double]) -> Double {
        ReferenceSolution().logLikelihood(shape: shape, rate: rate, observations: observations)
    }
    func methodOfMomentsStart(observations: [Double]) -> (shape: Double, rate: Double) {
        ReferenceSolution().methodOfMomentsStart(observations: observations)
    }
    func profileScore(shape: Double, observations: [Double]) -> Double {
        ReferenceSolution().profileScore(shape: shape, observations: observations)
    }
    func newtonRaphson(observations: [Double], start: Double, tolerance: Double,
                       maxIterations: Int) -> (shape: Double, iterations: Int) {
        ReferenceSolution().newtonRaphson(observations: observations, start: start, tolerance: tolerance,
                                          maxIterations: maxIterations)
    }
    func multiStartMaximum(observations: [Double], starts: [Double]) -> Double {
        ReferenceSolution().multiStartMaximum(observations: observations, starts: starts)
    }
}

/// The sample's n, Σx, Σ ln x, x̄ and mean(ln x), as a learner would compute them.
private func sums(_ x: [Double]) -> (n: Double, sum: Double, logs: Double, mean: Double, meanLog: Double) {
    let n = Double(x.count), sum = x.reduce(0, +), logs = x.reduce(0) { $0 + log($1) }
    return (n, sum, logs, sum / n, logs / n)
}

/// The wrong solutions, in a namespace of their own.
enum GammaWrong {
    // MARK: - logLikelihood

    /// numpy's scale where the rate is meant: −α·ln β − x/β.
    struct RateAsScale: GammaReferenceDefaults {
        func logLikelihood(shape: Double, rate: Double, observations: [Double]) -> Double {
            guard shape > 0, rate > 0, !observations.contains(where: { $0 < 0 }) else { return -.infinity }
            return observations.reduce(0) { $0 - shape * log(rate) - logGamma(shape) + (shape - 1) * log($1) - $1 / rate }
        }
    }

    /// The normalising constant forgotten.
    struct DroppedLogGamma: GammaReferenceDefaults {
        func logLikelihood(shape: Double, rate: Double, observations: [Double]) -> Double {
            guard shape > 0, rate > 0, !observations.contains(where: { $0 < 0 }) else { return -.infinity }
            let s = sums(observations)
            return s.n * shape * log(rate) + (shape - 1) * s.logs - rate * s.sum
        }
    }

    /// −Γ(α) where −ln Γ(α) belongs.
    struct GammaNotLogGamma: GammaReferenceDefaults {
        func logLikelihood(shape: Double, rate: Double, observations: [Double]) -> Double {
            guard shape > 0, rate > 0, !observations.contains(where: { $0 < 0 }) else { return -.infinity }
            let s = sums(observations)
            return s.n * (shape * log(rate) - tgamma(shape)) + (shape - 1) * s.logs - rate * s.sum
        }
    }

    /// x^(α−1) logged as α·ln x.
    struct DroppedMinusLogX: GammaReferenceDefaults {
        func logLikelihood(shape: Double, rate: Double, observations: [Double]) -> Double {
            guard shape > 0, rate > 0, !observations.contains(where: { $0 < 0 }) else { return -.infinity }
            let s = sums(observations)
            return s.n * (shape * log(rate) - logGamma(shape)) + shape * s.logs - rate * s.sum
        }
    }

    /// The x^(α−1) factor left out entirely.
    struct DroppedPowerOfX: GammaReferenceDefaults {
        func logLikelihood(shape: Double, rate: Double, observations: [Double]) -> Double {
            guard shape > 0, rate > 0, !observations.contains(where: { $0 < 0 }) else { return -.infinity }
            let s = sums(observations)
            return s.n * (shape * log(rate) - logGamma(shape)) - rate * s.sum
        }
    }

    /// ln Γ as the log of Γ: right until Γ(α) overflows.
    struct LogOfGammaFunction: GammaReferenceDefaults {
        func logLikelihood(shape: Double, rate: Double, observations: [Double]) -> Double {
            guard shape > 0, rate > 0, !observations.contains(where: { $0 < 0 }) else { return -.infinity }
            let s = sums(observations)
            return s.n * (shape * log(rate) - log(tgamma(shape))) + (shape - 1) * s.logs - rate * s.sum
        }
    }

    /// The densities multiplied, then logged.
    struct LogOfTheProduct: GammaReferenceDefaults {
        func logLikelihood(shape: Double, rate: Double, observations: [Double]) -> Double {
            guard shape > 0, rate > 0, !observations.contains(where: { $0 < 0 }) else { return -.infinity }
            let product = observations.reduce(1.0) { $0 * pow(rate, shape) * pow($1, shape - 1) * exp(-rate * $1) / tgamma(shape) }
            return log(product)
        }
    }

    struct MeanLogLikelihood: GammaReferenceDefaults {
        func logLikelihood(shape: Double, rate: Double, observations: [Double]) -> Double {
            ReferenceSolution().logLikelihood(shape: shape, rate: rate, observations: observations) / Double(observations.count)
        }
    }

    struct FirstObservationOnly: GammaReferenceDefaults {
        func logLikelihood(shape: Double, rate: Double, observations: [Double]) -> Double {
            ReferenceSolution().logLikelihood(shape: shape, rate: rate, observations: [observations[0]])
        }
    }

    /// No test for negative data: ln of a negative x is NaN.
    struct NoCheckForNegatives: GammaReferenceDefaults {
        func logLikelihood(shape: Double, rate: Double, observations: [Double]) -> Double {
            guard shape > 0, rate > 0 else { return -.infinity }
            let s = sums(observations)
            return s.n * (shape * log(rate) - logGamma(shape)) + (shape - 1) * s.logs - rate * s.sum
        }
    }

    /// No test for the parameters.
    struct NoCheckForParameters: GammaReferenceDefaults {
        func logLikelihood(shape: Double, rate: Double, observations: [Double]) -> Double {
            guard !observations.contains(where: { $0 < 0 }) else { return -.infinity }
            let s = sums(observations)
            return s.n * (shape * log(rate) - logGamma(shape)) + (shape - 1) * s.logs - rate * s.sum
        }
    }

    /// The parameters clamped to a tiny positive number.
    struct ParametersClamped: GammaReferenceDefaults {
        func logLikelihood(shape: Double, rate: Double, observations: [Double]) -> Double {
            ReferenceSolution().logLikelihood(shape: max(shape, 1e-9), rate: max(rate, 1e-9), observations: observations)
        }
    }

    /// + β·Σx: the sign of the last term slipped.
    struct PlusRateTimesSum: GammaReferenceDefaults {
        func logLikelihood(shape: Double, rate: Double, observations: [Double]) -> Double {
            guard shape > 0, rate > 0, !observations.contains(where: { $0 < 0 }) else { return -.infinity }
            let s = sums(observations)
            return s.n * (shape * log(rate) - logGamma(shape)) + (shape - 1) * s.logs + rate * s.sum
        }
    }

    // MARK: - methodOfMomentsStart

    struct UnbiasedVariance: GammaReferenceDefaults {
        func methodOfMomentsStart(observations: [Double]) -> (shape: Double, rate: Double) {
            let n = Double(observations.count), mean = observations.reduce(0, +) / n
            let variance = observations.reduce(0) { $0 + ($1 - mean) * ($1 - mean) } / (n - 1)
            return (mean * mean / variance, mean / variance)
        }
    }

    struct ScaleForRate: GammaReferenceDefaults {
        func methodOfMomentsStart(observations: [Double]) -> (shape: Double, rate: Double) {
            let n = Double(observations.count), mean = observations.reduce(0, +) / n
            let variance = observations.reduce(0) { $0 + ($1 - mean) * ($1 - mean) } / n
            return (mean * mean / variance, variance / mean)
        }
    }

    struct ShapeAndRateSwapped: GammaReferenceDefaults {
        func methodOfMomentsStart(observations: [Double]) -> (shape: Double, rate: Double) {
            let right = ReferenceSolution().methodOfMomentsStart(observations: observations)
            return (right.rate, right.shape)
        }
    }

    struct StandardDeviationForVariance: GammaReferenceDefaults {
        func methodOfMomentsStart(observations: [Double]) -> (shape: Double, rate: Double) {
            let n = Double(observations.count), mean = observations.reduce(0, +) / n
            let sd = (observations.reduce(0) { $0 + ($1 - mean) * ($1 - mean) } / n).squareRoot()
            return (mean * mean / sd, mean / sd)
        }
    }

    /// Σx²/n − x̄² in one pass: right in exact arithmetic, ruined by cancellation far from 0.
    struct OnePassVariance: GammaReferenceDefaults {
        func methodOfMomentsStart(observations: [Double]) -> (shape: Double, rate: Double) {
            let n = Double(observations.count), mean = observations.reduce(0, +) / n
            let variance = observations.reduce(0) { $0 + $1 * $1 } / n - mean * mean
            return (mean * mean / variance, mean / variance)
        }
    }

    /// Right, another way: Welford's running mean and variance.
    struct WelfordStart: GammaReferenceDefaults {
        func methodOfMomentsStart(observations: [Double]) -> (shape: Double, rate: Double) {
            var (count, mean, squares) = (0.0, 0.0, 0.0)
            for x in observations {
                count += 1
                let delta = x - mean
                mean += delta / count
                squares += delta * (x - mean)
            }
            let variance = squares / count
            return (mean * mean / variance, mean / variance)
        }
    }

    // MARK: - profileScore

    struct ScoreOfTheLoss: GammaReferenceDefaults {
        func profileScore(shape: Double, observations: [Double]) -> Double {
            -ReferenceSolution().profileScore(shape: shape, observations: observations)
        }
    }

    struct LogsSwapped: GammaReferenceDefaults {
        func profileScore(shape: Double, observations: [Double]) -> Double {
            let s = sums(observations)
            return s.n * (log(shape) - digamma(shape) - s.meanLog + log(s.mean))
        }
    }

    struct ScaleInTheScore: GammaReferenceDefaults {
        func profileScore(shape: Double, observations: [Double]) -> Double {
            let s = sums(observations)
            return s.n * log(s.mean / shape) - s.n * digamma(shape) + s.logs
        }
    }

    struct TrigammaInTheScore: GammaReferenceDefaults {
        func profileScore(shape: Double, observations: [Double]) -> Double {
            let s = sums(observations)
            return s.n * (log(shape) - trigamma(shape) - log(s.mean) + s.meanLog)
        }
    }

    struct LogGammaInTheScore: GammaReferenceDefaults {
        func profileScore(shape: Double, observations: [Double]) -> Double {
            let s = sums(observations)
            return s.n * (log(shape) - logGamma(shape) - log(s.mean) + s.meanLog)
        }
    }

    struct ScoreWithoutLogShape: GammaReferenceDefaults {
        func profileScore(shape: Double, observations: [Double]) -> Double {
            let s = sums(observations)
            return s.n * (-digamma(shape) - log(s.mean) + s.meanLog)
        }
    }

    struct MeanScore: GammaReferenceDefaults {
        func profileScore(shape: Double, observations: [Double]) -> Double {
            let s = sums(observations)
            return log(shape) - digamma(shape) - log(s.mean) + s.meanLog
        }
    }

    struct LogOfTheSum: GammaReferenceDefaults {
        func profileScore(shape: Double, observations: [Double]) -> Double {
            let s = sums(observations)
            return s.n * (log(shape) - digamma(shape) - log(s.sum) + s.meanLog)
        }
    }

    /// The slope of the learner's own profile log-likelihood by a central difference: close, not exact.
    struct ScoreByDifference: GammaReferenceDefaults {
        func profileScore(shape: Double, observations: [Double]) -> Double {
            let mean = sums(observations).mean
            let profile = { (alpha: Double) in self.logLikelihood(shape: alpha, rate: alpha / mean, observations: observations) }
            let h = 1e-5
            return (profile(shape + h) - profile(shape - h)) / (2 * h)
        }
    }

    // MARK: - newtonRaphson

    /// Stops only on the tolerance: no cap. It ends on these inputs, where Newton converges.
    struct NewtonWithoutCap: GammaReferenceDefaults {
        func newtonRaphson(observations: [Double], start: Double, tolerance: Double,
                           maxIterations: Int) -> (shape: Double, iterations: Int) {
            let n = Double(observations.count)
            var (shape, iterations) = (start, 0)
            while true {
                let step = profileScore(shape: shape, observations: observations) / (n * (1 / shape - trigamma(shape)))
                shape -= step
                iterations += 1
                if abs(step) <= tolerance * abs(shape) || !step.isFinite { return (shape, iterations) }
            }
        }
    }

    /// `<=` in the loop's test: one step past the cap.
    struct NewtonOneStepPastTheCap: GammaReferenceDefaults {
        func newtonRaphson(observations: [Double], start: Double, tolerance: Double,
                           maxIterations: Int) -> (shape: Double, iterations: Int) {
            let n = Double(observations.count)
            var (shape, iterations) = (start, 0)
            while iterations <= maxIterations {
                let step = profileScore(shape: shape, observations: observations) / (n * (1 / shape - trigamma(shape)))
                shape -= step
                iterations += 1
                if abs(step) <= tolerance * abs(shape) { break }
            }
            return (shape, iterations)
        }
    }

    /// The base of a Newton run with a chosen update and the exercise's rule and cap.
    private static func newton(_ observations: [Double], _ start: Double, _ tolerance: Double, _ maxIterations: Int,
                               step: (Double, Double) -> Double) -> (shape: Double, iterations: Int) {
        let n = Double(observations.count)
        var (shape, iterations) = (start, 0)
        while iterations < maxIterations {
            let move = step(shape, n)
            shape -= move
            iterations += 1
            if abs(move) <= tolerance * abs(shape) { break }
        }
        return (shape, iterations)
    }

    struct NewtonWrongSign: GammaReferenceDefaults {
        func newtonRaphson(observations: [Double], start: Double, tolerance: Double,
                           maxIterations: Int) -> (shape: Double, iterations: Int) {
            GammaWrong.newton(observations, start, tolerance, maxIterations) { shape, n in
                -profileScore(shape: shape, observations: observations) / (n * (1 / shape - trigamma(shape)))
            }
        }
    }

    /// A sign error in the score, carried into Newton's step through the learner's own score.
    struct SignErrorCarriedIntoNewton: GammaReferenceDefaults {
        func profileScore(shape: Double, observations: [Double]) -> Double {
            -ReferenceSolution().profileScore(shape: shape, observations: observations)
        }
        func newtonRaphson(observations: [Double], start: Double, tolerance: Double,
                           maxIterations: Int) -> (shape: Double, iterations: Int) {
            GammaWrong.newton(observations, start, tolerance, maxIterations) { shape, n in
                profileScore(shape: shape, observations: observations) / (n * (1 / shape - trigamma(shape)))
            }
        }
    }

    struct NewtonDerivativeWithoutN: GammaReferenceDefaults {
        func newtonRaphson(observations: [Double], start: Double, tolerance: Double,
                           maxIterations: Int) -> (shape: Double, iterations: Int) {
            GammaWrong.newton(observations, start, tolerance, maxIterations) { shape, _ in
                profileScore(shape: shape, observations: observations) / (1 / shape - trigamma(shape))
            }
        }
    }

    struct NewtonDigammaInDerivative: GammaReferenceDefaults {
        func newtonRaphson(observations: [Double], start: Double, tolerance: Double,
                           maxIterations: Int) -> (shape: Double, iterations: Int) {
            GammaWrong.newton(observations, start, tolerance, maxIterations) { shape, n in
                profileScore(shape: shape, observations: observations) / (n * (1 / shape - digamma(shape)))
            }
        }
    }

    /// Returns the α the stopping step started from.
    struct NewtonReturnsPreviousShape: GammaReferenceDefaults {
        func newtonRaphson(observations: [Double], start: Double, tolerance: Double,
                           maxIterations: Int) -> (shape: Double, iterations: Int) {
            let n = Double(observations.count)
            var (shape, iterations) = (start, 0)
            while iterations < maxIterations {
                let step = profileScore(shape: shape, observations: observations) / (n * (1 / shape - trigamma(shape)))
                iterations += 1
                if abs(step) <= tolerance * abs(shape - step) { return (shape, iterations) }
                shape -= step
            }
            return (shape, iterations)
        }
    }

    /// Runs every step up to the cap.
    struct NewtonIgnoresTolerance: GammaReferenceDefaults {
        func newtonRaphson(observations: [Double], start: Double, tolerance: Double,
                           maxIterations: Int) -> (shape: Double, iterations: Int) {
            let n = Double(observations.count)
            var shape = start
            for _ in 0..<maxIterations {
                shape -= profileScore(shape: shape, observations: observations) / (n * (1 / shape - trigamma(shape)))
            }
            return (shape, maxIterations)
        }
    }

    /// Counts the start as a step.
    struct NewtonCountsTheStart: GammaReferenceDefaults {
        func newtonRaphson(observations: [Double], start: Double, tolerance: Double,
                           maxIterations: Int) -> (shape: Double, iterations: Int) {
            let run = ReferenceSolution().newtonRaphson(observations: observations, start: start, tolerance: tolerance,
                                                        maxIterations: maxIterations)
            return (run.shape, run.iterations + 1)
        }
    }

    /// Stops when the score is small, not the step.
    struct NewtonStopsOnTheScore: GammaReferenceDefaults {
        func newtonRaphson(observations: [Double], start: Double, tolerance: Double,
                           maxIterations: Int) -> (shape: Double, iterations: Int) {
            let n = Double(observations.count)
            var (shape, iterations) = (start, 0)
            while iterations < maxIterations {
                shape -= profileScore(shape: shape, observations: observations) / (n * (1 / shape - trigamma(shape)))
                iterations += 1
                if abs(profileScore(shape: shape, observations: observations)) <= tolerance { break }
            }
            return (shape, iterations)
        }
    }

    /// The story's answer, whatever the inputs.
    struct NewtonReturnsTheStoryEstimate: GammaReferenceDefaults {
        func newtonRaphson(observations: [Double], start: Double, tolerance: Double,
                           maxIterations: Int) -> (shape: Double, iterations: Int) {
            (3.002239, 4)
        }
    }

    /// Half of each Newton step, "to be safe".
    struct NewtonHalfSteps: GammaReferenceDefaults {
        func newtonRaphson(observations: [Double], start: Double, tolerance: Double,
                           maxIterations: Int) -> (shape: Double, iterations: Int) {
            GammaWrong.newton(observations, start, tolerance, maxIterations) { shape, n in
                0.5 * profileScore(shape: shape, observations: observations) / (n * (1 / shape - trigamma(shape)))
            }
        }
    }

    // MARK: - multiStartMaximum

    private static func tops(_ observations: [Double], _ starts: [Double]) -> [Double] {
        starts.map { cauchyLocalMaximum(from: $0, observations: observations) }
    }

    private static func value(_ location: Double, _ observations: [Double]) -> Double {
        cauchyLogLikelihood(location: location, observations: observations)
    }

    struct FirstLocalMaximum: GammaReferenceDefaults {
        func multiStartMaximum(observations: [Double], starts: [Double]) -> Double {
            cauchyLocalMaximum(from: starts[0], observations: observations)
        }
    }

    struct LastLocalMaximum: GammaReferenceDefaults {
        func multiStartMaximum(observations: [Double], starts: [Double]) -> Double {
            var best = cauchyLocalMaximum(from: starts[0], observations: observations)
            for start in starts.dropFirst() { best = cauchyLocalMaximum(from: start, observations: observations) }
            return best
        }
    }

    struct LowestTop: GammaReferenceDefaults {
        func multiStartMaximum(observations: [Double], starts: [Double]) -> Double {
            GammaWrong.tops(observations, starts).min { GammaWrong.value($0, observations) < GammaWrong.value($1, observations) } ?? .nan
        }
    }

    struct LargestLocation: GammaReferenceDefaults {
        func multiStartMaximum(observations: [Double], starts: [Double]) -> Double {
            GammaWrong.tops(observations, starts).max() ?? .nan
        }
    }

    struct BestStartWithoutClimbing: GammaReferenceDefaults {
        func multiStartMaximum(observations: [Double], starts: [Double]) -> Double {
            starts.max { GammaWrong.value($0, observations) < GammaWrong.value($1, observations) } ?? .nan
        }
    }

    struct ClimbFromTheBestStart: GammaReferenceDefaults {
        func multiStartMaximum(observations: [Double], starts: [Double]) -> Double {
            let start = starts.max { GammaWrong.value($0, observations) < GammaWrong.value($1, observations) } ?? starts[0]
            return cauchyLocalMaximum(from: start, observations: observations)
        }
    }

    struct ReturnsTheLogLikelihood: GammaReferenceDefaults {
        func multiStartMaximum(observations: [Double], starts: [Double]) -> Double {
            GammaWrong.tops(observations, starts).map { GammaWrong.value($0, observations) }.max() ?? .nan
        }
    }

    struct MeanOfTheTops: GammaReferenceDefaults {
        func multiStartMaximum(observations: [Double], starts: [Double]) -> Double {
            let tops = GammaWrong.tops(observations, starts)
            return tops.reduce(0, +) / Double(tops.count)
        }
    }

    /// The highest of the starts' tops by a crude grid search around each start instead of the given climber.
    struct GridAroundEachStart: GammaReferenceDefaults {
        func multiStartMaximum(observations: [Double], starts: [Double]) -> Double {
            let grid = starts.flatMap { start in (-100...100).map { start + Double($0) * 0.01 } }
            return grid.max { GammaWrong.value($0, observations) < GammaWrong.value($1, observations) } ?? .nan
        }
    }

    /// Right, another way: every top first, then the first with the largest log-likelihood.
    struct TopsThenBest: GammaReferenceDefaults {
        func multiStartMaximum(observations: [Double], starts: [Double]) -> Double {
            let tops = GammaWrong.tops(observations, starts)
            let values = tops.map { GammaWrong.value($0, observations) }
            return tops[values.firstIndex(of: values.max() ?? 0) ?? 0]
        }
    }
}
