import Foundation

/// The checks of the profile score and of Newton-Raphson on it.
extension GammaChecks {
    // MARK: - profileScore

    static var profileScore: Exercise<Solver> {
        Exercise(summary: "The profile score n·(ln α − ψ(α) − ln x̄ + mean(ln x)), with KataKit's digamma.", hints: [
            "For a fixed α the best rate is β = α/x̄ (set ∂ℓ/∂β = nα/β − Σx to zero). The profile score is the slope in α of ℓ(α, α/x̄); since ∂ℓ/∂β is 0 there, it is ∂ℓ/∂α = n·ln β − n·ψ(α) + Σ ln x at β = α/x̄.",
            "With ln β = ln α − ln x̄ that is n·(ln α − ψ(α) − ln x̄ + mean(ln x)). ψ(α) is `digamma(shape)`. Mind which is which: ln x̄ is the log of the mean, mean(ln x) the mean of the logs, and ln x̄ ≥ mean(ln x).",
            "`let n = Double(observations.count); let mean = observations.reduce(0, +) / n; let meanLog = observations.reduce(0) { $0 + log($1) } / n; return n * (log(shape) - digamma(shape) - log(mean) + meanLog)`",
        ]) { [
            Check("four values [1, 2, 3, 4] at α = 2") { try expectScore($0, shape: 2, [1, 2, 3, 4], .relative(1e-12)) },
            Check("zero at the estimate for the story's 200 draws") { solution in
                let sample = SeededData().gamma
                let estimate = storyEstimate()
                try expectScore(solution, shape: estimate, written: "\(estimate) /* α̂ */", sample, named: storySampleName,
                                .absolute(1e-9))
            },
            Check("50 random samples and shapes from a fixed seed") { solution in
                var random = CheckInputs(seed: 10_2_7_06)
                for _ in 0..<50 {
                    let sample = random.gammaSample(count: random.int(in: 2...200), shape: random.double(in: 0.3...20),
                                                    rate: random.double(in: 0.1...10))
                    // ln α − ψ(α) and ln x̄ − mean(ln x) nearly cancel near α̂: allow an absolute error too.
                    try expectScore(solution, shape: random.double(in: 0.2...25), sample, Tolerance(absolute: 1e-9, relative: 1e-10))
                }
            },
        ] }
    }

    private static func expectScore(_ solution: Solver, shape: Double, written: String? = nil, _ observations: [Double],
                                    named: String? = nil, _ tolerance: Tolerance) throws(CheckFailure) {
        let actual = solution.profileScore(shape: shape, observations: observations)
        let expected = reference.profileScore(shape: shape, observations: observations)
        // Once this call has failed, the score at twice the shape too: one value can be −score by
        // coincidence, a sign error is −score at both.
        let doubled = 2 * shape
        let atTwiceTheShape = withinTolerance(tolerance, (actual, expected)) ? nil
            : (yours: solution.profileScore(shape: doubled, observations: observations),
               right: reference.profileScore(shape: doubled, observations: observations))
        try expect(actual, approximately: expected, tolerance,
                   for: "profileScore(shape: \(written ?? "\(shape)"), observations: \(named ?? describe(observations)))",
                   mistakes: GammaMistakes.scoreMistakes(shape: shape, observations: observations, atTwiceTheShape: atTwiceTheShape),
                   note: named.map { _ in storySampleNote })
    }

    // MARK: - newtonRaphson

    static var newtonRaphson: Exercise<Solver> {
        Exercise(summary: "Newton-Raphson on the profile score, stopping on a small step or at the cap.", hints: [
            "Newton's method finds a zero of the score: α ← α − score(α)/score′(α), with score′(α) = n·(1/α − ψ′(α)) and ψ′ = `trigamma`. Keep a count of the steps, and loop `while iterations < maxIterations`: the cap is what ends a run that never settles.",
            "In the loop: compute `let step = profileScore(shape: shape, observations: observations) / (n * (1 / shape - trigamma(shape)))`, then `shape -= step` and `iterations += 1`, and only then test the rule: `if abs(step) <= tolerance * abs(shape) { break }`. Return `(shape, iterations)`.",
            "`let n = Double(observations.count); var shape = start, iterations = 0; while iterations < maxIterations { let step = profileScore(shape: shape, observations: observations) / (n * (1 / shape - trigamma(shape))); shape -= step; iterations += 1; if abs(step) <= tolerance * abs(shape) { break } }; return (shape, iterations)`",
        ]) { [
            Check("maxIterations: 0 returns (start, 0)") {
                try expectNewton($0, [1, 2, 3, 4], start: 2, tolerance: 1e-10, maxIterations: 0)
            },
            Check("one step from the method-of-moments start on the story's 200 draws") { solution in
                let sample = SeededData().gamma
                let start = reference.methodOfMomentsStart(observations: sample).shape
                try expectNewton(solution, sample, named: storySampleName, start: start, written: "\(start) /* α₀ */",
                                 tolerance: 1e-10, maxIterations: 1)
            },
            Check("the story's run: from the method-of-moments start, tolerance 1e-10") { solution in
                let sample = SeededData().gamma
                let start = reference.methodOfMomentsStart(observations: sample).shape
                try expectNewton(solution, sample, named: storySampleName, start: start, written: "\(start) /* α₀ */",
                                 tolerance: 1e-10, maxIterations: 50)
            },
            Check("a cap of 2 stops the story's run early, from α = 1") { solution in
                try expectNewton(solution, SeededData().gamma, named: storySampleName, start: 1, tolerance: 1e-10, maxIterations: 2)
            },
            Check("30 random runs from a fixed seed") { solution in
                var random = CheckInputs(seed: 10_2_7_07)
                for _ in 0..<30 {
                    let sample = random.gammaSample(count: random.int(in: 5...300), shape: random.double(in: 0.3...20),
                                                    rate: random.double(in: 0.1...10))
                    let estimate = reference.estimatedShape(observations: sample, tolerance: 1e-14)
                    // From below α̂ Newton's steps rise to it; from up to 3α̂/2 the first step stays positive.
                    let start = random.double(in: 0.2...1.5) * estimate
                    let tolerance = [1e-6, 1e-8, 1e-10, 1e-12][random.int(in: 0...3)]
                    try expectNewton(solution, sample, start: start, tolerance: tolerance, maxIterations: random.int(in: 1...40))
                }
            },
        ] }
    }

    private static func expectNewton(_ solution: Solver, _ observations: [Double], named: String? = nil, start: Double,
                                     written: String? = nil, tolerance: Double, maxIterations: Int) throws(CheckFailure) {
        let actual = solution.newtonRaphson(observations: observations, start: start, tolerance: tolerance,
                                            maxIterations: maxIterations)
        let expected = reference.newtonRaphson(observations: observations, start: start, tolerance: tolerance,
                                               maxIterations: maxIterations)
        let shapeTolerance = Tolerance(absolute: 1e-12, relative: 1e-10)
        // The mistaken runs below cost five Newton runs; only a failure needs them.
        guard !withinTolerance(shapeTolerance, (actual.shape, expected.shape)) || actual.iterations != expected.iterations else {
            return
        }
        let n = Double(observations.count)
        let score = { (shape: Double) in reference.profileScore(shape: shape, observations: observations) }
        let right = { (shape: Double) in n * (1 / shape - trigamma(shape)) }
        let runs = GammaMistakes.NewtonRuns(
            expected: expected, maxIterations: maxIterations,
            wrongSign: run(from: start, tolerance, maxIterations) { $0 + score($0) / right($0) },
            derivativeWithoutN: run(from: start, tolerance, maxIterations) { $0 - score($0) / (1 / $0 - trigamma($0)) },
            digammaInDerivative: run(from: start, tolerance, maxIterations) { $0 - score($0) / (n * (1 / $0 - digamma($0))) },
            beforeLastStep: run(from: start, tolerance, maxIterations, keepsPrevious: true) { $0 - score($0) / right($0) },
            storyEstimate: storyEstimate())
        let call = "newtonRaphson(observations: \(named ?? describe(observations)), start: \(written ?? "\(start)"), "
            + "tolerance: \(tolerance), maxIterations: \(maxIterations))"
        let mistakes = GammaMistakes.newtonMistakes(runs, yours: actual)
        let note = named.map { _ in storySampleNote }
        try expect(actual.shape, approximately: expected.shape, shapeTolerance,
                   for: call + ".shape", mistakes: mistakes.map { mistake in Mistake(mistake.name, explanation: mistake.explanation) { _, _ in mistake.matches() } },
                   note: note)
        try expect(actual.iterations, equals: expected.iterations, for: call + ".iterations",
                   mistakes: mistakes.map { mistake in Mistake(mistake.name, explanation: mistake.explanation) { _, _ in mistake.matches() } },
                   note: note)
    }

    /// A Newton run with a mistaken `update`, stopped by the exercise's rule: its last α
    /// (or, with `keepsPrevious`, the α before its last step) and its step count.
    private static func run(from start: Double, _ tolerance: Double, _ maxIterations: Int, keepsPrevious: Bool = false,
                            _ update: (Double) -> Double) -> (shape: Double, iterations: Int) {
        var (shape, previous, iterations) = (start, start, 0)
        while iterations < maxIterations {
            previous = shape
            shape = update(shape)
            iterations += 1
            if abs(shape - previous) <= tolerance * abs(shape) { break }
        }
        return (keepsPrevious ? previous : shape, iterations)
    }

    /// The story's α̂: Newton-Raphson from the method-of-moments start to a step of 1e-14.
    static func storyEstimate() -> Double {
        reference.estimatedShape(observations: SeededData().gamma, tolerance: 1e-14)
    }
}
