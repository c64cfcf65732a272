import CoinFlipKata
import Testing

typealias WrongCase = WrongSolution<any CoinFlipExercises>

private let wrongCases: [WrongCase] = [
    WrongCase("uppercase only", { CountsUppercaseOnly() },
              fails("countFlips", "lowercase, spaces, commas and a new line", "ignored lowercase flips")),
    WrongCase("everything else a tail", { CountsEverythingElseAsTails() },
              fails("countFlips", "lowercase, spaces, commas and a new line", "counted other characters as flips")),
    // Every flip a tail: the total is right, so no "counted other characters" for it.
    WrongCase("every flip a tail", { CountsEveryFlipAsATail() },
              fails("countFlips", "the 13 flips HHHTHTTHHHHHT", nil)),
    WrongCase("counts swapped", { CountsSwapped() },
              fails("countFlips", "the 13 flips HHHTHTTHHHHHT", "swapped heads and tails")),
    WrongCase("counts hard-coded", { CountsHardCoded() },
              fails("countFlips", "no flips at all", "hard-coded 9 heads and 4 tails")),
    WrongCase("likelihood with swapped exponents", { LikelihoodSwappedExponents() },
              fails("likelihood", "9 heads and 4 tails at the peak θ = 9/13", "swapped exponents")),
    WrongCase("likelihood with C(n, h)", { LikelihoodWithBinomialCoefficient() },
              fails("likelihood", "9 heads and 4 tails at θ = 0.5", "binomial coefficient included")),
    WrongCase("likelihood as exp of logs", { LikelihoodThroughLogs() },
              fails("likelihood", "the edges θ = 0 and θ = 1, and no flips at all", "NaN at the edges")),
    WrongCase("likelihood hard-coded", { LikelihoodHardCoded() },
              fails("likelihood", "50 random θ and counts from a fixed seed", "hard-coded 9 heads and 4 tails")),
    // The slip 0⁰ = 0 at the edges is not a swap of the exponents, nor −∞ at θ = 0 a product.
    WrongCase("likelihood 0 at the edges", { LikelihoodZeroAtTheEdges() },
              fails("likelihood", "the edges θ = 0 and θ = 1, and no flips at all", nil)),
    WrongCase("log-likelihood −∞ at the edges", { LogLikelihoodMinusInfinityAtTheEdges() },
              fails("logLikelihood", "no heads at θ = 0, no tails at θ = 1: a log-likelihood of 0, not NaN", nil)),
    WrongCase("log of the product", { LogOfTheProduct() },
              fails("logLikelihood", "50 random θ and counts up to 1000 from a fixed seed", "log of the product")),
    WrongCase("log-likelihood with 0 · log 0", { LogLikelihoodNaNAtTheEdges() },
              fails("logLikelihood", "no heads at θ = 0, no tails at θ = 1: a log-likelihood of 0, not NaN", "NaN at the edges")),
    WrongCase("log-likelihood with θ clamped", { LogLikelihoodClamped() },
              fails("logLikelihood", "impossible data, a head at θ = 0 or a tail at θ = 1: −∞", "finite where the data are impossible")),
    WrongCase("log-likelihood in base 10", { LogLikelihoodBase10() },
              fails("logLikelihood", "9 heads and 4 tails at θ = 0.5", "log base 10")),
    WrongCase("estimate by integer division", { EstimateByIntegerDivision() },
              fails("maximumLikelihoodEstimate", "9 heads and 4 tails", "integer division")),
    WrongCase("estimate hard-coded", { EstimateHardCoded() },
              fails("maximumLikelihoodEstimate", "100 random counts up to a million from a fixed seed", "hard-coded 9 heads and 4 tails")),
    WrongCase("estimate of tails", { EstimateOfTails() },
              fails("maximumLikelihoodEstimate", "9 heads and 4 tails", "returned the fraction of tails")),
    WrongCase("estimate as odds", { EstimateAsOdds() },
              fails("maximumLikelihoodEstimate", "9 heads and 4 tails", "odds instead of a probability")),
    WrongCase("gradient of the log-likelihood", { GradientOfTheLogLikelihood() },
              fails("negativeLogLikelihoodGradient", "9 heads and 4 tails at θ = 0.5", "gradient of the log-likelihood (sign error)")),
    WrongCase("gradient without the chain rule's minus", { GradientMissingChainRuleMinus() },
              fails("negativeLogLikelihoodGradient", "9 heads and 4 tails at θ = 0.5", "missing minus from the chain rule")),
    WrongCase("gradient of the mean", { GradientOfTheMean() },
              fails("negativeLogLikelihoodGradient", "9 heads and 4 tails at θ = 0.5", "gradient of the mean, not the sum")),
    WrongCase("sign error carried into descent", { SignErrorCarriedIntoDescent() },
              fails("negativeLogLikelihoodGradient", "9 heads and 4 tails at θ = 0.5", "gradient of the log-likelihood (sign error)"),
              fails("gradientDescent", "3 steps of 0.01 from θ = 0.5 for 9 heads and 4 tails", "gradient ascent instead of descent")),
    WrongCase("gradient ascent", { GradientAscent() },
              fails("gradientDescent", "3 steps of 0.01 from θ = 0.5 for 9 heads and 4 tails", "gradient ascent instead of descent")),
    WrongCase("descent without a learning rate", { DescentWithoutLearningRate() },
              fails("gradientDescent", "3 steps of 0.01 from θ = 0.5 for 9 heads and 4 tails", "ignored the learning rate")),
    WrongCase("descent with 0...steps", { DescentOneStepTooMany() },
              fails("gradientDescent", "zero steps return the start", "off by one step")),
    WrongCase("descent with 1..<steps", { DescentOneStepTooFew() },
              fails("gradientDescent", "3 steps of 0.01 from θ = 0.5 for 9 heads and 4 tails", "off by one step")),
    WrongCase("descent that returns the closed form", { DescentReturnsClosedForm() },
              fails("gradientDescent", "zero steps return the start", "returned the closed-form estimate")),
    // More slips: each named only where a catalogued mistake gives the learner's value.
    WrongCase("the last flip skipped", { CountsSkipLastFlip() },
              fails("countFlips", "the 13 flips HHHTHTTHHHHHT", nil)),
    WrongCase("likelihood in Float", { LikelihoodInFloat() },
              fails("likelihood", "9 heads and 4 tails at the peak θ = 9/13", nil)),
    WrongCase("likelihood one factor of θ short", { LikelihoodOneFactorShort() },
              fails("likelihood", "9 heads and 4 tails at θ = 0.5", nil)),
    WrongCase("the mean log-likelihood", { CoinLogLikelihoodAveraged() },
              fails("logLikelihood", "9 heads and 4 tails at θ = 0.5", nil)),
    WrongCase("log-likelihood with − tails · ln(1 − θ)", { LogLikelihoodTailsSignSlip() },
              fails("logLikelihood", "9 heads and 4 tails at θ = 0.5", nil)),
    // Rounding 9/13 gives 1; integer division would give 0: not the same slip.
    WrongCase("estimate rounded", { EstimateRounded() },
              fails("maximumLikelihoodEstimate", "9 heads and 4 tails", nil)),
    WrongCase("estimate with add-one smoothing", { EstimateAddOneSmoothing() },
              fails("maximumLikelihoodEstimate", "9 heads and 4 tails", nil)),
    WrongCase("gradient with tails / (1 + θ)", { GradientOnePlusTheta() },
              fails("negativeLogLikelihoodGradient", "9 heads and 4 tails at θ = 0.5", nil)),
    WrongCase("descent with η²", { DescentRateSquared() },
              fails("gradientDescent", "3 steps of 0.01 from θ = 0.5 for 9 heads and 4 tails", nil)),
    WrongCase("descent that never updates θ", { DescentNeverUpdates() },
              fails("gradientDescent", "3 steps of 0.01 from θ = 0.5 for 9 heads and 4 tails", nil)),
    WrongCase("descent with the start's gradient every step", { DescentGradientAtStartOnly() },
              fails("gradientDescent", "3 steps of 0.01 from θ = 0.5 for 9 heads and 4 tails", nil)),
    // Its steps run away from the estimate, but not because of a sign: no "gradient ascent".
    WrongCase("descent with a hard-coded rate of 0.01", { DescentHardCodedRate() },
              fails("gradientDescent", "the story's run: 100 steps of 1e-9 for 8675309 heads and 256245 tails", nil)),
]

@Suite("Kata 10.2.1, coin flip: typical mistakes are caught and named")
struct CoinFlipMistakeTests {
    @Test("a wrong solution fails where it should, naming its mistake", arguments: wrongCases)
    func caughtAndNamed(_ wrong: WrongCase) {
        KataConformance.expectCaughtAndNamed(wrong, by: coinFlipKata)
    }
}

@Suite("Kata 10.2.1, coin flip: no check can be passed by every wrong answer")
struct CoinFlipCheckCoverageTests {
    @Test("every check is failed by at least one of the typical wrong solutions")
    func everyCheckCatchesSomething() {
        let uncaught = KataConformance.checksNoWrongSolutionFails(coinFlipKata, wrongCases)
        #expect(uncaught.isEmpty, "checks no wrong solution fails: \(uncaught)")
    }
}
