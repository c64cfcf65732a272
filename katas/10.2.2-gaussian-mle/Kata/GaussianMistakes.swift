import Foundation
import KataKit

/// The mistakes the checks recognise, each built for the inputs of one call, since
/// what a mistake looks like depends on the data and parameters that were passed.
///
/// Each is tried only after a check has failed, in the order a check lists them.
enum GaussianMistakes: MistakeCatalogue {
    // MARK: - Any exercise

    /// The learner's value is the answer for the story's small example or seeded sample.
    static func hardCoded(smallExample: Double, seeded: Double) -> Mistake<Double> {
        hardCoded([smallExample, seeded], name: "hard-coded an example's answer",
                  explanation: "This is the answer for one of the story's examples, but this call passed other data. Compute from the argument `data`.")
    }

    /// The two averages the exercises ask for, whose n − 1 mistakes read differently.
    enum Average {
        /// Σxᵢ / n.
        case mean
        /// Σ(xᵢ − x̄)² / n.
        case variance
    }

    /// Dividing by n − 1 where the maximum likelihood estimate divides by n.
    static func dividedByNMinusOne(count: Int, _ average: Average) -> Mistake<Double> {
        let explanation = switch average {
        case .mean:
            "The mean divides the sum by n, the number of measurements: `Double(data.count)`, not `data.count - 1`. (n − 1 belongs to the unbiased sample variance s², and not even there to the maximum likelihood estimate.) With one measurement, n − 1 = 0 and the division gives ∞ or NaN."
        case .variance:
            "Dividing by n − 1 gives the unbiased sample variance s² (numpy's `np.var(x, ddof=1)`, pandas' default). Setting the derivative of the log-likelihood to zero gives 1/n: σ̂² = Σ(xᵢ − x̄)² / n, numpy's default `np.var(x)`. With one measurement, n − 1 = 0 and the division gives NaN."
        }
        return Mistake("divided by n − 1", explanation: explanation) { actual, expected in
            count > 1 ? agree(actual, expected * Double(count) / Double(count - 1)) : !actual.isFinite && expected.isFinite
        }
    }

    // MARK: - mean

    /// Σxᵢ without the division.
    static func sumNotMean(count: Int) -> Mistake<Double> {
        Mistake("returned the sum, not the mean",
                explanation: "This is Σxᵢ. The mean divides it by the number of measurements: `sum / Double(data.count)`.") { actual, expected in
            count > 1 && expected != 0 && agree(actual, expected * Double(count))
        }
    }

    /// (variance, mean) returned in place of (mean, variance).
    static func swappedMeanAndVariance(variance: Double) -> Mistake<Double> {
        Mistake("swapped the mean and the variance",
                explanation: "Return the mean first and the variance second: `return (mean: m, variance: v)`. Labelling the tuple's elements makes a swap hard to write.") { actual, expected in
            !agree(expected, variance) && agree(actual, variance)
        }
    }

    // MARK: - logLikelihood

    /// The log of a product of densities, or of one density, that underflowed to 0.
    static var logOfUnderflow: Mistake<Double> {
        Mistake("log of a number that underflowed",
                explanation: "A density far out in the tail, e^(−(x − μ)²/(2σ²)) with (x − μ)²/(2σ²) above about 745, is smaller than the smallest Double and becomes 0; so does the product of thousands of densities. ln 0 = −∞. Take the log by hand instead: ln N(x; μ, σ²) = −½ ln(2πσ²) − (x − μ)²/(2σ²), and add these up.") { actual, expected in
            expected.isFinite && actual == -.infinity
        }
    }

    /// Without −n/2 · ln(2π): the argmax is right, the value is not.
    static func droppedConstant(count: Int) -> Mistake<Double> {
        let constant = Double(count) / 2 * log(2 * Double.pi)
        return Mistake("dropped the −n/2 · ln(2π) constant",
                       explanation: "Your value is the log-likelihood without its constant term −n/2 · ln(2π). The constant does not move the maximum, so (μ̂, σ̂²) would come out the same, but it is part of the log-likelihood's value, which is used to compare models (likelihood ratios, AIC, BIC). Keep it.") { actual, expected in
            agree(actual, expected + constant)
        }
    }

    /// Without −n/2 · ln σ² (and maybe without the 2π as well).
    static func droppedNormalisingTerm(count: Int, variance: Double) -> Mistake<Double> {
        let term = Double(count) / 2 * log(variance)
        let withPi = Double(count) / 2 * log(2 * Double.pi * variance)
        return Mistake("dropped the −n/2 · ln σ² term",
                       explanation: "The density's normalising factor 1/√(2πσ²) gives −n/2 · ln(2πσ²) = −n/2 · ln(2π) − n/2 · ln σ². Unlike the 2π, the ln σ² part depends on a parameter: without it the log-likelihood keeps growing as σ² grows, and its maximum over σ² is lost.") { actual, expected in
            variance != 1 && (agree(actual, expected + term) || agree(actual, expected + withPi))
        }
    }

    /// The variance argument used as if it were σ, or σ as if it were σ².
    static func sigmaForVariance(variance: Double, alternatives: [Double]) -> Mistake<Double> {
        Mistake("σ and σ² mixed up",
                explanation: "The argument `variance` is σ², not σ: use it as it is, −n/2 · ln(variance) − Σ(xᵢ − μ)² / (2 · variance). Squaring it (or taking its square root) treats it as the other one; and ln σ² = 2 ln σ, so n · ln σ becomes n/2 · ln σ², not n · ln σ².") { actual, _ in
            variance != 1 && alternatives.contains { agree(actual, $0) }
        }
    }

    /// −Σ(xᵢ − μ)²/σ² instead of −Σ(xᵢ − μ)²/(2σ²).
    static func missingHalf(squares: Double, variance: Double) -> Mistake<Double> {
        Mistake("missing the ½ in the exponent",
                explanation: "The Gaussian density is e^(−(x − μ)²/(2σ²)) / √(2πσ²): the squared distance is divided by 2σ², not σ².") { actual, expected in
            squares > 0 && agree(actual, expected - squares / (2 * variance))
        }
    }

    /// The negative log-likelihood (a loss) instead of the log-likelihood.
    static var negativeLogLikelihood: Mistake<Double> {
        Mistake("returned the negative log-likelihood",
                explanation: "This is −ℓ, the loss an optimiser minimises. The exercise asks for the log-likelihood itself, which for a Gaussian is usually negative: −n/2 · ln(2πσ²) − Σ(xᵢ − μ)²/(2σ²).") { actual, expected in
            expected != 0 && agree(actual, -expected)
        }
    }

    /// The log-likelihood divided by n.
    static func averageNotSum(count: Int) -> Mistake<Double> {
        Mistake("the average log-likelihood, not the sum",
                explanation: "This is the log-likelihood divided by the number of measurements. The log-likelihood of independent measurements is the sum of their log-densities: do not divide by n.") { actual, expected in
            count > 1 && expected != 0 && agree(actual, expected / Double(count))
        }
    }
}
