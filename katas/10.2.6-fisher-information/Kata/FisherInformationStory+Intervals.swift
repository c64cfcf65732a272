import Foundation

// The seed tutorial's confidence interval, and coverage by simulation.

/// How many flips each Bernoulli sample of the coverage section holds: a parameter a reader may change.
let flipCount = StoryParameter.int("flips", 2...1000, default: 10, "how many flips each Bernoulli sample holds")

/// The level of every interval in the story, and how its prose writes it: "95%".
let confidence = 0.95
let confidenceText = "\(100 * confidence, decimals: 0)%"

/// The tutorial's example: `np.random.seed(42)`, two earlier draws, then `normal(5, 2, 100)`.
func tellTutorialInterval(_ narrator: Narrator, _ maths: ReferenceSolution) {
    let (seed, mu, sigma, scale) = (storySeed, 5.0, 2.0, 2.0)
    let (firstCount, waitCount, sampleCount) = (1000, 500, 100)
    let z = normalQuantile(0.975)
    narrator.heading("A confidence interval from the information")
    narrator.prose("""
    Put the pieces together. The estimate is approximately N(θ, 1/I), so its standard \
    error is SE = 1/√I, and θ̂ ± \(z, decimals: 2) · SE is an approximate \(confidenceText) \
    *Wald interval*. One of the tutorials this workbook follows builds one for a \
    Gaussian mean with σ = \(sigma, decimals: 0) known, after two other draws from the \
    same seeded stream. Replayed bit for bit:
    """)
    let (estimate, information, interval) = narrator.step { show in
        var random = NumPyRandom(seed: seed)
        _ = random.normal(mean: mu, standardDeviation: sigma, count: firstCount)
        _ = random.exponential(scale: scale, count: waitCount)
        let sample = random.normal(mean: mu, standardDeviation: sigma,
                                   count: sampleCount)
        let estimate = sample.reduce(0, +) / Double(sample.count)
        let information = Double(sample.count) / (sigma * sigma)
        let interval = maths.waldInterval(estimate: estimate,
                                          observedInformation: information)
        let standardError = 1 / information.squareRoot()
        show("μ̂ = \(estimate, decimals: 4)",
             "  I(μ) = n/σ² = \(information, decimals: 1)",
             "  SE = 1/√I = \(standardError, decimals: 4)")
        let (lower, upper) = interval
        show("\(confidenceText) interval:",
             "[\(lower, decimals: 4), \(upper, decimals: 4)]",
             "  (z = \(z, decimals: 6))")
        return (estimate, information, interval)
    }
    narrator.prose("""
    In Python:

      np.random.seed(\(seed))
      data = np.random.normal(\(mu, decimals: 0), \(sigma, decimals: 0), \(firstCount))
      waits = np.random.exponential(scale=\(scale, decimals: 1), size=\(waitCount))
      sample = np.random.normal(\(mu, decimals: 0), \(sigma, decimals: 0), \(sampleCount))
      mu_hat = sample.mean(); se = 1 / np.sqrt(\(sampleCount) / \(sigma, decimals: 0)**2)

    The interval holds the true μ = \(mu, decimals: 0) this time, though μ̂ = \
    \(estimate, decimals: 2) is \((estimate - mu) * information.squareRoot(), decimals: 1) \
    standard errors away from it. "\(confidenceText)" is not a promise about this \
    interval: it is a property of the recipe, which over many samples catches the truth \
    \(confidenceText) of the time. That can be checked.
    """)
    narrator.claim("the interval [\(interval.lower, decimals: 4), \(interval.upper, decimals: 4)] holds μ = \(mu, decimals: 0)",
                   interval.lower <= mu && mu <= interval.upper)
}

/// The coverage of the Wald interval: right for a Gaussian mean, far off for a coin at small n.
func tellCoverage(_ narrator: Narrator, _ maths: ReferenceSolution) {
    let trials = 2000
    // The simulation error of a share near p over the trials.
    let simulationError = { (p: Double) in max((p * (1 - p) / Double(trials)).squareRoot(), 1 / Double(trials)) }
    narrator.heading("Coverage: does \(confidenceText) mean \(confidenceText)?")
    narrator.prose("""
    The *coverage* of an interval recipe is the chance that its interval holds the \
    truth. Measure it by simulation: draw many samples from a known truth, build each \
    one's interval, and count. `maths.coverage` does the counting; first the tutorial's \
    recipe, \(trials) times over:
    """)
    let gaussian = narrator.step { show in
        var random = NumPyRandom(seed: 13)
        let gaussian = maths.coverage(
            trials: trials, truth: 5,
            sample: { random.normal(mean: 5, standardDeviation: 2, count: 100) },
            interval: { sample in
                let estimate = sample.reduce(0, +) / 100
                return maths.waldInterval(estimate: estimate,
                                          observedInformation: 100 / 4)
            })
        show("coverage = \(gaussian, decimals: 4)",
             "  (simulation error ± \(simulationError(confidence), decimals: 4))")
        return gaussian
    }
    narrator.claim("""
        the Gaussian interval's coverage is within \(simulationSlack, decimals: 0) simulation errors \
        of \(confidence, decimals: 2)
        """, abs(gaussian - confidence) <= simulationSlack * simulationError(confidence))
    let n = narrator.integer(flipCount)
    narrator.prose("""
    For a Gaussian mean with σ known, θ̂ is exactly normal and the recipe keeps its \
    promise. Now a coin, the Wald interval p̂ ± z · √(p̂(1 − p̂)/n) from the observed \
    information n/(p̂(1 − p̂)), with n = \(n) flips. A sample has only n + 1 possible \
    head counts, so the exact coverage is a finite sum, and the simulation can be \
    checked against it. The *Wilson* interval, built by inverting the score test \
    instead, is the contrast:
    """)
    let rows = narrator.step { show in
        var random = NumPyRandom(seed: 14)
        show("p       Wald: simulated  exact     Wilson: simulated  exact")
        let kinds = BernoulliIntervals.Kind.allCases
        return [0.5, 0.2, 0.1, 0.02].map { p in
            let simulated = kinds.map { kind in
                maths.coverage(
                    trials: trials, truth: p,
                    sample: {
                        random.binomial(trials: 1, probability: p, count: n)
                            .map(Double.init)
                    },
                    interval: { flips in
                        let heads = Int(flips.reduce(0, +))
                        return BernoulliIntervals.interval(
                            kind, heads: heads, flips: n, maths: maths)
                    })
            }
            let exact = kinds.map {
                BernoulliIntervals.exactCoverage($0, flips: n, p: p, maths: maths)
            }
            let columns = [simulated[0], exact[0], simulated[1], exact[1]]
                .map { "\($0, decimals: 4)" }
            show("\(p, decimals: 2)         ", columns[0], "  ", columns[1],
                 "          ", columns[2], "  ", columns[3])
            return (p: p, simulated: simulated, exact: exact)
        }
    }
    narrator.claim("""
        every simulated coverage is within \(simulationSlack, decimals: 0) simulation errors of the \
        exact one
        """, rows.allSatisfy { row in
            zip(row.simulated, row.exact).allSatisfy { abs($0 - $1) <= simulationSlack * simulationError($1) }
        })
    let tenth = rows[2]
    let (waldBelow, wilsonAbove) = (0.8, 0.9)
    narrator.claim("""
        at n = \(n) and p = \(tenth.p, decimals: 1) the Wald interval covers less than \
        \(100 * waldBelow, decimals: 0)% of the time (\(prose: tenth.exact[0], decimals: 3)) and the \
        Wilson interval more than \(100 * wilsonAbove, decimals: 0)% (\(prose: tenth.exact[1], decimals: 3))
        """, tenth.exact[0] < waldBelow && tenth.exact[1] > wilsonAbove, onlyAtTheStorysOwn: flipCount)
    let noHeads = pow(1 - tenth.p, Double(n))
    narrator.prose("""
    At small n, and near p = 0 or 1, the Wald interval's "\(confidenceText)" is a \
    fiction. With \(n) flips at p = \(tenth.p, decimals: 1) a share \
    \(noHeads, significant: 2) of samples have no heads at all, p̂ = 0, and then the \
    interval shrinks to the single point 0: certain, and wrong. The normal \
    approximation behind it needs many flips of each kind. Here is the exact coverage \
    of both recipes over every p, for n = \(n):
    """)
    let worst = narrator.step { show in
        let curves = BernoulliIntervals.coverageCurves(flips: n, maths: maths)
        show(LinePlot(series: curves, width: 62, height: 16,
                      xLabel: "p", yLabel: "exact coverage"))
        return curves.dropLast().map { $0.points.map(\.y).min() ?? 0 }
    }
    let more = n < 100 ? 100 : 1000
    narrator.prose("""
    The saw-teeth come from the discreteness of the counts. The Wilson curve stays near \
    \(confidenceText) (its lowest point here is \(worst[1], decimals: 3)); the Wald curve \
    collapses at the edges (its lowest is \(worst[0], decimals: 3)). Try \
    `swift run kata run 10.2.6 --set flips=\(more)`: both improve, and the Wald interval \
    still fails near the edges. Your `coverage` will measure any recipe you give it.
    """)
}
