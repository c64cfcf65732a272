import Foundation

/// The checks of the first two exercises: the log-likelihood and the closed-form estimate.
///
/// Every expected value comes from `ReferenceSolution`; every call is shown as the
/// learner would type it; random waits come from `CheckInputs`, numpy's legacy
/// generator with a fixed seed.
enum ExponentialChecks {
    typealias Solver = any ExponentialExercises
    /// Where every expected value comes from.
    static var reference: ReferenceSolution { ReferenceSolution() }

    // MARK: - logLikelihood

    static var logLikelihood: Exercise<Solver> {
        Exercise(summary: "The log-likelihood n · ln α − α · Σx of a rate, −∞ where the data are impossible.", hints: [
            "The log of a product is the sum of the logs: add ln(α · e^(−α·x)) = ln α − α·x over the observations. Never multiply the densities first (thousands of them underflow to 0), and never compute `exp(-rate * x)` only to take its log: e^(−800) is already 0.",
            "Adding ln α − α·x n times gives n · ln α − α · Σx. Before any of it, return `-.infinity` if `rate <= 0` or if `observations.contains { $0 < 0 }`: ln of a negative number is NaN, and a negative wait is impossible.",
            "`guard rate > 0, !observations.contains(where: { $0 < 0 }) else { return -.infinity }; return Double(observations.count) * log(rate) - rate * observations.reduce(0, +)`",
        ]) { [
            Check("one wait x = 3 at α = 1/3") {
                try expectLogLikelihood($0, rate: 1.0 / 3.0, written: "1.0 / 3.0", [3], .relative(1e-12))
            },
            Check("the story's 100 waits at α = 0.5") {
                try expectLogLikelihood($0, rate: 0.5, seededSample(), named: storySampleName, .relative(1e-10))
            },
            Check("50 random samples and rates from a fixed seed") { solution in
                var random = CheckInputs(seed: 10_2_5_01)
                for _ in 0..<50 {
                    let waits = random.waits(count: random.int(in: 1...200), scale: random.double(in: 0.1...10))
                    try expectLogLikelihood(solution, rate: random.double(in: 0.05...5), waits, .relative(1e-10))
                }
            },
            Check("5000 waits: a sum of logs, not the log of a product") { solution in
                var random = CheckInputs(seed: 10_2_5_02)
                let waits = random.waits(count: 5000, scale: 1.5)
                try expectLogLikelihood(solution, rate: 0.7, waits, .relative(1e-10))
            },
            Check("a wait far in the tail: x = 400 at α = 2") {
                try expectLogLikelihood($0, rate: 2, [0.5, 400], .relative(1e-12))
            },
            Check("a wait of exactly 0 is possible: it adds ln α") { solution in
                for (rate, waits) in [(0.8, [0.0, 1.5, 2.0]), (2.0, [0.0])] {
                    try expectLogLikelihood(solution, rate: rate, waits, .relative(1e-12))
                }
            },
            Check("a negative observation: −∞") { solution in
                for (rate, waits) in [(1.0, [1.2, -0.5, 3.0]), (0.5, [-2.0]), (2.0, [0.1, 0.4, -0.001])] {
                    try expectLogLikelihood(solution, rate: rate, waits, .exact)
                }
            },
            Check("a rate of 0 or below: −∞") { solution in
                for (rate, waits) in [(-1.0, [1.0, 2.0]), (0.0, [1.0, 2.0]), (-0.5, [3.0])] {
                    try expectLogLikelihood(solution, rate: rate, waits, .exact)
                }
            },
        ] }
    }

    private static func expectLogLikelihood(_ solution: Solver, rate: Double, written: String? = nil,
                                            _ observations: [Double], named: String? = nil,
                                            _ tolerance: Tolerance) throws(CheckFailure) {
        try expect({ $0.logLikelihood(rate: rate, observations: observations) }, of: solution, against: reference, tolerance,
                   for: "logLikelihood(rate: \(written ?? "\(rate)"), observations: \(named ?? describe(observations)))",
                   mistakes: ExponentialMistakes.logLikelihoodMistakes(rate: rate, observations: observations),
                   note: named.map { _ in storySampleNote })
    }

    // MARK: - maximumLikelihoodEstimate

    static var maximumLikelihoodEstimate: Exercise<Solver> {
        Exercise(summary: "The closed-form estimate of the rate, α̂ = 1/x̄.", hints: [
            "Set the score n/α − Σx to zero and solve for α.",
            "α̂ = n / Σx = 1/x̄: the rate is one over the mean wait, not the mean wait itself (that is the scale numpy calls `scale`).",
            "`return Double(observations.count) / observations.reduce(0, +)`",
        ]) { [
            Check("one wait x = 3") { try expectEstimate($0, [3]) },
            Check("the story's 100 waits") { try expectEstimate($0, seededSample(), named: storySampleName) },
            Check("100 random samples from a fixed seed") { solution in
                var random = CheckInputs(seed: 10_2_5_03)
                for _ in 0..<100 {
                    try expectEstimate(solution, random.waits(count: random.int(in: 1...300), scale: random.double(in: 0.01...100)))
                }
            },
            Check("waits that include zeros: [0, 0, 2, 0.5]") { try expectEstimate($0, [0, 0, 2, 0.5]) },
        ] }
    }

    private static func expectEstimate(_ solution: Solver, _ observations: [Double],
                                       named: String? = nil) throws(CheckFailure) {
        try expect({ $0.maximumLikelihoodEstimate(observations: observations) }, of: solution, against: reference, .relative(1e-12),
                   for: "maximumLikelihoodEstimate(observations: \(named ?? describe(observations)))",
                   mistakes: ExponentialMistakes.estimateMistakes(observations: observations),
                   note: named.map { _ in storySampleNote })
    }
}

/// How a failure message names the story's sample, which is too long to print, and
/// the note that says where it comes from.
let storySampleName = "x"
let storySampleNote = "Here x is the story's 100 waits: np.random.seed(42); x = np.random.exponential(scale=2, size=100)."

/// Observations as a call shows them: all of them when few, else the first three and the count.
func describe(_ observations: [Double]) -> String {
    CallText.list(observations, noun: "waits",
                  more: "mean \(observations.reduce(0, +) / Double(observations.count), significant: 6)")
}
