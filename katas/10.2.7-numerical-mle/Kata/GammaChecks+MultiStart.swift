import Foundation

/// The checks of the last exercise: the best of several climbs on the Cauchy location.
extension GammaChecks {
    static var multiStartMaximum: Exercise<Solver> {
        Exercise(summary: "Climb from every start with the given local optimiser and keep the highest top.", hints: [
            "`cauchyLocalMaximum(from: start, observations: observations)` climbs one hill: the one `start` is on. Call it once per start, and compare the tops it returns by `cauchyLogLikelihood(location:observations:)`.",
            "Keep the best so far, a location and its log-likelihood, and replace them only when a later top is strictly higher. Return the location, not its log-likelihood, and don't stop at the first top you reach: the first hill climbed is often not the highest.",
            "`var best = cauchyLocalMaximum(from: starts[0], observations: observations); for start in starts.dropFirst() { let top = cauchyLocalMaximum(from: start, observations: observations); if cauchyLogLikelihood(location: top, observations: observations) > cauchyLogLikelihood(location: best, observations: observations) { best = top } }; return best`",
        ]) { [
            Check("ten points in six clusters, six starts") {
                try expectBest($0, clusters, starts: [-19, 32, -17, -34, 7, 15])
            },
            Check("the story's 5 Cauchy draws, a start at each draw") {
                let sample = storyCauchySample()
                try expectBest($0, sample, named: storyCauchyName, starts: sample, startsWritten: storyCauchyName)
            },
            Check("one start: the top of its own hill") {
                try expectBest($0, storyCauchySample(), named: storyCauchyName, starts: [15])
            },
            Check("the story's draws, starts from −20 to 20 in steps of 5") {
                try expectBest($0, storyCauchySample(), named: storyCauchyName, starts: stride(from: -20.0, through: 20, by: 5).map { $0 })
            },
            Check("20 random Cauchy samples and starts from a fixed seed") { solution in
                var random = CheckInputs(seed: 10_2_7_08)
                for _ in 0..<20 {
                    let sample = random.cauchySample(count: random.int(in: 3...9)).map { 3 * $0 }
                    let starts = (0..<random.int(in: 2...8)).map { _ in random.double(in: -30...30) }
                    try expectBest(solution, sample, starts: starts)
                }
            },
        ] }
    }

    private static func expectBest(_ solution: Solver, _ observations: [Double], named: String? = nil, starts: [Double],
                                   startsWritten: String? = nil) throws(CheckFailure) {
        let actual = solution.multiStartMaximum(observations: observations, starts: starts)
        let expected = reference.multiStartMaximum(observations: observations, starts: starts)
        let tolerance = Tolerance(absolute: 1e-12, relative: 1e-12)
        // The mistakes climb from every start again; only a failure needs them.
        guard !withinTolerance(tolerance, (actual, expected)) else { return }
        try expect(actual, approximately: expected, tolerance,
                   for: "multiStartMaximum(observations: \(named ?? "\(observations)"), starts: \(startsWritten ?? "\(starts)"))",
                   mistakes: GammaMistakes.multiStartMistakes(observations: observations, starts: starts),
                   note: named.map { _ in storyCauchyNote })
    }
}

/// Ten points in six clusters, whose Cauchy log-likelihood has six hills: the first
/// check's data, on which every modelled slip gives a different answer from its starts.
let clusters = [-30.0, -20, -5.3, -5, -4.6, 5, 5.4, 19.7, 20.4, 33]

/// The story's Cauchy sample: `np.random.seed(14); np.random.standard_cauchy(size=5)`.
func storyCauchySample() -> [Double] {
    var random = NumPyRandom(seed: storyCauchySeed)
    return random.standardCauchy(count: storyCauchyCount)
}

/// The seed and the size of the story's Cauchy sample.
let storyCauchySeed: UInt32 = 14, storyCauchyCount = 5
/// How a failure message names the story's Cauchy sample, and where it comes from.
let storyCauchyName = "c"
let storyCauchyNote = "Here c is the story's Cauchy sample: np.random.seed(14); c = np.random.standard_cauchy(size=5)."
