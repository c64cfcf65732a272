import Foundation

/// The checks of the last three exercises: the negative log-likelihood from logits, its
/// gradient, and gradient descent.
extension LogisticChecks {
    /// Three points small enough to follow by hand.
    static let handExample = LogisticProblem(x: [0, 2, -1], labels: [1, 1, 0], weight: 1.5, bias: -0.5)

    // MARK: - negativeLogLikelihood

    static var negativeLogLikelihood: Exercise<Solver> {
        Exercise(summary: "The SUMMED negative log-likelihood Σ [log(1 + e^z) − y·z], stable at z = ±1000.", hints: [
            "With p = σ(z), log p = z − log(1 + e^z) and log(1 − p) = −log(1 + e^z). So each point costs log(1 + e^z) − y·z, with no sigmoid and no log of a probability in sight.",
            "log(1 + e^z) must not be computed as written: exp(1000) is ∞, and for z = −40, 1 + e^z rounds to 1. Write it as max(z, 0) + log1p(exp(−abs(z))): the exponent is never positive, and log1p keeps the tiny digits. Sum over the points; do not divide by n.",
            "`zip(x, labels).reduce(0.0) { sum, point in let z = weight * point.0 + bias; return sum + max(z, 0) + log1p(exp(-abs(z))) - Double(point.1) * z }`",
        ]) { [
            Check("three points: w = 1.5, b = −0.5, x = [0, 2, −1], labels [1, 1, 0]") {
                try expectLikelihood($0, handExample, .relative(1e-12))
            },
            Check("the story's 200 points at the true (w, b) = (1.5, −0.5)") { solution in
                let (x, labels) = storyData()
                try expectLikelihood(solution, LogisticProblem(x: x, labels: labels, weight: 1.5, bias: -0.5),
                                     named: true, .relative(1e-12))
            },
            Check("z = ±1000 stays finite: each confident miss costs 1000") {
                try expectLikelihood($0, LogisticProblem(x: [1000, -1000, 1000], labels: [0, 1, 1], weight: 1, bias: 0),
                                     .relative(1e-12))
            },
            Check("a confident miss is not clipped: z = −50 with y = 1 costs 50") {
                try expectLikelihood($0, LogisticProblem(x: [-50], labels: [1], weight: 1, bias: 0), .relative(1e-12))
            },
            Check("a confident hit keeps its digits: z = −40 with y = 0 costs e⁻⁴⁰ ≈ 4.25e-18") {
                try expectLikelihood($0, LogisticProblem(x: [-40], labels: [0], weight: 1, bias: 0), .relative(1e-12))
            },
            Check("so does the other kind of hit: z = 40 with y = 1 costs e⁻⁴⁰ too") {
                try expectLikelihood($0, LogisticProblem(x: [40], labels: [1], weight: 1, bias: 0), .relative(1e-12))
            },
            Check("50 random problems from a fixed seed") { solution in
                var random = CheckInputs(seed: 10_2_4_03)
                for _ in 0..<50 { try expectLikelihood(solution, random.logisticProblem(), .relative(1e-10)) }
            },
        ] }
    }

    private static func expectLikelihood(_ solution: Solver, _ problem: LogisticProblem, named: Bool = false,
                                         _ tolerance: Tolerance) throws(CheckFailure) {
        let actual = solution.negativeLogLikelihood(weight: problem.weight, bias: problem.bias,
                                                    x: problem.x, labels: problem.labels)
        let largest = problem.x.map { abs(problem.weight * $0 + problem.bias) }.max() ?? 0
        try expect(actual, approximately: reference.negativeLogLikelihood(weight: problem.weight, bias: problem.bias,
                                                                           x: problem.x, labels: problem.labels),
                   tolerance, for: "negativeLogLikelihood(\(arguments(problem, named: named)))",
                   mistakes: LogisticMistakes.likelihoodMistakes(problem, largestLogit: largest),
                   note: named ? storyDataNote : nil)
    }

    // MARK: - gradient

    static var gradient: Exercise<Solver> {
        Exercise(summary: "Its gradient (Σ (σ(z) − y)·x, Σ (σ(z) − y)).", hints: [
            "Differentiate one point's cost log(1 + e^z) − y·z with respect to z: you get σ(z) − y, the residual. Then the chain rule: ∂z/∂w = x and ∂z/∂b = 1.",
            "∂/∂w = Σ (σ(zᵢ) − yᵢ)·xᵢ and ∂/∂b = Σ (σ(zᵢ) − yᵢ): sums, not means, and σ(z) − y, not y − σ(z) (that is the gradient of the log-likelihood). Use your own stable `sigmoid`, so z = ±1000 gives no NaN.",
            "`var (gw, gb) = (0.0, 0.0); for (xi, yi) in zip(x, labels) { let r = sigmoid(weight * xi + bias) - Double(yi); gw += r * xi; gb += r }; return (gw, gb)`",
        ]) { [
            Check("three points: w = 1.5, b = −0.5, x = [0, 2, −1], labels [1, 1, 0]") {
                try expectGradient($0, handExample, Tolerance(absolute: 1e-15, relative: 1e-12))
            },
            Check("the story's 200 points at (0, 0)") { solution in
                let (x, labels) = storyData()
                try expectGradient(solution, LogisticProblem(x: x, labels: labels, weight: 0, bias: 0), named: true,
                                   .relative(1e-12))
            },
            Check("zero at the maximum of the story's 200 points") { solution in
                let (x, labels) = storyData()
                let fit = newtonFit(x: x, labels: labels).point
                try expectGradient(solution, LogisticProblem(x: x, labels: labels, weight: fit[0], bias: fit[1]), named: true,
                                   .absolute(1e-9))
            },
            Check("z = ±1000: no NaN, each confident miss pulls by its x") {
                try expectGradient($0, LogisticProblem(x: [1000, -1000, 500], labels: [0, 1, 1], weight: 1, bias: 0),
                                   Tolerance(absolute: 1e-12, relative: 1e-12))
            },
            Check("50 random problems from a fixed seed") { solution in
                var random = CheckInputs(seed: 10_2_4_04)
                for _ in 0..<50 {
                    try expectGradient(solution, random.logisticProblem(), Tolerance(absolute: 1e-10, relative: 1e-10))
                }
            },
        ] }
    }

    private static func expectGradient(_ solution: Solver, _ problem: LogisticProblem, named: Bool = false,
                                       _ tolerance: Tolerance) throws(CheckFailure) {
        let actual = solution.gradient(weight: problem.weight, bias: problem.bias, x: problem.x, labels: problem.labels)
        let expected = reference.gradient(weight: problem.weight, bias: problem.bias, x: problem.x, labels: problem.labels)
        let call = "gradient(\(arguments(problem, named: named)))"
        let count = problem.x.count
        let withoutBias = reference.gradient(weight: problem.weight, bias: 0, x: problem.x, labels: problem.labels)
        try expect(actual.weight, approximately: expected.weight, tolerance, for: call + ".weight",
                   mistakes: LogisticMistakes.gradientMistakes(.weight, count: count, other: expected.bias,
                                                               otherAsGiven: actual.bias, residualSum: expected.bias,
                                                               withoutBias: withoutBias.weight),
                   note: named ? storyDataNote : nil)
        try expect(actual.bias, approximately: expected.bias, tolerance, for: call + ".bias",
                   mistakes: LogisticMistakes.gradientMistakes(.bias, count: count, other: expected.weight,
                                                               otherAsGiven: actual.weight, residualSum: expected.bias,
                                                               withoutBias: withoutBias.bias),
                   note: named ? storyDataNote : nil)
    }

    /// The arguments of a call on `problem`, as the learner would type them.
    static func arguments(_ problem: LogisticProblem, named: Bool) -> String {
        let data = named ? "x: \(storyDataName.x), labels: \(storyDataName.labels)"
            : "x: \(describe(problem.x)), labels: \(describe(problem.labels))"
        return "weight: \(problem.weight), bias: \(problem.bias), \(data)"
    }
}
