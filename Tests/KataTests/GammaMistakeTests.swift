import GammaKata
import Testing

typealias GammaWrongCase = WrongSolution<any GammaExercises>

private typealias Wrong = GammaWrong

private let logLikelihood = "logLikelihood", start = "methodOfMomentsStart", score = "profileScore"
private let newton = "newtonRaphson", multiStart = "multiStartMaximum"
private let oneObservation = "one observation x = 5 at α = 3, β = 0.5"

private let wrongCases: [GammaWrongCase] = [
    GammaWrongCase("the rate as a scale", { Wrong.RateAsScale() },
                   fails(logLikelihood, oneObservation, "treated the rate as a scale")),
    GammaWrongCase("no −ln Γ(α)", { Wrong.DroppedLogGamma() },
                   fails(logLikelihood, oneObservation, "dropped −ln Γ(α)")),
    GammaWrongCase("−Γ(α) for −ln Γ(α)", { Wrong.GammaNotLogGamma() },
                   fails(logLikelihood, oneObservation, "Γ(α) where ln Γ(α) is meant")),
    GammaWrongCase("α·ln x for (α − 1)·ln x", { Wrong.DroppedMinusLogX() },
                   fails(logLikelihood, oneObservation, "dropped the −ln x of (α − 1)·ln x")),
    GammaWrongCase("no (α − 1)·ln x", { Wrong.DroppedPowerOfX() },
                   fails(logLikelihood, oneObservation, "dropped (α − 1)·ln x")),
    GammaWrongCase("ln of Γ(α)", { Wrong.LogOfGammaFunction() },
                   fails(logLikelihood, "a large shape, α = 250: Γ(250) is too big for a Double, ln Γ(250) is not",
                         "Γ(α) overflowed: use logGamma")),
    GammaWrongCase("the log of the product", { Wrong.LogOfTheProduct() },
                   fails(logLikelihood, "50 random samples and parameters from a fixed seed", "log taken after underflow")),
    GammaWrongCase("the mean log-likelihood", { Wrong.MeanLogLikelihood() },
                   fails(logLikelihood, "the story's 200 draws at the truth, α = 3, β = 0.5", "the mean, not the sum")),
    GammaWrongCase("the first observation only", { Wrong.FirstObservationOnly() },
                   fails(logLikelihood, "the story's 200 draws at the truth, α = 3, β = 0.5", "used only the first observation")),
    GammaWrongCase("no check for negative data", { Wrong.NoCheckForNegatives() },
                   fails(logLikelihood, "a negative observation: −∞", "NaN for a negative observation")),
    GammaWrongCase("no check for the parameters", { Wrong.NoCheckForParameters() },
                   fails(logLikelihood, "a shape or rate of 0 or below: −∞", "NaN for a shape or rate of 0 or below")),
    GammaWrongCase("the parameters clamped", { Wrong.ParametersClamped() },
                   fails(logLikelihood, "a shape or rate of 0 or below: −∞", "finite for a shape or rate of 0 or below")),
    GammaWrongCase("+ β·Σx", { Wrong.PlusRateTimesSum() }, fails(logLikelihood, oneObservation, nil)),
    GammaWrongCase("the unbiased variance", { Wrong.UnbiasedVariance() },
                   fails(start, "four values [1, 2, 3, 4]", "the unbiased variance 1/(n − 1)")),
    GammaWrongCase("the scale s²/x̄", { Wrong.ScaleForRate() },
                   fails(start, "four values [1, 2, 3, 4]", "the scale s²/x̄, not the rate x̄/s²")),
    GammaWrongCase("shape and rate swapped", { Wrong.ShapeAndRateSwapped() },
                   fails(start, "four values [1, 2, 3, 4]", "the shape and the rate swapped")),
    GammaWrongCase("s for s²", { Wrong.StandardDeviationForVariance() },
                   fails(start, "four values [1, 2, 3, 4]", "the standard deviation s where s² is meant")),
    GammaWrongCase("Σx²/n − x̄²", { Wrong.OnePassVariance() },
                   fails(start, "100 values near a million: the variance without cancellation", "the variance lost to cancellation")),
    GammaWrongCase("Welford's variance, right", { Wrong.WelfordStart() }),
    GammaWrongCase("the loss's slope", { Wrong.ScoreOfTheLoss() },
                   fails(score, "four values [1, 2, 3, 4] at α = 2", "slope of the negative log-likelihood (sign error)")),
    GammaWrongCase("ln x̄ and mean(ln x) swapped", { Wrong.LogsSwapped() },
                   fails(score, "four values [1, 2, 3, 4] at α = 2", "ln x̄ and mean(ln x) swapped")),
    GammaWrongCase("β = x̄/α in the score", { Wrong.ScaleInTheScore() },
                   fails(score, "four values [1, 2, 3, 4] at α = 2", "the scale x̄/α, not the rate α/x̄")),
    GammaWrongCase("trigamma in the score", { Wrong.TrigammaInTheScore() },
                   fails(score, "four values [1, 2, 3, 4] at α = 2", "trigamma where digamma is meant")),
    GammaWrongCase("ln Γ in the score", { Wrong.LogGammaInTheScore() },
                   fails(score, "four values [1, 2, 3, 4] at α = 2", "ln Γ(α) where ψ(α) is meant")),
    GammaWrongCase("no ln α in the score", { Wrong.ScoreWithoutLogShape() },
                   fails(score, "four values [1, 2, 3, 4] at α = 2", "dropped the ln α")),
    GammaWrongCase("the mean score", { Wrong.MeanScore() },
                   fails(score, "four values [1, 2, 3, 4] at α = 2", "the mean, not the sum")),
    GammaWrongCase("ln Σx for ln x̄", { Wrong.LogOfTheSum() },
                   fails(score, "four values [1, 2, 3, 4] at α = 2", "ln Σx, not ln x̄")),
    GammaWrongCase("the score by a central difference", { Wrong.ScoreByDifference() },
                   fails(score, "four values [1, 2, 3, 4] at α = 2", nil)),
    GammaWrongCase("Newton without a cap", { Wrong.NewtonWithoutCap() },
                   fails(newton, "maxIterations: 0 returns (start, 0)", "no iteration cap")),
    GammaWrongCase("Newton one step past the cap", { Wrong.NewtonOneStepPastTheCap() },
                   fails(newton, "maxIterations: 0 returns (start, 0)", "no iteration cap")),
    GammaWrongCase("Newton with +", { Wrong.NewtonWrongSign() },
                   fails(newton, "one step from the method-of-moments start on the story's 200 draws", "Newton step with the wrong sign")),
    GammaWrongCase("a sign error carried into Newton", { Wrong.SignErrorCarriedIntoNewton() },
                   fails(score, "four values [1, 2, 3, 4] at α = 2", "slope of the negative log-likelihood (sign error)"),
                   fails(newton, "one step from the method-of-moments start on the story's 200 draws", "Newton step with the wrong sign")),
    GammaWrongCase("score′ without n", { Wrong.NewtonDerivativeWithoutN() },
                   fails(newton, "one step from the method-of-moments start on the story's 200 draws", "score′ without its n")),
    GammaWrongCase("digamma in score′", { Wrong.NewtonDigammaInDerivative() },
                   fails(newton, "one step from the method-of-moments start on the story's 200 draws", "digamma where trigamma is meant")),
    GammaWrongCase("the α before the last step", { Wrong.NewtonReturnsPreviousShape() },
                   fails(newton, "30 random runs from a fixed seed", "returned the α before the last step")),
    GammaWrongCase("Newton ignoring the tolerance", { Wrong.NewtonIgnoresTolerance() },
                   fails(newton, "the story's run: from the method-of-moments start, tolerance 1e-10", "ignored the tolerance")),
    GammaWrongCase("Newton counting the start", { Wrong.NewtonCountsTheStart() },
                   fails(newton, "maxIterations: 0 returns (start, 0)", "off by one step")),
    GammaWrongCase("Newton stopping on the score", { Wrong.NewtonStopsOnTheScore() },
                   fails(newton, "the story's run: from the method-of-moments start, tolerance 1e-10", "off by one step")),
    GammaWrongCase("the story's α̂, hard-coded", { Wrong.NewtonReturnsTheStoryEstimate() },
                   fails(newton, "maxIterations: 0 returns (start, 0)", "returned the story's α̂")),
    GammaWrongCase("half Newton steps", { Wrong.NewtonHalfSteps() },
                   fails(newton, "one step from the method-of-moments start on the story's 200 draws", nil)),
    GammaWrongCase("the first local maximum", { Wrong.FirstLocalMaximum() },
                   fails(multiStart, "ten points in six clusters, six starts", "kept the first local maximum")),
    GammaWrongCase("the last local maximum", { Wrong.LastLocalMaximum() },
                   fails(multiStart, "ten points in six clusters, six starts", "kept the last local maximum")),
    GammaWrongCase("the lowest top", { Wrong.LowestTop() },
                   fails(multiStart, "ten points in six clusters, six starts", "the lowest of the tops")),
    GammaWrongCase("the largest location", { Wrong.LargestLocation() },
                   fails(multiStart, "ten points in six clusters, six starts", "compared the locations, not their log-likelihoods")),
    GammaWrongCase("the best start, unclimbed", { Wrong.BestStartWithoutClimbing() },
                   fails(multiStart, "ten points in six clusters, six starts", "the best start, not the best climb")),
    GammaWrongCase("a climb from the best start only", { Wrong.ClimbFromTheBestStart() },
                   fails(multiStart, "ten points in six clusters, six starts", "climbed only from the best start")),
    GammaWrongCase("the best log-likelihood", { Wrong.ReturnsTheLogLikelihood() },
                   fails(multiStart, "ten points in six clusters, six starts", "returned the log-likelihood, not the location")),
    GammaWrongCase("the mean of the tops", { Wrong.MeanOfTheTops() },
                   fails(multiStart, "ten points in six clusters, six starts", "the mean of the tops")),
    GammaWrongCase("a grid around each start", { Wrong.GridAroundEachStart() },
                   fails(multiStart, "ten points in six clusters, six starts", nil)),
    GammaWrongCase("every top, then the best, right", { Wrong.TopsThenBest() }),
]

@Suite("Kata 10.2.7, numerical MLE: typical mistakes are caught and named")
struct GammaMistakeTests {
    @Test("a wrong solution fails where it should, naming its mistake", arguments: wrongCases)
    func caughtAndNamed(_ wrong: GammaWrongCase) {
        KataConformance.expectCaughtAndNamed(wrong, by: gammaKata)
    }
}

@Suite("Kata 10.2.7, numerical MLE: no check can be passed by every wrong answer")
struct GammaCheckCoverageTests {
    @Test("every check is failed by at least one of the typical wrong solutions")
    func everyCheckCatchesSomething() {
        let uncaught = KataConformance.checksNoWrongSolutionFails(gammaKata, wrongCases)
        #expect(uncaught.isEmpty, "checks no wrong solution fails: \(uncaught)")
    }
}
