import ExponentialKata
import Testing

typealias ExponentialWrongCase = WrongSolution<any ExponentialExercises>

private typealias Wrong = ExponentialWrong

private let wrongCases: [ExponentialWrongCase] = [
    ExponentialWrongCase("the non-normalised density", { Wrong.NonNormalisedDensity() },
                         fails("logLikelihood", "one wait x = 3 at α = 1/3", "the non-normalised density (1/α)·e^(−αx)")),
    ExponentialWrongCase("the rate as a scale", { Wrong.RateAsScale() },
                         fails("logLikelihood", "one wait x = 3 at α = 1/3", "treated the rate as a scale")),
    ExponentialWrongCase("no check for negative waits", { Wrong.NoCheckForNegativeWaits() },
                         fails("logLikelihood", "a negative observation: −∞", "finite for a negative observation")),
    ExponentialWrongCase("no check for the rate", { Wrong.NoCheckForTheRate() },
                         fails("logLikelihood", "a rate of 0 or below: −∞", "NaN for a rate of 0 or below")),
    ExponentialWrongCase("the rate clamped", { Wrong.RateClamped() },
                         fails("logLikelihood", "a rate of 0 or below: −∞", "finite for a rate of 0 or below")),
    ExponentialWrongCase("a wait of 0 impossible", { Wrong.ZeroWaitImpossible() },
                         fails("logLikelihood", "a wait of exactly 0 is possible: it adds ln α", "a wait of 0 called impossible")),
    ExponentialWrongCase("log of the product", { Wrong.LogOfTheProduct() },
                         fails("logLikelihood", "50 random samples and rates from a fixed seed", "log taken after underflow")),
    ExponentialWrongCase("the log of each density", { Wrong.LogOfEachDensity() },
                         fails("logLikelihood", "a wait far in the tail: x = 400 at α = 2", "log taken after underflow")),
    ExponentialWrongCase("the mean log-likelihood", { Wrong.MeanLogLikelihood() },
                         fails("logLikelihood", "the story's 100 waits at α = 0.5", "the mean, not the sum")),
    ExponentialWrongCase("the first wait only", { Wrong.FirstWaitOnly() },
                         fails("logLikelihood", "the story's 100 waits at α = 0.5", "used only the first observation")),
    ExponentialWrongCase("the scale x̄", { Wrong.ScaleInsteadOfRate() },
                         fails("maximumLikelihoodEstimate", "one wait x = 3", "the scale x̄, not the rate 1/x̄")),
    ExponentialWrongCase("the estimate hard-coded", { Wrong.EstimateHardCoded() },
                         fails("maximumLikelihoodEstimate", "the story's 100 waits", "hard-coded the single wait x = 3")),
    ExponentialWrongCase("the unbiased estimator", { Wrong.UnbiasedEstimator() },
                         fails("maximumLikelihoodEstimate", "one wait x = 3", "(n − 1)/Σx, not n/Σx")),
    ExponentialWrongCase("the mean of 1/x", { Wrong.MeanOfReciprocals() },
                         fails("maximumLikelihoodEstimate", "the story's 100 waits", "the mean of 1/x, not 1/x̄")),
    ExponentialWrongCase("the loss's slope", { Wrong.SlopeOfTheLoss() },
                         fails("score", "one wait x = 3 at α = 0.5", "slope of the negative log-likelihood (sign error)")),
    ExponentialWrongCase("the non-normalised score", { Wrong.NonNormalisedScore() },
                         fails("score", "one wait x = 3 at α = 0.5", "the non-normalised density (1/α)·e^(−αx)")),
    ExponentialWrongCase("the scale's score", { Wrong.ScoreOfTheScale() },
                         fails("score", "one wait x = 3 at α = 0.5", "treated the rate as a scale")),
    ExponentialWrongCase("the mean score", { Wrong.MeanScore() },
                         fails("score", "50 random samples and rates from a fixed seed", "the mean, not the sum")),
    ExponentialWrongCase("the score without n", { Wrong.ScoreMissingN() },
                         fails("score", "zero at the estimate for the story's 100 waits", "dropped the n in n/α")),
    ExponentialWrongCase("Newton with +", { Wrong.NewtonWrongSign() },
                         fails("newtonRaphson", "3 steps from α = 0.1 on the story's 100 waits", "Newton step with the wrong sign")),
    ExponentialWrongCase("a sign error carried into Newton", { Wrong.SignErrorCarriedIntoNewton() },
                         fails("score", "one wait x = 3 at α = 0.5", "slope of the negative log-likelihood (sign error)"),
                         fails("newtonRaphson", "3 steps from α = 0.1 on the story's 100 waits", "Newton step with the wrong sign")),
    ExponentialWrongCase("Newton with 0...steps", { Wrong.NewtonOneStepTooMany() },
                         fails("newtonRaphson", "zero steps return the start", "off by one step")),
    ExponentialWrongCase("Newton returning 1/x̄", { Wrong.NewtonReturnsClosedForm() },
                         fails("newtonRaphson", "zero steps return the start", "returned the closed-form estimate")),
    ExponentialWrongCase("Newton with score′ = −n/α", { Wrong.NewtonDerivativeWithoutSquare() },
                         fails("newtonRaphson", "3 steps from α = 0.1 on the story's 100 waits", "score′ without the square")),
    ExponentialWrongCase("Newton on ℓ", { Wrong.NewtonOnTheLogLikelihood() },
                         fails("newtonRaphson", "3 steps from α = 0.1 on the story's 100 waits", "Newton on the log-likelihood, not on the score")),
    ExponentialWrongCase("α̂/n", { Wrong.StandardErrorOverN() },
                         fails("standardError", "four waits [1, 2, 3, 4]", "divided by n, not √n")),
    ExponentialWrongCase("α̂ alone", { Wrong.StandardErrorIsTheEstimate() },
                         fails("standardError", "four waits [1, 2, 3, 4]", "√n missing")),
    ExponentialWrongCase("x̄/√n", { Wrong.StandardErrorOfTheScale() },
                         fails("standardError", "four waits [1, 2, 3, 4]", "the scale's standard error x̄/√n")),
    ExponentialWrongCase("α̂²/n", { Wrong.VarianceNotStandardError() },
                         fails("standardError", "four waits [1, 2, 3, 4]", "the variance, not the standard error")),
    ExponentialWrongCase("n/α̂²", { Wrong.FisherInformationNotStandardError() },
                         fails("standardError", "four waits [1, 2, 3, 4]", "the Fisher information, not the standard error")),
    ExponentialWrongCase("α̂/√(n − 1)", { Wrong.StandardErrorWithNMinusOne() },
                         fails("standardError", "four waits [1, 2, 3, 4]", "√(n − 1), not √n")),
    // More slips: each named only where a catalogued mistake gives the learner's value.
    ExponentialWrongCase("n·ln α − α·x̄", { Wrong.LogLikelihoodMeanInOneTerm() },
                         fails("logLikelihood", "the story's 100 waits at α = 0.5", nil)),
    ExponentialWrongCase("n·ln α + α·Σx", { Wrong.LogLikelihoodPlusRateTimesSum() },
                         fails("logLikelihood", "one wait x = 3 at α = 1/3", nil)),
    ExponentialWrongCase("1/Σx", { Wrong.EstimateWithoutN() },
                         fails("maximumLikelihoodEstimate", "the story's 100 waits", nil)),
    ExponentialWrongCase("the first wait left out of Σx", { Wrong.EstimateSkipsFirstWait() },
                         fails("maximumLikelihoodEstimate", "one wait x = 3", nil)),
    ExponentialWrongCase("n/α + Σx", { Wrong.ScorePlusSum() },
                         fails("score", "one wait x = 3 at α = 0.5", nil)),
    // At the first check (one wait x = 3, α = 0.5) n/α² − Σx = 4 − 3 = 1 is exactly
    // −(n/α − Σx) = −(2 − 3): only the score at a second rate tells it from a sign error.
    ExponentialWrongCase("n/α² − Σx", { Wrong.ScoreOverRateSquared() },
                         fails("score", "one wait x = 3 at α = 0.5", nil)),
    ExponentialWrongCase("Newton with score′ = −1/α²", { Wrong.NewtonDerivativeWithoutN() },
                         fails("newtonRaphson", "3 steps from α = 0.1 on the story's 100 waits", nil)),
    ExponentialWrongCase("half Newton steps", { Wrong.NewtonHalfSteps() },
                         fails("newtonRaphson", "3 steps from α = 0.1 on the story's 100 waits", nil)),
    ExponentialWrongCase("Newton that never updates α", { Wrong.NewtonNeverUpdates() },
                         fails("newtonRaphson", "3 steps from α = 0.1 on the story's 100 waits", nil)),
    ExponentialWrongCase("√(α̂/n)", { Wrong.StandardErrorRootOfRateOverN() },
                         fails("standardError", "four waits [1, 2, 3, 4]", nil)),
    ExponentialWrongCase("1.96·α̂/√n", { Wrong.StandardErrorTimesZ() },
                         fails("standardError", "four waits [1, 2, 3, 4]", nil)),
]

@Suite("Kata 10.2.5, exponential: typical mistakes are caught and named")
struct ExponentialMistakeTests {
    @Test("a wrong solution fails where it should, naming its mistake", arguments: wrongCases)
    func caughtAndNamed(_ wrong: ExponentialWrongCase) {
        KataConformance.expectCaughtAndNamed(wrong, by: exponentialKata)
    }
}

@Suite("Kata 10.2.5, exponential: no check can be passed by every wrong answer")
struct ExponentialCheckCoverageTests {
    @Test("every check is failed by at least one of the typical wrong solutions")
    func everyCheckCatchesSomething() {
        let uncaught = KataConformance.checksNoWrongSolutionFails(exponentialKata, wrongCases)
        #expect(uncaught.isEmpty, "checks no wrong solution fails: \(uncaught)")
    }
}
