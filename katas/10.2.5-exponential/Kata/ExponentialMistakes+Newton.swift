import Foundation

extension ExponentialMistakes {
    // MARK: - score

    /// Ways to get the score at `rate` for `observations` wrong; `atTwiceTheRate` holds the
    /// learner's score and the right one at 2 · `rate`, when the call has failed.
    static func scoreMistakes(rate: Double, observations: [Double],
                              atTwiceTheRate: (yours: Double, right: Double)? = nil) -> [Mistake<Double>] {
        let n = Double(observations.count)
        let sum = observations.reduce(0, +)
        return [
            Mistake("slope of the negative log-likelihood (sign error)",
                    explanation: "Σx − n/α is the slope of the negative log-likelihood, the loss. The score is the slope of the log-likelihood itself, n/α − Σx: positive below the estimate, where raising α makes the data more likely.") { actual, expected in
                // −score at a second rate as well, so that a slip which is −score here only by
                // coincidence is not taken for a sign error.
                expected != 0 && agree(actual, -expected)
                    && (atTwiceTheRate.map { agree($0.yours, -$0.right) } ?? true)
            },
            Mistake("the non-normalised density (1/α)·e^(−αx)",
                    explanation: "−n/α − Σx is the slope of the log of (1/α)·e^(−αx), which is not a density; it is negative for every α, so it never reaches zero. From the density α·e^(−αx): d/dα (n·ln α − α·Σx) = n/α − Σx.") { actual, _ in
                agree(actual, -n / rate - sum)
            },
            Mistake("treated the rate as a scale",
                    explanation: "−n/α + Σx/α² is the slope for the scale parametrisation (1/α)·e^(−x/α). Here α is the rate: the score is d/dα (n·ln α − α·Σx) = n/α − Σx.") { actual, expected in
                !agree(expected, -n / rate + sum / (rate * rate)) && agree(actual, -n / rate + sum / (rate * rate))
            },
            Mistake("the mean, not the sum",
                    explanation: "This is the score divided by the number of observations. The score is the slope of the summed log-likelihood: n/α − Σx.") { actual, expected in
                n > 1 && expected != 0 && agree(actual, expected / n)
            },
            Mistake("dropped the n in n/α",
                    explanation: "Each of the n observations contributes ln α, so the log-likelihood has n·ln α and the score n/α − Σx, not 1/α − Σx.") { actual, _ in
                n > 1 && agree(actual, 1 / rate - sum)
            },
        ]
    }

    // MARK: - newtonRaphson

    /// What the learner's Newton-Raphson would return had it made each mistake, each
    /// computed by running the mistaken update from the same start.
    struct NewtonRuns {
        var estimate: Double
        var start: Double
        var oneFewer: Double
        var oneMore: Double
        var wrongSign: Double
        var derivativeWithoutSquare: Double
        var onTheLogLikelihood: Double
    }

    /// Ways to get Newton-Raphson on the score wrong, given the runs each would give.
    static func newtonMistakes(_ runs: NewtonRuns) -> [Mistake<Double>] { [
        Mistake("returned the closed-form estimate",
                explanation: "That is 1/x̄, where Newton's steps end up. This exercise asks where `steps` steps from `start` actually land, so take the steps.") { actual, expected in
            !agree(expected, runs.estimate) && agree(actual, runs.estimate)
        },
        Mistake("off by one step",
                explanation: "Take exactly `steps` steps: `for _ in 0..<steps` runs `steps` times, `0...steps` runs once more, and returning before the last update is once fewer.") { actual, _ in
            agree(actual, runs.oneFewer) || agree(actual, runs.oneMore)
        },
        Mistake("score′ without the square",
                explanation: "The derivative of the score n/α − Σx is −n/α², not −n/α: d/dα (1/α) = −1/α². With the right derivative one step is α ← 2α − α²·x̄.") { actual, _ in
            agreeFinite(actual, runs.derivativeWithoutSquare)
        },
        Mistake("Newton on the log-likelihood, not on the score",
                explanation: "α ← α − ℓ(α)/ℓ′(α) looks for where the log-likelihood is zero, which means nothing. The maximum is where the score ℓ′ is zero, so Newton's method runs on the score: α ← α − score(α)/score′(α).") { actual, _ in
            agreeFinite(actual, runs.onTheLogLikelihood)
        },
        Mistake("Newton step with the wrong sign",
                explanation: "Newton's step is α ← α − f(α)/f′(α), with a minus: α − score(α)/score′(α). With + (or with a score or score′ of the wrong sign) each step goes the other way and α runs away from 1/x̄ instead of closing in.") { actual, _ in
            // The modelled run only: steps that run away for another reason (score′
            // without its n, say) are not a sign error.
            agree(actual, runs.wrongSign)
        },
    ] }

    // MARK: - standardError

    /// Ways to get the standard error of the rate wrong for `observations`.
    static func standardErrorMistakes(observations: [Double]) -> [Mistake<Double>] {
        let n = Double(observations.count)
        let mean = observations.reduce(0, +) / n
        let estimate = 1 / mean
        return [
            Mistake("divided by n, not √n",
                    explanation: "The Fisher information is n/α², so the standard error 1/√(n/α̂²) is α̂/√n: divide by the square root of n, `Double(n).squareRoot()`.") { actual, _ in
                n > 1 && agree(actual, estimate / n)
            },
            Mistake("√n missing",
                    explanation: "This is α̂ itself. The standard error shrinks as data accumulate: α̂/√n.") { actual, _ in
                n > 1 && agree(actual, estimate)
            },
            Mistake("the scale's standard error x̄/√n",
                    explanation: "x̄/√n is the standard error of the mean wait, the scale. The exercise asks about the rate α̂ = 1/x̄, whose standard error is α̂/√n.") { actual, expected in
                !agree(expected, mean / n.squareRoot()) && agree(actual, mean / n.squareRoot())
            },
            Mistake("the variance, not the standard error",
                    explanation: "α̂²/n is the variance 1/I(α̂). The standard error is its square root, α̂/√n.") { actual, expected in
                !agree(expected, estimate * estimate / n) && agree(actual, estimate * estimate / n)
            },
            Mistake("the Fisher information, not the standard error",
                    explanation: "n/α̂² is the Fisher information I(α̂). The standard error is 1/√I(α̂) = α̂/√n.") { actual, expected in
                !agree(expected, n / (estimate * estimate)) && agree(actual, n / (estimate * estimate))
            },
            Mistake("√(n − 1), not √n",
                    explanation: "The Fisher information of n observations is n/α², so the standard error is α̂/√n, with n, not n − 1.") { actual, _ in
                n > 1 && agree(actual, estimate / (n - 1).squareRoot())
            },
        ]
    }
}
