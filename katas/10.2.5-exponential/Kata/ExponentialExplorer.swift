import Foundation

/// `kata explore 10.2.5`: the log-likelihood of the seeded waits over the rate α, a
/// cursor to move along it, more or fewer waits, and an optimizer to step, all computed
/// with the kata's own functions (the reference's, or with `--mine` the learner's).
struct ExponentialExplorer: Explorer {
    /// How a step of the optimizer moves α.
    enum Method: String {
        /// α ← α + η · score(α).
        case gradientAscent = "gradient ascent"
        /// One step of the kata's `newtonRaphson`: α ← α − score(α) / score′(α).
        case newton = "Newton-Raphson"
    }

    /// The sample sizes `w` and `W` step through; the story's 100 among them.
    static let sizes = [5, 10, 20, 50, 100, 200, 500, 1000]
    /// The cursor's range when it is moved by hand.
    static let rates = 0.01...3.0

    /// Whose functions draw the view.
    let maths: any ExponentialExercises
    /// The waits: the first `waits.count` of the story's seeded stream, 100 to begin with.
    var waits = Self.draw(100)
    /// The cursor.
    var rate = 0.2
    /// The optimizer's learning rate η (gradient ascent only).
    var learningRate = 0.001
    /// Where the optimizer has been since the cursor last moved by hand.
    var path: [Double] = []
    /// The last optimizer step's method, and what it did.
    var last: (method: Method, text: String)?

    /// The view with a solution's functions.
    init(maths: any ExponentialExercises) {
        self.maths = maths
    }

    /// The story's waits, `np.random.seed(42); np.random.exponential(scale=2, size=count)`.
    static func draw(_ count: Int) -> [Double] {
        var random = NumPyRandom(seed: 42)
        return random.exponential(scale: 2, count: count)
    }

    /// The view's name, with what it is drawn over.
    var title: String { "Kata 10.2.5 · explore the log-likelihood of \(waits.count) waits" }
    /// As 10.2.1's: 64×24.
    var minimumSize: (width: Int, height: Int) { (64, 24) }
    /// The keys, as the bottom lines show them.
    var keyHelp: [(key: String, does: String)] {
        [("←→", "α ∓ 0.01"), ("↑↓", "α ± 0.1"), ("m", "to α̂"), ("w W", "more, fewer waits"),
         ("g", "gradient step"), ("n", "Newton step"), ("+ -", "η ×2, ÷2"), ("q", "quit")]
    }

    /// Does what `key` asks; q quits.
    mutating func handle(_ key: ExplorerKey) -> Bool {
        switch key {
        case .left: move(to: rate - 0.01)
        case .right: move(to: rate + 0.01)
        case .down: move(to: rate - 0.1)
        case .up: move(to: rate + 0.1)
        case .character("m"): move(to: maths.maximumLikelihoodEstimate(observations: waits))
        case .character("w"): resample(Self.sizes.first { $0 > waits.count })
        case .character("W"): resample(Self.sizes.last { $0 < waits.count })
        case .character("g"): step(.gradientAscent)
        case .character("n"): step(.newton)
        case .character("+"): learningRate = min(learningRate * 2, 10)
        case .character("-"): learningRate = max(learningRate / 2, 1e-7)
        case .character("q"): return false
        default: break
        }
        return true
    }

    /// Moves the cursor by hand, inside `rates`, and starts the optimizer's path afresh.
    private mutating func move(to value: Double) {
        rate = min(max(value.isFinite ? value : 0.2, Self.rates.lowerBound), Self.rates.upperBound)
        path = []
        last = nil
    }

    /// Draws the sample again with `count` waits, when there is such a size.
    private mutating func resample(_ count: Int?) {
        guard let count else { return }
        waits = Self.draw(count)
        path = []
        last = nil
    }

    /// One step of the optimizer from the cursor; a step to α ≤ 0, where no exponential
    /// has that rate, is refused and said to diverge.
    private mutating func step(_ method: Method) {
        let next = switch method {
        case .gradientAscent: rate + learningRate * maths.score(rate: rate, observations: waits)
        case .newton: maths.newtonRaphson(observations: waits, start: rate, steps: 1)
        }
        guard next > 0, next.isFinite else {
            // 2/x̄ is 2α̂, from the kata's estimate like every other number here.
            let bound = 2 * maths.maximumLikelihoodEstimate(observations: waits)
            last = (method, "the step would go to α = \(Self.text(next)), not above 0: it diverges. "
                    + (method == .gradientAscent ? "Press - to shrink η."
                       : "Newton closes in only from 0 < α < 2/x̄ = \(String(format: "%.4f", bound))."))
            return
        }
        path.append(rate)
        last = (method, "step \(path.count): α moved by \(Self.signed(next - rate)).")
        rate = next
    }

    /// The readouts over the plot, in `width` × `height`.
    func body(width: Int, height: Int, style: TerminalStyle) -> [String] {
        let estimate = maths.maximumLikelihoodEstimate(observations: waits)
        let error = maths.standardError(observations: waits)
        let logLikelihood = { maths.logLikelihood(rate: $0, observations: self.waits) }
        // x̄ is 1/α̂, so that --mine shows the learner's estimate in every readout.
        let mean = 1 / estimate
        let text = { Self.text($0, unicode: style.unicode) }
        let fixed = { Self.fixed($0, $1, unicode: style.unicode) }
        let signed = { Self.signed($0, decimals: $1, unicode: style.unicode) }
        var readouts = Self.pack([
            "α = \(fixed(rate, 3))", "ℓ(α) = \(text(logLikelihood(rate)))",
            "score dℓ/dα = \(text(maths.score(rate: rate, observations: waits)))",
        ], width: width) + Self.pack([
            "α̂ = 1/x̄ = \(fixed(estimate, 4))",
            "α − α̂ = \(signed(rate - estimate, 4)) = \(signed((rate - estimate) / error, 2)) SE",
            "SE = \(text(error))",
        ], width: width) + Self.pack([
            "n = \(waits.count)", "x̄ = \(fixed(mean, 4))", "2/x̄ = \(fixed(2 / mean, 4))", "η = \(text(learningRate))",
        ], width: width)
        let news = last.map { "\($0.method.rawValue): \($0.text)" }
            ?? "g or n steps an optimizer from the cursor, uphill on ℓ."
        readouts += wrap(news, width: width)
        // The plot takes what the readouts leave; its frame (axis, ticks, label, legend) takes four lines.
        let plotRows = max(3, height - readouts.count - 1 - 4)
        let grid = Self.window(estimate: estimate, cursor: rate, path: path, logLikelihood: logLikelihood)
        let plot = Self.explored(("ℓ(α) = n ln α − α Σx", logLikelihood), over: grid, top: ("α̂", estimate),
                                 path: path, cursor: rate, width: max(20, width - 12), height: plotRows,
                                 xLabel: "α (per minute)")
        return readouts + [""] + plot.render(style: style).components(separatedBy: "\n")
    }

    /// The rates the curve is drawn over: where ℓ is within 40 of its top (up to 4α̂),
    /// widened to take in the cursor and the path, in 150 steps.
    static func window(estimate: Double, cursor: Double, path: [Double],
                       logLikelihood: (Double) -> Double) -> [Double] {
        // Each ℓ costs a pass over up to 1000 waits: few enough calls keep a redraw quick.
        let top = logLikelihood(estimate)
        let candidates = (1...100).map { estimate * Double($0) / 25 }
        let near = candidates.filter { logLikelihood($0) > top - 40 }
        let low = ([cursor] + path + [near.first ?? estimate / 2]).min() ?? cursor
        let high = ([cursor] + path + [near.last ?? estimate * 2]).max() ?? cursor
        return (0...150).map { low + (high - low) * Double($0) / 150 }
    }
}
