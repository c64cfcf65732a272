import Foundation
import GaussianKata

// Wrong solutions to kata 10.2.2, each written the way a learner might write it, each
// with one mistake. Whatever a solution does not override comes from the reference,
// so only the exercise it gets wrong should fail.

/// Takes every exercise from the reference unless the conforming type writes its own.
protocol GaussianReferenceDefaults: GaussianExercises {}

extension GaussianReferenceDefaults {
    func mean(of data: [Double]) -> Double { ReferenceSolution().mean(of: data) }
    func logLikelihood(of data: [Double], mean: Double, variance: Double) -> Double {
        ReferenceSolution().logLikelihood(of: data, mean: mean, variance: variance)
    }
    func maximumLikelihoodEstimate(of data: [Double]) -> (mean: Double, variance: Double) {
        ReferenceSolution().maximumLikelihoodEstimate(of: data)
    }
    func confidenceInterval95(of data: [Double]) -> (lower: Double, upper: Double) {
        ReferenceSolution().confidenceInterval95(of: data)
    }
}

// MARK: - mean

struct MeanOverNMinusOne: GaussianReferenceDefaults {
    func mean(of data: [Double]) -> Double { data.reduce(0, +) / Double(data.count - 1) }
}

struct MeanReturnsTheSum: GaussianReferenceDefaults {
    func mean(of data: [Double]) -> Double {
        var total = 0.0
        for x in data { total += x }
        return total
    }
}

struct MeanHardCoded: GaussianReferenceDefaults {
    func mean(of data: [Double]) -> Double { 2.88 }
}

// MARK: - logLikelihood

struct LogLikelihoodWithoutConstant: GaussianReferenceDefaults {
    func logLikelihood(of data: [Double], mean: Double, variance: Double) -> Double {
        let squares = data.map { ($0 - mean) * ($0 - mean) }.reduce(0, +)
        return -Double(data.count) / 2 * log(variance) - squares / (2 * variance)
    }
}

struct LogLikelihoodWithoutLogVariance: GaussianReferenceDefaults {
    func logLikelihood(of data: [Double], mean: Double, variance: Double) -> Double {
        let squares = data.map { ($0 - mean) * ($0 - mean) }.reduce(0, +)
        return -squares / (2 * variance)
    }
}

struct LogLikelihoodOfTheProduct: GaussianReferenceDefaults {
    func logLikelihood(of data: [Double], mean: Double, variance: Double) -> Double {
        var likelihood = 1.0
        for x in data {
            likelihood *= exp(-(x - mean) * (x - mean) / (2 * variance)) / sqrt(2 * Double.pi * variance)
        }
        return log(likelihood)
    }
}

struct LogLikelihoodOfEachDensity: GaussianReferenceDefaults {
    func logLikelihood(of data: [Double], mean: Double, variance: Double) -> Double {
        data.map { x in log(exp(-(x - mean) * (x - mean) / (2 * variance)) / sqrt(2 * Double.pi * variance)) }
            .reduce(0, +)
    }
}

struct LogLikelihoodSquaresTheVariance: GaussianReferenceDefaults {
    func logLikelihood(of data: [Double], mean: Double, variance: Double) -> Double {
        let sigmaSquared = variance * variance
        let n = Double(data.count)
        let squares = data.map { ($0 - mean) * ($0 - mean) }.reduce(0, +)
        return -n / 2 * log(2 * Double.pi) - n / 2 * log(sigmaSquared) - squares / (2 * sigmaSquared)
    }
}

struct LogLikelihoodWithNLogVariance: GaussianReferenceDefaults {
    func logLikelihood(of data: [Double], mean: Double, variance: Double) -> Double {
        let n = Double(data.count)
        let squares = data.map { ($0 - mean) * ($0 - mean) }.reduce(0, +)
        return -n / 2 * log(2 * Double.pi) - n * log(variance) - squares / (2 * variance)
    }
}

struct LogLikelihoodMissingHalf: GaussianReferenceDefaults {
    func logLikelihood(of data: [Double], mean: Double, variance: Double) -> Double {
        let n = Double(data.count)
        let squares = data.map { ($0 - mean) * ($0 - mean) }.reduce(0, +)
        return -n / 2 * log(2 * Double.pi * variance) - squares / variance
    }
}

struct LogLikelihoodNegated: GaussianReferenceDefaults {
    func logLikelihood(of data: [Double], mean: Double, variance: Double) -> Double {
        let n = Double(data.count)
        let squares = data.map { ($0 - mean) * ($0 - mean) }.reduce(0, +)
        return n / 2 * log(2 * Double.pi * variance) + squares / (2 * variance)
    }
}

struct LogLikelihoodAveraged: GaussianReferenceDefaults {
    func logLikelihood(of data: [Double], mean: Double, variance: Double) -> Double {
        let terms = data.map { -0.5 * log(2 * Double.pi * variance) - ($0 - mean) * ($0 - mean) / (2 * variance) }
        return terms.reduce(0, +) / Double(terms.count)
    }
}

// MARK: - maximumLikelihoodEstimate

struct EstimateOverNMinusOne: GaussianReferenceDefaults {
    func maximumLikelihoodEstimate(of data: [Double]) -> (mean: Double, variance: Double) {
        let m = mean(of: data)
        return (m, data.map { ($0 - m) * ($0 - m) }.reduce(0, +) / Double(data.count - 1))
    }
}

struct EstimateReturnsStandardDeviation: GaussianReferenceDefaults {
    func maximumLikelihoodEstimate(of data: [Double]) -> (mean: Double, variance: Double) {
        let m = mean(of: data)
        return (m, sqrt(data.map { ($0 - m) * ($0 - m) }.reduce(0, +) / Double(data.count)))
    }
}

struct EstimateWithoutSubtractingMean: GaussianReferenceDefaults {
    func maximumLikelihoodEstimate(of data: [Double]) -> (mean: Double, variance: Double) {
        (mean(of: data), data.map { $0 * $0 }.reduce(0, +) / Double(data.count))
    }
}

/// The textbook shortcut E[X²] − E[X]², right on paper.
struct EstimateInOnePass: GaussianReferenceDefaults {
    func maximumLikelihoodEstimate(of data: [Double]) -> (mean: Double, variance: Double) {
        let n = Double(data.count)
        var sum = 0.0
        var sumOfSquares = 0.0
        for x in data {
            sum += x
            sumOfSquares += x * x
        }
        let m = sum / n
        return (m, sumOfSquares / n - m * m)
    }
}

struct EstimateSwapped: GaussianReferenceDefaults {
    func maximumLikelihoodEstimate(of data: [Double]) -> (mean: Double, variance: Double) {
        let m = mean(of: data)
        let v = data.map { ($0 - m) * ($0 - m) }.reduce(0, +) / Double(data.count)
        return (v, m)
    }
}

/// n − 1 in the estimate, and an interval built correctly on top of it: both fail,
/// the interval because of the estimate.
struct NMinusOneCarriedIntoInterval: GaussianReferenceDefaults {
    func maximumLikelihoodEstimate(of data: [Double]) -> (mean: Double, variance: Double) {
        EstimateOverNMinusOne().maximumLikelihoodEstimate(of: data)
    }
    func confidenceInterval95(of data: [Double]) -> (lower: Double, upper: Double) {
        let (m, v) = maximumLikelihoodEstimate(of: data)
        let half = 1.96 * sqrt(v) / sqrt(Double(data.count))
        return (m - half, m + half)
    }
}

// MARK: - confidenceInterval95

struct IntervalWithTheVariance: GaussianReferenceDefaults {
    func confidenceInterval95(of data: [Double]) -> (lower: Double, upper: Double) {
        let (m, v) = maximumLikelihoodEstimate(of: data)
        let half = 1.96 * v / sqrt(Double(data.count))
        return (m - half, m + half)
    }
}

struct IntervalWithoutRootN: GaussianReferenceDefaults {
    func confidenceInterval95(of data: [Double]) -> (lower: Double, upper: Double) {
        let (m, v) = maximumLikelihoodEstimate(of: data)
        return (m - 1.96 * sqrt(v), m + 1.96 * sqrt(v))
    }
}

struct IntervalOverN: GaussianReferenceDefaults {
    func confidenceInterval95(of data: [Double]) -> (lower: Double, upper: Double) {
        let (m, v) = maximumLikelihoodEstimate(of: data)
        let half = 1.96 * sqrt(v) / Double(data.count)
        return (m - half, m + half)
    }
}

struct IntervalWithSampleDeviation: GaussianReferenceDefaults {
    func confidenceInterval95(of data: [Double]) -> (lower: Double, upper: Double) {
        let m = mean(of: data)
        let s = sqrt(data.map { ($0 - m) * ($0 - m) }.reduce(0, +) / Double(data.count - 1))
        let half = 1.96 * s / sqrt(Double(data.count))
        return (m - half, m + half)
    }
}

struct IntervalWithZOf2: GaussianReferenceDefaults {
    func confidenceInterval95(of data: [Double]) -> (lower: Double, upper: Double) {
        let (m, v) = maximumLikelihoodEstimate(of: data)
        let half = 2 * sqrt(v / Double(data.count))
        return (m - half, m + half)
    }
}

struct IntervalSwapped: GaussianReferenceDefaults {
    func confidenceInterval95(of data: [Double]) -> (lower: Double, upper: Double) {
        let (m, v) = maximumLikelihoodEstimate(of: data)
        let half = 1.96 * sqrt(v / Double(data.count))
        return (m + half, m - half)
    }
}

// MARK: - Right, written differently

/// Welford's running update: one pass, and accurate far from zero.
struct EstimateByWelford: GaussianReferenceDefaults {
    func maximumLikelihoodEstimate(of data: [Double]) -> (mean: Double, variance: Double) {
        var (count, mean, m2) = (0.0, 0.0, 0.0)
        for x in data {
            count += 1
            let delta = x - mean
            mean += delta / count
            m2 += delta * (x - mean)
        }
        return (mean, m2 / count)
    }
}

/// The sum of each measurement's log-density, written out term by term.
struct LogLikelihoodTermByTerm: GaussianReferenceDefaults {
    func logLikelihood(of data: [Double], mean: Double, variance: Double) -> Double {
        var total = 0.0
        for x in data { total += -0.5 * log(2 * Double.pi) - 0.5 * log(variance) - pow(x - mean, 2) / (2 * variance) }
        return total
    }
}

/// The standard error as the square root of the inverse Fisher information.
struct IntervalFromFisherInformation: GaussianReferenceDefaults {
    func confidenceInterval95(of data: [Double]) -> (lower: Double, upper: Double) {
        let estimate = maximumLikelihoodEstimate(of: data)
        let information = Double(data.count) / estimate.variance
        let standardError = 1 / information.squareRoot()
        return (estimate.mean - 1.96 * standardError, estimate.mean + 1.96 * standardError)
    }
}

// MARK: - More slips, one per solution

/// A loop `0..<data.count - 1`: the last measurement left out of the sum, still divided by n.
struct MeanSkipsLastValue: GaussianReferenceDefaults {
    func mean(of data: [Double]) -> Double {
        var total = 0.0
        for index in 0..<data.count - 1 { total += data[index] }
        return total / Double(data.count)
    }
}

/// The sum accumulated in `Float`: right to 7 digits, not 12.
struct MeanInFloat: GaussianReferenceDefaults {
    func mean(of data: [Double]) -> Double {
        Double(data.map { Float($0) }.reduce(0, +) / Float(data.count))
    }
}

/// A plus where the minus belongs on the ln σ² term: −n/2 · ln(2π) + n/2 · ln σ² − Σ(xᵢ − μ)²/(2σ²).
struct LogLikelihoodSignSlipOnLogVariance: GaussianReferenceDefaults {
    func logLikelihood(of data: [Double], mean: Double, variance: Double) -> Double {
        let n = Double(data.count)
        let squares = data.map { ($0 - mean) * ($0 - mean) }.reduce(0, +)
        return -n / 2 * log(2 * Double.pi) + n / 2 * log(variance) - squares / (2 * variance)
    }
}

/// The deviations measured from the data's own mean, ignoring the `mean` argument.
struct LogLikelihoodIgnoresMeanArgument: GaussianReferenceDefaults {
    func logLikelihood(of data: [Double], mean: Double, variance: Double) -> Double {
        let centre = data.reduce(0, +) / Double(data.count)
        let n = Double(data.count)
        let squares = data.map { ($0 - centre) * ($0 - centre) }.reduce(0, +)
        return -n / 2 * log(2 * Double.pi * variance) - squares / (2 * variance)
    }
}

/// (x − μ)² written `pow(x, 2) - pow(mean, 2)`: the square of the difference taken apart.
struct LogLikelihoodSquaresApart: GaussianReferenceDefaults {
    func logLikelihood(of data: [Double], mean: Double, variance: Double) -> Double {
        let n = Double(data.count)
        let squares = data.map { pow($0, 2) - pow(mean, 2) }.reduce(0, +)
        return -n / 2 * log(2 * Double.pi * variance) - squares / (2 * variance)
    }
}

/// The mean absolute deviation Σ|xᵢ − x̄|/n returned as the variance.
struct EstimateMeanAbsoluteDeviation: GaussianReferenceDefaults {
    func maximumLikelihoodEstimate(of data: [Double]) -> (mean: Double, variance: Double) {
        let m = mean(of: data)
        return (m, data.map { abs($0 - m) }.reduce(0, +) / Double(data.count))
    }
}

/// The squared deviations summed from index 1: the first measurement left out, still over n.
struct EstimateSkipsFirstValue: GaussianReferenceDefaults {
    func maximumLikelihoodEstimate(of data: [Double]) -> (mean: Double, variance: Double) {
        let m = mean(of: data)
        var squares = 0.0
        for index in 1..<data.count { squares += (data[index] - m) * (data[index] - m) }
        return (m, squares / Double(data.count))
    }
}

/// 1.96 halved "because the interval is two-sided": z = 0.98.
struct IntervalWithHalvedZ: GaussianReferenceDefaults {
    func confidenceInterval95(of data: [Double]) -> (lower: Double, upper: Double) {
        let (m, v) = maximumLikelihoodEstimate(of: data)
        let half = 1.96 / 2 * sqrt(v / Double(data.count))
        return (m - half, m + half)
    }
}

/// The half-width returned as the interval, forgetting to centre it on μ̂.
struct IntervalAroundZero: GaussianReferenceDefaults {
    func confidenceInterval95(of data: [Double]) -> (lower: Double, upper: Double) {
        let (_, v) = maximumLikelihoodEstimate(of: data)
        let half = 1.96 * sqrt(v / Double(data.count))
        return (-half, half)
    }
}

/// The unbiased s² first, then rescaled by (n − 1)/n: right, except that with one
/// measurement s² is 0/0 = NaN, and NaN · 0 is NaN.
struct EstimateFromSampleVariance: GaussianReferenceDefaults {
    func maximumLikelihoodEstimate(of data: [Double]) -> (mean: Double, variance: Double) {
        let m = mean(of: data)
        let n = Double(data.count)
        let s2 = data.map { ($0 - m) * ($0 - m) }.reduce(0, +) / (n - 1)
        return (m, s2 * (n - 1) / n)
    }
}
