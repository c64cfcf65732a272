import Foundation

/// `kata explore 10.2.7`: the profile log-likelihood ℓₚ(α) = ℓ(α, α/x̄) of the seeded Gamma
/// draws, a cursor to move along it, more or fewer draws, and Newton-Raphson or gradient
/// ascent to step, all computed with the kata's own functions (the reference's, or with
/// `--mine` the learner's).
struct GammaExplorer: Explorer {
    /// How a step of the optimiser moves α.
    enum Method: String {
        /// α ← α + η · score(α)/n: ascent on the mean profile log-likelihood.
        case gradientAscent = "gradient ascent"
        /// One step of the kata's `newtonRaphson`.
        case newton = "Newton-Raphson"
    }

    /// The sample sizes `w` and `W` step through; the story's 200 among them.
    static let sizes = [10, 20, 50, 100, 200, 500, 1000]
    /// The cursor's range when it is moved by hand.
    static let shapes = 0.1...12.0

    /// Whose functions draw the view.
    let maths: any GammaExercises
    /// The draws: the story's stream with `draws.count` Gamma draws, 200 to begin with.
    var draws = Self.draw(200)
    /// The cursor.
    var shape = 1.0
    /// The gradient ascent's step size η, on the mean profile log-likelihood.
    var learningRate = 4.0
    /// Where the optimiser has been since the cursor last moved by hand.
    var path: [Double] = []
    /// The last optimiser step's method, and what it did.
    var last: (method: Method, text: String)?

    /// The view with a solution's functions.
    init(maths: any GammaExercises) {
        self.maths = maths
    }

    /// The story's stream with `count` Gamma draws: `np.random.seed(42)`, `normal(5, 2, 100)`,
    /// `exponential(scale=2, size=100)`, then `gamma(shape=3, scale=2, size=count)`.
    static func draw(_ count: Int) -> [Double] {
        SeededData(gammaCount: count).gamma
    }

    /// The view's name, with what it is drawn over.
    var title: String { "Kata 10.2.7 · the profile log-likelihood of \(draws.count) Gamma draws" }
    /// As 10.2.5's: 64×24.
    var minimumSize: (width: Int, height: Int) { (64, 24) }
    /// The keys, as the bottom lines show them.
    var keyHelp: [(key: String, does: String)] {
        [("←→", "α ∓ 0.05"), ("↑↓", "α ± 0.5"), ("s", "to α₀"), ("m", "to α̂"), ("w W", "more, fewer draws"),
         ("n", "Newton step"), ("g", "gradient step"), ("+ -", "η ×2, ÷2"), ("q", "quit")]
    }

    /// Does what `key` asks; q quits.
    mutating func handle(_ key: ExplorerKey) -> Bool {
        switch key {
        case .left: move(to: Self.hundredths(shape - 0.05))
        case .right: move(to: Self.hundredths(shape + 0.05))
        case .down: move(to: Self.hundredths(shape - 0.5))
        case .up: move(to: Self.hundredths(shape + 0.5))
        case .character("s"): move(to: maths.methodOfMomentsStart(observations: draws).shape)
        case .character("m"): move(to: estimate)
        case .character("w"): resample(Self.sizes.first { $0 > draws.count })
        case .character("W"): resample(Self.sizes.last { $0 < draws.count })
        case .character("n"): step(.newton)
        case .character("g"): step(.gradientAscent)
        case .character("+"): learningRate = min(learningRate * 2, 1024)
        case .character("-"): learningRate = max(learningRate / 2, 1.0 / 1024)
        case .character("q"): return false
        default: break
        }
        return true
    }

    /// α̂: Newton from the method-of-moments start, as the story finds it.
    var estimate: Double {
        maths.estimatedShape(observations: draws)
    }

    /// `value` to the nearest hundredth, so that the arrows keep the cursor on round values
    /// after an optimiser's step has left it between them.
    static func hundredths(_ value: Double) -> Double {
        (value * 100).rounded() / 100
    }

    /// Moves the cursor by hand, inside `shapes`, and starts the optimiser's path afresh.
    private mutating func move(to value: Double) {
        shape = min(max(value.isFinite ? value : 1, Self.shapes.lowerBound), Self.shapes.upperBound)
        path = []
        last = nil
    }

    /// Draws the stream again with `count` Gamma draws, when there is such a size.
    private mutating func resample(_ count: Int?) {
        guard let count else { return }
        draws = Self.draw(count)
        path = []
        last = nil
    }

    /// One step of the optimiser from the cursor; a step to α ≤ 0, where no Gamma has that
    /// shape, is refused and said to diverge.
    private mutating func step(_ method: Method) {
        let n = Double(draws.count)
        let next = switch method {
        case .gradientAscent: shape + learningRate * maths.profileScore(shape: shape, observations: draws) / n
        case .newton: maths.newtonRaphson(observations: draws, start: shape, tolerance: 1e-12, maxIterations: 1).shape
        }
        guard next > 0, next.isFinite else {
            last = (method, "the step would go to α = \(Self.text(next)), not above 0: it diverges. "
                    + (method == .gradientAscent ? "Press - to shrink η." : "Start Newton nearer α̂ (press s)."))
            return
        }
        path.append(shape)
        last = (method, "step \(path.count): α moved by \(Self.signed(next - shape)).")
        shape = next
    }

    /// The readouts over the plot, in `width` × `height`.
    func body(width: Int, height: Int, style: TerminalStyle) -> [String] {
        let mean = draws.reduce(0, +) / Double(draws.count)
        let top = estimate
        let profile = { (alpha: Double) in maths.logLikelihood(shape: alpha, rate: alpha / mean, observations: self.draws) }
        let text = { Self.text($0, unicode: style.unicode) }
        let fixed = { Self.fixed($0, $1, unicode: style.unicode) }
        var readouts = Self.pack([
            "α = \(fixed(shape, 4))", "ℓₚ(α) = \(text(profile(shape)))",
            "score = \(text(maths.profileScore(shape: shape, observations: draws)))",
        ], width: width) + Self.pack([
            "β = α/x̄ = \(fixed(shape / mean, 4))", "α̂ = \(fixed(top, 4))", "α₀ = \(fixed(maths.methodOfMomentsStart(observations: draws).shape, 4))",
        ], width: width) + Self.pack([
            "n = \(draws.count)", "x̄ = \(fixed(mean, 4))", "η = \(text(learningRate))",
        ], width: width)
        let news = last.map { "\($0.method.rawValue): \($0.text)" }
            ?? "n or g steps an optimiser from the cursor, uphill on ℓₚ."
        readouts += wrap(news, width: width)
        // The plot takes what the readouts leave; its frame (axis, ticks, label, legend) takes four lines.
        let plotRows = max(3, height - readouts.count - 1 - 4)
        let low = ([shape, top / 3] + path).min() ?? shape
        let high = ([shape, top * 2] + path).max() ?? shape
        let grid = (0...120).map { low + (high - low) * Double($0) / 120 }
        let plot = Self.explored(("ℓₚ(α) = ℓ(α, α/x̄)", profile), over: grid, top: ("α̂", top), path: path,
                                 cursor: shape, width: max(20, width - 12), height: plotRows, xLabel: "α (the shape)")
        return readouts + [""] + plot.render(style: style).components(separatedBy: "\n")
    }
}
