import Foundation
import KataKit

extension FisherInformationMistakes {
    /// A mistake in the Wald interval, as it shows in each end.
    struct EndMistakes: Sendable {
        /// How the lower end gives it away.
        let lower: Mistake<Double>
        /// How the upper end gives it away.
        let upper: Mistake<Double>
    }

    // MARK: - waldInterval

    /// Ways to get the 95% interval around `estimate` with information `information` wrong.
    static func intervalMistakes(estimate: Double, information: Double) -> [EndMistakes] {
        let z = normalQuantile(0.975)
        let standardError = 1 / information.squareRoot()
        // Each mistake with z computed and with z typed to the digits learners type (1.96, 1.645, 2.576).
        func mistake(_ name: String, _ explanation: String, halfWidths: [Double], swapped: Bool = false) -> EndMistakes {
            let sign = swapped ? -1.0 : 1.0
            let lowers = halfWidths.map { estimate - sign * $0 }, uppers = halfWidths.map { estimate + sign * $0 }
            return EndMistakes(lower: Mistake(name, explanation: explanation) { actual, _ in lowers.contains { agreeFinite(actual, $0) } },
                               upper: Mistake(name, explanation: explanation) { actual, _ in uppers.contains { agreeFinite(actual, $0) } })
        }
        let zs = [z, 1.96]
        let squareRoot = information == 1 ? [] : [
            mistake("1/I for the standard error",
                    "1/I is the variance of the estimate; the standard error is its square root, 1/√I. The interval is θ̂ ± 1.96/√I.",
                    halfWidths: zs.map { $0 / information }),
            mistake("√I for the standard error",
                    "√I is the information's square root; the standard error is its reciprocal, 1/√I: more information, a narrower interval.",
                    halfWidths: zs.map { $0 * information.squareRoot() }),
        ]
        return squareRoot + [
            mistake("z = 1.645, a 90% interval",
                    "1.645 is the 95% point of N(0, 1), which leaves 5% in one tail: a 90% two-sided interval. A 95% interval leaves 2.5% in each tail: z = 1.96, `normalQuantile(0.975)`.",
                    halfWidths: [normalQuantile(0.95), 1.645].map { $0 * standardError }),
            mistake("z = 2.576, a 99% interval",
                    "2.576 is the 99.5% point of N(0, 1), for a 99% interval. A 95% interval uses z = 1.96, `normalQuantile(0.975)`.",
                    halfWidths: [normalQuantile(0.995), 2.576].map { $0 * standardError }),
            mistake("z = 2, not 1.96",
                    "Two standard errors either side make a 95.4% interval, a rule of thumb. The 95% interval uses z = 1.96 (`normalQuantile(0.975)` = 1.959964).",
                    halfWidths: [2 * standardError]),
            mistake("one standard error either side",
                    "θ̂ ± SE covers the truth only about 68% of the time. The 95% interval reaches z = 1.96 standard errors either side.",
                    halfWidths: [standardError]),
            mistake("the ends swapped",
                    "The lower end comes first: (θ̂ − 1.96/√I, θ̂ + 1.96/√I).",
                    halfWidths: zs.map { $0 * standardError }, swapped: true),
        ]
    }

    // MARK: - coverage

    /// Ways to get the coverage wrong, when `hits` of `trials` intervals held the truth
    /// and the learner drew `drawn` samples.
    static func coverageMistakes(trials: Int, hits: Int, drawn: Int) -> [Mistake<Double>] {
        let (n, k) = (Double(trials), Double(hits))
        let exact = drawn == trials
        return [
            Mistake("drew fewer samples than trials",
                    explanation: "You called `sample()` \(drawn) times for \(trials) trials. Each trial is one fresh sample and its interval: call `sample()` once per trial.") { _, _ in
                drawn < trials
            },
            Mistake("an end equal to the truth not counted",
                    explanation: "An interval holds the truth when lower ≤ truth ≤ upper, ends included: use `<=`, not `<`.") { actual, expected in
                exact && expected == 1 && actual == 0
            },
            Mistake("counted the misses",
                    explanation: "This is the share of intervals that missed the truth, 1 − coverage. Count an interval when it holds the truth: `lower <= truth && truth <= upper`.") { actual, expected in
                exact && hits * 2 != trials && agree(actual, 1 - expected)
            },
            Mistake("integer division",
                    explanation: "The hits were divided by the trials in Int, which drops the fraction: 950 / 1000 is 0. Convert first: `Double(hits) / Double(trials)`.") { actual, _ in
                exact && hits > 0 && hits < trials && actual == 0
            },
            Mistake("the count, not the share",
                    explanation: "This is how many intervals held the truth. The coverage is that count over the number of trials, a share between 0 and 1.") { actual, _ in
                exact && hits > 1 && actual == k
            },
            Mistake("a percentage",
                    explanation: "The coverage is a share between 0 and 1, not a percentage: divide the hits by the trials and leave it there.") { actual, expected in
                exact && hits > 0 && agree(actual, 100 * expected)
            },
            Mistake("counted over the wrong total",
                    explanation: "The coverage divides the hits by the number of trials, \(trials): not by one more or one fewer, nor by the misses.") { actual, _ in
                exact && [n - 1, n + 1, n - k].contains { $0 > 0 && agree(actual, k / $0) }
            },
        ]
    }
}
