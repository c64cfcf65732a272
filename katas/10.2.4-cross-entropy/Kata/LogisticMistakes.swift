import Foundation
import KataKit

/// The mistakes the checks recognise, each built for the inputs of one call, since
/// what a mistake looks like depends on what was passed.
///
/// Each is tried only after a check has failed, in the order a check lists them.
enum LogisticMistakes: MistakeCatalogue {
    /// The explanation shared by every "overflow in exp" mistake.
    static let overflowExplanation = "e^z is +∞ in Double once z passes about 709.78, so exp(z)/(1 + exp(z)) is ∞/∞ = NaN and log(1 + exp(z)) is ∞; and σ(z) rounds to exactly 1 once z passes about 37, so log(1 − σ(z)) is log 0 = −∞ (and 0 · −∞ is NaN). Never exponentiate a large positive number: σ(z) = 1/(1 + e^(−z)) for z ≥ 0 and e^z/(1 + e^z) for z < 0, and log(1 + e^z) = max(z, 0) + log1p(e^(−|z|))."

    /// The explanation shared by every "clipping changed the answer" mistake.
    static let clippingExplanation = "Clipping p to [1e-7, 1 − 1e-7], adding an ε inside the log, or clamping z to [−30, 30] hides overflow by changing the answer: z = −50 with y = 1 really costs 50 nats, and clipping p at 1e-7 reports 16.1. Compute from the logits with a stable formula instead, and the answer is exact with nothing to clip."

    // MARK: - sigmoid

    /// The logits a learner might clamp z to, and the probabilities p might be clipped to.
    static let clampedLogits: [Double] = [5, 10, 15, 20, 25, 30, 35, 40, 50, 60, 100, 500, 700]
    static let clippedProbabilities: [Double] = (3...20).map { pow(10, -Double($0)) }

    /// The summed cross-entropy of `labels` under `probabilities` clipped in each way
    /// learners clip: p clamped to [ε, 1 − ε], p raised to at least ε, or ε added inside
    /// each log, for every ε in `clippedProbabilities`.
    static func clippedSums(labels: [Int], probabilities: [Double]) -> [Double] {
        let ways: [(Double, Double) -> (one: Double, zero: Double)] = [
            { p, e in let q = min(max(p, e), 1 - e); return (-log(q), -log(1 - q)) },
            { p, e in let q = max(p, e); return (-log(q), -log(1 - q)) },
            { p, e in (-log(p + e), -log(1 - p + e)) },
        ]
        return ways.flatMap { way in
            clippedProbabilities.map { e in
                zip(labels, probabilities).reduce(0.0) { sum, point in
                    let cost = way(point.1, e)
                    return sum + (point.0 == 1 ? cost.one : cost.zero)
                }
            }
        }
    }

    /// Ways to get σ(z) wrong.
    static func sigmoidMistakes(z: Double) -> [Mistake<Double>] {
        let clampedValues = clampedLogits.filter { $0 < abs(z) }.map { ReferenceSolution().sigmoid(z < 0 ? -$0 : $0) }
        // What the cancelling forms return here: 1 − σ(−z), as written or through the
        // stable σ, and the tanh form.
        let cancelling = [1 - 1 / (1 + exp(z)), 1 - ReferenceSolution().sigmoid(-z), 0.5 * (1 + tanh(z / 2))]
        return [
            Mistake("overflow in exp",
                    explanation: overflowExplanation) { actual, expected in
                !actual.isFinite && expected.isFinite
            },
            Mistake("clipping changed the answer",
                    explanation: "σ(z) came out as if z had been clamped (or σ clipped) before it got this far. " + clippingExplanation) { actual, _ in
                actual.isFinite && (clampedValues.contains { agree(actual, $0) }
                    || clippedProbabilities.contains { agree(actual, $0) || agree(actual, 1 - $0) })
            },
            Mistake("lost digits for negative z",
                    explanation: "1 − σ(−z) (or 0.5·(1 + tanh(z/2))) is right on paper, but for z = −50 it subtracts two numbers that are both 1 to every digit a Double holds and leaves 0, while σ(−50) ≈ 1.9e-22. For z < 0 compute e^z/(1 + e^z) directly: e^z is tiny but exact to 16 digits.") { actual, expected in
                expected < 1e-3 && cancelling.contains { !agree($0, expected) && agreeFinite(actual, $0) }
            },
            Mistake("σ(−z), not σ(z)",
                    explanation: "This is 1/(1 + e^z) = σ(−z) = 1 − σ(z): the minus in the exponent went missing. σ(z) = 1/(1 + e^(−z)) rises from 0 to 1 as z grows.") { actual, expected in
                expected != 0.5 && agree(actual, 1 - expected)
            },
        ]
    }

    // MARK: - binaryCrossEntropy

    /// Ways to get the mean binary cross-entropy of `labels` under `probabilities` wrong.
    static func crossEntropyMistakes(labels: [Int], probabilities: [Double]) -> [Mistake<Double>] {
        let n = Double(labels.count)
        let extreme = probabilities.contains { $0 < 1e-6 || $0 > 1 - 1e-6 }
        let flipped = ReferenceSolution().binaryCrossEntropy(labels: labels.map { 1 - $0 }, probabilities: probabilities)
        let onesOnly = zip(labels, probabilities).reduce(0.0) { $0 - ($1.0 == 1 ? log($1.1) : 0) } / n
        return [
            Mistake("the sum, not the mean",
                    explanation: "This is the cross-entropy summed over the points. This exercise asks for the mean, as a loss is usually reported: divide the sum by the number of points. (The negative log-likelihood exercise asks for the sum.)") { actual, expected in
                n > 1 && expected != 0 && expected.isFinite && agree(actual, expected * n)
            },
            Mistake("the log-likelihood, not the loss",
                    explanation: "This is Σ[y·log p + (1 − y)·log(1 − p)]/n, the mean log-likelihood, which is ≤ 0. The cross-entropy is its negative: put a minus in front.") { actual, expected in
                expected != 0 && agree(actual, -expected)
            },
            Mistake("0 · log 0 gave NaN",
                    explanation: "With p = 0 and y = 0, y·log p is 0 · (−∞) = NaN in floating point, though the term should count as 0: the point's label is 0 and the model said so with certainty. Compute only the actual label's term: y == 1 ? −log p : −log(1 − p).") { actual, expected in
                actual.isNaN && !expected.isNaN
            },
            Mistake("clipping changed the answer",
                    explanation: "Clipping p to [1e-7, 1 − 1e-7], or adding an ε inside the log, changes the answer: a probability of exactly 1 for the right label costs 0, not 1e-7; a probability of 1e-12 for the actual label costs 27.6 nats, not 16.1; and exactly 0 costs +∞, the honest price of an impossible label. Compute only the actual label's term, −log p or −log1p(−p), and clip nothing.") { actual, expected in
                // Only what a clip gives here: a finite value for another reason (terms
                // that were not finite skipped, say) is not a clip.
                extreme && clippedSums(labels: labels, probabilities: probabilities)
                    .contains { !agree(expected, $0 / n) && agreeFinite(actual, $0 / n) }
            },
            Mistake("log base 10",
                    explanation: "Use the natural log, `log` in Swift (`log10` is base 10): cross-entropy here is in nats.") { actual, expected in
                expected.isFinite && expected != 0 && agree(actual, expected / M_LN10)
            },
            Mistake("log p for a 0, log(1 − p) for a 1",
                    explanation: "The terms are swapped: a point labelled 1 costs −log p, where p = P(y = 1), and a point labelled 0 costs −log(1 − p).") { actual, expected in
                !agree(expected, flipped) && agree(actual, flipped)
            },
            Mistake("dropped the (1 − y)·log(1 − p) term",
                    explanation: "Only the points labelled 1 were counted. A point labelled 0 costs −log(1 − p): how surprised the model is that it was not a 1.") { actual, expected in
                !agree(expected, onesOnly) && agree(actual, onesOnly)
            },
        ]
    }
}
