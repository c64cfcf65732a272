import Foundation

/// The checks of the last exercise: gradient descent on the negative log-likelihood.
extension LogisticChecks {
    static var gradientDescent: Exercise<Solver> {
        Exercise(summary: "Gradient descent from (0, 0) for a given number of steps.", hints: [
            "Start with `var weight = 0.0, bias = 0.0`, repeat `steps` times, and return `(weight, bias)`. Each step goes against the gradient: downhill on the loss.",
            "In each step compute the whole gradient first, `let g = gradient(weight: weight, bias: bias, x: x, labels: labels)`, and only then change both: `weight -= learningRate * g.weight; bias -= learningRate * g.bias`.",
            "`var weight = 0.0, bias = 0.0; for _ in 0..<steps { let g = gradient(weight: weight, bias: bias, x: x, labels: labels); weight -= learningRate * g.weight; bias -= learningRate * g.bias }; return (weight, bias)`",
        ]) {
            let storySteps = descendOnStoryData().iterations
            return [
                Check("zero steps return (0, 0)") {
                    try expectDescent($0, x: handExample.x, labels: handExample.labels, rate: 0.1, steps: 0, .exact)
                },
                Check("one step of 0.1 on the three points x = [0, 2, −1], labels [1, 1, 0]") {
                    try expectDescent($0, x: handExample.x, labels: handExample.labels, rate: 0.1, steps: 1,
                                      Tolerance(absolute: 1e-15, relative: 1e-12))
                },
                Check("the story's run: \(storySteps) steps of \(storyLearningRate) on the 200 points reach the maximum") { solution in
                    let (x, labels) = storyData()
                    try expectDescent(solution, x: x, labels: labels, named: true, rate: storyLearningRate, steps: storySteps,
                                      .relative(1e-9))
                    let yours = solution.gradientDescent(x: x, labels: labels, learningRate: storyLearningRate, steps: storySteps)
                    let newton = newtonFit(x: x, labels: labels).point
                    showWhenPassed("""
                        Your gradientDescent took \(storySteps) steps of \(storyLearningRate) from (0, 0) on the \
                        story's 200 points and reached w = \(prose: yours.weight, decimals: 8), \
                        b = \(prose: yours.bias, decimals: 8); Newton's method puts the maximum at \
                        w = \(prose: newton[0], decimals: 8), b = \(prose: newton[1], decimals: 8). \
                        Your descent found the maximum likelihood fit.
                        """)
                },
                Check("20 random runs from a fixed seed") { solution in
                    var random = CheckInputs(seed: 10_2_4_05)
                    for _ in 0..<20 {
                        let problem = random.logisticProblem()
                        // The Hessian's largest eigenvalue is at most Σ (xᵢ² + 1)/4, so a rate below
                        // 6/Σ (xᵢ² + 1) keeps η·λ below 1.5 and the steps settle.
                        let bound = 6 / problem.x.reduce(0) { $0 + $1 * $1 + 1 }
                        try expectDescent(solution, x: problem.x, labels: problem.labels,
                                          rate: random.double(in: 0.05...1) * bound, steps: random.int(in: 1...50),
                                          Tolerance(absolute: 1e-12, relative: 1e-9))
                    }
                },
            ]
        }
    }

    private static func expectDescent(_ solution: Solver, x: [Double], labels: [Int], named: Bool = false,
                                      rate: Double, steps: Int, _ tolerance: Tolerance) throws(CheckFailure) {
        let actual = solution.gradientDescent(x: x, labels: labels, learningRate: rate, steps: steps)
        let expected = reference.gradientDescent(x: x, labels: labels, learningRate: rate, steps: steps)
        // The mistaken runs below cost several descents each; only a failure needs them.
        guard !withinTolerance(tolerance, (actual.weight, expected.weight), (actual.bias, expected.bias)) else { return }
        func run(rate: Double = rate, steps: Int = steps, sequential: Bool = false) -> (weight: Double, bias: Double) {
            var (weight, bias) = (0.0, 0.0)
            for _ in 0..<max(0, steps) {
                let slope = reference.gradient(weight: weight, bias: bias, x: x, labels: labels)
                weight -= rate * slope.weight
                // The sequential mistake computes ∂/∂b after w has already moved.
                let biasSlope = sequential ? reference.gradient(weight: weight, bias: bias, x: x, labels: labels).bias
                    : slope.bias
                bias -= rate * biasSlope
            }
            return (weight, bias)
        }
        func loss(_ weight: Double, _ bias: Double) -> Double {
            reference.negativeLogLikelihood(weight: weight, bias: bias, x: x, labels: labels)
        }
        let lossAtStart = loss(0, 0)
        let lossNow = loss(actual.weight, actual.bias)
        let runs = LogisticMistakes.DescentRuns(
            oneFewer: run(steps: max(0, steps - 1)), oneMore: run(steps: steps + 1), ascent: run(rate: -rate),
            meanGradient: run(rate: rate / Double(x.count)), rateOne: run(rate: 1),
            sequential: run(sequential: true),
            lossWentUp: !lossNow.isFinite || lossNow > lossAtStart + 1e-12 * lossAtStart)
        let data = named ? "x: \(storyDataName.x), labels: \(storyDataName.labels)" : "x: \(describe(x)), labels: \(describe(labels))"
        let call = "gradientDescent(\(data), learningRate: \(rate), steps: \(steps))"
        // Uphill with no modelled run to match: say what happened without naming a cause.
        let modelled = [runs.oneFewer, runs.oneMore, runs.ascent, runs.meanGradient, runs.rateOne, runs.sequential]
            .contains { LogisticMistakes.agree(actual.weight, $0.weight) && LogisticMistakes.agree(actual.bias, $0.bias) }
        let notes = [named ? storyDataNote : nil, runs.lossWentUp && !modelled ? LogisticMistakes.lossWentUpNote : nil]
        let note = notes.compactMap { $0 }.joined(separator: " ")
        try expect(actual.weight, approximately: expected.weight, tolerance, for: call + ".weight",
                   mistakes: LogisticMistakes.descentMistakes(.weight, runs), note: note.isEmpty ? nil : note)
        try expect(actual.bias, approximately: expected.bias, tolerance, for: call + ".bias",
                   mistakes: LogisticMistakes.descentMistakes(.bias, runs), note: note.isEmpty ? nil : note)
    }
}
