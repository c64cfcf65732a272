import GaussianKata
import Testing

typealias GaussianWrongCase = WrongSolution<any GaussianExercises>

private let smallMean = "the small example [2.1, 3.5, 2.8, 3.1, 2.9]"
private let smallLogLikelihood = "the small example at its estimate μ = 2.88, σ² = 0.2096"
private let smallEstimate = "the small example [2.1, 3.5, 2.8, 3.1, 2.9]: μ̂ = 2.88, σ̂² = 0.2096"
private let seededInterval = "the seeded sample of 50: about 4.037 to 5.061"

private let wrongCases: [GaussianWrongCase] = [
    GaussianWrongCase("mean over n − 1", { MeanOverNMinusOne() },
                      fails("mean", smallMean, "divided by n − 1")),
    GaussianWrongCase("mean that returns the sum", { MeanReturnsTheSum() },
                      fails("mean", smallMean, "returned the sum, not the mean")),
    GaussianWrongCase("mean hard-coded", { MeanHardCoded() },
                      fails("mean", "the seeded sample: np.random.seed(42); np.random.normal(5, 2, 50)",
                            "hard-coded an example's answer")),
    GaussianWrongCase("log-likelihood without −n/2 · ln(2π)", { LogLikelihoodWithoutConstant() },
                      fails("logLikelihood", smallLogLikelihood, "dropped the −n/2 · ln(2π) constant")),
    GaussianWrongCase("log-likelihood without the normalising term", { LogLikelihoodWithoutLogVariance() },
                      fails("logLikelihood", smallLogLikelihood, "dropped the −n/2 · ln σ² term")),
    GaussianWrongCase("log of the product of densities", { LogLikelihoodOfTheProduct() },
                      fails("logLikelihood", "10,000 measurements, whose product of densities underflows to 0",
                            "log of a number that underflowed")),
    GaussianWrongCase("log of each density", { LogLikelihoodOfEachDensity() },
                      fails("logLikelihood", "one measurement 40 standard deviations out, whose density underflows to 0",
                            "log of a number that underflowed")),
    GaussianWrongCase("log-likelihood that squares the variance", { LogLikelihoodSquaresTheVariance() },
                      fails("logLikelihood", smallLogLikelihood, "σ and σ² mixed up")),
    GaussianWrongCase("log-likelihood with n · ln σ²", { LogLikelihoodWithNLogVariance() },
                      fails("logLikelihood", smallLogLikelihood, "σ and σ² mixed up")),
    GaussianWrongCase("log-likelihood without the ½", { LogLikelihoodMissingHalf() },
                      fails("logLikelihood", smallLogLikelihood, "missing the ½ in the exponent")),
    GaussianWrongCase("negative log-likelihood", { LogLikelihoodNegated() },
                      fails("logLikelihood", smallLogLikelihood, "returned the negative log-likelihood")),
    GaussianWrongCase("average log-likelihood", { LogLikelihoodAveraged() },
                      fails("logLikelihood", smallLogLikelihood, "the average log-likelihood, not the sum")),
    GaussianWrongCase("variance over n − 1", { EstimateOverNMinusOne() },
                      fails("maximumLikelihoodEstimate", smallEstimate, "divided by n − 1")),
    GaussianWrongCase("σ̂ for σ̂²", { EstimateReturnsStandardDeviation() },
                      fails("maximumLikelihoodEstimate", smallEstimate, "returned σ̂, not σ̂²")),
    GaussianWrongCase("variance about 0", { EstimateWithoutSubtractingMean() },
                      fails("maximumLikelihoodEstimate", smallEstimate, "forgot to subtract the mean")),
    GaussianWrongCase("variance as Σx²/n − x̄²", { EstimateInOnePass() },
                      fails("maximumLikelihoodEstimate", "the small example shifted by 10⁹: σ̂² is still about 0.2096",
                            "catastrophic cancellation")),
    GaussianWrongCase("(variance, mean)", { EstimateSwapped() },
                      fails("maximumLikelihoodEstimate", smallEstimate, "swapped the mean and the variance")),
    GaussianWrongCase("n − 1 carried into the interval", { NMinusOneCarriedIntoInterval() },
                      fails("maximumLikelihoodEstimate", smallEstimate, "divided by n − 1"),
                      fails("confidenceInterval95", seededInterval, "used the n − 1 standard deviation")),
    GaussianWrongCase("interval with σ̂²", { IntervalWithTheVariance() },
                      fails("confidenceInterval95", seededInterval, "σ̂² in place of σ̂")),
    GaussianWrongCase("interval without √n", { IntervalWithoutRootN() },
                      fails("confidenceInterval95", seededInterval, "forgot the √n")),
    GaussianWrongCase("interval over n", { IntervalOverN() },
                      fails("confidenceInterval95", seededInterval, "divided by n, not √n")),
    GaussianWrongCase("interval with s", { IntervalWithSampleDeviation() },
                      fails("confidenceInterval95", seededInterval, "used the n − 1 standard deviation")),
    GaussianWrongCase("interval with z = 2", { IntervalWithZOf2() },
                      fails("confidenceInterval95", seededInterval, "wrong z value")),
    GaussianWrongCase("interval upside down", { IntervalSwapped() },
                      fails("confidenceInterval95", seededInterval, "lower and upper swapped")),
    // More slips: each named only where a catalogued mistake gives the learner's value.
    GaussianWrongCase("mean without the last value", { MeanSkipsLastValue() },
                      fails("mean", smallMean, nil)),
    GaussianWrongCase("mean in Float", { MeanInFloat() },
                      fails("mean", smallMean, nil)),
    GaussianWrongCase("log-likelihood with + n/2 · ln σ²", { LogLikelihoodSignSlipOnLogVariance() },
                      fails("logLikelihood", smallLogLikelihood, nil)),
    GaussianWrongCase("log-likelihood about the data's own mean", { LogLikelihoodIgnoresMeanArgument() },
                      fails("logLikelihood", "the seeded sample at the truth μ = 5, σ² = 4 (σ = 2)", nil)),
    // Right on paper at μ = x̄, so the small example at its estimate passes.
    GaussianWrongCase("log-likelihood with x² − μ²", { LogLikelihoodSquaresApart() },
                      fails("logLikelihood", "the seeded sample at the truth μ = 5, σ² = 4 (σ = 2)", nil)),
    GaussianWrongCase("variance as the mean absolute deviation", { EstimateMeanAbsoluteDeviation() },
                      fails("maximumLikelihoodEstimate", smallEstimate, nil)),
    GaussianWrongCase("variance without the first value", { EstimateSkipsFirstValue() },
                      fails("maximumLikelihoodEstimate", smallEstimate, nil)),
    GaussianWrongCase("interval with z = 1.96/2", { IntervalWithHalvedZ() },
                      fails("confidenceInterval95", seededInterval, nil)),
    GaussianWrongCase("interval around 0", { IntervalAroundZero() },
                      fails("confidenceInterval95", seededInterval, nil)),
    // n − 1 really is the cause: s² = 0/0 for one measurement.
    GaussianWrongCase("σ̂² = s² · (n − 1)/n", { EstimateFromSampleVariance() },
                      fails("maximumLikelihoodEstimate", "a single measurement: σ̂² = 0", "divided by n − 1")),
]

/// Right solutions written another way than the reference: no check may reject them.
private let rightAlternatives: [GaussianWrongCase] = [
    GaussianWrongCase("Welford's update", { EstimateByWelford() }),
    GaussianWrongCase("the log-likelihood term by term", { LogLikelihoodTermByTerm() }),
    GaussianWrongCase("the interval from the Fisher information", { IntervalFromFisherInformation() }),
]

@Suite("Kata 10.2.2, Gaussian MLE: typical mistakes are caught and named")
struct GaussianMistakeTests {
    @Test("a wrong solution fails where it should, naming its mistake", arguments: wrongCases)
    func caughtAndNamed(_ wrong: GaussianWrongCase) {
        KataConformance.expectCaughtAndNamed(wrong, by: gaussianKata)
    }

    @Test("right answers written differently pass every check", arguments: rightAlternatives)
    func alternativesPass(_ right: GaussianWrongCase) {
        KataConformance.expectCaughtAndNamed(right, by: gaussianKata)
    }
}

@Suite("Kata 10.2.2, Gaussian MLE: no check can be passed by every wrong answer")
struct GaussianCheckCoverageTests {
    @Test("every check is failed by at least one of the typical wrong solutions")
    func everyCheckCatchesSomething() {
        let uncaught = KataConformance.checksNoWrongSolutionFails(gaussianKata, wrongCases)
        #expect(uncaught.isEmpty, "checks no wrong solution fails: \(uncaught)")
    }
}
