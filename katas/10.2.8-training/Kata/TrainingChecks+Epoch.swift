import Foundation

/// The checks of the last exercise: one epoch of minibatch SGD.
extension TrainingChecks {
    /// How close each weight and bias must be after an epoch.
    static let epochTolerance = Tolerance(absolute: 1e-12, relative: 1e-9)

    /// Where the story's epoch comes from, for a failure message.
    static let storyEpochNote = "Here x and labels are kata 10.2.4's 200 points as one feature and two classes (TutorialStream: np.random.seed(42), the tutorial's earlier draws, then x = np.random.randn(200, 1) * 2 and Bernoulli labels), and order is the first np.random.permutation(200) after np.random.seed(42)."

    /// Five samples of two features, three classes, and a start that is not zero.
    static let handProblem = (
        x: [[1.0, 0.5], [-0.5, 2.0], [0.0, -1.0], [1.5, 1.5], [-1.0, 0.0]],
        labels: [0, 2, 1, 2, 0],
        weights: [[0.1, -0.2, 0.05], [0.0, 0.3, -0.1]],
        bias: [0.2, 0.0, -0.1]
    )

    static var sgdEpoch: Exercise<Solver> {
        Exercise(summary: "One epoch of minibatch SGD for multinomial logistic regression, the last partial batch included.", hints: [
            "Loop over the batches: `for start in stride(from: 0, to: order.count, by: batchSize)`, the batch being `order[start..<min(start + batchSize, order.count)]`: the last one may be shorter, and it counts.",
            "For a batch, build its logits row by row, `bias[c] + Σⱼ x[i][j] · weights[j][c]`, with the current weights, take G = crossEntropyGradient(logits:labels:) of the batch's labels, then step: weights[j][c] −= η Σᵢ x[i][j]·G[i][c] and bias[c] −= η Σᵢ G[i][c].",
            "`var w = weights, b = bias; for start in stride(from: 0, to: order.count, by: batchSize) { let batch = Array(order[start..<min(start + batchSize, order.count)]); let z = batch.map { i in b.indices.map { c in x[i].indices.reduce(b[c]) { $0 + x[i][$1] * w[$1][c] } } }; let g = crossEntropyGradient(logits: z, labels: batch.map { labels[$0] }); for (r, i) in batch.enumerated() { for j in w.indices { for c in b.indices { w[j][c] -= learningRate * x[i][j] * g[r][c] } }; for c in b.indices { b[c] -= learningRate * g[r][c] } } }; return (w, b)`",
        ]) { [
            Check("one batch holding all five samples") { solution in
                try expectEpoch(solution, handProblem, order: [0, 1, 2, 3, 4], batchSize: 5, rate: 0.5)
            },
            Check("five samples in batches of 2: the last batch holds one") { solution in
                try expectEpoch(solution, handProblem, order: [0, 1, 2, 3, 4], batchSize: 2, rate: 0.5)
            },
            Check("a shuffled order [3, 0, 4, 1, 2] in batches of 2") { solution in
                try expectEpoch(solution, handProblem, order: [3, 0, 4, 1, 2], batchSize: 2, rate: 0.5)
            },
            Check("the story's first epoch: 10.2.4's \(NonSeparableData().labels.count) points in batches of \(batchSize.defaultValue, decimals: 0)") { solution in
                let data = NonSeparableData()
                var shuffler = NumPyRandom(seed: shuffleSeed)
                let order = shuffler.permutation(data.labels.count)
                let size = Int(batchSize.defaultValue)
                let start = (x: data.x, labels: data.labels, weights: [[0.0, 0.0]], bias: [0.0, 0.0])
                try expectEpoch(solution, start, order: order, batchSize: size, rate: minibatchRate, named: true)
                let yours = solution.sgdEpoch(weights: start.weights, bias: start.bias, x: data.x, labels: data.labels,
                                              order: order, batchSize: size, learningRate: minibatchRate)
                let pair = logisticPair(weights: yours.weights, bias: yours.bias)
                showWhenPassed("""
                    Your sgdEpoch took the story's first epoch on 10.2.4's points, from (0, 0): as a logistic \
                    model, w = \(prose: pair.weight, decimals: 6), b = \(prose: pair.bias, decimals: 6). The \
                    story's \(minibatchEpochs) epochs carry it on to the exact maximum, up to SGD's jitter.
                    """)
            },
            Check("20 random problems from a fixed seed") { solution in
                var random = CheckInputs(seed: 10_2_8_05)
                for _ in 0..<20 {
                    let n = random.int(in: 2...60)
                    let problem = random.classificationProblem(count: n, features: random.int(in: 1...4),
                                                               classes: random.int(in: 2...5))
                    try expectEpoch(solution, problem, order: random.order(count: n), batchSize: random.int(in: 1...n),
                                    rate: random.double(in: 0.01...1))
                }
            },
        ] }
    }

    private static func expectEpoch(_ solution: Solver,
                                    _ problem: (x: [[Double]], labels: [Int], weights: [[Double]], bias: [Double]),
                                    order: [Int], batchSize: Int, rate: Double, named: Bool = false) throws(CheckFailure) {
        let (x, labels, weights, bias) = problem
        let actual = solution.sgdEpoch(weights: weights, bias: bias, x: x, labels: labels, order: order,
                                       batchSize: batchSize, learningRate: rate)
        let expected = reference.sgdEpoch(weights: weights, bias: bias, x: x, labels: labels, order: order,
                                          batchSize: batchSize, learningRate: rate)
        let data = named ? "x: x, labels: labels, order: order" : "x: \(describe(x)), labels: \(describe(labels)), order: \(describe(order))"
        let call = "sgdEpoch(weights: \(describe(weights)), bias: \(bias), \(data), batchSize: \(batchSize), learningRate: \(rate))"
        let note = named ? storyEpochNote : nil
        let rows = actual.weights + [actual.bias], expectedRows = expected.weights + [expected.bias]
        // The models cost an epoch each; only a failure needs them.
        let right = TrainingMistakes.sameShape(rows, expectedRows) && zip(rows, expectedRows).allSatisfy { mine, theirs in
            zip(mine, theirs).allSatisfy { withinTolerance(epochTolerance, ($0, $1)) }
        }
        let named = right ? nil : TrainingMistakes.epochMistakes(order: order, batchSize: batchSize).first { variant, _ in
            let model = variant.run(weights: weights, bias: bias, x: x, labels: labels, order: order,
                                    batchSize: batchSize, learningRate: rate)
            return TrainingMistakes.rowsAgree(actual.weights, model.weights)
                && TrainingMistakes.rowsAgree([actual.bias], [model.bias])
        }?.mistake
        let mistakes = named.map { found in [Mistake<[[Double]]>(found.name, explanation: found.explanation) { _, _ in true }] } ?? []
        try expectRows(actual.weights, expected.weights, epochTolerance, for: call + ".weights", mistakes: mistakes, note: note)
        try expectRows([actual.bias], [expected.bias], epochTolerance, for: call + ".bias", mistakes: mistakes, note: note)
    }
}
