import LogisticKata
import Testing

typealias LogisticWrongCase = WrongSolution<any LogisticExercises>

private typealias Wrong = LogisticWrong

private let sigmoidNaN = "no NaN at z = ±1000 (or at ±710, just past where e^z overflows)"
private let sigmoidDigits = "large negative z keeps its digits: σ(−50) ≈ 1.929e-22"
private let fourPoints = "four points: labels [1, 0, 1, 1], p = [0.9, 0.2, 0.6, 0.99]"
private let threePoints = "three points: w = 1.5, b = −0.5, x = [0, 2, −1], labels [1, 1, 0]"
private let thousand = "z = ±1000 stays finite: each confident miss costs 1000"
private let oneStep = "one step of 0.1 on the three points x = [0, 2, −1], labels [1, 1, 0]"
/// The check of the story's own run, whose name says how many steps the story takes.
private let storyRun = logisticKata.plan.exercises.flatMap(\.checks).first { $0.hasPrefix("the story's run") } ?? ""

private let wrongCases: [LogisticWrongCase] = [
    LogisticWrongCase("the textbook sigmoid 1/(1 + exp(−z)) is right", { Wrong.TextbookSigmoid() }),
    LogisticWrongCase("exp(z)/(1 + exp(z))", { Wrong.OverflowingSigmoid() },
                      fails("sigmoid", sigmoidNaN, "overflow in exp")),
    LogisticWrongCase("1 − σ(−z)", { Wrong.CancellingSigmoid() },
                      fails("sigmoid", sigmoidDigits, "lost digits for negative z")),
    LogisticWrongCase("the tanh form", { Wrong.TanhSigmoid() },
                      fails("sigmoid", sigmoidDigits, "lost digits for negative z")),
    LogisticWrongCase("z clamped to [−30, 30]", { Wrong.ClampedSigmoid() },
                      fails("sigmoid", sigmoidNaN, "clipping changed the answer")),
    LogisticWrongCase("σ(−z)", { Wrong.SignSlipSigmoid() },
                      fails("sigmoid", "σ(0) = 0.5 and a few moderate logits", "σ(−z), not σ(z)")),
    LogisticWrongCase("the summed cross-entropy", { Wrong.SummedCrossEntropy() },
                      fails("binaryCrossEntropy", fourPoints, "the sum, not the mean")),
    LogisticWrongCase("y·log p + (1 − y)·log(1 − p) as printed", { Wrong.FormulaCrossEntropy() },
                      fails("binaryCrossEntropy", "certain and right costs nothing: p = 1 for a 1, p = 0 for a 0",
                            "0 · log 0 gave NaN")),
    LogisticWrongCase("p clipped to [1e-7, 1 − 1e-7]", { Wrong.ClippedCrossEntropy() },
                      fails("binaryCrossEntropy", "certain and right costs nothing: p = 1 for a 1, p = 0 for a 0",
                            "clipping changed the answer")),
    LogisticWrongCase("the cross-entropy without its minus", { Wrong.CrossEntropyWithoutMinus() },
                      fails("binaryCrossEntropy", fourPoints, "the log-likelihood, not the loss")),
    LogisticWrongCase("the terms swapped", { Wrong.SwappedTermsCrossEntropy() },
                      fails("binaryCrossEntropy", fourPoints, "log p for a 0, log(1 − p) for a 1")),
    LogisticWrongCase("log10", { Wrong.CrossEntropyInBase10() },
                      fails("binaryCrossEntropy", fourPoints, "log base 10")),
    LogisticWrongCase("log(1 + exp(z))", { Wrong.NaiveSoftplus() },
                      fails("negativeLogLikelihood", thousand, "overflow in exp")),
    LogisticWrongCase("log1p(exp(z))", { Wrong.Log1pOfExp() },
                      fails("negativeLogLikelihood", thousand, "overflow in exp")),
    LogisticWrongCase("max(z, 0) + log(1 + exp(−|z|))", { Wrong.MaxTrickWithoutLog1p() },
                      fails("negativeLogLikelihood", "a confident hit keeps its digits: z = −40 with y = 0 costs e⁻⁴⁰ ≈ 4.25e-18",
                            "lost digits in log(1 + e^z)")),
    LogisticWrongCase("softplus(z) − y·z", { Wrong.SoftplusThenSubtract() },
                      fails("negativeLogLikelihood", "so does the other kind of hit: z = 40 with y = 1 costs e⁻⁴⁰ too",
                            "y·z subtracted after the tiny term")),
    LogisticWrongCase("through log σ(z) and log(1 − σ(z))", { Wrong.ThroughProbabilities() },
                      fails("negativeLogLikelihood", thousand, "overflow in exp")),
    LogisticWrongCase("σ(z) clipped to [1e-7, 1 − 1e-7]", { Wrong.ClippedProbabilities() },
                      fails("negativeLogLikelihood", thousand, "clipping changed the answer")),
    LogisticWrongCase("z clamped to [−30, 30] in the loss", { Wrong.ClampedLogits() },
                      fails("negativeLogLikelihood", thousand, "clipping changed the answer")),
    LogisticWrongCase("the mean negative log-likelihood", { Wrong.MeanNegativeLogLikelihood() },
                      fails("negativeLogLikelihood", threePoints, "the mean, not the sum")),
    LogisticWrongCase("the log-likelihood itself", { Wrong.LogLikelihoodNotLoss() },
                      fails("negativeLogLikelihood", threePoints, "the log-likelihood, not its negative")),
    LogisticWrongCase("y − σ(z)", { Wrong.GradientSignError() },
                      fails("gradient", threePoints, "gradient sign error")),
    LogisticWrongCase("the mean gradient", { Wrong.MeanGradient() },
                      fails("gradient", threePoints, "the mean, not the sum")),
    LogisticWrongCase("∂/∂w without xᵢ", { Wrong.GradientWithoutX() },
                      fails("gradient", threePoints, "forgot the xᵢ in ∂/∂w")),
    LogisticWrongCase("the parts swapped", { Wrong.SwappedGradient() },
                      fails("gradient", threePoints, "swapped ∂/∂w and ∂/∂b")),
    LogisticWrongCase("z = w·x", { Wrong.GradientWithoutBias() },
                      fails("gradient", threePoints, "left the bias out of z")),
    LogisticWrongCase("the gradient on exp(z)/(1 + exp(z))", { Wrong.GradientOnOverflowingSigmoid() },
                      fails("gradient", "z = ±1000: no NaN, each confident miss pulls by its x", "overflow in exp")),
    LogisticWrongCase("+= η·∇", { Wrong.GradientAscent() },
                      fails("gradientDescent", oneStep, "gradient ascent (sign error)")),
    // Uphill without a sign error: no name, a note on what went up.
    LogisticWrongCase("a learning rate that grows", { Wrong.GrowingLearningRate() },
                      fails("gradientDescent", storyRun, nil)),
    LogisticWrongCase("a sign error carried into descent", { Wrong.SignErrorCarriedIntoDescent() },
                      fails("gradient", threePoints, "gradient sign error"),
                      fails("gradientDescent", oneStep, "gradient ascent (sign error)")),
    LogisticWrongCase("steps of the mean gradient", { Wrong.MeanGradientDescent() },
                      fails("gradientDescent", oneStep, "the mean gradient, not the sum")),
    LogisticWrongCase("0...steps", { Wrong.DescentOneStepTooMany() },
                      fails("gradientDescent", "zero steps return (0, 0)", "off by one step")),
    LogisticWrongCase("w updated before ∂/∂b", { Wrong.SequentialUpdate() },
                      fails("gradientDescent", oneStep, "w updated before b's gradient")),
    LogisticWrongCase("no learning rate", { Wrong.IgnoredLearningRate() },
                      fails("gradientDescent", oneStep, "ignored the learning rate")),
    // More slips: each named only where a catalogued mistake gives the learner's value.
    // σ(−45) is not 0 at z = −1000, nor what a cancelling form gives: no "lost digits".
    LogisticWrongCase("z clamped to [−45, 45]", { Wrong.SigmoidClampedAt45() },
                      fails("sigmoid", sigmoidNaN, nil)),
    LogisticWrongCase("σ in Float", { Wrong.SigmoidInFloat() },
                      fails("sigmoid", "σ(0) = 0.5 and a few moderate logits", nil)),
    LogisticWrongCase("log1p(p) for a 0", { Wrong.CrossEntropyLog1pSignSlip() },
                      fails("binaryCrossEntropy", fourPoints, nil)),
    LogisticWrongCase("the cross-entropy over the 1s", { Wrong.CrossEntropyOverPositives() },
                      fails("binaryCrossEntropy", fourPoints, nil)),
    LogisticWrongCase("log(p + 1e-15)", { Wrong.CrossEntropyWithEpsilon() },
                      fails("binaryCrossEntropy", "confident and wrong is not clipped: p = 1e-12 for a 1 costs 27.6 nats",
                            "clipping changed the answer")),
    LogisticWrongCase("+ y·z", { Wrong.NegativeLogLikelihoodPlusYZ() },
                      fails("negativeLogLikelihood", threePoints, nil)),
    LogisticWrongCase("the loss with z = w·x", { Wrong.NegativeLogLikelihoodWithoutBias() },
                      fails("negativeLogLikelihood", threePoints, nil)),
    LogisticWrongCase("∂/∂b with xᵢ", { Wrong.GradientBiasTimesX() },
                      fails("gradient", threePoints, nil)),
    LogisticWrongCase("z = w·x − b", { Wrong.GradientMinusBias() },
                      fails("gradient", threePoints, nil)),
    LogisticWrongCase("steps of η²·∇", { Wrong.DescentRateSquared() },
                      fails("gradientDescent", oneStep, nil)),
    LogisticWrongCase("the gradient at (0, 0) every step", { Wrong.DescentGradientOnce() },
                      fails("gradientDescent", storyRun, nil)),
    // Skipping the terms that are not finite is not clipping: no "clipping changed the answer".
    LogisticWrongCase("non-finite terms skipped", { Wrong.CrossEntropySkipsNonFiniteTerms() },
                      fails("binaryCrossEntropy", "impossible: p = 0 for a 1 costs +∞", nil)),
    LogisticWrongCase("overflowing terms skipped", { Wrong.NegativeLogLikelihoodSkipsOverflow() },
                      fails("negativeLogLikelihood", thousand, nil)),
]

@Suite("Kata 10.2.4, cross-entropy: typical mistakes are caught and named")
struct LogisticMistakeTests {
    @Test("a wrong solution fails where it should, naming its mistake", arguments: wrongCases)
    func caughtAndNamed(_ wrong: LogisticWrongCase) {
        KataConformance.expectCaughtAndNamed(wrong, by: logisticKata)
    }

    @Test("a descent that climbs with no modelled cause says the loss went up, and names no mistake")
    func uphillNote() throws {
        let failed = try #require(Grader(kata: logisticKata).gradeAll(Wrong.GrowingLearningRate()).first { $0.check == storyRun })
        let failure = try failed.failure()
        #expect(failure.mistake == nil)
        #expect(failure.note?.contains("higher than at the start (0, 0)") == true)
        // Where a modelled run matches, its name and advice stand alone.
        let ascent = try #require(Grader(kata: logisticKata).gradeAll(Wrong.GradientAscent()).first { $0.check == oneStep })
        #expect(try ascent.failure().note == nil)
    }
}

@Suite("Kata 10.2.4, cross-entropy: no check can be passed by every wrong answer")
struct LogisticCheckCoverageTests {
    @Test("every check is failed by at least one of the typical wrong solutions")
    func everyCheckCatchesSomething() {
        let uncaught = KataConformance.checksNoWrongSolutionFails(logisticKata, wrongCases)
        #expect(uncaught.isEmpty, "checks no wrong solution fails: \(uncaught)")
    }
}
