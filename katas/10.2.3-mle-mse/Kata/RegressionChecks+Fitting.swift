import Foundation

/// The checks of the last two exercises: the least-squares line (and Nelder-Mead on
/// the learner's own negative log-likelihood landing on it) and σ̂².
extension RegressionChecks {
    // MARK: - leastSquares

    static var leastSquares: Exercise<Solver> {
        Exercise(summary: "The least-squares line in closed form, which Nelder-Mead on your NLL must also find.", hints: [
            "Set the derivatives of Σ(yᵢ − m·xᵢ − b)² with respect to b and m to zero. The first says the line passes through (x̄, ȳ); the second then gives the slope.",
            "m̂ = Σ(xᵢ − x̄)(yᵢ − ȳ) / Σ(xᵢ − x̄)² and b̂ = ȳ − m̂·x̄. Compute the means first and subtract them inside the sums: the shortcut Σxᵢyᵢ − n·x̄·ȳ loses every digit when x is near 10⁶. Return `(slope: m, intercept: b)`, slope first.",
            "`let xm = x.reduce(0, +) / Double(x.count), ym = y.reduce(0, +) / Double(y.count); var sxy = 0.0, sxx = 0.0; for (xi, yi) in zip(x, y) { sxy += (xi - xm) * (yi - ym); sxx += (xi - xm) * (xi - xm) }; let m = sxy / sxx; return (slope: m, intercept: ym - m * xm)`",
        ]) { [
            Check("four points: x = [1, 2, 3, 4], y = [3, 4, 8, 9]") { try expectLine($0, smallX, smallY) },
            Check("three points on the line y = 2x + 1") { try expectLine($0, [0, 1, 2], [1, 3, 5]) },
            Check("the story's 100 points") { solution in
                let (x, y) = storyData()
                try expectLine(solution, x, y, story: true)
            },
            Check("50 random data sets from a fixed seed") { solution in
                var random = CheckInputs(seed: 10_2_3_04)
                for _ in 0..<50 {
                    let (x, y) = random.regressionData()
                    try expectLine(solution, x, y)
                }
            },
            Check("x near 10⁶: 50 points with x = 10⁶ + U(0, 10), y = 3x + 7 + N(0, 2²)") {
                try expectLine($0, farFromZero.x, farFromZero.y, farFromZero: true)
            },
            Check("Nelder-Mead on your negativeLogLikelihood lands on your leastSquares line") { solution in
                let (x, y) = storyData()
                try expectNelderMeadAgrees(solution, x, y, story: true)
                var random = CheckInputs(seed: 10_2_3_05)
                for _ in 0..<3 {
                    let (x, y) = random.storyLikeData()
                    try expectNelderMeadAgrees(solution, x, y)
                }
            },
        ] }
    }

    /// Data far from zero, where Σxy − n·x̄·ȳ cancels: numpy's `np.random.seed(1023);
    /// x = 1e6 + np.random.uniform(0, 10, 50); y = 3 * x + 7 + np.random.normal(0, 2, 50)`.
    static var farFromZero: (x: [Double], y: [Double]) {
        var numpy = NumPyRandom(seed: 1023)
        let x = numpy.uniform(low: 0, high: 10, count: 50).map { 1e6 + $0 }
        return (x, zip(x, numpy.normal(mean: 0, standardDeviation: 2, count: 50)).map { 3 * $0 + 7 + $1 })
    }

    /// The note under a failure on the data near 10⁶.
    static let farFromZeroNote = "Here np.random.seed(1023); x = 1e6 + np.random.uniform(0, 10, 50); y = 3 * x + 7 + np.random.normal(0, 2, 50)."

    /// Grades the slope, then the intercept.
    ///
    /// The intercept is the line's value at x = 0, far from data near 10⁶, where any
    /// rounding in the slope is multiplied by x̄; hence its absolute allowance there.
    private static func expectLine(_ solution: Solver, _ x: [Double], _ y: [Double], story: Bool = false,
                                   farFromZero: Bool = false) throws(CheckFailure) {
        let actual = solution.leastSquares(x: x, y: y)
        let expected = reference.leastSquares(x: x, y: y)
        let sums = RegressionMistakes.Sums(x: x, y: y)
        let call = "leastSquares(\(written(x, y, named: story || farFromZero)))"
        let note = story ? storyNote : farFromZero ? farFromZeroNote : nil
        try expect(actual.slope, approximately: expected.slope, .relative(1e-9), for: call + ".slope",
                   mistakes: RegressionMistakes.slopeMistakes(sums, expected: expected, farFromZero: farFromZero,
                                                              story: storyAnswers),
                   note: note)
        try expect(actual.intercept, approximately: expected.intercept,
                   Tolerance(absolute: farFromZero ? 1e-5 : 1e-8, relative: 1e-9), for: call + ".intercept",
                   mistakes: RegressionMistakes.interceptMistakes(sums, slope: expected.slope, story: storyAnswers),
                   note: note)
    }

    /// How far, in slope and in intercept, Nelder-Mead's point may be from the line.
    /// Nelder-Mead stops once its simplex is 10⁻⁴ across, a little off the exact minimum.
    static let nelderMeadAllowance = 1e-3

    /// Runs Nelder-Mead on the learner's negative log-likelihood over (m, b, log σ)
    /// from (1, 1, 0), as the story does, and expects it to stop on the learner's line.
    private static func expectNelderMeadAgrees(_ solution: Solver, _ x: [Double], _ y: [Double],
                                               story: Bool = false) throws(CheckFailure) {
        let yours = solution.leastSquares(x: x, y: y)
        let search = NelderMead().minimize({ p in
            solution.negativeLogLikelihood(x: x, y: y, slope: p[0], intercept: p[1], sigma: exp(p[2]))
        }, from: [1, 1, 0])
        let found = (slope: search.point[0], intercept: search.point[1])
        func near(_ a: (slope: Double, intercept: Double), _ b: (slope: Double, intercept: Double)) -> Bool {
            abs(a.slope - b.slope) <= nelderMeadAllowance && abs(a.intercept - b.intercept) <= nelderMeadAllowance
        }
        let agrees = search.converged && near(found, yours)
        if agrees && story {
            showWhenPassed("""
                Nelder-Mead on your negativeLogLikelihood, from (1, 1, 0), landed at \
                m = \(prose: found.slope, decimals: 6), b = \(prose: found.intercept, decimals: 6), \
                σ = \(prose: exp(search.point[2]), decimals: 4) after \(search.iterations) iterations; \
                your leastSquares line is m̂ = \(prose: yours.slope, decimals: 6), \
                b̂ = \(prose: yours.intercept, decimals: 6). Maximum likelihood is least squares, in your own code.
                """)
        }
        try expect(agrees) {
            let truth = reference.leastSquares(x: x, y: y)
            let settled = search.converged && search.point.allSatisfy(\.isFinite) && abs(search.point[2]) < 15
            let disagreement: RegressionMistakes.Disagreement =
                !settled ? .noMinimum
                : near(found, (truth.intercept, truth.slope)) ? .swapped
                : near(found, truth) ? .leastSquaresOff
                : near(yours, truth) ? .negativeLogLikelihoodOff
                : .both
            func point(_ m: Double, _ b: Double) -> String { String(format: "(m, b) = (%.8g, %.8g)", m, b) }
            return CheckFailure(
                call: "NelderMead().minimize(your negativeLogLikelihood over (m, b, log σ), from: [1, 1, 0])"
                    + (story ? " on the story's x, y" : " on \(written(x, y))"),
                expected: point(yours.slope, yours.intercept) + ", your leastSquares line",
                actual: point(found.slope, found.intercept) + String(format: " with σ = %.6g, ", exp(search.point[2]))
                    + (search.converged ? "converged after \(search.iterations) iterations"
                                        : "not converged: \(search.message)"),
                tolerance: "within \(nelderMeadAllowance) in slope and in intercept, absolute",
                mistake: disagreement.mistake,
                note: (story ? storyNote + " " : "")
                    + "Each evaluation called negativeLogLikelihood(x:y:slope:intercept:sigma:) with sigma: exp(logσ).")
        }
    }

    // MARK: - noiseVariance

    static var noiseVariance: Exercise<Solver> {
        Exercise(summary: "The maximum likelihood noise variance σ̂² = RSS/n at the least-squares line.", hints: [
            "Fit the line first, then measure how far the points miss it. Setting ∂NLL/∂σ = n/σ − RSS/σ³ to zero gives σ̂² = RSS/n.",
            "That is the mean squared error of the least-squares line: call your own `leastSquares(x:y:)`, then your own `meanSquaredError(x:y:slope:intercept:)` at that line. Divide by n, not n − 2: n − 2 is the unbiased estimate, not the maximum likelihood one.",
            "`let line = leastSquares(x: x, y: y); return meanSquaredError(x: x, y: y, slope: line.slope, intercept: line.intercept)`",
        ]) { [
            Check("four points: x = [1, 2, 3, 4], y = [3, 4, 8, 9]") { try expectVariance($0, smallX, smallY) },
            Check("two points: the line fits exactly, σ̂² = 0") { try expectVariance($0, [1, 3], [2, 8]) },
            Check("the story's 100 points") { solution in
                let (x, y) = storyData()
                try expectVariance(solution, x, y, story: true)
            },
            Check("50 random data sets from a fixed seed") { solution in
                var random = CheckInputs(seed: 10_2_3_06)
                for _ in 0..<50 {
                    let (x, y) = random.regressionData()
                    try expectVariance(solution, x, y)
                }
            },
        ] }
    }

    private static func expectVariance(_ solution: Solver, _ x: [Double], _ y: [Double],
                                       story: Bool = false) throws(CheckFailure) {
        let actual = solution.noiseVariance(x: x, y: y)
        let line = reference.leastSquares(x: x, y: y)
        let fit = RegressionMistakes.Fit(x: x, y: y, slope: line.slope, intercept: line.intercept)
        try expect(actual, approximately: reference.noiseVariance(x: x, y: y), Tolerance(absolute: 1e-12, relative: 1e-9),
                   for: "noiseVariance(\(written(x, y, named: story)))",
                   mistakes: RegressionMistakes.noiseVarianceMistakes(fit, sums: RegressionMistakes.Sums(x: x, y: y),
                                                                      story: storyAnswers),
                   note: story ? storyNote : nil)
    }
}
