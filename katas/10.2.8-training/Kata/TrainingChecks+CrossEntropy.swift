import Foundation

/// The checks of the cross-entropy from logits and of its gradient.
extension TrainingChecks {
    /// How close each entry of a gradient must be: 1e-10 relative, or 1e-14 near 0,
    /// where p − 1 for p near 1 keeps few digits whichever way p is computed.
    static let gradientTolerance = Tolerance(absolute: 1e-14, relative: 1e-10)

    /// The hand example: two samples of three classes.
    static let handLogits: [[Double]] = [[2, 1, 0.1], [0.5, 2.5, -1]]
    static let handLabels = [0, 2]

    // MARK: - crossEntropy

    static var crossEntropy: Exercise<Solver> {
        Exercise(summary: "The mean categorical cross-entropy logSumExp(zᵢ) − zᵢ[yᵢ] from logits.", hints: [
            "Sample i costs −log of the probability the model gave its label: −log softmax(zᵢ)[yᵢ]. The loss is the mean of those costs over the rows.",
            "Do not take the log of a probability: e^(−800) is 0 in Double and −log 0 is ∞. Write −log softmax(z)[y] = logSumExp(z) − z[y], with your stable `logSumExp`.",
            "`zip(logits, labels).reduce(0.0) { $0 + logSumExp($1.0) - $1.0[$1.1] } / Double(logits.count)`",
        ]) { [
            Check("two samples of three classes, labels [0, 2]") { try expectCrossEntropy($0, handLogits, handLabels) },
            Check("large logits [[1000, 0, −1000]], label 0, cost e^(−1000) ≈ 0") { try expectCrossEntropy($0, [[1000, 0, -1000]], [0]) },
            Check("a label 800 below its row's largest logit: [[0, −800], [3, 1]], labels [1, 0]") {
                try expectCrossEntropy($0, [[0, -800], [3, 1]], [1, 0])
            },
            Check("50 random batches from a fixed seed") { solution in
                var random = CheckInputs(seed: 10_2_8_03)
                for _ in 0..<50 {
                    let rows = random.int(in: 1...30), classes = random.int(in: 2...8)
                    let logits = random.logits(rows: rows, classes: classes, scale: random.double(in: 0.1...50))
                    try expectCrossEntropy(solution, logits, random.labels(count: rows, classes: classes))
                }
            },
        ] }
    }

    private static func expectCrossEntropy(_ solution: Solver, _ logits: [[Double]], _ labels: [Int]) throws(CheckFailure) {
        try expect({ $0.crossEntropy(logits: logits, labels: labels) }, of: solution, against: reference, lossTolerance,
                   for: "crossEntropy(logits: \(describe(logits)), labels: \(describe(labels)))",
                   mistakes: TrainingMistakes.crossEntropyMistakes(logits, labels))
    }

    // MARK: - crossEntropyGradient

    static var crossEntropyGradient: Exercise<Solver> {
        Exercise(summary: "The gradient of the mean cross-entropy: (softmax − one-hot) / n.", hints: [
            "For one sample, ∂/∂z_c of logSumExp(z) − z[y] is softmax(z)[c] − 1 when c = y, and softmax(z)[c] otherwise.",
            "The loss is the mean over the n rows, so every entry is divided by n. It is the gradient of the loss: the label's own entry is negative.",
            "`let n = Double(logits.count); return zip(softmax(logits: logits), labels).map { p, y in p.indices.map { (p[$0] - ($0 == y ? 1 : 0)) / n } }`",
        ]) { [
            Check("two samples of three classes, labels [0, 2]") { try expectGradient($0, handLogits, handLabels) },
            Check("large logits [[1000, 0], [−1000, 0]], labels [1, 1]") {
                try expectGradient($0, [[1000, 0], [-1000, 0]], [1, 1])
            },
            Check("50 random batches from a fixed seed") { solution in
                var random = CheckInputs(seed: 10_2_8_04)
                for _ in 0..<50 {
                    let rows = random.int(in: 1...30), classes = random.int(in: 2...8)
                    let logits = random.logits(rows: rows, classes: classes, scale: random.double(in: 0.1...50))
                    try expectGradient(solution, logits, random.labels(count: rows, classes: classes))
                }
            },
        ] }
    }

    private static func expectGradient(_ solution: Solver, _ logits: [[Double]], _ labels: [Int]) throws(CheckFailure) {
        try expectRows(solution.crossEntropyGradient(logits: logits, labels: labels),
                       reference.crossEntropyGradient(logits: logits, labels: labels), gradientTolerance,
                       for: "crossEntropyGradient(logits: \(describe(logits)), labels: \(describe(labels)))",
                       mistakes: TrainingMistakes.gradientMistakes(logits, labels))
    }
}
