import Foundation

/// `kata explore 10.2.6`: the exact coverage of the Wald and the Wilson interval for a
/// coin, over every p, at a sample size the keys change, with a simulation to check it,
/// all computed with the kata's own functions (the reference's, or with `--mine` the
/// learner's `waldInterval` and `coverage`).
struct FisherInformationExplorer: Explorer {
    /// The sample sizes `n` and `N` step through; the story's 10 among them.
    static let sizes = [2, 5, 10, 20, 30, 50, 100, 200, 500, 1000]
    /// How many samples a simulation draws.
    static let trials = 2000

    /// Whose functions draw the view.
    let maths: any FisherInformationExercises
    /// The flips in each sample.
    var flips = 10
    /// The cursor: the true P(heads).
    var p = 0.1
    /// The last simulation's result, with the n and p it was run at.
    var simulated: (flips: Int, p: Double, wald: Double, wilson: Double)?
    /// How many simulations have run, so each draws fresh samples.
    var runs = 0

    /// The view with a solution's functions.
    init(maths: any FisherInformationExercises) {
        self.maths = maths
    }

    /// The view's name, with the sample size.
    var title: String { "Kata 10.2.6 · coverage of 95% intervals for a coin, n = \(flips)" }
    /// As 10.2.1's: 64×24.
    var minimumSize: (width: Int, height: Int) { (64, 24) }
    /// The keys, as the bottom lines show them.
    var keyHelp: [(key: String, does: String)] {
        [("←→", "p ∓ 0.01"), ("↑↓", "p ± 0.1"), ("n N", "more, fewer flips"), ("s", "simulate \(Self.trials) samples"),
         ("q", "quit")]
    }

    /// Does what `key` asks; q quits.
    mutating func handle(_ key: ExplorerKey) -> Bool {
        switch key {
        case .left: move(to: p - 0.01)
        case .right: move(to: p + 0.01)
        case .down: move(to: p - 0.1)
        case .up: move(to: p + 0.1)
        case .character("n"): flips = Self.sizes.first { $0 > flips } ?? flips
        case .character("N"): flips = Self.sizes.last { $0 < flips } ?? flips
        case .character("s"): simulate()
        case .character("q"): return false
        default: break
        }
        return true
    }

    /// Moves the cursor, inside (0, 1), on the hundredths.
    private mutating func move(to value: Double) {
        p = min(max((value * 100).rounded() / 100, 0.01), 0.99)
    }

    /// Runs the learner's `coverage` on fresh seeded samples at the cursor.
    private mutating func simulate() {
        runs += 1
        var random = NumPyRandom(seed: UInt32(runs))
        let (n, p, maths) = (flips, p, maths)
        let shares = BernoulliIntervals.Kind.allCases.map { kind in
            maths.coverage(trials: Self.trials, truth: p,
                           sample: { random.binomial(trials: 1, probability: p, count: n).map(Double.init) },
                           interval: { BernoulliIntervals.interval(kind, heads: Int($0.reduce(0, +)), flips: n, maths: maths) })
        }
        simulated = (n, p, shares[0], shares[1])
    }

    /// The readouts over the plot, in `width` × `height`.
    func body(width: Int, height: Int, style: TerminalStyle) -> [String] {
        let exact = BernoulliIntervals.Kind.allCases.map { BernoulliIntervals.exactCoverage($0, flips: flips, p: p, maths: maths) }
        let percent = { (value: Double) in String(format: "%.1f%%", 100 * value) }
        let noHeads = pow(1 - p, Double(flips))
        var readouts = Self.pack([
            "p = \(String(format: "%.2f", p))", "n = \(flips)", "Wald covers \(percent(exact[0]))",
            "Wilson covers \(percent(exact[1]))",
        ], width: width)
        readouts += wrap("P(no heads) = \(percent(noHeads)): then the Wald interval is the single point 0.", width: width)
        if let simulated, simulated.flips == flips, simulated.p == p {
            readouts += wrap("simulated with `coverage` over \(Self.trials) samples: Wald \(percent(simulated.wald)), "
                             + "Wilson \(percent(simulated.wilson))", width: width)
        } else {
            readouts += wrap("s simulates \(Self.trials) samples here with `coverage`, to check the exact numbers.", width: width)
        }
        // The plot takes what the readouts leave; its frame (axis, ticks, label, legend) takes four lines.
        let plotRows = max(3, height - readouts.count - 1 - 4)
        let plot = LinePlot(series: BernoulliIntervals.coverageCurves(flips: flips, maths: maths), width: max(20, width - 12), height: plotRows, xLabel: "p",
                            yLabel: "", mark: (p, exact[0]))
        return readouts + [""] + plot.render(style: style).components(separatedBy: "\n")
    }
}
