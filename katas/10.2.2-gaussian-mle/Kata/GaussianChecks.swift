import Foundation
import MLETutorialData

/// The checks of the first two exercises: the mean and the log-likelihood.
///
/// Every expected value comes from `ReferenceSolution`; every call is shown as the
/// learner would type it; random cases come from `CheckInputs` with a fixed seed.
enum GaussianChecks {
    typealias Solver = any GaussianExercises
    /// Where every expected value comes from.
    static var reference: ReferenceSolution { ReferenceSolution() }

    // MARK: - mean

    static var mean: Exercise<Solver> {
        Exercise(summary: "The mean of the data, Σxᵢ / n.", hints: [
            "Add the measurements up and divide by how many there are.",
            "`data.reduce(0, +)` is the sum; `data.count` is an Int, so convert it: `Double(data.count)`.",
            "`return data.reduce(0, +) / Double(data.count)`",
        ]) { [
            Check("the small example [2.1, 3.5, 2.8, 3.1, 2.9]") { try expectMean($0, smallExample) },
            Check("the seeded sample: np.random.seed(42); np.random.normal(5, 2, 50)") {
                try expectMean($0, TutorialStream().gaussianSample)
            },
            Check("100 random samples from a fixed seed") { solution in
                var random = CheckInputs(seed: 10_2_2_01)
                for _ in 0..<100 { try expectMean(solution, random.gaussianSample()) }
            },
            Check("a single measurement") { try expectMean($0, [7.25]) },
        ] }
    }

    private static func expectMean(_ solution: Solver, _ data: [Double]) throws(CheckFailure) {
        try expect({ $0.mean(of: data) }, of: solution, against: reference, .relative(1e-12),
                   for: "mean(of: \(written(data)))",
                   mistakes: [
                       GaussianMistakes.dividedByNMinusOne(count: data.count, .mean),
                       GaussianMistakes.sumNotMean(count: data.count),
                       GaussianMistakes.hardCoded(smallExample: reference.mean(of: smallExample),
                                                  seeded: reference.mean(of: TutorialStream().gaussianSample)),
                   ])
    }

    // MARK: - logLikelihood

    static var logLikelihood: Exercise<Solver> {
        Exercise(summary: "The Gaussian log-likelihood at mean μ and variance σ², constant included.", hints: [
            "Do not multiply densities and then take the log: thousands of them multiply to 0. Add up the log of each density instead, ln N(x; μ, σ²) = −½ ln(2π) − ½ ln σ² − (x − μ)²/(2σ²).",
            "Summed over the data that is −n/2 · ln(2π) − n/2 · ln(variance) − Σ(xᵢ − μ)² / (2 · variance). The argument is already σ²: do not square it. `Double.pi` is π and `log` is the natural log.",
            "`let n = Double(data.count); let squares = data.reduce(0) { $0 + ($1 - mean) * ($1 - mean) }; return -n / 2 * log(2 * Double.pi) - n / 2 * log(variance) - squares / (2 * variance)`",
        ]) { [
            Check("the small example at its estimate μ = 2.88, σ² = 0.2096") {
                try expectLogLikelihood($0, smallExample, mean: 2.88, variance: 0.2096)
            },
            Check("the seeded sample at the truth μ = 5, σ² = 4 (σ = 2)") {
                try expectLogLikelihood($0, TutorialStream().gaussianSample, mean: 5, variance: 4)
            },
            Check("10,000 measurements, whose product of densities underflows to 0") { solution in
                var rng = NumPyRandom(seed: 10_2_2_03)
                try expectLogLikelihood(solution, rng.normal(mean: 0, standardDeviation: 1, count: 10_000), mean: 0, variance: 1)
            },
            Check("one measurement 40 standard deviations out, whose density underflows to 0") {
                try expectLogLikelihood($0, [0.5, -1.2, 40], mean: 0, variance: 1)
            },
            Check("100 random samples, means and variances from a fixed seed") { solution in
                var random = CheckInputs(seed: 10_2_2_02)
                for _ in 0..<100 {
                    let data = random.gaussianSample()
                    let estimate = reference.maximumLikelihoodEstimate(of: data)
                    let spread = estimate.variance.squareRoot()
                    try expectLogLikelihood(solution, data, mean: estimate.mean + random.double(in: -2...2) * spread,
                                            variance: estimate.variance * random.double(in: 0.3...3))
                }
            },
        ] }
    }

    private static func expectLogLikelihood(_ solution: Solver, _ data: [Double], mean: Double,
                                            variance: Double) throws(CheckFailure) {
        let actual = solution.logLikelihood(of: data, mean: mean, variance: variance)
        let expected = reference.logLikelihood(of: data, mean: mean, variance: variance)
        func at(_ variance: Double) -> Double { reference.logLikelihood(of: data, mean: mean, variance: variance) }
        let n = Double(data.count)
        let squares = data.reduce(0) { $0 + ($1 - mean) * ($1 - mean) }
        // n · ln σ² where n/2 · ln σ² belongs: σ written for σ² in one of the two places.
        let halfMixed = expected - n / 2 * log(variance)
        // A sum of n terms may round differently from the closed form: allow for it.
        try expect(actual, approximately: expected, Tolerance(absolute: 1e-12, relative: 1e-10),
                   for: "logLikelihood(of: \(written(data)), mean: \(mean), variance: \(variance))",
                   mistakes: [
                       GaussianMistakes.logOfUnderflow,
                       GaussianMistakes.droppedConstant(count: data.count),
                       GaussianMistakes.droppedNormalisingTerm(count: data.count, variance: variance),
                       GaussianMistakes.sigmaForVariance(variance: variance,
                                                         alternatives: [at(variance * variance), at(variance.squareRoot()), halfMixed]),
                       GaussianMistakes.missingHalf(squares: squares, variance: variance),
                       GaussianMistakes.negativeLogLikelihood,
                       GaussianMistakes.averageNotSum(count: data.count),
                   ])
    }
}

/// `data` written as a learner would type it, shortened when long: `[2.1, 3.5]`
/// or `[1000000002.1, 1000000003.5, 1000000001.2, … 7 values in all]`, each value whole,
/// since near 10⁹ they differ past the sixth digit.
func written(_ data: [Double]) -> String {
    CallText.list(data, significantDigits: nil)
}
