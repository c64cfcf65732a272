import Foundation

extension CoinFlipMistakes {
    // MARK: - maximumLikelihoodEstimate

    /// `heads / (heads + tails)` in `Int`, which rounds down to 0 (or is 1 with no tails).
    ///
    /// Named only for the value Int division gives here: rounding 9/13 to the nearest
    /// whole number gives 1, which is another slip.
    static func integerDivision(heads: Int, tails: Int) -> Mistake<Double> {
        let truncated = Double(heads / max(1, heads + tails))
        return Mistake("integer division",
                explanation: "`heads / (heads + tails)` divides two Ints, which throws the fraction away: 9 / 13 is 0. Convert first: `Double(heads) / Double(heads + tails)`.") { actual, expected in
            !agree(expected, truncated) && agree(actual, truncated)
        }
    }

    /// tails / (heads + tails).
    static var tailsFraction: Mistake<Double> {
        Mistake("returned the fraction of tails",
                explanation: "θ is the probability of heads: divide the heads, not the tails, by the number of flips.") { actual, expected in
            expected != 0.5 && agree(actual, 1 - expected)
        }
    }

    /// heads / tails, the odds rather than the probability.
    static func odds(heads: Int, tails: Int) -> Mistake<Double> {
        Mistake("odds instead of a probability",
                explanation: "heads / tails is the odds of heads. The probability divides by all the flips: heads / (heads + tails).") { actual, _ in
            tails > 0 ? agree(actual, Double(heads) / Double(tails)) : actual == .infinity
        }
    }

    // MARK: - negativeLogLikelihoodGradient

    /// The gradient of the log-likelihood, which has the opposite sign.
    static var logLikelihoodGradient: Mistake<Double> {
        Mistake("gradient of the log-likelihood (sign error)",
                explanation: "h/θ − t/(1 − θ) is the gradient of the log-likelihood. The loss is its negative, so its gradient is −h/θ + t/(1 − θ): negative left of the estimate, where the loss is falling.") { actual, expected in
            expected != 0 && agree(actual, -expected)
        }
    }

    /// d/dθ ln(1 − θ) taken as +1/(1 − θ), forgetting the inner −1 of the chain rule.
    static func lostChainRuleMinus(theta: Double, heads: Int, tails: Int) -> Mistake<Double> {
        Mistake("missing minus from the chain rule",
                explanation: "d/dθ ln(1 − θ) = −1/(1 − θ): the inner derivative of 1 − θ is −1. So the tails' term of the negative log-likelihood's gradient is +t/(1 − θ), of opposite sign to the heads' term −h/θ.") { actual, expected in
            let bothSameSign = Double(heads) / theta + Double(tails) / (1 - theta)
            return tails > 0 && !agree(abs(expected), bothSameSign) && agree(abs(actual), bothSameSign)
        }
    }

    /// The gradient of the mean negative log-likelihood rather than of the sum.
    static func meanInsteadOfSum(flips: Int) -> Mistake<Double> {
        Mistake("gradient of the mean, not the sum",
                explanation: "This is the gradient divided by the number of flips. The negative log-likelihood here is the sum over all flips, so do not divide by heads + tails.") { actual, expected in
            flips > 1 && expected != 0 && agree(actual, expected / Double(flips))
        }
    }

    // MARK: - gradientDescent

    /// The step θ ← θ + η · gradient: uphill on the loss.
    static func gradientAscent(start: Double, estimate: Double, ascentResult: Double) -> Mistake<Double> {
        Mistake("gradient ascent instead of descent",
                explanation: "The step must go against the gradient: θ ← θ − η · gradient(θ). With + it climbs the loss, away from the estimate (if your gradient has the log-likelihood's sign, fix it there instead).") { actual, _ in
            // The modelled run only: a step that runs away for another reason (a rate of
            // the learner's own, say) is not a sign error.
            agree(actual, ascentResult)
        }
    }

    /// The step θ ← θ − gradient, with no learning rate.
    static func ignoredLearningRate(resultWithRateOne: Double) -> Mistake<Double> {
        Mistake("ignored the learning rate",
                explanation: "Each step is the gradient times the learning rate: θ ← θ − learningRate · gradient(θ). Without it the steps are as large as the gradient, hundreds or millions here.") { actual, _ in
            agree(actual, resultWithRateOne)
        }
    }

    /// One step too few or too many.
    static func offByOneStep(fewer: Double, more: Double) -> Mistake<Double> {
        Mistake("off by one step",
                explanation: "Take exactly `steps` steps: `for _ in 0..<steps` runs `steps` times, `0...steps` runs once more, and returning before the last update is once fewer.") { actual, _ in
            agree(actual, fewer) || agree(actual, more)
        }
    }

    /// The closed-form estimate returned instead of descending.
    static func closedFormShortcut(estimate: Double) -> Mistake<Double> {
        Mistake("returned the closed-form estimate",
                explanation: "That is heads / (heads + tails), where descent ends up after many steps. This exercise asks where `steps` steps from `start` actually land, so take the steps.") { actual, expected in
            !agree(expected, estimate) && agree(actual, estimate)
        }
    }
}
