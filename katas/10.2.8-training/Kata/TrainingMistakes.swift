import Foundation
import KataKit

/// The mistakes the checks recognise, each built for the inputs of one call, since
/// what a mistake looks like depends on the arguments that were passed.
///
/// Each is tried only after a check has failed, in the order a check lists them.
enum TrainingMistakes: MistakeCatalogue {
    /// Above this, e^z is ∞ in Double.
    static let largestExponent = log(Double.greatestFiniteMagnitude)
    /// Below this, e^z is 0 in Double.
    static let smallestExponent = log(Double.leastNonzeroMagnitude)

    static let overflowExplanation = "e^z is ∞ in Double once z passes about 709.78, and ∞/∞ or ∞ − ∞ is NaN. Subtract the largest value first: log Σ e^(vᵢ) = m + log Σ e^(vᵢ − m), and e^(z − m) / Σ e^(z − m) for the softmax; every exponent is then ≤ 0."

    // MARK: - logSumExp

    /// Ways to get log Σ e^(vᵢ) of `values` wrong.
    static func logSumExpMistakes(_ values: [Double]) -> [Mistake<Double>] {
        let largest = values.max() ?? 0
        let n = Double(values.count)
        return [
            Mistake("exp overflow (no max subtracted)", explanation: overflowExplanation) { actual, expected in
                expected.isFinite && largest > largestExponent && (actual == .infinity || actual.isNaN)
            },
            Mistake("exp underflow (no max subtracted)",
                    explanation: "Every e^(vᵢ) was below the smallest Double, so their sum was 0 and its log −∞. Subtract the largest value m first and add it back: m + log Σ e^(vᵢ − m), where one term is e⁰ = 1.") { actual, expected in
                expected.isFinite && actual == -.infinity && largest < smallestExponent
            },
            Mistake("the smallest subtracted, not the largest",
                    explanation: "Subtracting the smallest value leaves exponents as large as max − min, which overflow once the values are more than about 709.78 apart. Subtract the largest: every exponent is then ≤ 0.") { actual, expected in
                expected.isFinite && actual == .infinity && largest - (values.min() ?? 0) > largestExponent
            },
            Mistake("the maximum not added back",
                    explanation: "This is log Σ e^(vᵢ − m), without the m = max vᵢ that was taken out: add it back, m + log Σ e^(vᵢ − m).") { actual, expected in
                largest != 0 && agreeFinite(actual, expected - largest)
            },
            Mistake("the maximum alone",
                    explanation: "max vᵢ is only a lower bound of log Σ e^(vᵢ) (a 'soft' maximum adds the rest): add log Σ e^(vᵢ − m).") { actual, expected in
                n > 1 && !agree(expected, largest) && agreeFinite(actual, largest)
            },
            Mistake("the log of the mean",
                    explanation: "This is log((1/n) Σ e^(vᵢ)), the log of the mean: the log-sum-exp sums the exponentials, with no division by n.") { actual, expected in
                n > 1 && agreeFinite(actual, expected - log(n))
            },
        ]
    }

    // MARK: - softmax

    /// The softmax of the columns (over the samples), the wrong axis.
    static func columnSoftmax(_ logits: [[Double]]) -> [[Double]] {
        guard let k = logits.first?.count else { return [] }
        let columns = (0..<k).map { c in logits.map { $0[c] } }
        let normalised = ReferenceSolution().softmax(logits: columns)
        return logits.indices.map { i in (0..<k).map { normalised[$0][i] } }
    }

    /// Ways to get the softmax of `logits`, row by row, wrong.
    static func softmaxMistakes(_ logits: [[Double]]) -> [Mistake<[[Double]]>] {
        let largest = logits.flatMap { $0 }.max() ?? 0
        let shifted = logits.map { row in row.map { exp($0 - (row.max() ?? 0)) } }
        let total = logits.flatMap { $0 }.map { exp($0 - largest) }.reduce(0, +)
        return [
            Mistake("exp overflow (no max subtracted)", explanation: overflowExplanation) { actual, _ in
                largest > largestExponent && actual.joined().contains { $0.isNaN }
            },
            Mistake("softmax over the wrong axis",
                    explanation: "Each column was normalised, over the samples, so a class's probabilities add up to 1 across the batch. A row is one sample: normalise along it, over its k classes, and each row adds up to 1.") { actual, expected in
                rowsAgree(actual, columnSoftmax(logits)) && !rowsAgree(expected, columnSoftmax(logits))
            },
            Mistake("the whole batch normalised at once",
                    explanation: "Every entry was divided by one sum over the whole batch. Each sample has its own probabilities: divide by the sum along its own row.") { actual, expected in
                logits.count > 1 && rowsAgree(actual, logits.map { $0.map { exp($0 - largest) / total } })
            },
            Mistake("not normalised",
                    explanation: "These are the exponentials e^(z − m) themselves. Divide each by the sum along its row, so that the probabilities add up to 1.") { actual, _ in
                rowsAgree(actual, shifted) || rowsAgree(actual, logits.map { $0.map(exp) })
            },
        ]
    }

    /// Every entry of `rows` times `factor`.
    static func scaled(_ rows: [[Double]], by factor: Double) -> [[Double]] { rows.map { $0.map { $0 * factor } } }

    /// Whether two matrices have the same number of rows, each of the same length.
    static func sameShape(_ a: [[Double]], _ b: [[Double]]) -> Bool {
        a.count == b.count && zip(a, b).allSatisfy { $0.count == $1.count }
    }

    /// Whether two matrices have one shape and agree entry by entry to nine digits.
    static func rowsAgree(_ a: [[Double]], _ b: [[Double]]) -> Bool {
        sameShape(a, b) && zip(a, b).allSatisfy { zip($0, $1).allSatisfy { agree($0, $1) } }
    }

    // MARK: - crossEntropy

    /// Ways to get the mean cross-entropy of `logits` for `labels` wrong.
    static func crossEntropyMistakes(_ logits: [[Double]], _ labels: [Int]) -> [Mistake<Double>] {
        let n = Double(logits.count), k = Double(logits.first?.count ?? 1)
        let largest = logits.flatMap { $0 }.max() ?? 0
        // What −log of the stable softmax gives: ∞ where a label's probability underflows.
        let logOfProbability = zip(ReferenceSolution().softmax(logits: logits), labels).reduce(0.0) { $0 - log($1.0[$1.1]) } / n
        return [
            Mistake("exp overflow (no max subtracted)", explanation: overflowExplanation) { actual, expected in
                expected.isFinite && largest > largestExponent && (actual.isNaN || (!actual.isFinite && logOfProbability.isFinite))
            },
            Mistake("the log of a probability that underflowed",
                    explanation: "A label's probability was below the smallest Double, so it became 0 and −log 0 = ∞. Never take the log of a probability: −log softmax(z)[y] = logSumExp(z) − z[y] is finite.") { actual, expected in
                expected.isFinite && actual == .infinity && logOfProbability == .infinity
            },
            Mistake("sum where the mean is asked",
                    explanation: "This is the sum over the samples. The loss is their mean: divide by the number of rows.") { actual, expected in
                n > 1 && agreeFinite(actual, expected * n)
            },
            Mistake("the mean over every entry",
                    explanation: "This divides by n · k, the number of logits. Each sample has one cost, −log of its label's probability: the mean is over the n rows only.") { actual, expected in
                k > 1 && agreeFinite(actual, expected / k)
            },
            Mistake("the loss's sign",
                    explanation: "This is the mean log-likelihood, log softmax(z)[y], which is ≤ 0. The loss is its negative, logSumExp(z) − z[y] ≥ 0.") { actual, expected in
                expected != 0 && agreeFinite(actual, -expected)
            },
        ]
    }

    // MARK: - crossEntropyGradient

    /// Ways to get the gradient of the mean cross-entropy wrong.
    static func gradientMistakes(_ logits: [[Double]], _ labels: [Int]) -> [Mistake<[[Double]]>] {
        let n = Double(logits.count)
        let maths = ReferenceSolution()
        let probabilities = maths.softmax(logits: logits)
        let largest = logits.flatMap { $0 }.max() ?? 0
        return [
            Mistake("exp overflow (no max subtracted)", explanation: overflowExplanation) { actual, _ in
                largest > largestExponent && actual.joined().contains { $0.isNaN }
            },
            Mistake("the gradient's sign",
                    explanation: "This is (one-hot − softmax) / n, the gradient of the log-likelihood. The loss is its negative: (softmax − one-hot) / n, negative at each sample's own label.") { actual, expected in
                rowsAgree(actual, scaled(expected, by: -1))
            },
            Mistake("sum where the mean is asked",
                    explanation: "This is softmax − one-hot, the gradient of the summed loss. The loss is the mean over the n rows, so divide every entry by n.") { actual, expected in
                n > 1 && rowsAgree(actual, scaled(expected, by: n))
            },
            Mistake("the one-hot not subtracted",
                    explanation: "This is softmax / n. Each sample's own label contributes −1 too: the gradient of logSumExp(z) − z[y] is softmax(z) − one-hot(y).") { actual, _ in
                rowsAgree(actual, scaled(probabilities, by: 1 / n))
            },
            Mistake("softmax over the wrong axis",
                    explanation: "The probabilities here were normalised down the columns, over the samples. Normalise each row, over its classes.") { actual, expected in
                let wrong = zip(columnSoftmax(logits), labels).map { p, y in p.indices.map { (p[$0] - ($0 == y ? 1 : 0)) / n } }
                return rowsAgree(actual, wrong) && !rowsAgree(expected, wrong)
            },
        ]
    }
}
