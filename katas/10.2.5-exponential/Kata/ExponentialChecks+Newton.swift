import Foundation

/// The checks of the last three exercises: the score, Newton-Raphson on it, and the
/// standard error.
extension ExponentialChecks {
    // MARK: - score

    static var score: Exercise<Solver> {
        Exercise(summary: "The score n/α − Σx, the log-likelihood's slope in α.", hints: [
            "Differentiate n · ln α − α · Σx with respect to α, one term at a time: d/dα ln α = 1/α.",
            "The score is n/α − Σx, the slope of the log-likelihood (not of the negative log-likelihood). At α = 0.5 with the single wait 3 it is 2 − 3 = −1.",
            "`return Double(observations.count) / rate - observations.reduce(0, +)`",
        ]) { [
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
    }

    private static func expectScore(_ solution: Solver, rate: Double, written: String? = nil, _ observations: [Double],
                                     named: String? = nil, _ tolerance: Tolerance) throws(CheckFailure) {
        let actual = solution.score(rate: rate, observations: observations)
        let expected = reference.score(rate: rate, observations: observations)
        // Once this call has failed, the score at twice the rate too: one value can be −score
        // by coincidence (n/α² − Σx at α = 0.5 for one wait of 3), a sign error is −score at both.
        let doubled = 2 * rate
        let atTwiceTheRate = withinTolerance(tolerance, (actual, expected)) ? nil
            : (yours: solution.score(rate: doubled, observations: observations),
               right: reference.score(rate: doubled, observations: observations))
        try expect(actual, approximately: expected, tolerance,
                   for: "score(rate: \(written ?? "\(rate)"), observations: \(named ?? describe(observations)))",
                   mistakes: ExponentialMistakes.scoreMistakes(rate: rate, observations: observations,
                                                               atTwiceTheRate: atTwiceTheRate),
                   note: named.map { _ in storySampleNote })
    }

    // MARK: - newtonRaphson

    static var newtonRaphson: Exercise<Solver> {
        Exercise(summary: "Newton-Raphson on the score for a given number of steps.", hints: [
            "Start with `var rate = start`, repeat `steps` times, and return `rate`. Newton's method finds a zero of a function f with steps x ← x − f(x)/f′(x); here f is the score.",
            "The score's derivative is score′(α) = −n/α². So one step is `rate -= score(rate: rate, observations: observations) / (-n / (rate * rate))`, with `let n = Double(observations.count)`. Mind the minus in front of the fraction and the one inside score′.",
            "`let n = Double(observations.count); var rate = start; for _ in 0..<steps { rate -= score(rate: rate, observations: observations) / (-n / (rate * rate)) }; return rate`",
        ]) { [
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
    }

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

    static var standardError: Exercise<Solver> {
        Exercise(summary: "The standard error α̂/√n from the Fisher information.", hints: [
            "The Fisher information of n waits is I(α) = n/α², and the standard error is 1/√I at the estimate.",
            "1/√(n/α̂²) = α̂/√n. You may call your own `maximumLikelihoodEstimate(observations:)`; √n is `Double(n).squareRoot()`.",
            "`return maximumLikelihoodEstimate(observations: observations) / Double(observations.count).squareRoot()`",
        ]) { [
            Check("four waits [1, 2, 3, 4]") { try expectStandardError($0, [1, 2, 3, 4]) },
            Check("the story's 100 waits") { try expectStandardError($0, seededSample(), named: storySampleName) },
            Check("50 random samples from a fixed seed") { solution in
                var random = CheckInputs(seed: 10_2_5_06)
                for _ in 0..<50 {
                    try expectStandardError(solution, random.waits(count: random.int(in: 2...500), scale: random.double(in: 0.1...10)))
                }
            },
        ] }
    }

    private static func expectStandardError(_ solution: Solver, _ observations: [Double],
                                            named: String? = nil) throws(CheckFailure) {
        try expect({ $0.standardError(observations: observations) }, of: solution, against: reference, .relative(1e-12),
                   for: "standardError(observations: \(named ?? describe(observations)))",
                   mistakes: ExponentialMistakes.standardErrorMistakes(observations: observations),
                   note: named.map { _ in storySampleNote })
    }
}
