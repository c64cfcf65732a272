import Foundation

/// The checks of the observed information: −ℓ″(θ) of log-likelihoods whose second
/// derivative is known exactly, each chosen so that one way of differencing fails it.
extension FisherInformationChecks {
    /// How close a finite difference must come to the exact −ℓ″. A central difference
    /// with a step near 10⁻⁴ · max(1, |θ|) is within 10⁻⁷ on every check.
    static let observedTolerance = Tolerance.relative(1e-5)

    static var observedInformation: Exercise<Solver> {
        Exercise(summary: "The observed information −ℓ″(θ) of any log-likelihood, by a central difference.", hints: [
            "The second derivative is the change of the slope: ℓ″(θ) ≈ (ℓ(θ + h) − 2ℓ(θ) + ℓ(θ − h)) / h², and the information is its negative. Call `logLikelihood` at those three points.",
            "Scale the step with θ: `let h = 1e-4 * max(1, abs(estimate))`. A much smaller h leaves ℓ(θ ± h) equal in nearly all their digits, so the difference is rounding noise divided by a tiny h²; a much larger one blurs the bend. A one-sided difference from θ, θ + h, θ + 2h is off by a term in h · ℓ‴.",
            "`let h = 1e-4 * max(1, abs(estimate)); return -(logLikelihood(estimate + h) - 2 * logLikelihood(estimate) + logLikelihood(estimate - h)) / (h * h)`",
        ]) { [
            Check("the story's 50 counts at λ̂: −ℓ″ = Σk/λ̂²") { solution in
                let counts = storyCounts()
                let estimate = reference.maximumLikelihoodEstimate(counts: counts)
                try expectObserved(solution, poisson(counts), at: estimate, exactly: poissonBend(counts, estimate),
                                   for: "{ logLikelihood(mean: $0, counts: \(storyCountsName)) }", note: storyCountsNote)
            },
            Check("a Gaussian mean: ℓ is a parabola, −ℓ″ = n/σ²") { solution in
                var random = CheckInputs(seed: 10_2_6_05)
                let x = random.numpy.normal(mean: 5, standardDeviation: 2, count: 40)
                let estimate = x.reduce(0, +) / Double(x.count)
                try expectObserved(solution, { mu in -x.reduce(0) { $0 + ($1 - mu) * ($1 - mu) } / 8 }, at: estimate,
                                   exactly: Double(x.count) / 4, for: "{ mu in -x.map { ($0 - mu) * ($0 - mu) }.reduce(0, +) / 8 }",
                                   note: "Here x is 40 draws of N(5, 2²) and σ² = 4.")
            },
            Check("a steep curve: 10 events in 50 windows at λ̂ = 0.2") { solution in
                let counts = Array(repeating: 1, count: 10) + Array(repeating: 0, count: 40)
                try expectObserved(solution, poisson(counts), at: 0.2, exactly: poissonBend(counts, 0.2),
                                   for: "{ logLikelihood(mean: $0, counts: [1, 1, …, 0, 0]) }",
                                   note: "Here the counts are ten 1s and forty 0s, so −ℓ″(0.2) = 10/0.2² = 250.")
            },
            Check("near the edge: 19 heads in 20 flips at θ̂ = 0.95") { solution in
                try expectObserved(solution, { 19 * log($0) + log(1 - $0) }, at: 0.95,
                                   exactly: 19 / (0.95 * 0.95) + 1 / (0.05 * 0.05), for: "{ 19 * log($0) + log(1 - $0) }")
            },
            Check("a large mean: 100 counts near 2000") { solution in
                var random = CheckInputs(seed: 10_2_6_06)
                let counts = random.counts(count: 100, mean: 2000)
                let estimate = reference.maximumLikelihoodEstimate(counts: counts)
                try expectObserved(solution, poisson(counts), at: estimate, exactly: poissonBend(counts, estimate),
                                   for: "{ logLikelihood(mean: $0, counts: \(describe(counts))) }")
            },
        ] }
    }

    /// The Poisson log-likelihood of `counts` as a function of the mean.
    private static func poisson(_ counts: [Int]) -> (Double) -> Double {
        { reference.logLikelihood(mean: $0, counts: counts) }
    }

    /// −ℓ″(λ) = Σk/λ² for the Poisson log-likelihood of `counts`.
    private static func poissonBend(_ counts: [Int], _ mean: Double) -> Double {
        Double(counts.reduce(0, +)) / (mean * mean)
    }

    private static func expectObserved(_ solution: Solver, _ logLikelihood: @escaping (Double) -> Double, at estimate: Double,
                                       exactly expected: Double, for closure: String, note: String? = nil) throws(CheckFailure) {
        // Where the learner's code evaluates ℓ: the failure names the step it took from them.
        var evaluatedAt: [Double] = []
        let actual = solution.observedInformation(of: { evaluatedAt.append($0); return logLikelihood($0) }, at: estimate)
        try expect(actual, approximately: expected, observedTolerance,
                   for: "observedInformation(of: \(closure), at: \(estimate))",
                   mistakes: FisherInformationMistakes.observedMistakes(
                       FisherInformationMistakes.Differencing(at: estimate, evaluatedAt: evaluatedAt, of: logLikelihood),
                       observedTolerance),
                   note: [note, "The expected value is the exact −ℓ″, worked out by hand."].compactMap { $0 }.joined(separator: " "))
    }
}
