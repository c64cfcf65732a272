import Foundation
import MLETutorialData

/// `kata explore 10.2.2`: the log-likelihood of the tutorial's Gaussian sample over
/// (μ, σ) as a heat map with a cursor, beside its two profiles through the cursor (ℓ over
/// μ at the cursor's σ, and over σ at its μ), with the sample redrawn larger or smaller,
/// all computed with the kata's own functions (the reference's, or with `--mine` the
/// learner's).
struct GaussianExplorer: Explorer {
    /// The sample sizes `+` and `-` step through; the tutorial's 50 among them.
    static let sizes = [5, 10, 20, 50, 100, 200, 500]
    /// The means the map spans and the cursor keeps to.
    static let means = 3.0...7.0
    /// The standard deviations the map spans and the cursor keeps to.
    static let deviations = 1.0...3.5
    /// How far below its top the map's shades reach: lower is the darkest shade.
    static let depth = 10.0

    /// Whose functions draw the view.
    let maths: any GaussianExercises
    /// The measurements: the tutorial's first draws from N(5, 2²), 50 to begin with.
    var sample = TutorialStream().gaussianSample
    /// The cursor's mean μ.
    var mean = 4.0
    /// The cursor's standard deviation σ (the functions take the variance σ²).
    var deviation = 3.0

    /// The view with a solution's functions.
    init(maths: any GaussianExercises) {
        self.maths = maths
    }

    /// The view's name, with what it is drawn over.
    var title: String { "Kata 10.2.2 · explore ℓ(μ, σ²) of \(sample.count) measurements" }
    /// As 10.2.1's: 64×24.
    var minimumSize: (width: Int, height: Int) { (64, 24) }
    /// The keys, as the bottom lines show them.
    var keyHelp: [(key: String, does: String)] {
        let (mean, deviation) = (TutorialStream.gaussianMean, TutorialStream.gaussianStandardDeviation)
        let truth = "(\(Self.fixed(mean, 0)), \(Self.fixed(deviation, 0)))"
        return [("←→", "μ ∓ 0.1"), ("↑↓", "σ ± 0.1"), ("m", "to (μ̂, σ̂)"), ("t", "to the truth \(truth)"),
                ("+ -", "more, fewer measurements"), ("q", "quit")]
    }

    /// Does what `key` asks; q quits.
    mutating func handle(_ key: ExplorerKey) -> Bool {
        switch key {
        case .left: move(mean: mean - 0.1, deviation: deviation)
        case .right: move(mean: mean + 0.1, deviation: deviation)
        case .down: move(mean: mean, deviation: deviation - 0.1)
        case .up: move(mean: mean, deviation: deviation + 0.1)
        case .character("m"):
            let estimate = maths.maximumLikelihoodEstimate(of: sample)
            move(mean: estimate.mean, deviation: estimate.variance.squareRoot())
        case .character("t"):
            move(mean: TutorialStream.gaussianMean, deviation: TutorialStream.gaussianStandardDeviation)
        case .character("+"): resample(Self.sizes.first { $0 > sample.count })
        case .character("-"): resample(Self.sizes.last { $0 < sample.count })
        case .character("q"): return false
        default: break
        }
        return true
    }

    /// Moves the cursor, keeping it on the map.
    private mutating func move(mean: Double, deviation: Double) {
        self.mean = min(max(mean.isFinite ? mean : 5, Self.means.lowerBound), Self.means.upperBound)
        self.deviation = min(max(deviation.isFinite ? deviation : 2, Self.deviations.lowerBound),
                             Self.deviations.upperBound)
    }

    /// Draws the sample again with `count` values, when there is such a size: the first
    /// `count` of the tutorial's stream, as its `n_samples` would.
    private mutating func resample(_ count: Int?) {
        guard let count else { return }
        sample = TutorialStream(gaussianCount: count).gaussianSample
    }

    /// ℓ at mean μ and standard deviation σ, from the kata's function of the variance.
    private func logLikelihood(_ mean: Double, _ deviation: Double) -> Double {
        maths.logLikelihood(of: sample, mean: mean, variance: deviation * deviation)
    }

    /// The readouts over the plots, in `width` × `height`.
    func body(width: Int, height: Int, style: TerminalStyle) -> [String] {
        let estimate = maths.maximumLikelihoodEstimate(of: sample)
        let top = maths.logLikelihood(of: sample, mean: estimate.mean, variance: estimate.variance)
        let here = logLikelihood(mean, deviation)
        let interval = maths.confidenceInterval95(of: sample)
        let text = { Self.text($0, unicode: style.unicode) }
        let two = { Self.fixed($0, 2, unicode: style.unicode) }
        let readouts = Self.pack([
            "μ = \(two(mean))", "σ = \(two(deviation)) (σ² = \(Self.fixed(deviation * deviation, 3)))",
            "ℓ = \(text(here))", "ℓ − ℓ̂ = \(text(here - top))",
        ], width: width) + Self.pack([
            "μ̂ = x̄ = \(Self.fixed(estimate.mean, 4))",
            "σ̂ = \(Self.fixed(estimate.variance.squareRoot(), 4)) (σ̂² = \(Self.fixed(estimate.variance, 4)))",
            "ℓ̂ = ℓ(μ̂, σ̂²) = \(text(top))",
        ], width: width) + Self.pack([
            "n = \(sample.count)",
            "95% interval for μ: \(Self.fixed(interval.lower, 3)) to \(Self.fixed(interval.upper, 3))",
            "the truth: μ = \(Self.fixed(TutorialStream.gaussianMean, 0)), σ = "
                + Self.fixed(TutorialStream.gaussianStandardDeviation, 0),
        ], width: width)
        let room = max(10, height - readouts.count - 1)
        let right = max(24, width * 2 / 5)
        let left = width - right - 1
        let map = Self.heatMap(xs: Self.means, ys: Self.deviations, width: left, lines: room, style: style,
                               labels: ("μ", "σ", "ℓ − ℓ̂"), mark: .point(x: mean, y: deviation),
                               valueRange: -Self.depth...0) { logLikelihood($0, $1) - top }
        let profiles = profile(overMean: true, width: right, lines: room / 2, style: style)
            + profile(overMean: false, width: right, lines: room - room / 2, style: style)
        return readouts + [""] + Self.beside(map, profiles, leftWidth: left)
    }

    /// ℓ through the cursor over μ (σ held) or over σ (μ held), the cursor marked and the
    /// curve's highest point drawn as •, in `lines` lines.
    private func profile(overMean: Bool, width: Int, lines: Int, style: TerminalStyle) -> [String] {
        let narrow = TerminalStyle(colour: style.colour, unicode: style.unicode, width: width)
        let xs = Self.grid(overMean ? Self.means : Self.deviations, count: 81)
        let points = xs.map { x in (x: x, y: overMean ? logLikelihood(x, deviation) : logLikelihood(mean, x)) }
        let best = points.max { $0.y < $1.y } ?? points[0]
        let held = overMean ? "μ at σ = \(Self.fixed(deviation, 2))" : "σ at μ = \(Self.fixed(mean, 2))"
        // The label says what • is when the panel is wide enough to hold it.
        for label in [held + " (• top)", held] {
            let plot = LinePlot(series: [LinePlot.Series(points: points),
                                         LinePlot.Series(points: [best], drawn: .points)],
                                width: width, height: max(2, lines - 3), xLabel: label, yLabel: "",
                                mark: (overMean ? mean : deviation, logLikelihood(mean, deviation)))
            let drawn = Array(plot.render(style: narrow).components(separatedBy: "\n").prefix(lines))
            if label == held || drawn.allSatisfy({ $0.withoutEscapeCodes.count <= width }) { return drawn }
        }
        return []
    }
}
