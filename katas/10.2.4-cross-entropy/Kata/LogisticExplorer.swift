import Foundation
import MLETutorialData

/// `kata explore 10.2.4`: the negative log-likelihood (or the mean cross-entropy) of
/// the tutorial's labels over the weight w, the bias held at the fitted b̂, beside the
/// sigmoid at the cursor's weight drawn over the labels, all computed with the kata's
/// own functions (the reference's, or with `--mine` the learner's).
struct LogisticExplorer: Explorer {
    /// Which loss the left plot draws over w.
    enum Loss: String {
        /// Σ [log(1 + e^(zᵢ)) − yᵢ·zᵢ], a sum over the points.
        case negativeLogLikelihood = "NLL"
        /// The mean binary cross-entropy, the NLL divided by n.
        case crossEntropy = "cross-entropy"
    }

    /// The weights the plot spans and the cursor keeps to.
    static let weights = -0.5...3.5
    /// The steps of the kata's gradient descent that fit (ŵ, b̂), at the story's rate:
    /// the story's descent arrives (a gradient below 10⁻⁸) in 174.
    static let fitSteps = 400

    /// Whose functions draw the view.
    let maths: any LogisticExercises
    /// The tutorial's 200 points: x, and labels drawn with P(y = 1) = σ(1.5x − 0.5).
    let x: [Double], labels: [Int]
    /// The maximum likelihood fit, by the kata's gradient descent from (0, 0).
    let fit: (weight: Double, bias: Double)
    /// The cursor's weight.
    var weight = 0.0
    /// The loss drawn over w.
    var loss = Loss.negativeLogLikelihood

    /// The view with a solution's functions; it fits (ŵ, b̂) once, here.
    init(maths: any LogisticExercises) {
        self.maths = maths
        (x, labels) = storyData()
        fit = maths.gradientDescent(x: x, labels: labels, learningRate: storyLearningRate, steps: Self.fitSteps)
    }

    /// The view's name, with what it is drawn over.
    var title: String { "Kata 10.2.4 · explore the \(loss.rawValue) over the weight w" }
    /// As 10.2.1's: 64×24.
    var minimumSize: (width: Int, height: Int) { (64, 24) }
    /// The keys, as the bottom lines show them.
    var keyHelp: [(key: String, does: String)] {
        [("←→", "w ∓ 0.05"), ("↑↓", "w ± 0.5"), ("m", "to ŵ"), ("t", "to the truth 1.5"),
         ("l", loss == .negativeLogLikelihood ? "plot the cross-entropy" : "plot the NLL"), ("q", "quit")]
    }

    /// Does what `key` asks; q quits.
    mutating func handle(_ key: ExplorerKey) -> Bool {
        switch key {
        case .left: move(to: weight - 0.05)
        case .right: move(to: weight + 0.05)
        case .down: move(to: weight - 0.5)
        case .up: move(to: weight + 0.5)
        case .character("m"): move(to: fit.weight)
        case .character("t"): move(to: TutorialStream.logisticWeight)
        case .character("l"): loss = loss == .negativeLogLikelihood ? .crossEntropy : .negativeLogLikelihood
        case .character("q"): return false
        default: break
        }
        return true
    }

    /// Moves the cursor, keeping it on the plot.
    private mutating func move(to value: Double) {
        weight = min(max(value.isNaN ? 0 : value, Self.weights.lowerBound), Self.weights.upperBound)
    }

    /// The NLL at weight w and the fitted bias.
    private func negativeLogLikelihood(_ weight: Double) -> Double {
        maths.negativeLogLikelihood(weight: weight, bias: fit.bias, x: x, labels: labels)
    }

    /// The mean cross-entropy of the labels under σ(w·x + b̂), from the kata's sigmoid.
    private func crossEntropy(_ weight: Double) -> Double {
        maths.binaryCrossEntropy(labels: labels, probabilities: x.map { maths.sigmoid(weight * $0 + fit.bias) })
    }

    /// The readouts over the plots, in `width` × `height`.
    func body(width: Int, height: Int, style: TerminalStyle) -> [String] {
        let text = { Self.text($0, unicode: style.unicode) }
        let fixed = { Self.fixed($0, $1, unicode: style.unicode) }
        let slope = maths.gradient(weight: weight, bias: fit.bias, x: x, labels: labels).weight
        let (here, best) = (negativeLogLikelihood(weight), negativeLogLikelihood(fit.weight))
        let readouts = Self.pack([
            "w = \(fixed(weight, 2))", "b = b̂ = \(fixed(fit.bias, 4))", "NLL = \(text(here))",
            "cross-entropy = \(text(crossEntropy(weight)))",
        ], width: width) + Self.pack([
            "ŵ = \(fixed(fit.weight, 4))", "NLL − NLL(ŵ) = \(text(here - best))", "∂NLL/∂w = \(text(slope))",
        ], width: width) + wrap("Cross-entropy = NLL ÷ n (n = \(x.count)), so both bottom out at ŵ; ŵ and b̂ come from "
                                + "\(Self.fitSteps) steps of gradientDescent, η = \(storyLearningRate).", width: width)
        let room = max(10, height - readouts.count - 1)
        let right = max(26, width / 2)
        let left = width - right - 1
        let curve = loss == .negativeLogLikelihood ? negativeLogLikelihood : crossEntropy
        let (low, high) = (Self.weights.lowerBound, Self.weights.upperBound)
        let grid = (0...100).map { low + (high - low) * Double($0) / 100 }
        let name = loss == .negativeLogLikelihood ? "NLL(w)" : "cross-entropy(w)"
        let lossPlot = Self.plot(width: left, lines: room, style: style) { rows in
            LinePlot(series: [LinePlot.Series(name: name, points: grid.map { ($0, curve($0)) }),
                              LinePlot.Series(name: "ŵ", points: [(fit.weight, curve(fit.weight))], drawn: .points)],
                     width: left, height: rows, xLabel: "weight w (b = b̂)", yLabel: "", mark: (weight, curve(weight)))
        }
        let (first, last) = (x.min() ?? -6, x.max() ?? 6)
        let xs = (0...100).map { first + (last - first) * Double($0) / 100 }
        let fitPlot = Self.plot(width: right, lines: room, style: style) { rows in
            LinePlot(series: [LinePlot.Series(name: "σ(\(fixed(weight, 2))x + b̂)",
                                              points: xs.map { ($0, maths.sigmoid(weight * $0 + fit.bias)) }),
                              LinePlot.Series(name: "the labels", points: zip(x, labels).map { ($0, Double($1)) },
                                              drawn: .points)],
                     width: right, height: rows, xLabel: "x", yLabel: "")
        }
        return readouts + [""] + Self.beside(lossPlot, fitPlot, leftWidth: left)
    }
}
