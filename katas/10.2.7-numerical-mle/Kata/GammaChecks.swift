import Foundation

/// The checks of the first two exercises: the Gamma log-likelihood and the
/// method-of-moments start.
///
/// Every expected value comes from `ReferenceSolution`; every call is shown as the
/// learner would type it; random samples come from `CheckInputs`, numpy's legacy
/// generator with a fixed seed.
enum GammaChecks {
    typealias Solver = any GammaExercises
    /// Where every expected value comes from.
    static var reference: ReferenceSolution { ReferenceSolution() }

    // MARK: - logLikelihood

    static var logLikelihood: Exercise<Solver> {
        Exercise(summary: "The Gamma log-likelihood with a rate β, −∞ where the data or the parameters are impossible.", hints: [
            "Add ln f(x) = α·ln β − ln Γ(α) + (α − 1)·ln x − β·x over the observations. `logGamma(shape)` is ln Γ(α): never compute Γ(α) and take its log, since Γ(172) is already too big for a Double.",
            "Three of the four terms do not depend on x, so the sum is n·(α·ln β − ln Γ(α)) + (α − 1)·Σ ln x − β·Σx. Before any of it, return `-.infinity` if `shape <= 0`, `rate <= 0` or `observations.contains { $0 < 0 }`. β is the rate: the density has e^(−βx), not e^(−x/β).",
            "`guard shape > 0, rate > 0, !observations.contains(where: { $0 < 0 }) else { return -.infinity }; let n = Double(observations.count); return n * (shape * log(rate) - logGamma(shape)) + (shape - 1) * observations.reduce(0) { $0 + log($1) } - rate * observations.reduce(0, +)`",
        ]) { [
            Check("one observation x = 5 at α = 3, β = 0.5") {
                try expectLogLikelihood($0, shape: 3, rate: 0.5, [5], .relative(1e-12))
            },
            Check("the story's 200 draws at the truth, α = 3, β = 0.5") {
                try expectLogLikelihood($0, shape: 3, rate: 0.5, SeededData().gamma, named: storySampleName, .relative(1e-10))
            },
            Check("50 random samples and parameters from a fixed seed") { solution in
                var random = CheckInputs(seed: 10_2_7_01)
                for _ in 0..<50 {
                    let sample = random.gammaSample(count: random.int(in: 1...200), shape: random.double(in: 0.3...20),
                                                    rate: random.double(in: 0.1...10))
                    try expectLogLikelihood(solution, shape: random.double(in: 0.2...25), rate: random.double(in: 0.05...12),
                                            sample, Tolerance(absolute: 1e-9, relative: 1e-10))
                }
            },
            Check("5000 draws: a sum of logs, not the log of a product") { solution in
                var random = CheckInputs(seed: 10_2_7_02)
                try expectLogLikelihood(solution, shape: 2.5, rate: 1.5, random.gammaSample(count: 5000, shape: 2.5, rate: 1.5),
                                        .relative(1e-10))
            },
            Check("a large shape, α = 250: Γ(250) is too big for a Double, ln Γ(250) is not") { solution in
                var random = CheckInputs(seed: 10_2_7_03)
                try expectLogLikelihood(solution, shape: 250, rate: 50, random.gammaSample(count: 20, shape: 250, rate: 50),
                                        .relative(1e-10))
            },
            Check("a negative observation: −∞") { solution in
                for (shape, rate, sample) in [(3.0, 0.5, [1.2, -0.5, 3.0]), (0.5, 2.0, [-2.0]), (2.0, 1.0, [0.1, 0.4, -0.001])] {
                    try expectLogLikelihood(solution, shape: shape, rate: rate, sample, .exact)
                }
            },
            Check("a shape or rate of 0 or below: −∞") { solution in
                for (shape, rate) in [(-1.0, 0.5), (0.0, 0.5), (3.0, -0.5), (3.0, 0.0), (-2.0, -2.0)] {
                    try expectLogLikelihood(solution, shape: shape, rate: rate, [1.0, 2.0, 4.0], .exact)
                }
            },
        ] }
    }

    private static func expectLogLikelihood(_ solution: Solver, shape: Double, rate: Double, _ observations: [Double],
                                            named: String? = nil, _ tolerance: Tolerance) throws(CheckFailure) {
        try expect({ $0.logLikelihood(shape: shape, rate: rate, observations: observations) }, of: solution,
                   against: reference, tolerance,
                   for: "logLikelihood(shape: \(shape), rate: \(rate), observations: \(named ?? describe(observations)))",
                   mistakes: GammaMistakes.logLikelihoodMistakes(shape: shape, rate: rate, observations: observations),
                   note: named.map { _ in storySampleNote })
    }

    // MARK: - methodOfMomentsStart

    static var methodOfMomentsStart: Exercise<Solver> {
        Exercise(summary: "The method-of-moments start α₀ = x̄²/s², β₀ = x̄/s², with the 1/n variance.", hints: [
            "A Gamma(α, β) has mean α/β and variance α/β². Set them to the sample's x̄ and s² and solve: β = x̄/s², then α = β·x̄ = x̄²/s².",
            "s² is the 1/n variance, as `np.var(x)` computes it: (1/n)·Σ(xᵢ − x̄)². Compute x̄ first, then add up the squared deviations from it (two passes). Σx²/n − x̄² is the same in exact arithmetic and loses every digit on data far from 0.",
            "`let n = Double(observations.count); let mean = observations.reduce(0, +) / n; let variance = observations.reduce(0) { $0 + ($1 - mean) * ($1 - mean) } / n; return (mean * mean / variance, mean / variance)`",
        ]) { [
            Check("four values [1, 2, 3, 4]") { try expectStart($0, [1, 2, 3, 4]) },
            Check("the story's 200 draws") { try expectStart($0, SeededData().gamma, named: storySampleName) },
            Check("50 random samples from a fixed seed") { solution in
                var random = CheckInputs(seed: 10_2_7_04)
                for _ in 0..<50 {
                    try expectStart(solution, random.gammaSample(count: random.int(in: 2...300), shape: random.double(in: 0.3...20),
                                                                 rate: random.double(in: 0.01...100)))
                }
            },
            Check("100 values near a million: the variance without cancellation") { solution in
                var random = CheckInputs(seed: 10_2_7_05)
                try expectStart(solution, random.gammaSample(count: 100, shape: 1e12, rate: 1e6), tolerance: .relative(1e-7))
            },
        ] }
    }

    private static func expectStart(_ solution: Solver, _ observations: [Double], named: String? = nil,
                                    tolerance: Tolerance = .relative(1e-11)) throws(CheckFailure) {
        let actual = solution.methodOfMomentsStart(observations: observations)
        let expected = reference.methodOfMomentsStart(observations: observations)
        let call = "methodOfMomentsStart(observations: \(named ?? describe(observations)))"
        let mistakes = GammaMistakes.startMistakes(observations: observations, yours: actual)
        let note = named.map { _ in storySampleNote }
        try expect(actual.shape, approximately: expected.shape, tolerance, for: call + ".shape", mistakes: mistakes, note: note)
        try expect(actual.rate, approximately: expected.rate, tolerance, for: call + ".rate", mistakes: mistakes, note: note)
    }
}

/// How a failure message names the story's sample, which is too long to print, and
/// the note that says where it comes from.
let storySampleName = "x"
let storySampleNote = """
    Here x is the story's 200 draws: np.random.seed(42); np.random.normal(loc=5, scale=2, size=100); \
    np.random.exponential(scale=2, size=100); x = np.random.gamma(shape=3, scale=2, size=200).
    """

/// Observations as a call shows them: all of them when few, else the first three and the count.
func describe(_ observations: [Double]) -> String {
    CallText.list(observations, noun: "values",
                  more: "mean \(observations.reduce(0, +) / Double(observations.count), significant: 6)")
}
