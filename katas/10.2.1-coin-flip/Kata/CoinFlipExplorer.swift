import Foundation

/// `kata explore 10.2.1`: the likelihood and the log-likelihood of the flips over θ, a
/// cursor to move along them, flips to add or take away, and an optimizer to step, all
/// computed with the kata's own functions (the reference's, or with `--mine` the
/// learner's).
struct CoinFlipExplorer: Explorer {
    /// How a step of the optimizer moves θ.
    enum Method: String {
        /// θ ← θ + η · dℓ/dθ.
        case gradientAscent = "gradient ascent"
        /// θ ← θ − ℓ′/ℓ″, with ℓ″ from the slope at θ ± 10⁻⁵.
        case newton = "Newton-Raphson"
    }

    /// Whose functions draw the view.
    let maths: any CoinFlipExercises
    /// The data: the story's 9 heads and 4 tails to begin with.
    var heads = 9, tails = 4
    /// The cursor.
    var theta = 0.5
    /// The optimizer's learning rate η (gradient ascent only).
    var learningRate = 0.01
    /// Where the optimizer has been since the cursor last moved by hand.
    var path: [Double] = []
    /// The last optimizer step's method, and what it did.
    var last: (method: Method, text: String)?

    /// The view with a solution's functions.
    init(maths: any CoinFlipExercises) {
        self.maths = maths
    }

    var title: String { "Kata 10.2.1 · explore the likelihood of \(heads) heads and \(tails) tails" }
    var minimumSize: (width: Int, height: Int) { (64, 24) }
    var keyHelp: [(key: String, does: String)] {
        [("←→", "θ ∓ 0.01"), ("↑↓", "θ ± 0.1"), ("m", "to θ̂"), ("h t", "add a head, a tail"), ("H T", "take one away"),
         ("g", "gradient step"), ("n", "Newton step"), ("+ -", "η ×2, ÷2"), ("q", "quit")]
    }

    mutating func handle(_ key: ExplorerKey) -> Bool {
        switch key {
        case .left: move(to: theta - 0.01)
        case .right: move(to: theta + 0.01)
        case .down: move(to: theta - 0.1)
        case .up: move(to: theta + 0.1)
        case .character("m"): move(to: maths.maximumLikelihoodEstimate(heads: heads, tails: tails))
        case .character("h"): heads += 1; path = []
        case .character("t"): tails += 1; path = []
        case .character("H") where heads > 0 && heads + tails > 1: heads -= 1; path = []
        case .character("T") where tails > 0 && heads + tails > 1: tails -= 1; path = []
        case .character("g"): step(.gradientAscent)
        case .character("n"): step(.newton)
        case .character("+"): learningRate = min(learningRate * 2, 10)
        case .character("-"): learningRate = max(learningRate / 2, 1e-6)
        case .character("q"): return false
        default: break
        }
        return true
    }

    /// Moves the cursor by hand, inside (0, 1), and starts the optimizer's path afresh.
    private mutating func move(to value: Double) {
        theta = min(max(value.isFinite ? value : 0.5, 0.001), 0.999)
        path = []
        last = nil
    }

    /// The slope of the log-likelihood, dℓ/dθ, from the kata's gradient of −ℓ.
    private func slope(_ at: Double) -> Double {
        -maths.negativeLogLikelihoodGradient(theta: at, heads: heads, tails: tails)
    }

    /// One step of the optimizer from the cursor; a step that leaves (0, 1), where ℓ is
    /// not defined, is refused and said to diverge.
    private mutating func step(_ method: Method) {
        let next: Double
        switch method {
        case .gradientAscent:
            next = theta + learningRate * slope(theta)
        case .newton:
            let nudge = 1e-5
            let curvature = (slope(theta + nudge) - slope(theta - nudge)) / (2 * nudge)
            next = theta - slope(theta) / curvature
        }
        guard next > 0, next < 1, next.isFinite else {
            last = (method, "the step would go to θ = \(Self.text(next)), outside (0, 1): it diverges. "
                    + (method == .gradientAscent ? "Press - to shrink η." : "Start nearer θ̂."))
            return
        }
        path.append(theta)
        last = (method, "step \(path.count): θ moved by \(Self.signed(next - theta)).")
        theta = next
    }

    func body(width: Int, height: Int, style: TerminalStyle) -> [String] {
        let estimate = maths.maximumLikelihoodEstimate(heads: heads, tails: tails)
        let grid = (1...199).map { Double($0) / 200 }
        let likelihood = { maths.likelihood(theta: $0, heads: heads, tails: tails) }
        let logLikelihood = { maths.logLikelihood(theta: $0, heads: heads, tails: tails) }
        let readouts = [
            "θ = \(String(format: "%.3f", theta)) · L(θ) = \(Self.text(likelihood(theta))) · ℓ(θ) = \(Self.text(logLikelihood(theta)))"
                + " · dℓ/dθ = \(Self.text(slope(theta)))",
            "θ̂ = \(heads)/\(heads + tails) = \(String(format: "%.4f", estimate)) · θ − θ̂ = \(Self.signed(theta - estimate))"
                + " · η = \(Self.text(learningRate))",
            last.map { "\($0.method.rawValue): \($0.text)" } ?? "g or n steps an optimizer from the cursor, uphill on ℓ.",
        ].flatMap { wrap($0, width: width) }
        // Two plots share what the readouts leave; each plot's frame (axis, ticks, label,
        // legend) takes four lines.
        let plotRows = max(3, (height - readouts.count - 1) / 2 - 4)
        let plotWidth = max(20, width - 12)
        func plot(_ f: @escaping (Double) -> Double, label: String, over points: [Double]) -> [String] {
            Self.explored((label, f), over: points, top: ("θ̂", estimate), path: path, cursor: theta,
                          width: plotWidth, height: plotRows, xLabel: "θ")
                .render(style: style).components(separatedBy: "\n")
        }
        // ℓ runs to −∞ at the ends; its plot keeps to where it is within 40 of its top.
        let top = logLikelihood(estimate)
        let near = grid.filter { logLikelihood($0) > top - 40 }
        return readouts + [""] + plot(likelihood, label: "L(θ)", over: grid)
            + plot(logLikelihood, label: "ℓ(θ) = ln L(θ)", over: near.isEmpty ? grid : near)
    }
}
