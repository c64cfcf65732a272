import FisherInformationKata
import Foundation

// Wrong solutions to kata 10.2.6, each written the way a learner might write it, each
// with one mistake (or a right answer written another way). Whatever a solution does
// not override comes from the reference, so only the exercise it gets wrong should fail.

/// Takes every exercise from the reference unless the conforming type writes its own.
protocol FisherInformationReferenceDefaults: FisherInformationExercises {}

extension FisherInformationReferenceDefaults {
    func logLikelihood(mean: Double, counts: [Int]) -> Double {
        ReferenceSolution().logLikelihood(mean: mean, counts: counts)
    }
    func maximumLikelihoodEstimate(counts: [Int]) -> Double {
        ReferenceSolution().maximumLikelihoodEstimate(counts: counts)
    }
    func fisherInformation(mean: Double, count: Int) -> Double {
        ReferenceSolution().fisherInformation(mean: mean, count: count)
    }
    func observedInformation(of logLikelihood: (Double) -> Double, at estimate: Double) -> Double {
        ReferenceSolution().observedInformation(of: logLikelihood, at: estimate)
    }
    func waldInterval(estimate: Double, observedInformation: Double) -> (lower: Double, upper: Double) {
        ReferenceSolution().waldInterval(estimate: estimate, observedInformation: observedInformation)
    }
    func coverage(trials: Int, truth: Double, sample: () -> [Double],
                  interval: ([Double]) -> (lower: Double, upper: Double)) -> Double {
        ReferenceSolution().coverage(trials: trials, truth: truth, sample: sample, interval: interval)
    }
}

/// The wrong solutions, in a namespace of their own.
enum FisherWrong {
    // MARK: - logLikelihood

    struct DroppedLogFactorial: FisherInformationReferenceDefaults {
        func logLikelihood(mean: Double, counts: [Int]) -> Double {
            counts.reduce(0) { $0 + Double($1) * log(mean) - mean }
        }
    }

    struct AddedLogFactorial: FisherInformationReferenceDefaults {
        func logLikelihood(mean: Double, counts: [Int]) -> Double {
            counts.reduce(0) { $0 + Double($1) * log(mean) - mean + logGamma(Double($1) + 1) }
        }
    }

    struct LogKNotLogFactorial: FisherInformationReferenceDefaults {
        func logLikelihood(mean: Double, counts: [Int]) -> Double {
            counts.reduce(0) { $0 + Double($1) * log(mean) - mean - log(Double($1)) }
        }
    }

    /// Kata 10.2.5's log-likelihood, carried over.
    struct ExponentialLogLikelihood: FisherInformationReferenceDefaults {
        func logLikelihood(mean: Double, counts: [Int]) -> Double {
            Double(counts.count) * log(mean) - mean * Double(counts.reduce(0, +))
        }
    }

    struct LogOfTheProduct: FisherInformationReferenceDefaults {
        func logLikelihood(mean: Double, counts: [Int]) -> Double {
            log(counts.reduce(1.0) { $0 * pow(mean, Double($1)) * exp(-mean) / tgamma(Double($1) + 1) })
        }
    }

    /// ln k! as log(tgamma(k + 1)): right until k! overflows, past 170.
    struct LogOfFactorial: FisherInformationReferenceDefaults {
        func logLikelihood(mean: Double, counts: [Int]) -> Double {
            counts.reduce(0) { $0 + Double($1) * log(mean) - mean - log(tgamma(Double($1) + 1)) }
        }
    }

    struct MeanLogLikelihood: FisherInformationReferenceDefaults {
        func logLikelihood(mean: Double, counts: [Int]) -> Double {
            ReferenceSolution().logLikelihood(mean: mean, counts: counts) / Double(counts.count)
        }
    }

    struct LogBase10: FisherInformationReferenceDefaults {
        func logLikelihood(mean: Double, counts: [Int]) -> Double {
            counts.reduce(0.0) { total, k in
                let logFactorial: Double = logGamma(Double(k) + 1)
                return total + Double(k) * log10(mean) - mean / M_LN10 - logFactorial / M_LN10
            }
        }
    }

    /// Right, written another way: ln k! as a sum of logs.
    struct LogFactorialByLoop: FisherInformationReferenceDefaults {
        func logLikelihood(mean: Double, counts: [Int]) -> Double {
            counts.reduce(0) { total, k in
                total + Double(k) * log(mean) - mean - (0..<max(k, 1)).reduce(0.0) { $0 + log(Double($1 + 1)) }
            }
        }
    }

    // MARK: - maximumLikelihoodEstimate

    struct IntegerDivision: FisherInformationReferenceDefaults {
        func maximumLikelihoodEstimate(counts: [Int]) -> Double {
            Double(counts.reduce(0, +) / counts.count)
        }
    }

    struct ExponentialRate: FisherInformationReferenceDefaults {
        func maximumLikelihoodEstimate(counts: [Int]) -> Double {
            Double(counts.count) / Double(counts.reduce(0, +))
        }
    }

    struct SumNotMean: FisherInformationReferenceDefaults {
        func maximumLikelihoodEstimate(counts: [Int]) -> Double {
            Double(counts.reduce(0, +))
        }
    }

    struct Median: FisherInformationReferenceDefaults {
        func maximumLikelihoodEstimate(counts: [Int]) -> Double {
            Double(counts.sorted()[counts.count / 2])
        }
    }

    // MARK: - fisherInformation

    struct ExponentialInformation: FisherInformationReferenceDefaults {
        func fisherInformation(mean: Double, count: Int) -> Double { Double(count) / (mean * mean) }
    }

    struct NegativeInformation: FisherInformationReferenceDefaults {
        func fisherInformation(mean: Double, count: Int) -> Double { -Double(count) / mean }
    }

    struct OneObservation: FisherInformationReferenceDefaults {
        func fisherInformation(mean: Double, count: Int) -> Double { 1 / mean }
    }

    struct VarianceOfTheEstimate: FisherInformationReferenceDefaults {
        func fisherInformation(mean: Double, count: Int) -> Double { mean / Double(count) }
    }

    struct OverRootMean: FisherInformationReferenceDefaults {
        func fisherInformation(mean: Double, count: Int) -> Double { Double(count) / mean.squareRoot() }
    }

    // MARK: - observedInformation

    /// A central difference with an unscaled h: too small where θ is large.
    struct UnscaledStep: FisherInformationReferenceDefaults {
        func observedInformation(of logLikelihood: (Double) -> Double, at estimate: Double) -> Double {
            let h = 1e-4
            return -(logLikelihood(estimate + h) - 2 * logLikelihood(estimate) + logLikelihood(estimate - h)) / (h * h)
        }
    }

    struct ForwardDifference: FisherInformationReferenceDefaults {
        func observedInformation(of logLikelihood: (Double) -> Double, at estimate: Double) -> Double {
            let h = 1e-4 * max(1, abs(estimate))
            return -(logLikelihood(estimate + 2 * h) - 2 * logLikelihood(estimate + h) + logLikelihood(estimate)) / (h * h)
        }
    }

    struct SecondDerivativeNotNegated: FisherInformationReferenceDefaults {
        func observedInformation(of logLikelihood: (Double) -> Double, at estimate: Double) -> Double {
            -ReferenceSolution().observedInformation(of: logLikelihood, at: estimate)
        }
    }

    struct TinyStep: FisherInformationReferenceDefaults {
        func observedInformation(of logLikelihood: (Double) -> Double, at estimate: Double) -> Double {
            let h = 1e-9
            return -(logLikelihood(estimate + h) - 2 * logLikelihood(estimate) + logLikelihood(estimate - h)) / (h * h)
        }
    }

    /// A step that looks small enough, and is too small for a curve of height ~90.
    struct StepOf1e5: FisherInformationReferenceDefaults {
        func observedInformation(of logLikelihood: (Double) -> Double, at estimate: Double) -> Double {
            let h = 1e-5
            return -(logLikelihood(estimate + h) - 2 * logLikelihood(estimate) + logLikelihood(estimate - h)) / (h * h)
        }
    }

    /// A step of 0.001 · max(1, |θ|): fine for gentle curves, too wide for a steep one.
    struct StepOf1e3: FisherInformationReferenceDefaults {
        func observedInformation(of logLikelihood: (Double) -> Double, at estimate: Double) -> Double {
            let h = 1e-3 * max(1, abs(estimate))
            return -(logLikelihood(estimate + h) - 2 * logLikelihood(estimate) + logLikelihood(estimate - h)) / (h * h)
        }
    }

    struct LargeStep: FisherInformationReferenceDefaults {
        func observedInformation(of logLikelihood: (Double) -> Double, at estimate: Double) -> Double {
            let h = 0.1
            return -(logLikelihood(estimate + h) - 2 * logLikelihood(estimate) + logLikelihood(estimate - h)) / (h * h)
        }
    }

    struct DividedByH: FisherInformationReferenceDefaults {
        func observedInformation(of logLikelihood: (Double) -> Double, at estimate: Double) -> Double {
            let h = 1e-4 * max(1, abs(estimate))
            return -(logLikelihood(estimate + h) - 2 * logLikelihood(estimate) + logLikelihood(estimate - h)) / h
        }
    }

    /// Returns n/θ̂ whatever the curve: right for a Poisson, never evaluating ℓ.
    struct NeverEvaluates: FisherInformationReferenceDefaults {
        func observedInformation(of logLikelihood: (Double) -> Double, at estimate: Double) -> Double { 50 / estimate }
    }

    /// Right, written another way: the five-point stencil.
    struct FivePointStencil: FisherInformationReferenceDefaults {
        func observedInformation(of logLikelihood: (Double) -> Double, at estimate: Double) -> Double {
            let h = 1e-3 * max(1, abs(estimate))
            let (far, near) = (logLikelihood(estimate + 2 * h) + logLikelihood(estimate - 2 * h),
                               logLikelihood(estimate + h) + logLikelihood(estimate - h))
            return -(-far + 16 * near - 30 * logLikelihood(estimate)) / (12 * h * h)
        }
    }

    /// Right, written another way: the slope's change between θ ± h/2.
    struct DifferenceOfSlopes: FisherInformationReferenceDefaults {
        func observedInformation(of logLikelihood: (Double) -> Double, at estimate: Double) -> Double {
            let h = 2e-4 * max(1, abs(estimate))
            func slope(_ at: Double) -> Double { (logLikelihood(at + h / 2) - logLikelihood(at - h / 2)) / h }
            return -(slope(estimate + h / 2) - slope(estimate - h / 2)) / h
        }
    }

    // MARK: - waldInterval

    /// The interval `halfWidth` either side of `estimate`.
    private static func interval(_ estimate: Double, _ halfWidth: Double) -> (lower: Double, upper: Double) {
        (estimate - halfWidth, estimate + halfWidth)
    }

    struct OneOverInformation: FisherInformationReferenceDefaults {
        func waldInterval(estimate: Double, observedInformation: Double) -> (lower: Double, upper: Double) {
            interval(estimate, 1.96 / observedInformation)
        }
    }

    struct RootInformation: FisherInformationReferenceDefaults {
        func waldInterval(estimate: Double, observedInformation: Double) -> (lower: Double, upper: Double) {
            interval(estimate, 1.96 * observedInformation.squareRoot())
        }
    }

    struct NinetyPercent: FisherInformationReferenceDefaults {
        func waldInterval(estimate: Double, observedInformation: Double) -> (lower: Double, upper: Double) {
            interval(estimate, 1.645 / observedInformation.squareRoot())
        }
    }

    struct ZOfTwo: FisherInformationReferenceDefaults {
        func waldInterval(estimate: Double, observedInformation: Double) -> (lower: Double, upper: Double) {
            interval(estimate, 2 / observedInformation.squareRoot())
        }
    }

    struct EndsSwapped: FisherInformationReferenceDefaults {
        func waldInterval(estimate: Double, observedInformation: Double) -> (lower: Double, upper: Double) {
            let right = ReferenceSolution().waldInterval(estimate: estimate, observedInformation: observedInformation)
            return (right.upper, right.lower)
        }
    }

    /// Right, written another way: the familiar 1.96.
    struct TypedZ: FisherInformationReferenceDefaults {
        func waldInterval(estimate: Double, observedInformation: Double) -> (lower: Double, upper: Double) {
            interval(estimate, 1.96 / sqrt(observedInformation))
        }
    }

    /// z · √(1/I) written as z / I^½ with the exponent as 1/2 in Int: I⁰ = 1.
    struct IntegerExponent: FisherInformationReferenceDefaults {
        func waldInterval(estimate: Double, observedInformation: Double) -> (lower: Double, upper: Double) {
            interval(estimate, 1.96 / pow(observedInformation, Double(1 / 2)))
        }
    }

    // MARK: - coverage

    struct CountsMisses: FisherInformationReferenceDefaults {
        func coverage(trials: Int, truth: Double, sample: () -> [Double],
                      interval: ([Double]) -> (lower: Double, upper: Double)) -> Double {
            let misses = (0..<trials).filter { _ in let (l, u) = interval(sample()); return truth < l || truth > u }.count
            return Double(misses) / Double(trials)
        }
    }

    struct StrictEnds: FisherInformationReferenceDefaults {
        func coverage(trials: Int, truth: Double, sample: () -> [Double],
                      interval: ([Double]) -> (lower: Double, upper: Double)) -> Double {
            let hits = (0..<trials).filter { _ in let (l, u) = interval(sample()); return l < truth && truth < u }.count
            return Double(hits) / Double(trials)
        }
    }

    static func hits(_ trials: Int, _ truth: Double, _ sample: () -> [Double],
                     _ interval: ([Double]) -> (lower: Double, upper: Double)) -> Int {
        (0..<trials).filter { _ in let (l, u) = interval(sample()); return l <= truth && truth <= u }.count
    }

    struct CountNotShare: FisherInformationReferenceDefaults {
        func coverage(trials: Int, truth: Double, sample: () -> [Double],
                      interval: ([Double]) -> (lower: Double, upper: Double)) -> Double {
            Double(hits(trials, truth, sample, interval))
        }
    }

    struct Percentage: FisherInformationReferenceDefaults {
        func coverage(trials: Int, truth: Double, sample: () -> [Double],
                      interval: ([Double]) -> (lower: Double, upper: Double)) -> Double {
            100 * Double(hits(trials, truth, sample, interval)) / Double(trials)
        }
    }

    struct OverTrialsPlusOne: FisherInformationReferenceDefaults {
        func coverage(trials: Int, truth: Double, sample: () -> [Double],
                      interval: ([Double]) -> (lower: Double, upper: Double)) -> Double {
            Double(hits(trials, truth, sample, interval)) / Double(trials + 1)
        }
    }

    struct IntegerShare: FisherInformationReferenceDefaults {
        func coverage(trials: Int, truth: Double, sample: () -> [Double],
                      interval: ([Double]) -> (lower: Double, upper: Double)) -> Double {
            Double(hits(trials, truth, sample, interval) / trials)
        }
    }

    /// One sample drawn, and its interval counted `trials` times.
    struct OneSampleForAll: FisherInformationReferenceDefaults {
        func coverage(trials: Int, truth: Double, sample: () -> [Double],
                      interval: ([Double]) -> (lower: Double, upper: Double)) -> Double {
            let (lower, upper) = interval(sample())
            return lower <= truth && truth <= upper ? 1 : 0
        }
    }

    /// Right, another way: a sample thrown away before each one used, so a different
    /// simulation of the same coverage, held to its Monte Carlo error.
    struct TwoSamplesPerTrial: FisherInformationReferenceDefaults {
        func coverage(trials: Int, truth: Double, sample: () -> [Double],
                      interval: ([Double]) -> (lower: Double, upper: Double)) -> Double {
            Double(hits(trials, truth, { _ = sample(); return sample() }, interval)) / Double(trials)
        }
    }
}
