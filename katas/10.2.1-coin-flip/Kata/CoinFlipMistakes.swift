import Foundation
import KataKit

/// The mistakes the checks recognise, each built for the inputs of one call, since
/// what a mistake looks like depends on the heads, tails and θ that were passed.
///
/// Each is tried only after a check has failed, in the order a check lists them.
enum CoinFlipMistakes: MistakeCatalogue {
    // MARK: - Any exercise

    /// The learner's value is the answer for the kata's own 9 heads and 4 tails.
    static func hardCoded(_ answerFor9And4: Double) -> Mistake<Double> {
        hardCoded([answerFor9And4], name: "hard-coded 9 heads and 4 tails",
                  explanation: "This is the answer for the story's 9 heads and 4 tails, but this call passed other counts. Compute from the arguments `heads` and `tails`, not from the example.")
    }

    /// The learner returned NaN where the answer is a number.
    static var nanAtTheEdges: Mistake<Double> {
        Mistake("NaN at the edges",
                explanation: "At θ = 0 or θ = 1 (or with 0 heads or 0 tails) something computed 0 × ln 0 = 0 × −∞, which is NaN in floating point. A count of 0 contributes nothing: leave its term out (0 · ln 0 = 0 by convention).") { actual, expected in
            actual.isNaN && !expected.isNaN
        }
    }

    // MARK: - countFlips

    /// Counts of a record as a learner might have taken them wrongly.
    static func countMistakes(for flips: String) -> [Mistake<FlipCounts>] {
        let heads = flips.filter { $0 == "H" || $0 == "h" }.count
        let tails = flips.filter { $0 == "T" || $0 == "t" }.count
        let upperOnly = FlipCounts(heads: flips.filter { $0 == "H" }.count, tails: flips.filter { $0 == "T" }.count)
        return [
            Mistake("hard-coded 9 heads and 4 tails",
                    explanation: "These are the counts of the story's 13 flips, whatever the string passed. Count the characters of `flips`.") { actual, expected in
                actual == FlipCounts(heads: 9, tails: 4) && expected != actual
            },
            Mistake("swapped heads and tails",
                    explanation: "Heads are `H` and tails are `T`: your two counts are the other way round.") { actual, _ in
                actual == FlipCounts(heads: tails, tails: heads)
            },
            Mistake("ignored lowercase flips",
                    explanation: "`h` and `t` count too: compare each character with both cases, or lowercase the string first.") { actual, _ in
                actual == upperOnly
            },
            Mistake("counted other characters as flips",
                    explanation: "Spaces, commas and new lines are not flips. Count a head only for `H`/`h` and a tail only for `T`/`t`, and skip the rest.") { actual, _ in
                // Only a record with other characters in it can show this: for one of flips
                // alone, every character is a flip and the total is right.
                heads + tails < flips.count && actual.heads + actual.tails == flips.count
            },
        ]
    }

    // MARK: - likelihood

    /// The likelihood with the binomial coefficient C(n, h) in front.
    static func binomialCoefficient(theta: Double, heads: Int, tails: Int) -> Mistake<Double> {
        let coefficient = exp(lgamma(Double(heads + tails + 1)) - lgamma(Double(heads + 1)) - lgamma(Double(tails + 1)))
        return Mistake("binomial coefficient included",
                       explanation: "That is the probability of getting this many heads in any order, C(n, h) θ^h (1 − θ)^t. The likelihood of the one sequence observed has no C(n, h); it does not change where the maximum is, but it changes the value.") { actual, expected in
            coefficient > 1 && agree(actual, coefficient * expected)
        }
    }

    /// θ raised to the tails and 1 − θ to the heads.
    static func swappedExponents(theta: Double, heads: Int, tails: Int) -> Mistake<Double> {
        Mistake("swapped exponents",
                explanation: "θ is the probability of heads, so it takes the heads as its exponent: θ^heads · (1 − θ)^tails.") { actual, expected in
            // At θ = 0 or 1 the swapped value is 0 wherever 0⁰ slipped to 0 too: only
            // inside the interval does the value tell the two apart.
            let swapped = pow(theta, Double(tails)) * pow(1 - theta, Double(heads))
            return 0 < theta && theta < 1 && !agree(swapped, expected) && agree(actual, swapped)
        }
    }

    // MARK: - logLikelihood

    /// The product computed first, underflowing to 0, and then its log, −∞.
    static func logOfProduct(theta: Double, heads: Int, tails: Int) -> Mistake<Double> {
        Mistake("log of the product",
                explanation: "For large counts θ^h · (1 − θ)^t is smaller than the smallest positive Double (about 5e-324), so it underflows to 0, and ln 0 = −∞. Take the logs first: h · ln θ + t · ln(1 − θ) is a sum of modest numbers.") { actual, expected in
            // What the mistake returns here: −∞ only where the product underflows.
            let product = log(pow(theta, Double(heads)) * pow(1 - theta, Double(tails)))
            return expected.isFinite && product == -.infinity && actual == product
        }
    }

    /// Base-10 logarithms instead of natural ones.
    static var logBase10: Mistake<Double> {
        Mistake("log base 10",
                explanation: "Use the natural log, `log` in Swift (`log10` is base 10).") { actual, expected in
            expected != 0 && agree(actual, expected / M_LN10)
        }
    }

    /// The likelihood returned instead of its log.
    static var forgotTheLog: Mistake<Double> {
        Mistake("returned the likelihood, not its log",
                explanation: "This is θ^h (1 − θ)^t itself. The exercise asks for its natural log.") { actual, expected in
            expected != 0 && agree(actual, exp(expected))
        }
    }

    /// A finite number where the data are impossible, usually from clamping θ.
    static var finiteForImpossibleData: Mistake<Double> {
        Mistake("finite where the data are impossible",
                explanation: "With θ = 0 a single head is impossible, so the likelihood is 0 and its log is −∞. Don't clamp θ away from 0 and 1; return −∞ (`-.infinity`) there.") { actual, expected in
            expected == -.infinity && actual.isFinite
        }
    }
}
