import Foundation
import RegressionKata

// Wrong solutions to kata 10.2.3, each written the way a learner might write it, each
// with one mistake. Whatever a solution does not override comes from the reference,
// so only the exercise it gets wrong (and any check that uses it) should fail.

/// Takes every exercise from the reference unless the conforming type writes its own.
protocol RegressionReferenceDefaults: RegressionExercises {}

extension RegressionReferenceDefaults {
    func meanSquaredError(x: [Double], y: [Double], slope: Double, intercept: Double) -> Double {
        ReferenceSolution().meanSquaredError(x: x, y: y, slope: slope, intercept: intercept)
    }
    func negativeLogLikelihood(x: [Double], y: [Double], slope: Double, intercept: Double, sigma: Double) -> Double {
        ReferenceSolution().negativeLogLikelihood(x: x, y: y, slope: slope, intercept: intercept, sigma: sigma)
    }
    func leastSquares(x: [Double], y: [Double]) -> (slope: Double, intercept: Double) {
        ReferenceSolution().leastSquares(x: x, y: y)
    }
    func noiseVariance(x: [Double], y: [Double]) -> Double {
        ReferenceSolution().noiseVariance(x: x, y: y)
    }
}

/// Σ(y − (m·x + b))², as learners write it.
private func rss(_ x: [Double], _ y: [Double], _ slope: Double, _ intercept: Double) -> Double {
    var total = 0.0
    for (xi, yi) in zip(x, y) {
        let r = yi - (slope * xi + intercept)
        total += r * r
    }
    return total
}

/// The wrong solutions, in a namespace of their own.
enum RegressionWrong {
    // MARK: - meanSquaredError

    struct SumNotMean: RegressionReferenceDefaults {
        func meanSquaredError(x: [Double], y: [Double], slope: Double, intercept: Double) -> Double {
            rss(x, y, slope, intercept)
        }
    }

    struct RootMeanSquaredError: RegressionReferenceDefaults {
        func meanSquaredError(x: [Double], y: [Double], slope: Double, intercept: Double) -> Double {
            sqrt(rss(x, y, slope, intercept) / Double(x.count))
        }
    }

    struct MeanSquaredErrorOverNMinusOne: RegressionReferenceDefaults {
        func meanSquaredError(x: [Double], y: [Double], slope: Double, intercept: Double) -> Double {
            rss(x, y, slope, intercept) / Double(x.count - 1)
        }
    }

    struct MeanSquaredErrorOverNMinusTwo: RegressionReferenceDefaults {
        func meanSquaredError(x: [Double], y: [Double], slope: Double, intercept: Double) -> Double {
            rss(x, y, slope, intercept) / Double(x.count - 2)
        }
    }

    struct MeanSquaredErrorSwapped: RegressionReferenceDefaults {
        func meanSquaredError(x: [Double], y: [Double], slope: Double, intercept: Double) -> Double {
            rss(x, y, intercept, slope) / Double(x.count)
        }
    }

    /// `yi - slope * xi + intercept`: the brackets forgotten.
    struct MeanSquaredErrorSignSlip: RegressionReferenceDefaults {
        func meanSquaredError(x: [Double], y: [Double], slope: Double, intercept: Double) -> Double {
            zip(x, y).reduce(0.0) { total, point in
                let r = point.1 - slope * point.0 + intercept
                return total + r * r
            } / Double(x.count)
        }
    }

    struct MeanAbsoluteError: RegressionReferenceDefaults {
        func meanSquaredError(x: [Double], y: [Double], slope: Double, intercept: Double) -> Double {
            zip(x, y).reduce(0.0) { $0 + abs($1.1 - (slope * $1.0 + intercept)) } / Double(x.count)
        }
    }

    struct ResidualsNotSquared: RegressionReferenceDefaults {
        func meanSquaredError(x: [Double], y: [Double], slope: Double, intercept: Double) -> Double {
            zip(x, y).reduce(0.0) { $0 + ($1.1 - (slope * $1.0 + intercept)) } / Double(x.count)
        }
    }

    struct MeanSquaredErrorHardCoded: RegressionReferenceDefaults {
        func meanSquaredError(x: [Double], y: [Double], slope: Double, intercept: Double) -> Double {
            3.916739295990341
        }
    }

    // MARK: - negativeLogLikelihood

    /// A negative log-likelihood assembled from its two terms, each possibly mistaken.
    struct NegativeLogLikelihood: RegressionReferenceDefaults {
        var logTerm: @Sendable (_ n: Double, _ sigma: Double) -> Double = { n, sigma in n / 2 * log(2 * Double.pi * sigma * sigma) }
        var squaresTerm: @Sendable (_ rss: Double, _ sigma: Double) -> Double = { rss, sigma in rss / (2 * sigma * sigma) }
        var swapped = false
        var divideByN = false

        func negativeLogLikelihood(x: [Double], y: [Double], slope: Double, intercept: Double, sigma: Double) -> Double {
            let n = Double(x.count)
            let total = logTerm(n, sigma) + squaresTerm(swapped ? rss(x, y, intercept, slope) : rss(x, y, slope, intercept), sigma)
            return divideByN ? total / n : total
        }
    }

    static let returnsLogLikelihood = NegativeLogLikelihood(
        logTerm: { n, sigma in -n / 2 * log(2 * Double.pi * sigma * sigma) }, squaresTerm: { rss, sigma in -rss / (2 * sigma * sigma) })
    static let minusBeforeSquares = NegativeLogLikelihood(squaresTerm: { rss, sigma in -rss / (2 * sigma * sigma) })
    static let minusBeforeLog = NegativeLogLikelihood(logTerm: { n, sigma in -n / 2 * log(2 * Double.pi * sigma * sigma) })
    static let dropsLogTerm = NegativeLogLikelihood(logTerm: { _, _ in 0 })
    static let dropsTwoPi = NegativeLogLikelihood(logTerm: { n, sigma in n / 2 * log(sigma * sigma) })
    static let missingHalfOnSquares = NegativeLogLikelihood(squaresTerm: { rss, sigma in rss / (sigma * sigma) })
    static let missingHalfOnLog = NegativeLogLikelihood(logTerm: { n, sigma in n * log(2 * Double.pi * sigma * sigma) })
    static let sigmaAsVariance = NegativeLogLikelihood(
        logTerm: { n, sigma in n / 2 * log(2 * Double.pi * sigma) }, squaresTerm: { rss, sigma in rss / (2 * sigma) })
    static let sigmaInsideLog = NegativeLogLikelihood(logTerm: { n, sigma in n / 2 * log(2 * Double.pi * sigma) })
    static let sigmaUnderSquares = NegativeLogLikelihood(squaresTerm: { rss, sigma in rss / (2 * sigma) })
    static let sigmaAsLogSigma = NegativeLogLikelihood(
        logTerm: { n, sigma in n / 2 * log(2 * Double.pi * exp(2 * sigma)) }, squaresTerm: { rss, sigma in rss / (2 * exp(2 * sigma)) })
    static let meanNegativeLogLikelihood = NegativeLogLikelihood(divideByN: true)
    static let logTermOnce = NegativeLogLikelihood(logTerm: { _, sigma in 0.5 * log(2 * Double.pi * sigma * sigma) })
    static let logBase10 = NegativeLogLikelihood(logTerm: { n, sigma in n / 2 * log10(2 * Double.pi * sigma * sigma) })
    static let negativeLogLikelihoodSwapped = NegativeLogLikelihood(swapped: true)

    /// `yi - slope * xi + intercept` in the negative log-likelihood.
    struct NegativeLogLikelihoodSignSlip: RegressionReferenceDefaults {
        func negativeLogLikelihood(x: [Double], y: [Double], slope: Double, intercept: Double, sigma: Double) -> Double {
            let squares = zip(x, y).reduce(0.0) { total, point in
                let r = point.1 - slope * point.0 + intercept
                return total + r * r
            }
            return Double(x.count) / 2 * log(2 * Double.pi * sigma * sigma) + squares / (2 * sigma * sigma)
        }
    }

    /// −Σ ln(density), each density computed first: underflows far from the line.
    struct LogOfEachDensity: RegressionReferenceDefaults {
        func negativeLogLikelihood(x: [Double], y: [Double], slope: Double, intercept: Double, sigma: Double) -> Double {
            -zip(x, y).reduce(0.0) { total, point in
                let r = point.1 - (slope * point.0 + intercept)
                return total + log(exp(-r * r / (2 * sigma * sigma)) / sqrt(2 * Double.pi * sigma * sigma))
            }
        }
    }

    struct NegativeLogLikelihoodHardCoded: RegressionReferenceDefaults {
        func negativeLogLikelihood(x: [Double], y: [Double], slope: Double, intercept: Double, sigma: Double) -> Double {
            210.15682809082904
        }
    }

    // MARK: - leastSquares

    struct LineSwapped: RegressionReferenceDefaults {
        func leastSquares(x: [Double], y: [Double]) -> (slope: Double, intercept: Double) {
            let line = ReferenceSolution().leastSquares(x: x, y: y)
            return (line.intercept, line.slope)
        }
    }

    /// Σxy/Σx² with the intercept 0: a line through the origin.
    struct ThroughTheOrigin: RegressionReferenceDefaults {
        func leastSquares(x: [Double], y: [Double]) -> (slope: Double, intercept: Double) {
            let slope = zip(x, y).reduce(0.0) { $0 + $1.0 * $1.1 } / x.reduce(0.0) { $0 + $1 * $1 }
            return (slope, 0)
        }
    }

    /// Σxy/Σx², then ȳ − m·x̄: the means subtracted only for the intercept.
    struct SlopeNotCentred: RegressionReferenceDefaults {
        func leastSquares(x: [Double], y: [Double]) -> (slope: Double, intercept: Double) {
            let slope = zip(x, y).reduce(0.0) { $0 + $1.0 * $1.1 } / x.reduce(0.0) { $0 + $1 * $1 }
            let n = Double(x.count)
            return (slope, y.reduce(0, +) / n - slope * x.reduce(0, +) / n)
        }
    }

    /// Centred sums, put together in the wrong way.
    struct CentredSums: RegressionReferenceDefaults {
        var slope: @Sendable (_ sxy: Double, _ sxx: Double, _ syy: Double, _ n: Double) -> Double = { sxy, sxx, _, _ in sxy / sxx }
        var intercept: @Sendable (_ xMean: Double, _ yMean: Double, _ slope: Double) -> Double = { xm, ym, m in ym - m * xm }

        func leastSquares(x: [Double], y: [Double]) -> (slope: Double, intercept: Double) {
            let n = Double(x.count)
            let (xm, ym) = (x.reduce(0, +) / n, y.reduce(0, +) / n)
            let sxy = zip(x, y).reduce(0.0) { $0 + ($1.0 - xm) * ($1.1 - ym) }
            let sxx = x.reduce(0.0) { $0 + ($1 - xm) * ($1 - xm) }
            let syy = y.reduce(0.0) { $0 + ($1 - ym) * ($1 - ym) }
            let m = slope(sxy, sxx, syy, n)
            return (m, intercept(xm, ym, m))
        }
    }

    static let slopeOfXOnY = CentredSums(slope: { sxy, _, syy, _ in sxy / syy })
    static let slopeUpsideDown = CentredSums(slope: { sxy, sxx, _, _ in sxx / sxy })
    static let mixedNAndNMinusOne = CentredSums(slope: { sxy, sxx, _, n in (sxy / (n - 1)) / (sxx / n) })
    static let interceptPlus = CentredSums(intercept: { xm, ym, m in ym + m * xm })
    static let interceptIsYMean = CentredSums(intercept: { _, ym, _ in ym })
    static let interceptMeansSwapped = CentredSums(intercept: { xm, ym, m in xm - m * ym })

    /// The textbook one-pass formula (nΣxy − ΣxΣy) / (nΣx² − (Σx)²).
    struct OnePassFormula: RegressionReferenceDefaults {
        func leastSquares(x: [Double], y: [Double]) -> (slope: Double, intercept: Double) {
            let n = Double(x.count)
            let (sx, sy) = (x.reduce(0, +), y.reduce(0, +))
            let sxy = zip(x, y).reduce(0.0) { $0 + $1.0 * $1.1 }
            let sxx = x.reduce(0.0) { $0 + $1 * $1 }
            let slope = (n * sxy - sx * sy) / (n * sxx - sx * sx)
            return (slope, (sy - slope * sx) / n)
        }
    }

    struct LineHardCoded: RegressionReferenceDefaults {
        func leastSquares(x: [Double], y: [Double]) -> (slope: Double, intercept: Double) {
            (3.0293, 7.0031)
        }
    }

    // MARK: - noiseVariance

    /// RSS at the least-squares line, turned into an estimate in some way.
    struct Variance: RegressionReferenceDefaults {
        var estimate: @Sendable (_ rss: Double, _ n: Double) -> Double

        func noiseVariance(x: [Double], y: [Double]) -> Double {
            let line = leastSquares(x: x, y: y)
            return estimate(rss(x, y, line.slope, line.intercept), Double(x.count))
        }
    }

    static let varianceOverNMinusTwo = Variance { rss, n in rss / (n - 2) }
    static let varianceOverNMinusOne = Variance { rss, n in rss / (n - 1) }
    static let standardDeviation = Variance { rss, n in sqrt(rss / n) }
    static let residualSumOfSquares = Variance { rss, _ in rss }
    static let varianceHardCoded = Variance { _, _ in 3.9167 }

    struct VarianceOfY: RegressionReferenceDefaults {
        func noiseVariance(x: [Double], y: [Double]) -> Double {
            let mean = y.reduce(0, +) / Double(y.count)
            return y.reduce(0.0) { $0 + ($1 - mean) * ($1 - mean) } / Double(y.count)
        }
    }

    /// RSS/n measured at the learner's own least-squares line, which swapped its slope
    /// and intercept: the right formula at the wrong line.
    struct VarianceAtSwappedLine: RegressionReferenceDefaults {
        func noiseVariance(x: [Double], y: [Double]) -> Double {
            let line = ReferenceSolution().leastSquares(x: x, y: y)
            return rss(x, y, line.intercept, line.slope) / Double(x.count)
        }
    }

    // MARK: - More slips, one per solution

    /// (y − ŷ)² written `pow(yi, 2) - pow(prediction, 2)`: the square of the difference taken apart.
    struct MeanSquaredErrorSquaresApart: RegressionReferenceDefaults {
        func meanSquaredError(x: [Double], y: [Double], slope: Double, intercept: Double) -> Double {
            zip(x, y).reduce(0.0) { $0 + pow($1.1, 2) - pow(slope * $1.0 + intercept, 2) } / Double(x.count)
        }
    }

    /// A loop `0..<x.count - 1`: the last point left out, still divided by n.
    struct MeanSquaredErrorSkipsLastPoint: RegressionReferenceDefaults {
        func meanSquaredError(x: [Double], y: [Double], slope: Double, intercept: Double) -> Double {
            var total = 0.0
            for i in 0..<x.count - 1 {
                let r = y[i] - (slope * x[i] + intercept)
                total += r * r
            }
            return total / Double(x.count)
        }
    }

    /// The learner's own mean squared error where the residual sum of squares belongs.
    struct NegativeLogLikelihoodWithMSE: RegressionReferenceDefaults {
        func negativeLogLikelihood(x: [Double], y: [Double], slope: Double, intercept: Double, sigma: Double) -> Double {
            let mse = meanSquaredError(x: x, y: y, slope: slope, intercept: intercept)
            return Double(x.count) / 2 * log(2 * Double.pi * sigma * sigma) + mse / (2 * sigma * sigma)
        }
    }

    /// σ² written `sigma * 2`.
    struct NegativeLogLikelihoodSigmaTimesTwo: RegressionReferenceDefaults {
        func negativeLogLikelihood(x: [Double], y: [Double], slope: Double, intercept: Double, sigma: Double) -> Double {
            let variance = sigma * 2
            return Double(x.count) / 2 * log(2 * Double.pi * variance) + rss(x, y, slope, intercept) / (2 * variance)
        }
    }

    /// b̂ = Σy − m̂·Σx: the sums where the means belong.
    struct InterceptFromSums: RegressionReferenceDefaults {
        func leastSquares(x: [Double], y: [Double]) -> (slope: Double, intercept: Double) {
            let slope = ReferenceSolution().leastSquares(x: x, y: y).slope
            return (slope, y.reduce(0, +) - slope * x.reduce(0, +))
        }
    }

    /// The centred sums accumulated over `0..<x.count - 1`: the last point left out.
    struct LineSkipsLastPoint: RegressionReferenceDefaults {
        func leastSquares(x: [Double], y: [Double]) -> (slope: Double, intercept: Double) {
            let n = Double(x.count)
            let (xm, ym) = (x.reduce(0, +) / n, y.reduce(0, +) / n)
            var (sxy, sxx) = (0.0, 0.0)
            for i in 0..<x.count - 1 {
                sxy += (x[i] - xm) * (y[i] - ym)
                sxx += (x[i] - xm) * (x[i] - xm)
            }
            let slope = sxy / sxx
            return (slope, ym - slope * xm)
        }
    }

    /// The line computed in `Float`: right to 7 digits, not 9.
    struct LineInFloat: RegressionReferenceDefaults {
        func leastSquares(x: [Double], y: [Double]) -> (slope: Double, intercept: Double) {
            let xf = x.map { Float($0) }, yf = y.map { Float($0) }
            let n = Float(x.count)
            let (xm, ym) = (xf.reduce(0, +) / n, yf.reduce(0, +) / n)
            var (sxy, sxx): (Float, Float) = (0, 0)
            for (xi, yi) in zip(xf, yf) {
                sxy += (xi - xm) * (yi - ym)
                sxx += (xi - xm) * (xi - xm)
            }
            let slope = sxy / sxx
            return (Double(slope), Double(ym - slope * xm))
        }
    }

    /// The learner's own mean squared error, then divided by n again.
    struct VarianceDividedTwice: RegressionReferenceDefaults {
        func noiseVariance(x: [Double], y: [Double]) -> Double {
            let line = leastSquares(x: x, y: y)
            return meanSquaredError(x: x, y: y, slope: line.slope, intercept: line.intercept) / Double(x.count)
        }
    }

    /// The residual sum of squares accumulated in `Float`.
    struct VarianceInFloat: RegressionReferenceDefaults {
        func noiseVariance(x: [Double], y: [Double]) -> Double {
            let line = leastSquares(x: x, y: y)
            var total: Float = 0
            for (xi, yi) in zip(x, y) {
                let r = Float(yi - (line.slope * xi + line.intercept))
                total += r * r
            }
            return Double(total / Float(x.count))
        }
    }

    // MARK: - Right, written another way

    /// Per-point −ln density with ln σ, the line through KataKit's least squares, σ̂² by
    /// calling the learner's own functions: every check should pass.
    struct RightAnotherWay: RegressionExercises {
        func meanSquaredError(x: [Double], y: [Double], slope: Double, intercept: Double) -> Double {
            var mean = 0.0
            for (k, (xi, yi)) in zip(x, y).enumerated() {
                let r = yi - slope * xi - intercept
                mean += (r * r - mean) / Double(k + 1)
            }
            return mean
        }
        func negativeLogLikelihood(x: [Double], y: [Double], slope: Double, intercept: Double, sigma: Double) -> Double {
            zip(x, y).reduce(0.0) { total, point in
                let z = (point.1 - slope * point.0 - intercept) / sigma
                return total + 0.5 * log(2 * Double.pi) + log(sigma) + z * z / 2
            }
        }
        func leastSquares(x: [Double], y: [Double]) -> (slope: Double, intercept: Double) {
            guard let line = try? LeastSquares.line(x: x, y: y) else { return (.nan, .nan) }
            return (line.slope, line.intercept)
        }
        func noiseVariance(x: [Double], y: [Double]) -> Double {
            let line = leastSquares(x: x, y: y)
            return meanSquaredError(x: x, y: y, slope: line.slope, intercept: line.intercept)
        }
    }
}
