/// The checks of the first three exercises: counting, the likelihood and its log.
///
/// Every expected value comes from `ReferenceSolution`; every call is shown as the
/// learner would type it; random cases come from `CheckInputs` with a fixed seed.
enum CoinFlipChecks {
    typealias Solver = any CoinFlipExercises
    /// Where every expected value comes from.
    static var reference: ReferenceSolution { ReferenceSolution() }

    // MARK: - countFlips

    static var countFlips: Exercise<Solver> {
        Exercise(summary: "Count the heads and tails in a record of flips.", hints: [
            "A String is a collection of Characters: loop over it with `for flip in flips` and look at each one.",
            "A `switch flip { case \"H\", \"h\": heads += 1 … default: break }` counts both cases and skips spaces, commas and anything else.",
            "Or with `filter`: `let heads = flips.filter { $0 == \"H\" || $0 == \"h\" }.count`, the same for tails, then `return (heads, tails)`.",
        ]) { [
            Check("the 13 flips HHHTHTTHHHHHT") { try expectCounts($0, "HHHTHTTHHHHHT") },
            Check("no flips at all") { try expectCounts($0, "") },
            Check("lowercase, spaces, commas and a new line") { try expectCounts($0, "H, h, T t\nHHt") },
            Check("100 random records from a fixed seed") { solution in
                var random = CheckInputs(seed: 10_2_1_01)
                for _ in 0..<100 {
                    let length = random.int(in: 0...60)
                    let flips = String((0..<length).map { _ in random.character(from: Array("HHHHTTThht ,")) })
                    try expectCounts(solution, flips)
                }
            },
        ] }
    }

    private static func expectCounts(_ solution: Solver, _ flips: String) throws(CheckFailure) {
        let actual = solution.countFlips(flips)
        let expected = reference.countFlips(flips)
        try expect(FlipCounts(heads: actual.heads, tails: actual.tails),
                   equals: FlipCounts(heads: expected.heads, tails: expected.tails),
                   for: "countFlips(\(flips.debugDescription))", mistakes: CoinFlipMistakes.countMistakes(for: flips))
    }

    // MARK: - likelihood

    static var likelihood: Exercise<Solver> {
        Exercise(summary: "The likelihood θ^heads · (1 − θ)^tails.", hints: [
            "Flips are independent, so multiply one factor per flip: θ for each head, 1 − θ for each tail.",
            "Foundation's `pow` takes Doubles: `pow(theta, Double(heads))`. It already gives pow(0, 0) = 1, the convention the doc comment asks for.",
            "`return pow(theta, Double(heads)) * pow(1 - theta, Double(tails))`",
        ]) { [
            Check("9 heads and 4 tails at θ = 0.5") {
                try expectLikelihood($0, theta: 0.5, heads: 9, tails: 4, .relative(1e-12))
            },
            Check("9 heads and 4 tails at the peak θ = 9/13") {
                try expectLikelihood($0, theta: 9.0 / 13.0, written: "9.0 / 13.0", heads: 9, tails: 4, .relative(1e-12))
            },
            Check("50 random θ and counts from a fixed seed") { solution in
                var random = CheckInputs(seed: 10_2_1_02)
                for _ in 0..<50 {
                    try expectLikelihood(solution, theta: random.double(in: 0.01...0.99),
                                         heads: random.int(in: 0...40), tails: random.int(in: 0...40), .relative(1e-10))
                }
            },
            Check("the edges θ = 0 and θ = 1, and no flips at all") { solution in
                for (theta, heads, tails) in [(0.0, 0, 5), (1.0, 5, 0), (0.0, 3, 2), (1.0, 2, 3), (0.5, 0, 0)] {
                    try expectLikelihood(solution, theta: theta, heads: heads, tails: tails, .absolute(1e-12))
                }
            },
        ] }
    }

    private static func expectLikelihood(_ solution: Solver, theta: Double, written: String? = nil,
                                         heads: Int, tails: Int, _ tolerance: Tolerance) throws(CheckFailure) {
        try expect({ $0.likelihood(theta: theta, heads: heads, tails: tails) }, of: solution, against: reference, tolerance,
                   for: "likelihood(theta: \(written ?? "\(theta)"), heads: \(heads), tails: \(tails))",
                   mistakes: [
                       CoinFlipMistakes.nanAtTheEdges,
                       CoinFlipMistakes.swappedExponents(theta: theta, heads: heads, tails: tails),
                       CoinFlipMistakes.binomialCoefficient(theta: theta, heads: heads, tails: tails),
                       CoinFlipMistakes.hardCoded(reference.likelihood(theta: theta, heads: 9, tails: 4)),
                   ])
    }

    // MARK: - logLikelihood

    static var logLikelihood: Exercise<Solver> {
        Exercise(summary: "The log-likelihood, finite for millions of flips and never NaN.", hints: [
            "Do not take the log of `likelihood(...)`: for millions of flips it has already underflowed to 0. The log of a product is the sum of the logs: heads · ln θ + tails · ln(1 − θ).",
            "At θ = 0 with no heads, `0 * log(0)` is 0 × (−∞), which is NaN. A count of 0 should contribute nothing, so give that term 0 without calling `log`.",
            "`let headTerm = heads == 0 ? 0 : Double(heads) * log(theta)`, the same for tails with `log(1 - theta)`, then `return headTerm + tailTerm`. A positive count times −∞ is −∞, which is right: those data are impossible.",
        ]) { [
            Check("9 heads and 4 tails at θ = 0.5") {
                try expectLogLikelihood($0, theta: 0.5, heads: 9, tails: 4, .relative(1e-12))
            },
            Check("50 random θ and counts up to 1000 from a fixed seed") { solution in
                var random = CheckInputs(seed: 10_2_1_03)
                for _ in 0..<50 {
                    try expectLogLikelihood(solution, theta: random.double(in: 0.001...0.999),
                                            heads: random.int(in: 0...1000), tails: random.int(in: 0...1000), .relative(1e-9))
                }
            },
            Check("8675309 heads and 256245 tails at θ = 0.97") {
                try expectLogLikelihood($0, theta: 0.97, heads: 8_675_309, tails: 256_245, .relative(1e-9))
            },
            Check("no heads at θ = 0, no tails at θ = 1: a log-likelihood of 0, not NaN") { solution in
                for (theta, heads, tails) in [(0.0, 0, 7), (1.0, 7, 0), (0.0, 0, 0), (1.0, 0, 0)] {
                    // Loose enough for θ clamped a hair inside 0...1, which the next check names.
                    try expectLogLikelihood(solution, theta: theta, heads: heads, tails: tails, .absolute(1e-9))
                }
            },
            Check("impossible data, a head at θ = 0 or a tail at θ = 1: −∞") { solution in
                for (theta, heads, tails) in [(0.0, 3, 2), (1.0, 2, 3), (0.0, 1, 0), (1.0, 0, 1)] {
                    try expectLogLikelihood(solution, theta: theta, heads: heads, tails: tails, .exact)
                }
            },
        ] }
    }

    private static func expectLogLikelihood(_ solution: Solver, theta: Double, heads: Int, tails: Int,
                                            _ tolerance: Tolerance) throws(CheckFailure) {
        try expect({ $0.logLikelihood(theta: theta, heads: heads, tails: tails) }, of: solution, against: reference, tolerance,
                   for: "logLikelihood(theta: \(theta), heads: \(heads), tails: \(tails))",
                   mistakes: [
                       CoinFlipMistakes.logOfProduct(theta: theta, heads: heads, tails: tails),
                       CoinFlipMistakes.nanAtTheEdges,
                       CoinFlipMistakes.finiteForImpossibleData,
                       CoinFlipMistakes.hardCoded(reference.logLikelihood(theta: theta, heads: 9, tails: 4)),
                       CoinFlipMistakes.logBase10,
                       CoinFlipMistakes.forgotTheLog,
                   ])
    }
}

/// Heads and tails as one comparable value, printed as Swift prints the tuple.
struct FlipCounts: Equatable, CustomStringConvertible {
    var heads: Int
    var tails: Int
    var description: String { "(heads: \(heads), tails: \(tails))" }
}
