import FisherInformationKata
import Testing

typealias FisherWrongCase = WrongSolution<any FisherInformationExercises>

private typealias Wrong = FisherWrong

private let wrongCases: [FisherWrongCase] = [
    FisherWrongCase("the −ln k! term dropped", { Wrong.DroppedLogFactorial() },
                    fails("logLikelihood", "one count k = 2 at λ = 3", "dropped the −ln k! term")),
    FisherWrongCase("ln k! added", { Wrong.AddedLogFactorial() },
                    fails("logLikelihood", "one count k = 2 at λ = 3", "added ln k! instead of subtracting it")),
    FisherWrongCase("ln k for ln k!", { Wrong.LogKNotLogFactorial() },
                    fails("logLikelihood", "the story's 50 counts at λ = 3", "ln k, not ln k!")),
    FisherWrongCase("the exponential's log-likelihood", { Wrong.ExponentialLogLikelihood() },
                    fails("logLikelihood", "one count k = 2 at λ = 3", "the exponential's log-likelihood")),
    FisherWrongCase("the log of the product", { Wrong.LogOfTheProduct() },
                    fails("logLikelihood", "50 random samples and means from a fixed seed", "log taken after overflow or underflow")),
    FisherWrongCase("log(tgamma(k + 1))", { Wrong.LogOfFactorial() },
                    fails("logLikelihood", "large counts: 200 of them near 1000", "log taken after overflow or underflow")),
    FisherWrongCase("the mean log-likelihood", { Wrong.MeanLogLikelihood() },
                    fails("logLikelihood", "the story's 50 counts at λ = 3", "the mean, not the sum")),
    FisherWrongCase("log base 10", { Wrong.LogBase10() },
                    fails("logLikelihood", "one count k = 2 at λ = 3", "log base 10")),
    FisherWrongCase("ln k! by a loop (right)", { Wrong.LogFactorialByLoop() }),
    FisherWrongCase("integer division", { Wrong.IntegerDivision() },
                    fails("maximumLikelihoodEstimate", "four counts [1, 2, 4, 4]", "integer division")),
    FisherWrongCase("the exponential's rate", { Wrong.ExponentialRate() },
                    fails("maximumLikelihoodEstimate", "four counts [1, 2, 4, 4]", "the exponential's rate 1/x̄")),
    FisherWrongCase("the sum", { Wrong.SumNotMean() },
                    fails("maximumLikelihoodEstimate", "four counts [1, 2, 4, 4]", "the sum, not the mean")),
    FisherWrongCase("the median", { Wrong.Median() },
                    fails("maximumLikelihoodEstimate", "four counts [1, 2, 4, 4]", nil)),
    FisherWrongCase("n/λ²", { Wrong.ExponentialInformation() },
                    fails("fisherInformation", "50 observations at λ = 3", "the exponential's n/λ²")),
    FisherWrongCase("−n/λ", { Wrong.NegativeInformation() },
                    fails("fisherInformation", "50 observations at λ = 3", "the information's sign")),
    FisherWrongCase("1/λ", { Wrong.OneObservation() },
                    fails("fisherInformation", "50 observations at λ = 3", "one observation's information")),
    FisherWrongCase("λ/n", { Wrong.VarianceOfTheEstimate() },
                    fails("fisherInformation", "50 observations at λ = 3", "the estimate's variance λ/n, not the information")),
    FisherWrongCase("n/√λ", { Wrong.OverRootMean() },
                    fails("fisherInformation", "50 observations at λ = 3", nil)),
    FisherWrongCase("an unscaled step", { Wrong.UnscaledStep() },
                    fails("observedInformation", "a large mean: 100 counts near 2000", "a step so small that cancellation wins")),
    FisherWrongCase("a forward difference", { Wrong.ForwardDifference() },
                    fails("observedInformation", "the story's 50 counts at λ̂: −ℓ″ = Σk/λ̂²", "a one-sided difference")),
    FisherWrongCase("ℓ″, not −ℓ″", { Wrong.SecondDerivativeNotNegated() },
                    fails("observedInformation", "the story's 50 counts at λ̂: −ℓ″ = Σk/λ̂²", "the information's sign")),
    FisherWrongCase("h = 1e-9", { Wrong.TinyStep() },
                    fails("observedInformation", "the story's 50 counts at λ̂: −ℓ″ = Σk/λ̂²", "a step so small that cancellation wins")),
    FisherWrongCase("h = 1e-5", { Wrong.StepOf1e5() },
                    fails("observedInformation", "the story's 50 counts at λ̂: −ℓ″ = Σk/λ̂²", "a step so small that cancellation wins")),
    FisherWrongCase("h = 1e-3 · max(1, |θ|)", { Wrong.StepOf1e3() },
                    fails("observedInformation", "a steep curve: 10 events in 50 windows at λ̂ = 0.2", "a step too large")),
    FisherWrongCase("h = 0.1", { Wrong.LargeStep() },
                    fails("observedInformation", "the story's 50 counts at λ̂: −ℓ″ = Σk/λ̂²", "a step too large")),
    FisherWrongCase("divided by h", { Wrong.DividedByH() },
                    fails("observedInformation", "the story's 50 counts at λ̂: −ℓ″ = Σk/λ̂²", "divided by h, not h²")),
    FisherWrongCase("never evaluates ℓ", { Wrong.NeverEvaluates() },
                    fails("observedInformation", "a Gaussian mean: ℓ is a parabola, −ℓ″ = n/σ²", "never called the log-likelihood")),
    FisherWrongCase("the five-point stencil (right)", { Wrong.FivePointStencil() }),
    FisherWrongCase("a difference of slopes (right)", { Wrong.DifferenceOfSlopes() }),
    FisherWrongCase("1/I", { Wrong.OneOverInformation() },
                    fails("waldInterval", "θ̂ = 5.1, I = 25: SE = 0.2", "1/I for the standard error")),
    FisherWrongCase("√I", { Wrong.RootInformation() },
                    fails("waldInterval", "θ̂ = 5.1, I = 25: SE = 0.2", "√I for the standard error")),
    FisherWrongCase("z = 1.645", { Wrong.NinetyPercent() },
                    fails("waldInterval", "θ̂ = 5.1, I = 25: SE = 0.2", "z = 1.645, a 90% interval")),
    FisherWrongCase("z = 2", { Wrong.ZOfTwo() },
                    fails("waldInterval", "θ̂ = 5.1, I = 25: SE = 0.2", "z = 2, not 1.96")),
    FisherWrongCase("the ends swapped", { Wrong.EndsSwapped() },
                    fails("waldInterval", "θ̂ = 5.1, I = 25: SE = 0.2", "the ends swapped")),
    FisherWrongCase("z typed as 1.96 (right)", { Wrong.TypedZ() }),
    FisherWrongCase("an exponent of 1/2 in Int", { Wrong.IntegerExponent() },
                    fails("waldInterval", "θ̂ = 5.1, I = 25: SE = 0.2", nil)),
    FisherWrongCase("the misses counted", { Wrong.CountsMisses() },
                    fails("coverage", "a Gaussian mean, σ known: 1000 samples of 20", "counted the misses")),
    FisherWrongCase("the ends excluded", { Wrong.StrictEnds() },
                    fails("coverage", "an end that equals the truth counts", "an end equal to the truth not counted")),
    FisherWrongCase("the count", { Wrong.CountNotShare() },
                    fails("coverage", "a Gaussian mean, σ known: 1000 samples of 20", "the count, not the share")),
    FisherWrongCase("a percentage", { Wrong.Percentage() },
                    fails("coverage", "a Gaussian mean, σ known: 1000 samples of 20", "a percentage")),
    FisherWrongCase("over trials + 1", { Wrong.OverTrialsPlusOne() },
                    fails("coverage", "a Gaussian mean, σ known: 1000 samples of 20", "counted over the wrong total")),
    FisherWrongCase("hits / trials in Int", { Wrong.IntegerShare() },
                    fails("coverage", "a Gaussian mean, σ known: 1000 samples of 20", "integer division")),
    FisherWrongCase("one sample for every trial", { Wrong.OneSampleForAll() },
                    fails("coverage", "a Gaussian mean, σ known: 1000 samples of 20", "drew fewer samples than trials")),
    FisherWrongCase("two samples per trial (right)", { Wrong.TwoSamplesPerTrial() }),
]

@Suite("Kata 10.2.6, Fisher information: typical mistakes are caught and named")
struct FisherInformationMistakeTests {
    @Test("a wrong solution fails where it should, naming its mistake", arguments: wrongCases)
    func caughtAndNamed(_ wrong: FisherWrongCase) {
        KataConformance.expectCaughtAndNamed(wrong, by: fisherInformationKata)
    }
}

@Suite("Kata 10.2.6, Fisher information: no check can be passed by every wrong answer")
struct FisherInformationCheckCoverageTests {
    @Test("every check is failed by at least one of the typical wrong solutions")
    func everyCheckCatchesSomething() {
        let uncaught = KataConformance.checksNoWrongSolutionFails(fisherInformationKata, wrongCases)
        #expect(uncaught.isEmpty, "checks no wrong solution fails: \(uncaught)")
    }
}
