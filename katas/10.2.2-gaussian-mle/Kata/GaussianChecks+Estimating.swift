import MLETutorialData
/// The checks of the last two exercises: the estimates (μ̂, σ̂²) and the 95% interval.
extension GaussianChecks {
    // MARK: - maximumLikelihoodEstimate

    static var maximumLikelihoodEstimate: Exercise<Solver> {
        Exercise(summary: "μ̂ = x̄ and σ̂² = Σ(xᵢ − x̄)² / n, accurate far from zero.", hints: [
            "Setting ∂ℓ/∂μ = 0 gives μ̂ = x̄, your `mean(of:)`. Setting ∂ℓ/∂σ² = 0 gives σ̂² = Σ(xᵢ − x̄)² / n: divide by n, not n − 1, and return the variance, not its square root.",
            "Compute the mean first, then go over the data a second time adding up (x − mean)². Do not use Σx²/n − mean²: on data near 10⁹ it subtracts two numbers near 10¹⁸ and only rounding error is left.",
            "`let m = mean(of: data); let squares = data.reduce(0) { $0 + ($1 - m) * ($1 - m) }; return (mean: m, variance: squares / Double(data.count))`",
        ]) {
            let small = reference.maximumLikelihoodEstimate(of: smallExample)
            return [
                Check("the small example [2.1, 3.5, 2.8, 3.1, 2.9]: μ̂ = \(small.mean, decimals: 2), σ̂² = \(small.variance, decimals: 4)") {
                    try expectEstimate($0, smallExample)
                },
                Check("the seeded sample: np.random.seed(42); np.random.normal(5, 2, 50)") {
                    try expectEstimate($0, TutorialStream().gaussianSample)
                },
                Check("100 random samples from a fixed seed") { solution in
                    var random = CheckInputs(seed: 10_2_2_04)
                    for _ in 0..<100 { try expectEstimate(solution, random.gaussianSample()) }
                },
                Check("a single measurement: σ̂² = 0") { try expectEstimate($0, [7.25]) },
                Check("the small example shifted by 10⁹: σ̂² is still about \(small.variance, decimals: 4)") {
                    try expectEstimate($0, smallExample.map { 1e9 + $0 }, farFromZero: true)
                },
                Check("10⁹ plus 1000 draws from N(0, 1), from a fixed seed") { solution in
                    var rng = NumPyRandom(seed: 10_2_2_05)
                    try expectEstimate(solution, rng.normal(mean: 0, standardDeviation: 1, count: 1000).map { 1e9 + $0 },
                                       farFromZero: true)
                },
            ]
        }
    }

    /// Grades both estimates; data far from zero get a looser tolerance on σ̂², since
    /// Welford's running mean rounds at the data's scale (σ̂² to about 10⁻⁸ near 10⁹),
    /// while Σx²/n − x̄² is off by hundreds there.
    private static func expectEstimate(_ solution: Solver, _ data: [Double], farFromZero: Bool = false) throws(CheckFailure) {
        let actual = solution.maximumLikelihoodEstimate(of: data)
        let expected = reference.maximumLikelihoodEstimate(of: data)
        let call = "maximumLikelihoodEstimate(of: \(written(data)))"
        try expect(actual.mean, approximately: expected.mean, .relative(1e-12), for: call + ".mean",
                   mistakes: [
                       GaussianMistakes.dividedByNMinusOne(count: data.count, .mean),
                       GaussianMistakes.sumNotMean(count: data.count),
                       GaussianMistakes.swappedMeanAndVariance(variance: expected.variance),
                   ])
        let meanOfSquares = data.reduce(0) { $0 + $1 * $1 } / Double(data.count)
        try expect(actual.variance, approximately: expected.variance,
                   Tolerance(absolute: 1e-12, relative: farFromZero ? 1e-6 : 1e-9),
                   for: call + ".variance",
                   mistakes: [
                       GaussianMistakes.dividedByNMinusOne(count: data.count, .variance),
                       GaussianMistakes.standardDeviationForVariance,
                       GaussianMistakes.didNotSubtractMean(meanOfSquares: meanOfSquares),
                       GaussianMistakes.catastrophicCancellation(of: data),
                       GaussianMistakes.hardCoded(smallExample: reference.maximumLikelihoodEstimate(of: smallExample).variance,
                                                  seeded: reference.maximumLikelihoodEstimate(of: TutorialStream().gaussianSample).variance),
                   ])
    }

    // MARK: - confidenceInterval95

    static var confidenceInterval95: Exercise<Solver> {
        Exercise(summary: "The 95% interval for μ, μ̂ ± 1.96 · σ̂/√n.", hints: [
            "The standard error of μ̂ is σ̂/√n: the square root of the variance estimate, divided by the square root of the count. The 95% interval reaches 1.96 standard errors either side of μ̂.",
            "Call your `maximumLikelihoodEstimate(of:)` for μ̂ and σ̂², then `let standardError = (variance / Double(data.count)).squareRoot()`.",
            "`let (m, v) = maximumLikelihoodEstimate(of: data); let half = 1.96 * (v / Double(data.count)).squareRoot(); return (lower: m - half, upper: m + half)`",
        ]) {
            let seeded = reference.confidenceInterval95(of: TutorialStream().gaussianSample)
            return [
                Check("the seeded sample of 50: about \(seeded.lower, decimals: 3) to \(seeded.upper, decimals: 3)") {
                    try expectInterval($0, TutorialStream().gaussianSample)
                },
                Check("the small example [2.1, 3.5, 2.8, 3.1, 2.9]") { try expectInterval($0, smallExample) },
                Check("100 random samples from a fixed seed") { solution in
                    var random = CheckInputs(seed: 10_2_2_06)
                    for _ in 0..<100 { try expectInterval(solution, random.gaussianSample()) }
                },
            ]
        }
    }

    private static func expectInterval(_ solution: Solver, _ data: [Double]) throws(CheckFailure) {
        let actual = solution.confidenceInterval95(of: data)
        let expected = reference.confidenceInterval95(of: data)
        let estimate = reference.maximumLikelihoodEstimate(of: data)
        let wrongWidths = GaussianMistakes.IntervalWidths(estimate: estimate, count: data.count)
        let call = "confidenceInterval95(of: \(written(data)))"
        try expect(actual.lower, approximately: expected.lower, .relative(1e-12), for: call + ".lower",
                   mistakes: GaussianMistakes.intervalMistakes(wrongWidths, centre: estimate.mean, side: -1,
                                                               otherEnd: expected.upper))
        try expect(actual.upper, approximately: expected.upper, .relative(1e-12), for: call + ".upper",
                   mistakes: GaussianMistakes.intervalMistakes(wrongWidths, centre: estimate.mean, side: 1,
                                                               otherEnd: expected.lower))
    }
}
