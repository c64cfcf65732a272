import CoinFlipKata
import Foundation

// Wrong solutions to kata 10.2.1, each written the way a learner might write it, each
// with one mistake. Whatever a solution does not override comes from the reference,
// so only the exercise it gets wrong should fail.

/// Takes every exercise from the reference unless the conforming type writes its own.
protocol ReferenceDefaults: CoinFlipExercises {}

extension ReferenceDefaults {
    func countFlips(_ flips: String) -> (heads: Int, tails: Int) { ReferenceSolution().countFlips(flips) }
    func likelihood(theta: Double, heads: Int, tails: Int) -> Double {
        ReferenceSolution().likelihood(theta: theta, heads: heads, tails: tails)
    }
    func logLikelihood(theta: Double, heads: Int, tails: Int) -> Double {
        ReferenceSolution().logLikelihood(theta: theta, heads: heads, tails: tails)
    }
    func maximumLikelihoodEstimate(heads: Int, tails: Int) -> Double {
        ReferenceSolution().maximumLikelihoodEstimate(heads: heads, tails: tails)
    }
    func negativeLogLikelihoodGradient(theta: Double, heads: Int, tails: Int) -> Double {
        ReferenceSolution().negativeLogLikelihoodGradient(theta: theta, heads: heads, tails: tails)
    }
    func gradientDescent(heads: Int, tails: Int, start: Double, learningRate: Double, steps: Int) -> Double {
        ReferenceSolution().gradientDescent(heads: heads, tails: tails, start: start, learningRate: learningRate, steps: steps)
    }
}

// MARK: - countFlips

struct CountsUppercaseOnly: ReferenceDefaults {
    func countFlips(_ flips: String) -> (heads: Int, tails: Int) {
        (flips.filter { $0 == "H" }.count, flips.filter { $0 == "T" }.count)
    }
}

struct CountsEverythingElseAsTails: ReferenceDefaults {
    func countFlips(_ flips: String) -> (heads: Int, tails: Int) {
        let heads = flips.filter { $0 == "H" || $0 == "h" }.count
        return (heads, flips.count - heads)
    }
}

struct CountsEveryFlipAsATail: ReferenceDefaults {
    func countFlips(_ flips: String) -> (heads: Int, tails: Int) {
        (0, flips.count)
    }
}

struct LikelihoodZeroAtTheEdges: ReferenceDefaults {
    func likelihood(theta: Double, heads: Int, tails: Int) -> Double {
        if theta == 0 || theta == 1 { return 0 }
        return pow(theta, Double(heads)) * pow(1 - theta, Double(tails))
    }
}

struct LogLikelihoodMinusInfinityAtTheEdges: ReferenceDefaults {
    func logLikelihood(theta: Double, heads: Int, tails: Int) -> Double {
        if theta == 0 || theta == 1 { return -.infinity }
        return Double(heads) * log(theta) + Double(tails) * log(1 - theta)
    }
}

struct CountsSwapped: ReferenceDefaults {
    func countFlips(_ flips: String) -> (heads: Int, tails: Int) {
        (flips.filter { $0 == "T" || $0 == "t" }.count, flips.filter { $0 == "H" || $0 == "h" }.count)
    }
}

struct CountsHardCoded: ReferenceDefaults {
    func countFlips(_ flips: String) -> (heads: Int, tails: Int) { (9, 4) }
}

// MARK: - likelihood

struct LikelihoodSwappedExponents: ReferenceDefaults {
    func likelihood(theta: Double, heads: Int, tails: Int) -> Double {
        pow(theta, Double(tails)) * pow(1 - theta, Double(heads))
    }
}

struct LikelihoodWithBinomialCoefficient: ReferenceDefaults {
    func likelihood(theta: Double, heads: Int, tails: Int) -> Double {
        var choose = 1.0
        for index in 0..<heads { choose = choose * Double(heads + tails - index) / Double(index + 1) }
        return choose * pow(theta, Double(heads)) * pow(1 - theta, Double(tails))
    }
}

struct LikelihoodThroughLogs: ReferenceDefaults {
    func likelihood(theta: Double, heads: Int, tails: Int) -> Double {
        exp(Double(heads) * log(theta) + Double(tails) * log(1 - theta))
    }
}

struct LikelihoodHardCoded: ReferenceDefaults {
    func likelihood(theta: Double, heads: Int, tails: Int) -> Double {
        pow(theta, 9) * pow(1 - theta, 4)
    }
}

// MARK: - logLikelihood

struct LogOfTheProduct: ReferenceDefaults {
    func logLikelihood(theta: Double, heads: Int, tails: Int) -> Double {
        log(pow(theta, Double(heads)) * pow(1 - theta, Double(tails)))
    }
}

struct LogLikelihoodNaNAtTheEdges: ReferenceDefaults {
    func logLikelihood(theta: Double, heads: Int, tails: Int) -> Double {
        Double(heads) * log(theta) + Double(tails) * log(1 - theta)
    }
}

struct LogLikelihoodClamped: ReferenceDefaults {
    func logLikelihood(theta: Double, heads: Int, tails: Int) -> Double {
        let safe = min(max(theta, 1e-15), 1 - 1e-15)
        return Double(heads) * log(safe) + Double(tails) * log(1 - safe)
    }
}

struct LogLikelihoodBase10: ReferenceDefaults {
    func logLikelihood(theta: Double, heads: Int, tails: Int) -> Double {
        (heads == 0 ? 0 : Double(heads) * log10(theta)) + (tails == 0 ? 0 : Double(tails) * log10(1 - theta))
    }
}

// MARK: - maximumLikelihoodEstimate

struct EstimateByIntegerDivision: ReferenceDefaults {
    func maximumLikelihoodEstimate(heads: Int, tails: Int) -> Double {
        Double(heads / (heads + tails))
    }
}

struct EstimateHardCoded: ReferenceDefaults {
    func maximumLikelihoodEstimate(heads: Int, tails: Int) -> Double { 9.0 / 13.0 }
}

struct EstimateOfTails: ReferenceDefaults {
    func maximumLikelihoodEstimate(heads: Int, tails: Int) -> Double {
        Double(tails) / Double(heads + tails)
    }
}

struct EstimateAsOdds: ReferenceDefaults {
    func maximumLikelihoodEstimate(heads: Int, tails: Int) -> Double {
        Double(heads) / Double(tails)
    }
}

// MARK: - negativeLogLikelihoodGradient

struct GradientOfTheLogLikelihood: ReferenceDefaults {
    func negativeLogLikelihoodGradient(theta: Double, heads: Int, tails: Int) -> Double {
        Double(heads) / theta - Double(tails) / (1 - theta)
    }
}

struct GradientMissingChainRuleMinus: ReferenceDefaults {
    func negativeLogLikelihoodGradient(theta: Double, heads: Int, tails: Int) -> Double {
        -Double(heads) / theta - Double(tails) / (1 - theta)
    }
}

struct GradientOfTheMean: ReferenceDefaults {
    func negativeLogLikelihoodGradient(theta: Double, heads: Int, tails: Int) -> Double {
        (-Double(heads) / theta + Double(tails) / (1 - theta)) / Double(heads + tails)
    }
}

/// The log-likelihood's gradient, then a correct descent loop that calls it: both
/// exercises fail, the second because of the first.
struct SignErrorCarriedIntoDescent: ReferenceDefaults {
    func negativeLogLikelihoodGradient(theta: Double, heads: Int, tails: Int) -> Double {
        Double(heads) / theta - Double(tails) / (1 - theta)
    }
    func gradientDescent(heads: Int, tails: Int, start: Double, learningRate: Double, steps: Int) -> Double {
        var theta = start
        for _ in 0..<steps {
            theta -= learningRate * negativeLogLikelihoodGradient(theta: theta, heads: heads, tails: tails)
        }
        return theta
    }
}

// MARK: - gradientDescent

struct GradientAscent: ReferenceDefaults {
    func gradientDescent(heads: Int, tails: Int, start: Double, learningRate: Double, steps: Int) -> Double {
        var theta = start
        for _ in 0..<steps {
            theta += learningRate * negativeLogLikelihoodGradient(theta: theta, heads: heads, tails: tails)
        }
        return theta
    }
}

struct DescentWithoutLearningRate: ReferenceDefaults {
    func gradientDescent(heads: Int, tails: Int, start: Double, learningRate: Double, steps: Int) -> Double {
        var theta = start
        for _ in 0..<steps {
            theta -= negativeLogLikelihoodGradient(theta: theta, heads: heads, tails: tails)
        }
        return theta
    }
}

struct DescentOneStepTooMany: ReferenceDefaults {
    func gradientDescent(heads: Int, tails: Int, start: Double, learningRate: Double, steps: Int) -> Double {
        var theta = start
        for _ in 0...steps {
            theta -= learningRate * negativeLogLikelihoodGradient(theta: theta, heads: heads, tails: tails)
        }
        return theta
    }
}

struct DescentOneStepTooFew: ReferenceDefaults {
    func gradientDescent(heads: Int, tails: Int, start: Double, learningRate: Double, steps: Int) -> Double {
        var theta = start
        for _ in 1..<max(1, steps) {
            theta -= learningRate * negativeLogLikelihoodGradient(theta: theta, heads: heads, tails: tails)
        }
        return theta
    }
}

struct DescentReturnsClosedForm: ReferenceDefaults {
    func gradientDescent(heads: Int, tails: Int, start: Double, learningRate: Double, steps: Int) -> Double {
        maximumLikelihoodEstimate(heads: heads, tails: tails)
    }
}

// MARK: - More slips, one per solution

/// `dropLast()` in the loop: the last flip of the record is never counted.
struct CountsSkipLastFlip: ReferenceDefaults {
    func countFlips(_ flips: String) -> (heads: Int, tails: Int) {
        var heads = 0
        var tails = 0
        for flip in flips.dropLast() {
            if flip == "H" || flip == "h" { heads += 1 } else if flip == "T" || flip == "t" { tails += 1 }
        }
        return (heads, tails)
    }
}

/// The likelihood computed in `Float`: right to 7 digits, not 12.
struct LikelihoodInFloat: ReferenceDefaults {
    func likelihood(theta: Double, heads: Int, tails: Int) -> Double {
        Double(powf(Float(theta), Float(heads)) * powf(1 - Float(theta), Float(tails)))
    }
}

/// A loop of multiplications that runs `1..<heads`: one factor of θ short.
struct LikelihoodOneFactorShort: ReferenceDefaults {
    func likelihood(theta: Double, heads: Int, tails: Int) -> Double {
        var product = 1.0
        for _ in 1..<max(1, heads) { product *= theta }
        for _ in 0..<tails { product *= 1 - theta }
        return product
    }
}

/// The log-likelihood divided by the number of flips: the mean of the logs.
struct CoinLogLikelihoodAveraged: ReferenceDefaults {
    func logLikelihood(theta: Double, heads: Int, tails: Int) -> Double {
        let flips = heads + tails
        guard flips > 0 else { return 0 }
        return ReferenceSolution().logLikelihood(theta: theta, heads: heads, tails: tails) / Double(flips)
    }
}

/// A minus in front of the tails' term only: heads · ln θ − tails · ln(1 − θ).
struct LogLikelihoodTailsSignSlip: ReferenceDefaults {
    func logLikelihood(theta: Double, heads: Int, tails: Int) -> Double {
        (heads == 0 ? 0 : Double(heads) * log(theta)) - (tails == 0 ? 0 : Double(tails) * log1p(-theta))
    }
}

/// The fraction rounded to a whole number: 9/13 becomes 1, not 0 as integer division gives.
struct EstimateRounded: ReferenceDefaults {
    func maximumLikelihoodEstimate(heads: Int, tails: Int) -> Double {
        (Double(heads) / Double(heads + tails)).rounded()
    }
}

/// Laplace's add-one smoothing, (heads + 1) / (flips + 2): a Bayesian estimate, not the MLE.
struct EstimateAddOneSmoothing: ReferenceDefaults {
    func maximumLikelihoodEstimate(heads: Int, tails: Int) -> Double {
        Double(heads + 1) / Double(heads + tails + 2)
    }
}

/// A typo in the tails' term: tails / (1 + θ) for tails / (1 − θ).
struct GradientOnePlusTheta: ReferenceDefaults {
    func negativeLogLikelihoodGradient(theta: Double, heads: Int, tails: Int) -> Double {
        -Double(heads) / theta + Double(tails) / (1 + theta)
    }
}

/// The learning rate applied twice: θ ← θ − η · η · gradient.
struct DescentRateSquared: ReferenceDefaults {
    func gradientDescent(heads: Int, tails: Int, start: Double, learningRate: Double, steps: Int) -> Double {
        var theta = start
        let step = learningRate * learningRate
        for _ in 0..<steps {
            theta -= step * negativeLogLikelihoodGradient(theta: theta, heads: heads, tails: tails)
        }
        return theta
    }
}

/// The update is computed into a new constant and dropped: the start comes back unchanged.
struct DescentNeverUpdates: ReferenceDefaults {
    func gradientDescent(heads: Int, tails: Int, start: Double, learningRate: Double, steps: Int) -> Double {
        let theta = start
        for _ in 0..<steps {
            let next = theta - learningRate * negativeLogLikelihoodGradient(theta: theta, heads: heads, tails: tails)
            _ = next
        }
        return theta
    }
}

/// The gradient taken once at the start and reused for every step: a fixed stride.
struct DescentGradientAtStartOnly: ReferenceDefaults {
    func gradientDescent(heads: Int, tails: Int, start: Double, learningRate: Double, steps: Int) -> Double {
        var theta = start
        let slope = negativeLogLikelihoodGradient(theta: start, heads: heads, tails: tails)
        for _ in 0..<steps { theta -= learningRate * slope }
        return theta
    }
}

/// The learner's own learning rate, 0.01, in place of the argument: right only when 0.01 is passed.
struct DescentHardCodedRate: ReferenceDefaults {
    func gradientDescent(heads: Int, tails: Int, start: Double, learningRate: Double, steps: Int) -> Double {
        var theta = start
        for _ in 0..<steps {
            theta -= 0.01 * negativeLogLikelihoodGradient(theta: theta, heads: heads, tails: tails)
        }
        return theta
    }
}
