import Testing
import TrainingKata

typealias TrainingWrongCase = WrongSolution<any TrainingExercises>

private typealias Wrong = TrainingWrong

private let wrongCases: [TrainingWrongCase] = [
    TrainingWrongCase("log-sum-exp without the max", { Wrong.NaiveLogSumExp() },
                      fails("logSumExp", "large values [1000, 1000] give 1000 + ln 2", "exp overflow (no max subtracted)")),
    TrainingWrongCase("the max not added back", { Wrong.MaxNotAddedBack() },
                      fails("logSumExp", "three values [1, 2, 3]", "the maximum not added back")),
    TrainingWrongCase("the max alone", { Wrong.MaxAlone() },
                      fails("logSumExp", "three values [1, 2, 3]", "the maximum alone")),
    TrainingWrongCase("the log of the mean", { Wrong.LogOfMean() },
                      fails("logSumExp", "three values [1, 2, 3]", "the log of the mean")),
    TrainingWrongCase("shifted by the minimum", { Wrong.ShiftByMinimum() },
                      fails("logSumExp", "values far apart [−500, 500]", "the smallest subtracted, not the largest")),
    TrainingWrongCase("log1p of the rest (right)", { Wrong.LogOnePlus() }),
    TrainingWrongCase("a naive softmax", { Wrong.NaiveSoftmax() },
                      fails("softmax", "large logits [[1000, 999, 998]]", "exp overflow (no max subtracted)")),
    TrainingWrongCase("softmax over the columns", { Wrong.SoftmaxOverColumns() },
                      fails("softmax", "one sample, logits [[1, 2, 3]]", "softmax over the wrong axis")),
    TrainingWrongCase("the whole batch normalised", { Wrong.WholeBatchNormalised() },
                      fails("softmax", "two samples of three classes", "the whole batch normalised at once")),
    TrainingWrongCase("not normalised", { Wrong.NotNormalised() },
                      fails("softmax", "one sample, logits [[1, 2, 3]]", "not normalised")),
    TrainingWrongCase("e^(z − logSumExp) (right)", { Wrong.SoftmaxByLogSumExp() }),
    TrainingWrongCase("the summed loss", { Wrong.SummedLoss() },
                      fails("crossEntropy", "two samples of three classes, labels [0, 2]", "sum where the mean is asked")),
    TrainingWrongCase("the mean over every logit", { Wrong.MeanOverEveryEntry() },
                      fails("crossEntropy", "two samples of three classes, labels [0, 2]", "the mean over every entry")),
    TrainingWrongCase("the loss's sign", { Wrong.LossSign() },
                      fails("crossEntropy", "two samples of three classes, labels [0, 2]", "the loss's sign")),
    TrainingWrongCase("−log of the probability", { Wrong.LogOfProbability() },
                      fails("crossEntropy", "a label 800 below its row's largest logit: [[0, −800], [3, 1]], labels [1, 0]", "the log of a probability that underflowed")),
    TrainingWrongCase("a naive cross-entropy", { Wrong.NaiveCrossEntropy() },
                      fails("crossEntropy", "large logits [[1000, 0, −1000]], label 0, cost e^(−1000) ≈ 0", "exp overflow (no max subtracted)")),
    TrainingWrongCase("the gradient's sign", { Wrong.GradientSign() },
                      fails("crossEntropyGradient", "two samples of three classes, labels [0, 2]", "the gradient's sign")),
    TrainingWrongCase("the summed gradient", { Wrong.SummedGradient() },
                      fails("crossEntropyGradient", "two samples of three classes, labels [0, 2]", "sum where the mean is asked")),
    TrainingWrongCase("no one-hot", { Wrong.NoOneHot() },
                      fails("crossEntropyGradient", "two samples of three classes, labels [0, 2]", "the one-hot not subtracted")),
    TrainingWrongCase("a naive gradient", { Wrong.NaiveGradient() },
                      fails("crossEntropyGradient", "large logits [[1000, 0], [−1000, 0]], labels [1, 1]", "exp overflow (no max subtracted)")),
    TrainingWrongCase("an ascending epoch", { Wrong.Epoch(direction: 1) },
                      fails("sgdEpoch", "one batch holding all five samples", "the gradient's sign")),
    TrainingWrongCase("a summed batch gradient", { Wrong.Epoch(divideBySize: { _, _ in 1 }) },
                      fails("sgdEpoch", "one batch holding all five samples", "sum where the mean is asked")),
    TrainingWrongCase("the last batch over batchSize", { Wrong.Epoch(divideBySize: { _, size in Double(size) }) },
                      fails("sgdEpoch", "five samples in batches of 2: the last batch holds one", "the last batch divided by the full batch size")),
    TrainingWrongCase("a bias never stepped", { Wrong.Epoch(stepsBias: false) },
                      fails("sgdEpoch", "one batch holding all five samples", "a forgotten bias")),
    TrainingWrongCase("no bias at all", { Wrong.Epoch(stepsBias: false, usesBias: false) },
                      fails("sgdEpoch", "one batch holding all five samples", "a forgotten bias")),
    TrainingWrongCase("the bias left out of the logits", { Wrong.Epoch(usesBias: false) },
                      fails("sgdEpoch", "one batch holding all five samples", "the bias left out of the logits")),
    TrainingWrongCase("the last partial batch dropped", { Wrong.Epoch(dropsLast: true) },
                      fails("sgdEpoch", "five samples in batches of 2: the last batch holds one", "the last partial batch dropped")),
    TrainingWrongCase("the order ignored", { Wrong.Epoch(ignoresOrder: true) },
                      fails("sgdEpoch", "a shuffled order [3, 0, 4, 1, 2] in batches of 2", "the order ignored")),
    TrainingWrongCase("a step per sample", { Wrong.Epoch(fixedBatch: 1) },
                      fails("sgdEpoch", "one batch holding all five samples", "a step after every sample")),
    TrainingWrongCase("one step per epoch", { Wrong.Epoch(fixedBatch: 0) },
                      fails("sgdEpoch", "five samples in batches of 2: the last batch holds one", "one step for the whole epoch")),
    TrainingWrongCase("stale weights", { Wrong.StaleWeights() },
                      fails("sgdEpoch", "five samples in batches of 2: the last batch holds one", nil)),
    TrainingWrongCase("dW and db, then one step (right)", { Wrong.EpochByMatrices() }),
]

@Suite("Kata 10.2.8, training: typical mistakes are caught and named")
struct TrainingMistakeTests {
    @Test("a wrong solution fails where it should, naming its mistake", arguments: wrongCases)
    func caughtAndNamed(_ wrong: TrainingWrongCase) {
        KataConformance.expectCaughtAndNamed(wrong, by: trainingKata)
    }
}

@Suite("Kata 10.2.8, training: no check can be passed by every wrong answer")
struct TrainingCheckCoverageTests {
    @Test("every check is failed by at least one of the typical wrong solutions")
    func everyCheckCatchesSomething() {
        let uncaught = KataConformance.checksNoWrongSolutionFails(trainingKata, wrongCases)
        #expect(uncaught.isEmpty, "checks no wrong solution fails: \(uncaught)")
    }
}
