/// The checks of the last three exercises: the closed-form estimate, the gradient of
/// the negative log-likelihood, and gradient descent.
extension CoinFlipChecks {
    // MARK: - maximumLikelihoodEstimate

    static var maximumLikelihoodEstimate: Exercise<Solver> {
        Exercise(summary: "The closed-form estimate heads / (heads + tails).", hints: [
            "Set the derivative of the log-likelihood, heads/θ − tails/(1 − θ), to zero and solve for θ.",
            "The answer is the fraction of heads, heads / (heads + tails). Mind the types: an Int divided by an Int is an Int, rounded down.",
            "`return Double(heads) / Double(heads + tails)`",
        ]) { [
            Check("9 heads and 4 tails") { try expectEstimate($0, heads: 9, tails: 4) },
            Check("100 random counts up to a million from a fixed seed") { solution in
                var random = CheckInputs(seed: 10_2_1_04)
                for _ in 0..<100 {
                    let heads = random.int(in: 0...1_000_000)
                    let tails = random.int(in: 0...1_000_000)
                    try expectEstimate(solution, heads: heads, tails: heads + tails == 0 ? 1 : tails)
                }
            },
            Check("the edges: no heads gives 0, no tails gives 1") { solution in
                for (heads, tails) in [(0, 5), (5, 0), (0, 1), (1, 0)] {
                    try expectEstimate(solution, heads: heads, tails: tails, .absolute(1e-15))
                }
            },
            Check("8675309 heads and 256245 tails") { try expectEstimate($0, heads: 8_675_309, tails: 256_245) },
        ] }
    }

    private static func expectEstimate(_ solution: Solver, heads: Int, tails: Int,
                                       _ tolerance: Tolerance = .relative(1e-12)) throws(CheckFailure) {
        try expect({ $0.maximumLikelihoodEstimate(heads: heads, tails: tails) }, of: solution, against: reference, tolerance,
                   for: "maximumLikelihoodEstimate(heads: \(heads), tails: \(tails))",
                   mistakes: [
                       CoinFlipMistakes.nanAtTheEdges,
                       CoinFlipMistakes.integerDivision(heads: heads, tails: tails),
                       CoinFlipMistakes.hardCoded(9.0 / 13.0),
                       CoinFlipMistakes.tailsFraction,
                       CoinFlipMistakes.odds(heads: heads, tails: tails),
                   ])
    }

    // MARK: - negativeLogLikelihoodGradient

    static var negativeLogLikelihoodGradient: Exercise<Solver> {
        Exercise(summary: "The derivative of the negative log-likelihood with respect to θ.", hints: [
            "Differentiate −heads · ln θ − tails · ln(1 − θ) one term at a time: d/dθ ln θ = 1/θ.",
            "By the chain rule d/dθ ln(1 − θ) = −1/(1 − θ), so the tails' term gets a plus sign: −heads/θ + tails/(1 − θ). At 9 heads, 4 tails and θ = 0.5 it is negative: raising θ lowers the loss.",
            "`return -Double(heads) / theta + Double(tails) / (1 - theta)`",
        ]) { [
            Check("9 heads and 4 tails at θ = 0.5") {
                try expectGradient($0, theta: 0.5, heads: 9, tails: 4, .relative(1e-12))
            },
            Check("zero at the estimate θ = 9/13") {
                try expectGradient($0, theta: 9.0 / 13.0, written: "9.0 / 13.0", heads: 9, tails: 4, .absolute(1e-9))
            },
            Check("50 random θ and counts up to 1000 from a fixed seed") { solution in
                var random = CheckInputs(seed: 10_2_1_05)
                for _ in 0..<50 {
                    // The two terms can nearly cancel, so allow an absolute error as well.
                    try expectGradient(solution, theta: random.double(in: 0.01...0.99), heads: random.int(in: 0...1000),
                                       tails: random.int(in: 0...1000), Tolerance(absolute: 1e-8, relative: 1e-9))
                }
            },
            Check("8675309 heads and 256245 tails at θ = 0.5") {
                try expectGradient($0, theta: 0.5, heads: 8_675_309, tails: 256_245, .relative(1e-12))
            },
        ] }
    }

    private static func expectGradient(_ solution: Solver, theta: Double, written: String? = nil,
                                       heads: Int, tails: Int, _ tolerance: Tolerance) throws(CheckFailure) {
        try expect({ $0.negativeLogLikelihoodGradient(theta: theta, heads: heads, tails: tails) }, of: solution, against: reference,
                   tolerance, for: "negativeLogLikelihoodGradient(theta: \(written ?? "\(theta)"), heads: \(heads), tails: \(tails))",
                   mistakes: [
                       CoinFlipMistakes.nanAtTheEdges,
                       CoinFlipMistakes.hardCoded(reference.negativeLogLikelihoodGradient(theta: theta, heads: 9, tails: 4)),
                       CoinFlipMistakes.logLikelihoodGradient,
                       CoinFlipMistakes.lostChainRuleMinus(theta: theta, heads: heads, tails: tails),
                       CoinFlipMistakes.meanInsteadOfSum(flips: heads + tails),
                   ])
    }

    // MARK: - gradientDescent

    static var gradientDescent: Exercise<Solver> {
        Exercise(summary: "Gradient descent on the negative log-likelihood for a given number of steps.", hints: [
            "Start with `var theta = start`, repeat `steps` times, and return `theta`.",
            "One step moves against the gradient: `theta -= learningRate * negativeLogLikelihoodGradient(theta: theta, heads: heads, tails: tails)`. Minus, because the gradient points uphill on the loss.",
            "`var theta = start; for _ in 0..<steps { theta -= learningRate * negativeLogLikelihoodGradient(theta: theta, heads: heads, tails: tails) }; return theta`",
        ]) { [
            Check("zero steps return the start") {
                try expectDescent($0, heads: 9, tails: 4, start: 0.3, learningRate: 0.01, steps: 0, .exact)
            },
            Check("3 steps of 0.01 from θ = 0.5 for 9 heads and 4 tails") {
                try expectDescent($0, heads: 9, tails: 4, start: 0.5, learningRate: 0.01, steps: 3, .relative(1e-12))
            },
            Check("the story's run: 100 steps of 1e-9 for 8675309 heads and 256245 tails") {
                try expectDescent($0, heads: 8_675_309, tails: 256_245, start: 0.5, learningRate: 1e-9, steps: 100,
                                  .absolute(1e-10))
            },
            Check("30 random runs from a fixed seed") { solution in
                var random = CheckInputs(seed: 10_2_1_06)
                for _ in 0..<30 {
                    let heads = random.int(in: 1...1000)
                    let tails = random.int(in: 1...1000)
                    let start = random.double(in: 0.05...0.95)
                    // A rate below m²/n, m the distance of start or estimate from 0 or 1, never overshoots.
                    let estimate = Double(heads) / Double(heads + tails)
                    let margin = min(start, 1 - start, estimate, 1 - estimate)
                    let rate = random.double(in: 0.2...0.9) * margin * margin / Double(heads + tails)
                    try expectDescent(solution, heads: heads, tails: tails, start: start, learningRate: rate,
                                      steps: random.int(in: 1...40), .relative(1e-9))
                }
            },
        ] }
    }

    private static func expectDescent(_ solution: Solver, heads: Int, tails: Int, start: Double, learningRate: Double,
                                      steps: Int, _ tolerance: Tolerance) throws(CheckFailure) {
        let actual = solution.gradientDescent(heads: heads, tails: tails, start: start, learningRate: learningRate, steps: steps)
        func run(rate: Double = learningRate, steps: Int = steps) -> Double {
            reference.gradientDescent(heads: heads, tails: tails, start: start, learningRate: rate, steps: steps)
        }
        let estimate = reference.maximumLikelihoodEstimate(heads: heads, tails: tails)
        try expect(actual, approximately: run(), tolerance,
                   for: "gradientDescent(heads: \(heads), tails: \(tails), start: \(start), learningRate: \(learningRate), steps: \(steps))",
                   mistakes: [
                       CoinFlipMistakes.closedFormShortcut(estimate: estimate),
                       CoinFlipMistakes.hardCoded(9.0 / 13.0),
                       CoinFlipMistakes.offByOneStep(fewer: run(steps: max(0, steps - 1)), more: run(steps: steps + 1)),
                       CoinFlipMistakes.ignoredLearningRate(resultWithRateOne: run(rate: 1)),
                       CoinFlipMistakes.gradientAscent(start: start, estimate: estimate, ascentResult: run(rate: -learningRate)),
                   ])
    }
}
