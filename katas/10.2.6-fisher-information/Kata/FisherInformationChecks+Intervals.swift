import Foundation

/// The checks of the last two exercises: the Wald interval, and the coverage of an
/// interval procedure by simulation.
extension FisherInformationChecks {
    // MARK: - waldInterval

    static var waldInterval: Exercise<Solver> {
        Exercise(summary: "The 95% Wald interval θ̂ ± 1.96/√I.", hints: [
            "The standard error is one over the square root of the information, SE = 1/√I; the interval reaches z = 1.96 standard errors either side of the estimate.",
            "`let halfWidth = normalQuantile(0.975) / observedInformation.squareRoot()`: not 1/I (that is the variance), and 1.96, not 1.645 (a 90% interval). Return the lower end first.",
            "`let halfWidth = normalQuantile(0.975) / observedInformation.squareRoot(); return (estimate - halfWidth, estimate + halfWidth)`",
        ]) { [
            Check("θ̂ = 5.1, I = 25: SE = 0.2") { try expectInterval($0, estimate: 5.1, information: 25) },
            Check("the story's 50 counts: λ̂ and I(λ̂) = n/λ̂") { solution in
                let counts = storyCounts()
                let estimate = reference.maximumLikelihoodEstimate(counts: counts)
                try expectInterval(solution, estimate: estimate,
                                   information: reference.fisherInformation(mean: estimate, count: counts.count),
                                   note: storyCountsNote)
            },
            Check("little information: I = 0.01, SE = 10") { try expectInterval($0, estimate: -3, information: 0.01) },
            Check("50 random estimates and informations from a fixed seed") { solution in
                var random = CheckInputs(seed: 10_2_6_07)
                for _ in 0..<50 {
                    try expectInterval(solution, estimate: random.double(in: -100...100),
                                       information: exp(random.double(in: -5...12)))
                }
            },
        ] }
    }

    private static func expectInterval(_ solution: Solver, estimate: Double, information: Double,
                                       note: String? = nil) throws(CheckFailure) {
        let actual = solution.waldInterval(estimate: estimate, observedInformation: information)
        let expected = reference.waldInterval(estimate: estimate, observedInformation: information)
        let halfWidth = (expected.upper - expected.lower) / 2
        // A ten-thousandth of the half-width: 1.96 for z passes, 1.95 or 2 does not.
        let tolerance = Tolerance.absolute(1e-4 * halfWidth)
        let call = "waldInterval(estimate: \(estimate), observedInformation: \(information))"
        let mistakes = FisherInformationMistakes.intervalMistakes(estimate: estimate, information: information)
        let why = [note, "The ends may be off by 10⁻⁴ of the half-width, so z = 1.96 passes."].compactMap { $0 }.joined(separator: " ")
        try expect(actual.lower, approximately: expected.lower, tolerance, for: call + ".lower",
                   mistakes: mistakes.map { $0.lower }, note: why)
        try expect(actual.upper, approximately: expected.upper, tolerance, for: call + ".upper",
                   mistakes: mistakes.map { $0.upper }, note: why)
    }

    // MARK: - coverage

    static var coverage: Exercise<Solver> {
        Exercise(summary: "The coverage of an interval procedure, by simulation.", hints: [
            "Repeat `trials` times: draw a sample with `sample()`, build its interval with `interval(...)`, and count it if `lower <= truth && truth <= upper`.",
            "The coverage is the share of the trials whose interval held the truth: hits divided by `trials`, in Double. Draw exactly one sample per trial.",
            "`var hits = 0; for _ in 0..<trials { let (lower, upper) = interval(sample()); if lower <= truth && truth <= upper { hits += 1 } }; return Double(hits) / Double(trials)`",
        ]) { [
            Check("a Gaussian mean, σ known: 1000 samples of 20") { solution in
                var random = NumPyRandom(seed: 10_2_6_08)
                try expectCoverage(solution, trials: 1000, truth: 5, what: "20 draws of N(5, 2²), Wald interval with I = 20/2²",
                                   sample: { random.normal(mean: 5, standardDeviation: 2, count: 20) },
                                   interval: { reference.waldInterval(estimate: mean($0), observedInformation: 5) })
            },
            Check("a Bernoulli Wald interval at n = 10, p = 0.2: 2000 samples") { solution in
                var random = NumPyRandom(seed: 10_2_6_09)
                try expectCoverage(solution, trials: 2000, truth: 0.2, what: "10 flips with p = 0.2, Wald interval",
                                   sample: { random.binomial(trials: 1, probability: 0.2, count: 10).map(Double.init) },
                                   interval: { bernoulliWald($0) })
            },
            Check("an end that equals the truth counts") { solution in
                try expectCoverage(solution, trials: 7, truth: 1, what: "[1], whose interval is [truth, truth + 1] every time",
                                   sample: { [1] }, interval: { _ in (1, 2) })
            },
            Check("10 random procedures from a fixed seed") { solution in
                var inputs = CheckInputs(seed: 10_2_6_10)
                for _ in 0..<10 {
                    let (trials, size) = (inputs.int(in: 20...400), inputs.int(in: 2...30))
                    let scale = inputs.double(in: 0.5...5)
                    var random = NumPyRandom(seed: UInt32(inputs.int(in: 0...1_000_000)))
                    try expectCoverage(solution, trials: trials, truth: 1 / scale, what: "\(size) exponential waits, rate 1/\(scale)",
                                       sample: { random.exponential(scale: scale, count: size) },
                                       interval: { waits in
                                           let rate = 1 / mean(waits)
                                           return reference.waldInterval(estimate: rate, observedInformation: Double(waits.count) / (rate * rate))
                                       })
                }
            },
        ] }
    }

    /// The mean of `values`.
    private static func mean(_ values: [Double]) -> Double {
        values.reduce(0, +) / Double(values.count)
    }

    /// The Wald interval of a Bernoulli sample, p̂ ± z · √(p̂(1 − p̂)/n): a point when p̂ is 0 or 1.
    static func bernoulliWald(_ flips: [Double]) -> (lower: Double, upper: Double) {
        BernoulliIntervals.interval(.wald, heads: Int(flips.reduce(0, +)), flips: flips.count, maths: reference)
    }

    private static func expectCoverage(_ solution: Solver, trials: Int, truth: Double, what: String,
                                       sample: () -> [Double], interval: @escaping ([Double]) -> (lower: Double, upper: Double))
        throws(CheckFailure) {
        var samples: [[Double]] = []
        let actual = solution.coverage(trials: trials, truth: truth,
                                       sample: { let drawn = sample(); samples.append(drawn); return drawn },
                                       interval: interval)
        // The reference on the first `trials` of the same samples, drawing more if the learner drew fewer.
        var replay = samples.makeIterator()
        let expected = reference.coverage(trials: trials, truth: truth, sample: { replay.next() ?? sample() }, interval: interval)
        // One sample per trial makes the count exact; another way of drawing is held to the
        // simulation's own error, four standard errors of a share over `trials`.
        let monteCarlo = 4 * (max(expected * (1 - expected), 0.25 / Double(trials)) / Double(trials)).squareRoot()
        let tolerance = samples.count == trials ? Tolerance.absolute(1e-12) : Tolerance.absolute(monteCarlo)
        let hits = (expected * Double(trials)).rounded()
        try expect(actual, approximately: expected, tolerance,
                   for: "coverage(trials: \(trials), truth: \(truth), sample: …, interval: …)",
                   mistakes: FisherInformationMistakes.coverageMistakes(trials: trials, hits: Int(hits), drawn: samples.count),
                   note: "Each sample is \(what). You drew \(samples.count) sample\(samples.count == 1 ? "" : "s") for \(trials) trials"
                       + (samples.count == trials ? ", so the count must be exact." : ", so the share is held to four Monte Carlo standard errors, ±\(monteCarlo, significant: 2)."))
    }
}
