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
