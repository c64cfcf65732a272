import Foundation

/// The checks of the last three exercises: the score, Newton-Raphson on it, and the
/// standard error.
extension ExponentialChecks {
    // MARK: - score

    static var score: [Check<Solver>] { [
        Check("one wait x = 3 at α = 0.5") { try expectScore($0, rate: 0.5, [3], .relative(1e-12)) },
        Check("zero at the estimate for the story's 100 waits") { solution in
            let sample = seededSample()
            let estimate = reference.maximumLikelihoodEstimate(observations: sample)
            try expectScore(solution, rate: estimate, written: "\(estimate) /* 1/x̄ */", sample, named: storySampleName,
                            .absolute(1e-9))
        },
        Check("50 random samples and rates from a fixed seed") { solution in
            var random = CheckInputs(seed: 10_2_5_04)
            for _ in 0..<50 {
                let waits = random.waits(count: random.int(in: 1...200), scale: random.double(in: 0.1...10))
                // n/α and Σx can nearly cancel, so allow an absolute error as well.
                try expectScore(solution, rate: random.double(in: 0.05...5), waits, Tolerance(absolute: 1e-9, relative: 1e-10))
            }
        },
    ] }

    private static func expectScore(_ solution: Solver, rate: Double, written: String? = nil, _ observations: [Double],
                                     named: String? = nil, _ tolerance: Tolerance) throws(CheckFailure) {
        let actual = solution.score(rate: rate, observations: observations)
        try expect(actual, approximately: reference.score(rate: rate, observations: observations), tolerance,
                   for: "score(rate: \(written ?? "\(rate)"), observations: \(named ?? describe(observations)))",
                   mistakes: ExponentialMistakes.scoreMistakes(rate: rate, observations: observations),
                   note: named.map { _ in storySampleNote })
    }

    // MARK: - newtonRaphson

    static var newtonRaphson: [Check<Solver>] { [
        Check("zero steps return the start") {
            try expectNewton($0, [1, 2, 3, 4], start: 0.3, steps: 0, .exact)
        },
        Check("3 steps from α = 0.1 on the story's 100 waits") {
            try expectNewton($0, seededSample(), named: storySampleName, start: 0.1, steps: 3, .relative(1e-12))
        },
        Check("the story's run: 10 steps from α = 0.1 land on 1/x̄") {
            try expectNewton($0, seededSample(), named: storySampleName, start: 0.1, steps: 10, .relative(1e-12))
        },
        Check("30 random runs from a fixed seed") { solution in
            var random = CheckInputs(seed: 10_2_5_05)
            for _ in 0..<30 {
                let waits = random.waits(count: random.int(in: 1...100), scale: random.double(in: 0.1...10))
                let estimate = reference.maximumLikelihoodEstimate(observations: waits)
                // Any start in (0, 2/x̄) closes in on 1/x̄; stay clear of both ends.
                let start = random.double(in: 0.05...1.9) * estimate
                try expectNewton(solution, waits, start: start, steps: random.int(in: 1...6), .relative(1e-9))
            }
        },
    ] }

    private static func expectNewton(_ solution: Solver, _ observations: [Double], named: String? = nil,
                                     start: Double, steps: Int, _ tolerance: Tolerance) throws(CheckFailure) {
        let actual = solution.newtonRaphson(observations: observations, start: start, steps: steps)
        let n = Double(observations.count)
        let sum = observations.reduce(0, +)
        func run(steps: Int = steps, _ update: (Double) -> Double = { $0 + $0 * $0 * (n / $0 - sum) / n }) -> Double {
            var rate = start
            for _ in 0..<max(0, steps) { rate = update(rate) }
            return rate
        }
        let runs = ExponentialMistakes.NewtonRuns(
            estimate: reference.maximumLikelihoodEstimate(observations: observations), start: start,
            oneFewer: run(steps: max(0, steps - 1)), oneMore: run(steps: steps + 1),
            wrongSign: run { $0 - $0 * $0 * (n / $0 - sum) / n },
            derivativeWithoutSquare: run { $0 + $0 * (n / $0 - sum) / n },
            onTheLogLikelihood: run { $0 - (n * log($0) - $0 * sum) / (n / $0 - sum) })
        try expect(actual, approximately: reference.newtonRaphson(observations: observations, start: start, steps: steps),
                   tolerance, for: "newtonRaphson(observations: \(named ?? describe(observations)), start: \(start), steps: \(steps))",
                   mistakes: ExponentialMistakes.newtonMistakes(runs), note: named.map { _ in storySampleNote })
    }

    // MARK: - standardError

    static var standardError: [Check<Solver>] { [
        Check("four waits [1, 2, 3, 4]") { try expectStandardError($0, [1, 2, 3, 4]) },
        Check("the story's 100 waits") { try expectStandardError($0, seededSample(), named: storySampleName) },
        Check("50 random samples from a fixed seed") { solution in
            var random = CheckInputs(seed: 10_2_5_06)
            for _ in 0..<50 {
                try expectStandardError(solution, random.waits(count: random.int(in: 2...500), scale: random.double(in: 0.1...10)))
            }
        },
    ] }

    private static func expectStandardError(_ solution: Solver, _ observations: [Double],
                                            named: String? = nil) throws(CheckFailure) {
        let actual = solution.standardError(observations: observations)
        try expect(actual, approximately: reference.standardError(observations: observations), .relative(1e-12),
                   for: "standardError(observations: \(named ?? describe(observations)))",
                   mistakes: ExponentialMistakes.standardErrorMistakes(observations: observations),
                   note: named.map { _ in storySampleNote })
    }
}
