import Foundation

/// The checks of the first two exercises: the sigmoid and the binary cross-entropy.
///
/// Every expected value comes from `ReferenceSolution`; every call is shown as the
/// learner would type it; random inputs come from `CheckInputs`, numpy's legacy
/// generator with a fixed seed.
enum LogisticChecks {
    typealias Solver = any LogisticExercises
    /// Where every expected value comes from.
    static var reference: ReferenceSolution { ReferenceSolution() }

    // MARK: - sigmoid

    static var sigmoid: Exercise<Solver> {
        Exercise(summary: "σ(z) = 1/(1 + e^(−z)), with no NaN at ±1000 and every digit for large negative z.", hints: [
            "1/(1 + exp(−z)) is safe for z ≥ 0: exp(−z) is at most 1. For z < 0 it is safe too, but multiply top and bottom by e^z and you get a form whose exponent is never positive either way: e^z/(1 + e^z).",
            "Split on the sign: `if z >= 0 { return 1 / (1 + exp(-z)) }`, else `let e = exp(z); return e / (1 + e)`. Never compute 1 − σ(−z): for z = −50 both terms are 1 to every digit and the difference is 0.",
            "`if z >= 0 { return 1 / (1 + exp(-z)) }; let e = exp(z); return e / (1 + e)`",
        ]) { [
            Check("σ(0) = 0.5 and a few moderate logits") { solution in
                for z in [0, 1, -1, 2.5, -3, 6] { try expectSigmoid(solution, z, .relative(1e-13)) }
            },
            Check("no NaN at z = ±1000 (or at ±710, just past where e^z overflows)") { solution in
                // σ(−710) is a subnormal near 4.5e-324 × 10¹⁵; 0 is as good an answer there.
                for z in [1000.0, -1000, 710, -710] { try expectSigmoid(solution, z, Tolerance(absolute: 1e-300, relative: 1e-13)) }
            },
            Check("large negative z keeps its digits: σ(−50) ≈ \(ReferenceSolution().sigmoid(-50), significant: 4)") { solution in
                for z in [-20.0, -40, -50, -100, -700] { try expectSigmoid(solution, z, .relative(1e-12)) }
            },
            Check("300 random logits from a fixed seed, sizes 10⁻³ to 600") { solution in
                var random = CheckInputs(seed: 10_2_4_01)
                for _ in 0..<300 { try expectSigmoid(solution, random.logit(), .relative(1e-12)) }
            },
        ] }
    }

    private static func expectSigmoid(_ solution: Solver, _ z: Double, _ tolerance: Tolerance) throws(CheckFailure) {
        try expect(solution.sigmoid(z), approximately: reference.sigmoid(z), tolerance,
                   for: "sigmoid(\(z))", mistakes: LogisticMistakes.sigmoidMistakes(z: z))
    }

    // MARK: - binaryCrossEntropy

    static var binaryCrossEntropy: Exercise<Solver> {
        Exercise(summary: "The MEAN binary cross-entropy of labels under probabilities, unclipped.", hints: [
            "Each point costs −log of the probability the model gave its actual label: −log p for a 1, −log(1 − p) for a 0. The answer is the MEAN of those costs.",
            "Compute only the actual label's term, with `if label == 1 { … } else { … }`, so that 0 · log 0 never happens; `log1p(-p)` is log(1 − p) without rounding. No clipping: log(0) = −∞, so an impossible label costs +∞, which is the right answer.",
            "`zip(labels, probabilities).reduce(0.0) { $0 - ($1.0 == 1 ? log($1.1) : log1p(-$1.1)) } / Double(labels.count)`",
        ]) { [
            Check("four points: labels [1, 0, 1, 1], p = [0.9, 0.2, 0.6, 0.99]") {
                try expectCrossEntropy($0, [1, 0, 1, 1], [0.9, 0.2, 0.6, 0.99])
            },
            Check("the story's 200 points at the true model's probabilities σ(1.5x − 0.5)") { solution in
                let (x, labels) = storyData()
                try expectCrossEntropy(solution, labels, x.map { reference.sigmoid(1.5 * $0 - 0.5) },
                                       named: "σ(1.5x − 0.5)")
            },
            Check("100 random sets from a fixed seed") { solution in
                var random = CheckInputs(seed: 10_2_4_02)
                for _ in 0..<100 {
                    let count = random.int(in: 1...200)
                    let probabilities = (0..<count).map { _ in random.double(in: 0.001...0.999) }
                    let labels = random.numpy.binomial(trials: 1, probabilities: probabilities)
                    try expectCrossEntropy(solution, labels, probabilities)
                }
            },
            Check("certain and right costs nothing: p = 1 for a 1, p = 0 for a 0") {
                try expectCrossEntropy($0, [1, 0, 1], [1, 0, 0.5])
            },
            Check("confident and wrong is not clipped: p = 1e-12 for a 1 costs 27.6 nats") {
                try expectCrossEntropy($0, [1, 0], [1e-12, 0.5])
            },
            Check("impossible: p = 0 for a 1 costs +∞") {
                try expectCrossEntropy($0, [1, 1], [0, 0.8])
            },
        ] }
    }

    private static func expectCrossEntropy(_ solution: Solver, _ labels: [Int], _ probabilities: [Double],
                                           named: String? = nil) throws(CheckFailure) {
        try expect({ $0.binaryCrossEntropy(labels: labels, probabilities: probabilities) }, of: solution, against: reference,
                   .relative(1e-12),
                   for: "binaryCrossEntropy(labels: \(named == nil ? describe(labels) : storyDataName.labels), probabilities: \(named ?? describe(probabilities)))",
                   mistakes: LogisticMistakes.crossEntropyMistakes(labels: labels, probabilities: probabilities),
                   note: named.map { _ in storyDataNote })
    }
}

/// Numbers as a call shows them: all of them when few, else the first three and the count.
func describe(_ values: [Double]) -> String {
    CallText.list(values)
}

/// Labels as a call shows them: all of them when few, else the first six and the count of 1s.
func describe(_ labels: [Int]) -> String {
    guard labels.count > 6 else { return "\(labels)" }
    let first = labels.prefix(6).map(String.init).joined(separator: ", ")
    return "[\(first), … \(labels.count) labels, \(labels.reduce(0, +)) of them 1]"
}
