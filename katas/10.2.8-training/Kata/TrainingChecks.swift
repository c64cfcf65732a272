import Foundation

/// The checks of the first two exercises: the stable log-sum-exp and the softmax.
///
/// Every expected value comes from `ReferenceSolution`; every call is shown as the
/// learner would type it; random inputs come from `CheckInputs`, numpy's legacy
/// generator with a fixed seed.
enum TrainingChecks {
    typealias Solver = any TrainingExercises
    /// Where every expected value comes from.
    static var reference: ReferenceSolution { ReferenceSolution() }

    /// How close a log-sum-exp or a loss must be: twelve digits, or 1e-14 near 0.
    static let lossTolerance = Tolerance(absolute: 1e-14, relative: 1e-12)
    /// How close each probability must be: twelve digits, however small it is.
    static let probabilityTolerance = Tolerance(absolute: 1e-300, relative: 1e-12)

    // MARK: - logSumExp

    static var logSumExp: Exercise<Solver> {
        Exercise(summary: "The stable log-sum-exp log Σ e^(vᵢ) = m + log Σ e^(vᵢ − m).", hints: [
            "e^1000 is ∞ in Double and e^(−1000) is 0, so log(Σ exp(v)) fails at both ends. Take the largest value m out first: log Σ e^(vᵢ) = m + log Σ e^(vᵢ − m).",
            "After subtracting m every exponent is ≤ 0 and one of them is exactly 0, so the sum is between 1 and n: it can neither overflow nor underflow. Remember to add m back.",
            "`let m = values.max()!; return m + log(values.reduce(0) { $0 + exp($1 - m) })`",
        ]) { [
            Check("three values [1, 2, 3]") { try expectLogSumExp($0, [1, 2, 3]) },
            Check("one value [−3.5]") { try expectLogSumExp($0, [-3.5]) },
            Check("large values [1000, 1000] give 1000 + ln 2") { try expectLogSumExp($0, [1000, 1000]) },
            Check("very negative values [−1000, −1001]") { try expectLogSumExp($0, [-1000, -1001]) },
            Check("values far apart [−500, 500]") { try expectLogSumExp($0, [-500, 500]) },
            Check("100 random vectors from a fixed seed, values up to ±800") { solution in
                var random = CheckInputs(seed: 10_2_8_01)
                for _ in 0..<100 {
                    let center = random.double(in: -700...700)
                    let values = random.numpy.normal(mean: center, standardDeviation: random.double(in: 0.1...100),
                                                     count: random.int(in: 1...20))
                    try expectLogSumExp(solution, values)
                }
            },
        ] }
    }

    private static func expectLogSumExp(_ solution: Solver, _ values: [Double]) throws(CheckFailure) {
        try expect({ $0.logSumExp(values) }, of: solution, against: reference, lossTolerance,
                   for: "logSumExp(\(values.count <= 6 ? "\(values)" : "[\(values[0]), … \(values.count) values]"))",
                   mistakes: TrainingMistakes.logSumExpMistakes(values))
    }

    // MARK: - softmax

    static var softmax: Exercise<Solver> {
        Exercise(summary: "The softmax of each row of logits: probabilities that add up to 1 along the row.", hints: [
            "Each row is one sample: its k logits become k probabilities, e^(z_c) / Σ e^(z_c′), summed over that row's classes only.",
            "e^1000 is ∞, and ∞/∞ is NaN. Subtract the row's largest logit from every entry of the row before exp: the ratios do not change.",
            "`logits.map { row in let m = row.max()!; let e = row.map { exp($0 - m) }; let s = e.reduce(0, +); return e.map { $0 / s } }`",
        ]) { [
            Check("one sample, logits [[1, 2, 3]]") { try expectSoftmax($0, [[1, 2, 3]]) },
            Check("two samples of three classes") { try expectSoftmax($0, [[1, 2, 3], [0.5, 0.5, -1]]) },
            Check("large logits [[1000, 999, 998]]") { try expectSoftmax($0, [[1000, 999, 998]]) },
            Check("50 random batches from a fixed seed") { solution in
                var random = CheckInputs(seed: 10_2_8_02)
                for _ in 0..<50 {
                    let logits = random.logits(rows: random.int(in: 1...12), classes: random.int(in: 2...6),
                                               scale: random.double(in: 0.1...300))
                    try expectSoftmax(solution, logits)
                }
            },
        ] }
    }

    private static func expectSoftmax(_ solution: Solver, _ logits: [[Double]]) throws(CheckFailure) {
        try expectRows(solution.softmax(logits: logits), reference.softmax(logits: logits), probabilityTolerance,
                       for: "softmax(logits: \(describe(logits)))", mistakes: TrainingMistakes.softmaxMistakes(logits))
    }
}
