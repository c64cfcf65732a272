import RegressionKata
import Testing

typealias RegressionWrongCase = WrongSolution<any RegressionExercises>

private typealias Wrong = RegressionWrong

// The first check of each exercise, by name.
private let mseFour = "four points at the line y = 1.5x + 2"
private let nllFour = "four points at the line y = 1.5x + 2 with σ = 3"
private let lineFour = "four points: x = [1, 2, 3, 4], y = [3, 4, 8, 9]"
private let nelderMead = "Nelder-Mead on your negativeLogLikelihood lands on your leastSquares line"
private let varianceFour = "four points: x = [1, 2, 3, 4], y = [3, 4, 8, 9]"

private let wrongCases: [RegressionWrongCase] = [
    RegressionWrongCase("the RSS for the MSE", { Wrong.SumNotMean() },
                        fails("meanSquaredError", mseFour, "the sum, not the mean")),
    RegressionWrongCase("the RMSE", { Wrong.RootMeanSquaredError() },
                        fails("meanSquaredError", mseFour, "the root mean squared error")),
    RegressionWrongCase("MSE over n − 1", { Wrong.MeanSquaredErrorOverNMinusOne() },
                        fails("meanSquaredError", mseFour, "divided by n − 1")),
    RegressionWrongCase("MSE over n − 2", { Wrong.MeanSquaredErrorOverNMinusTwo() },
                        fails("meanSquaredError", mseFour, "divided by n − 2")),
    RegressionWrongCase("MSE of y = b·x + m", { Wrong.MeanSquaredErrorSwapped() },
                        fails("meanSquaredError", mseFour, "swapped slope and intercept")),
    RegressionWrongCase("MSE with y − m·x + b", { Wrong.MeanSquaredErrorSignSlip() },
                        fails("meanSquaredError", mseFour, "a sign slip in the residual")),
    RegressionWrongCase("the MAE", { Wrong.MeanAbsoluteError() },
                        fails("meanSquaredError", mseFour, "the mean absolute error")),
    RegressionWrongCase("residuals not squared", { Wrong.ResidualsNotSquared() },
                        fails("meanSquaredError", mseFour, "did not square the residuals")),
    RegressionWrongCase("the MSE hard-coded", { Wrong.MeanSquaredErrorHardCoded() },
                        fails("meanSquaredError", mseFour, "hard-coded an answer from the story")),

    RegressionWrongCase("the log-likelihood", { Wrong.returnsLogLikelihood },
                        fails("negativeLogLikelihood", nllFour, "returned the log-likelihood, not its negative"),
                        fails("leastSquares", nelderMead, "your negativeLogLikelihood has no minimum")),
    RegressionWrongCase("L − RSS/(2σ²)", { Wrong.minusBeforeSquares },
                        fails("negativeLogLikelihood", nllFour, "a minus before RSS/(2σ²)"),
                        fails("leastSquares", nelderMead, "your negativeLogLikelihood has no minimum")),
    RegressionWrongCase("−L + RSS/(2σ²)", { Wrong.minusBeforeLog },
                        fails("negativeLogLikelihood", nllFour, "a minus before n/2 · ln(2πσ²)"),
                        fails("leastSquares", nelderMead, "your negativeLogLikelihood has no minimum")),
    RegressionWrongCase("RSS/(2σ²) alone", { Wrong.dropsLogTerm },
                        fails("negativeLogLikelihood", nllFour, "dropped n/2 · ln(2πσ²)"),
                        fails("leastSquares", nelderMead, "your negativeLogLikelihood has no minimum")),
    RegressionWrongCase("no 2π", { Wrong.dropsTwoPi },
                        fails("negativeLogLikelihood", nllFour, "dropped the constant n/2 · ln(2π)")),
    RegressionWrongCase("RSS/σ²", { Wrong.missingHalfOnSquares },
                        fails("negativeLogLikelihood", nllFour, "missing the ½ in RSS/(2σ²)")),
    RegressionWrongCase("n · ln(2πσ²)", { Wrong.missingHalfOnLog },
                        fails("negativeLogLikelihood", nllFour, "missing the ½ in n/2 · ln(2πσ²)")),
    RegressionWrongCase("sigma as σ²", { Wrong.sigmaAsVariance },
                        fails("negativeLogLikelihood", nllFour, "treated sigma as the variance σ²")),
    RegressionWrongCase("ln(2πσ)", { Wrong.sigmaInsideLog },
                        fails("negativeLogLikelihood", nllFour, "σ, not σ², inside the log")),
    RegressionWrongCase("RSS/(2σ)", { Wrong.sigmaUnderSquares },
                        fails("negativeLogLikelihood", nllFour, "σ, not σ², under RSS")),
    RegressionWrongCase("sigma as log σ", { Wrong.sigmaAsLogSigma },
                        fails("negativeLogLikelihood", nllFour, "treated sigma as log σ")),
    RegressionWrongCase("the mean NLL", { Wrong.meanNegativeLogLikelihood },
                        fails("negativeLogLikelihood", nllFour, "the mean, not the sum")),
    RegressionWrongCase("½ · ln(2πσ²) once", { Wrong.logTermOnce },
                        fails("negativeLogLikelihood", nllFour, "½ · ln(2πσ²) once, not n times")),
    RegressionWrongCase("log10", { Wrong.logBase10 },
                        fails("negativeLogLikelihood", nllFour, "log base 10")),
    RegressionWrongCase("NLL of y = b·x + m", { Wrong.negativeLogLikelihoodSwapped },
                        fails("negativeLogLikelihood", nllFour, "swapped slope and intercept"),
                        fails("leastSquares", nelderMead, "your negativeLogLikelihood swaps slope and intercept")),
    RegressionWrongCase("NLL with y − m·x + b", { Wrong.NegativeLogLikelihoodSignSlip() },
                        fails("negativeLogLikelihood", nllFour, "a sign slip in the residual"),
                        fails("leastSquares", nelderMead, "your negativeLogLikelihood is likely wrong")),
    RegressionWrongCase("the log of each density", { Wrong.LogOfEachDensity() },
                        fails("negativeLogLikelihood", "50 random data sets, lines and σ from a fixed seed", "log taken after underflow")),
    RegressionWrongCase("the NLL hard-coded", { Wrong.NegativeLogLikelihoodHardCoded() },
                        fails("negativeLogLikelihood", nllFour, "hard-coded an answer from the story"),
                        fails("leastSquares", nelderMead, "your negativeLogLikelihood is likely wrong")),

    RegressionWrongCase("(b̂, m̂)", { Wrong.LineSwapped() },
                        fails("leastSquares", lineFour, "swapped slope and intercept")),
    RegressionWrongCase("a line through the origin", { Wrong.ThroughTheOrigin() },
                        fails("leastSquares", lineFour, "Σxy/Σx², a line through the origin")),
    RegressionWrongCase("an uncentred slope", { Wrong.SlopeNotCentred() },
                        fails("leastSquares", lineFour, "Σxy/Σx², a line through the origin")),
    RegressionWrongCase("Sxy/Syy", { Wrong.slopeOfXOnY },
                        fails("leastSquares", lineFour, "the slope of x on y")),
    RegressionWrongCase("Sxx/Sxy", { Wrong.slopeUpsideDown },
                        fails("leastSquares", lineFour, "the fraction upside down")),
    RegressionWrongCase("covariance over n − 1, variance over n", { Wrong.mixedNAndNMinusOne },
                        fails("leastSquares", lineFour, "mixed n and n − 1")),
    RegressionWrongCase("ȳ + m̂·x̄", { Wrong.interceptPlus },
                        fails("leastSquares", lineFour, "ȳ + m̂·x̄, not ȳ − m̂·x̄")),
    RegressionWrongCase("the intercept ȳ", { Wrong.interceptIsYMean },
                        fails("leastSquares", lineFour, "returned ȳ as the intercept")),
    RegressionWrongCase("x̄ − m̂·ȳ", { Wrong.interceptMeansSwapped },
                        fails("leastSquares", lineFour, "x̄ and ȳ swapped in the intercept")),
    RegressionWrongCase("the one-pass formula", { Wrong.OnePassFormula() },
                        fails("leastSquares", "x near 10⁶: 50 points with x = 10⁶ + U(0, 10), y = 3x + 7 + N(0, 2²)",
                              "catastrophic cancellation")),
    RegressionWrongCase("the line hard-coded", { Wrong.LineHardCoded() },
                        fails("leastSquares", lineFour, "hard-coded an answer from the story")),

    RegressionWrongCase("RSS/(n − 2)", { Wrong.varianceOverNMinusTwo },
                        fails("noiseVariance", varianceFour, "divided by n − 2")),
    RegressionWrongCase("RSS/(n − 1)", { Wrong.varianceOverNMinusOne },
                        fails("noiseVariance", varianceFour, "divided by n − 1")),
    RegressionWrongCase("σ̂", { Wrong.standardDeviation },
                        fails("noiseVariance", varianceFour, "returned σ̂, not σ̂²")),
    RegressionWrongCase("RSS", { Wrong.residualSumOfSquares },
                        fails("noiseVariance", varianceFour, "returned RSS, not RSS/n")),
    RegressionWrongCase("the variance of y", { Wrong.VarianceOfY() },
                        fails("noiseVariance", varianceFour, "the variance of y, not of the residuals")),
    RegressionWrongCase("σ̂² hard-coded", { Wrong.varianceHardCoded },
                        fails("noiseVariance", varianceFour, "hard-coded an answer from the story")),
    RegressionWrongCase("σ̂² at a swapped line", { Wrong.VarianceAtSwappedLine() },
                        fails("noiseVariance", varianceFour, "residuals of another line")),

    // More slips: each named only where a catalogued mistake gives the learner's value.
    RegressionWrongCase("MSE with y² − ŷ²", { Wrong.MeanSquaredErrorSquaresApart() },
                        fails("meanSquaredError", mseFour, nil)),
    RegressionWrongCase("MSE without the last point", { Wrong.MeanSquaredErrorSkipsLastPoint() },
                        fails("meanSquaredError", mseFour, nil)),
    RegressionWrongCase("NLL with the MSE for the RSS", { Wrong.NegativeLogLikelihoodWithMSE() },
                        fails("negativeLogLikelihood", nllFour, nil)),
    RegressionWrongCase("NLL with σ² = sigma * 2", { Wrong.NegativeLogLikelihoodSigmaTimesTwo() },
                        fails("negativeLogLikelihood", nllFour, nil)),
    RegressionWrongCase("b̂ = Σy − m̂·Σx", { Wrong.InterceptFromSums() },
                        fails("leastSquares", lineFour, nil)),
    RegressionWrongCase("the line without the last point", { Wrong.LineSkipsLastPoint() },
                        fails("leastSquares", lineFour, nil)),
    RegressionWrongCase("the line in Float", { Wrong.LineInFloat() },
                        fails("leastSquares", lineFour, nil)),
    RegressionWrongCase("σ̂² divided by n twice", { Wrong.VarianceDividedTwice() },
                        fails("noiseVariance", varianceFour, nil)),
    RegressionWrongCase("σ̂² in Float", { Wrong.VarianceInFloat() },
                        fails("noiseVariance", varianceFour, nil)),

    RegressionWrongCase("right, written another way", { Wrong.RightAnotherWay() }),
]

@Suite("Kata 10.2.3, MLE = MSE: typical mistakes are caught and named")
struct RegressionMistakeTests {
    @Test("a wrong solution fails where it should, naming its mistake", arguments: wrongCases)
    func caughtAndNamed(_ wrong: RegressionWrongCase) {
        KataConformance.expectCaughtAndNamed(wrong, by: regressionKata)
    }
}

@Suite("Kata 10.2.3, MLE = MSE: no check can be passed by every wrong answer")
struct RegressionCheckCoverageTests {
    @Test("every check is failed by at least one of the typical wrong solutions")
    func everyCheckCatchesSomething() {
        let uncaught = KataConformance.checksNoWrongSolutionFails(regressionKata, wrongCases)
        #expect(uncaught.isEmpty, "checks no wrong solution fails: \(uncaught)")
    }
}
