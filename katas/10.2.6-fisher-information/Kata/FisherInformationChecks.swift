import Foundation

/// The checks of the first three exercises: the Poisson log-likelihood, its estimate
/// and its Fisher information.
///
/// Every expected value comes from `ReferenceSolution`; every call is shown as the
/// learner would type it; random counts come from `CheckInputs`, numpy's legacy
/// generator with a fixed seed.
enum FisherInformationChecks {
    typealias Solver = any FisherInformationExercises
    /// Where every expected value comes from.
    static var reference: ReferenceSolution { ReferenceSolution() }

    // MARK: - logLikelihood

    static var logLikelihood: Exercise<Solver> {
        Exercise(summary: "The Poisson log-likelihood Σ (k · ln λ − λ − ln k!) of a mean.", hints: [
            "The log of a product of probabilities λᵏ e^(−λ) / k! is the sum of their logs: k · ln λ − λ − ln k! for each count. Never compute λᵏ or k! themselves: 171! is already ∞ in Double.",
            "ln k! is `logGamma(Double(k) + 1)` (KataKit's), or the sum of `log(Double(i))` for i in 1...k. Keep the term: without it the curve has the same peak but the wrong height.",
            "`counts.reduce(0.0) { $0 + Double($1) * log(mean) - mean - logGamma(Double($1) + 1) }`",
        ]) { [
            Check("one count k = 2 at λ = 3") { try expectLogLikelihood($0, mean: 3, [2]) },
            Check("the story's 50 counts at λ = 3") {
                try expectLogLikelihood($0, mean: 3, storyCounts(), named: storyCountsName)
            },
            Check("counts of 0 add −λ") { try expectLogLikelihood($0, mean: 0.7, [0, 0, 1, 0]) },
            Check("50 random samples and means from a fixed seed") { solution in
                var random = CheckInputs(seed: 10_2_6_01)
                for _ in 0..<50 {
                    let counts = random.counts(count: random.int(in: 1...200), mean: random.double(in: 0.2...40))
                    try expectLogLikelihood(solution, mean: random.double(in: 0.1...50), counts)
                }
            },
            Check("large counts: 200 of them near 1000") { solution in
                var random = CheckInputs(seed: 10_2_6_02)
                try expectLogLikelihood(solution, mean: 990, random.counts(count: 200, mean: 1000))
            },
        ] }
    }

    private static func expectLogLikelihood(_ solution: Solver, mean: Double, _ counts: [Int],
                                            named: String? = nil) throws(CheckFailure) {
        try expect({ $0.logLikelihood(mean: mean, counts: counts) }, of: solution, against: reference, .relative(1e-10),
                   for: "logLikelihood(mean: \(mean), counts: \(named ?? describe(counts)))",
                   mistakes: FisherInformationMistakes.logLikelihoodMistakes(mean: mean, counts: counts),
                   note: named.map { _ in storyCountsNote })
    }

    // MARK: - maximumLikelihoodEstimate

    static var maximumLikelihoodEstimate: Exercise<Solver> {
        Exercise(summary: "The Poisson mean's estimate λ̂ = x̄.", hints: [
            "Set the score Σk/λ − n to zero and solve for λ.",
            "λ̂ = Σk / n, the mean count. Convert to Double before dividing: in Int, 7 / 2 is 3.",
            "`return Double(counts.reduce(0, +)) / Double(counts.count)`",
        ]) { [
            Check("four counts [1, 2, 4, 4]") { try expectEstimate($0, [1, 2, 4, 4]) },
            Check("the story's 50 counts") { try expectEstimate($0, storyCounts(), named: storyCountsName) },
            Check("100 random samples from a fixed seed") { solution in
                var random = CheckInputs(seed: 10_2_6_03)
                for _ in 0..<100 {
                    try expectEstimate(solution, random.counts(count: random.int(in: 1...300), mean: random.double(in: 0.05...100)))
                }
            },
        ] }
    }

    private static func expectEstimate(_ solution: Solver, _ counts: [Int], named: String? = nil) throws(CheckFailure) {
        try expect({ $0.maximumLikelihoodEstimate(counts: counts) }, of: solution, against: reference, .relative(1e-12),
                   for: "maximumLikelihoodEstimate(counts: \(named ?? describe(counts)))",
                   mistakes: FisherInformationMistakes.estimateMistakes(counts: counts),
                   note: named.map { _ in storyCountsNote })
    }

    // MARK: - fisherInformation

    static var fisherInformation: Exercise<Solver> {
        Exercise(summary: "The Fisher information n/λ of a Poisson sample.", hints: [
            "I(λ) = −E[ℓ″(λ)]. Differentiate ℓ(λ) = Σk · ln λ − nλ − Σ ln k! twice, then take the expectation, using E[Σk] = nλ.",
            "ℓ″(λ) = −Σk/λ², whose expectation is −nλ/λ² = −n/λ; the information is its negative, n/λ (not the exponential's n/λ²).",
            "`return Double(count) / mean`",
        ]) { [
            Check("50 observations at λ = 3") { try expectInformation($0, mean: 3, count: 50) },
            Check("one observation at λ = 0.5") { try expectInformation($0, mean: 0.5, count: 1) },
            Check("100 random means and sizes from a fixed seed") { solution in
                var random = CheckInputs(seed: 10_2_6_04)
                for _ in 0..<100 {
                    try expectInformation(solution, mean: random.double(in: 0.01...200), count: random.int(in: 1...10_000))
                }
            },
        ] }
    }

    private static func expectInformation(_ solution: Solver, mean: Double, count: Int) throws(CheckFailure) {
        try expect({ $0.fisherInformation(mean: mean, count: count) }, of: solution, against: reference, .relative(1e-12),
                   for: "fisherInformation(mean: \(mean), count: \(count))",
                   mistakes: FisherInformationMistakes.informationMistakes(mean: mean, count: count))
    }
}
