import Foundation

/// The checks of the first two exercises: the mean squared error and the negative
/// log-likelihood of a line.
///
/// Every expected value comes from `ReferenceSolution`; every call is shown as the
/// learner would type it; random data come from `CheckInputs`, numpy's legacy
/// generator with a fixed seed.
enum RegressionChecks {
    typealias Solver = any RegressionExercises
    /// Where every expected value comes from.
    static var reference: ReferenceSolution { ReferenceSolution() }

    /// Answers the story prints, which a hard-coded solution would return.
    static var storyAnswers: [Double] {
        let (x, y) = storyData()
        let line = reference.leastSquares(x: x, y: y)
        let variance = reference.noiseVariance(x: x, y: y)
        let n = Double(x.count)
        return [line.slope, line.intercept, variance, variance.squareRoot(),
                n / 2 * log(2 * Double.pi * variance) + n / 2]
    }

    // MARK: - meanSquaredError

    static var meanSquaredError: Exercise<Solver> {
        Exercise(summary: "The mean squared error of a line, Σ(yᵢ − m·xᵢ − b)² / n.", hints: [
            "For each point the line predicts m·x + b; the residual is y minus that. Square each residual, add them up, and divide by how many points there are.",
            "Loop over `zip(x, y)`, add `(yi - (slope * xi + intercept))` squared to a running total, then divide by `Double(x.count)`: n, not n − 1 or n − 2, and no square root.",
            "`var total = 0.0; for (xi, yi) in zip(x, y) { let r = yi - (slope * xi + intercept); total += r * r }; return total / Double(x.count)`",
        ]) { [
            Check("four points at the line y = 1.5x + 2") { try expectMSE($0, smallX, smallY, slope: 1.5, intercept: 2) },
            Check("one point: the squared miss itself") { try expectMSE($0, [2], [5], slope: 1, intercept: 1) },
            Check("the story's 100 points at the true line y = 3x + 7 and at the least-squares line") { solution in
                let (x, y) = storyData()
                let line = reference.leastSquares(x: x, y: y)
                try expectMSE(solution, x, y, story: true, slope: 3, intercept: 7)
                try expectMSE(solution, x, y, story: true, slope: line.slope, intercept: line.intercept)
            },
            Check("50 random data sets and lines from a fixed seed") { solution in
                var random = CheckInputs(seed: 10_2_3_01)
                for _ in 0..<50 {
                    let (x, y) = random.regressionData()
                    let line = random.line()
                    try expectMSE(solution, x, y, slope: line.slope, intercept: line.intercept)
                }
            },
        ] }
    }

    private static func expectMSE(_ solution: Solver, _ x: [Double], _ y: [Double], story: Bool = false,
                                  slope: Double, intercept: Double) throws(CheckFailure) {
        let actual = solution.meanSquaredError(x: x, y: y, slope: slope, intercept: intercept)
        let fit = RegressionMistakes.Fit(x: x, y: y, slope: slope, intercept: intercept)
        // Residuals near zero next to y near 100 carry rounding of y's size, so allow 1e-10.
        try expect(actual, approximately: reference.meanSquaredError(x: x, y: y, slope: slope, intercept: intercept),
                   .relative(1e-10),
                   for: "meanSquaredError(\(written(x, y, named: story)), slope: \(slope), intercept: \(intercept))",
                   mistakes: RegressionMistakes.meanSquaredErrorMistakes(fit, story: storyAnswers),
                   note: story ? storyNote : nil)
    }

    // MARK: - negativeLogLikelihood

    static var negativeLogLikelihood: Exercise<Solver> {
        Exercise(summary: "The Gaussian negative log-likelihood n/2 · ln(2πσ²) + RSS/(2σ²) of a line and σ.", hints: [
            "Minus the sum over the points of the log of the Gaussian density (1/√(2πσ²))·exp(−r²/(2σ²)), where r = y − (m·x + b). Take the log by hand, term by term, instead of computing densities: they underflow.",
            "−ln of one density is ½·ln(2πσ²) + r²/(2σ²). Adding n of them gives n/2 · ln(2πσ²) + RSS/(2σ²), with RSS = Σr². `sigma` is σ, so σ² is `sigma * sigma`; both terms are added (it is a loss: larger when the line fits worse).",
            "`let n = Double(x.count); let rss = zip(x, y).reduce(0.0) { let r = $1.1 - (slope * $1.0 + intercept); return $0 + r * r }; return n / 2 * log(2 * Double.pi * sigma * sigma) + rss / (2 * sigma * sigma)`",
        ]) { [
            Check("four points at the line y = 1.5x + 2 with σ = 3") {
                try expectNLL($0, smallX, smallY, slope: 1.5, intercept: 2, sigma: 3)
            },
            Check("the story's 100 points at the truth (3, 7, σ = 2) and at the least-squares line with σ̂") { solution in
                let (x, y) = storyData()
                let line = reference.leastSquares(x: x, y: y)
                try expectNLL(solution, x, y, story: true, slope: 3, intercept: 7, sigma: 2)
                try expectNLL(solution, x, y, story: true, slope: line.slope, intercept: line.intercept,
                              sigma: reference.noiseVariance(x: x, y: y).squareRoot())
            },
            Check("50 random data sets, lines and σ from a fixed seed") { solution in
                var random = CheckInputs(seed: 10_2_3_02)
                for _ in 0..<50 {
                    let (x, y) = random.regressionData()
                    let line = random.line()
                    try expectNLL(solution, x, y, slope: line.slope, intercept: line.intercept,
                                  sigma: random.double(in: 0.2...10))
                }
            },
            Check("1000 points, most of them 20σ or more from the line: a sum of logs, finite") { solution in
                var random = CheckInputs(seed: 10_2_3_03)
                let x = random.numpy.uniform(low: 0, high: 10, count: 1000)
                let y = zip(x, random.numpy.normal(mean: 0, standardDeviation: 5, count: 1000)).map { 2 * $0 + 1 + $1 }
                try expectNLL(solution, x, y, slope: 2, intercept: 1, sigma: 0.1)
            },
        ] }
    }

    private static func expectNLL(_ solution: Solver, _ x: [Double], _ y: [Double], story: Bool = false,
                                  slope: Double, intercept: Double, sigma: Double) throws(CheckFailure) {
        let actual = solution.negativeLogLikelihood(x: x, y: y, slope: slope, intercept: intercept, sigma: sigma)
        let fit = RegressionMistakes.Fit(x: x, y: y, slope: slope, intercept: intercept)
        try expect(actual, approximately: reference.negativeLogLikelihood(x: x, y: y, slope: slope, intercept: intercept,
                                                                          sigma: sigma),
                   Tolerance(absolute: 1e-9, relative: 1e-10),
                   for: "negativeLogLikelihood(\(written(x, y, named: story)), slope: \(slope), intercept: \(intercept), sigma: \(sigma))",
                   mistakes: RegressionMistakes.negativeLogLikelihoodMistakes(fit, sigma: sigma, story: storyAnswers),
                   note: story ? storyNote : nil)
    }
}

/// The note under a failure on the story's data, which are too long to print.
let storyNote = "Here x and y are the story's 100 points: np.random.seed(42); np.random.normal(5, 2, 50); x = np.random.uniform(0, 10, 100); y = 3 * x + 7 + np.random.normal(0, 2, 100)."

/// The data as a call shows them: all of them when few, by name when a note spells
/// them out (the story's, say), else the first three values of each and the count.
func written(_ x: [Double], _ y: [Double], named: Bool = false) -> String {
    named ? "x: x, y: y" : "x: \(CallText.list(x)), y: \(CallText.list(y))"
}
