import Foundation
import KataKit

/// `kata explore 10.2.8`: the mean cross-entropy of kata 10.2.4's 200 labels over the
/// logistic weight and bias (w, b), a heat map with the current point on it, and minibatch
/// SGD steps taken with keys, each one call of the kata's `sgdEpoch` on the next batch,
/// beside the loss over the steps taken. Every number is computed with the kata's own
/// functions (the reference's, or with `--mine` the learner's `crossEntropy` and `sgdEpoch`).
///
/// The model is the two-class softmax of the story: class 1's logit minus class 0's is
/// w·x + b, kept as weights [[−w/2, w/2]] and bias [−b/2, b/2], which SGD keeps symmetric.
struct TrainingExplorer: Explorer {
    /// The weights and biases the map spans and the cursor keeps to.
    static let weights = -0.5...3.0, biases = -1.5...1.5
    /// The batch sizes `b` and `B` step through, and the learning rates `+` and `-` do.
    static let batchSizes = [1, 5, 20, 50, 200], rates = [0.01, 0.03, 0.1, 0.3, 1, 3]
    /// How far above the minimum the map's shades reach: higher is all `·`.
    static let depth = 0.3
    /// Where the steps start.
    static let start = (weight: 0.0, bias: 1.0)

    /// Whose functions draw the view.
    let maths: any TrainingExercises
    /// The story's minibatch data, and their exact maximum.
    let data: NonSeparableData, exact: (weight: Double, bias: Double)
    /// The current point.
    var weight = Self.start.weight, bias = Self.start.bias
    /// The batch size and the learning rate.
    var batch = 20, rate = 0.1
    /// The epoch's order and the next batch's first position in it.
    var order: [Int] = [], position = 0
    /// The orders' generator, numpy's permutation from the story's seed.
    var shuffler = NumPyRandom(seed: shuffleSeed)
    /// The loss after each step taken, the start's first.
    var losses: [Double] = []
    /// Steps and epochs taken.
    var steps = 0, epochs = 0

    /// The view with a solution's functions.
    init(maths: any TrainingExercises) {
        self.maths = maths
        data = NonSeparableData()
        exact = data.exactFit()
        losses = [loss(weight, bias)]
    }

    /// The view's name.
    var title: String { "Kata 10.2.8 · minibatch SGD on the cross-entropy over (w, b)" }
    /// As 10.2.1's: 64×24.
    var minimumSize: (width: Int, height: Int) { (64, 24) }
    /// The keys, as the bottom lines show them.
    var keyHelp: [(key: String, does: String)] {
        [("s", "one batch"), ("e", "one epoch"), ("b B", "batch ±"), ("+ -", "η ±"), ("←→↑↓", "move"),
         ("r", "restart"), ("q", "quit")]
    }

    /// Does what `key` asks; q quits.
    mutating func handle(_ key: ExplorerKey) -> Bool {
        switch key {
        case .character("s"): step()
        case .character("e"):
            let epoch = epochs
            repeat { step() } while epochs == epoch
        case .character("b"): batch = Self.batchSizes.first { $0 > batch } ?? batch
        case .character("B"): batch = Self.batchSizes.last { $0 < batch } ?? batch
        case .character("+"): rate = Self.rates.first { $0 > rate } ?? rate
        case .character("-"): rate = Self.rates.last { $0 < rate } ?? rate
        case .left: move(weight - 0.1, bias)
        case .right: move(weight + 0.1, bias)
        case .down: move(weight, bias - 0.1)
        case .up: move(weight, bias + 0.1)
        case .character("r"): restart()
        case .character("q"): return false
        default: break
        }
        return true
    }

    /// The mean cross-entropy at (w, b), from the kata's `crossEntropy` on two-class logits.
    func loss(_ weight: Double, _ bias: Double) -> Double {
        maths.crossEntropy(logits: data.x.map { [0, weight * $0[0] + bias] }, labels: data.labels)
    }

    /// One step of minibatch SGD: `sgdEpoch` over the next batch of this epoch's order.
    private mutating func step() {
        if position >= order.count {
            order = shuffler.permutation(data.labels.count)
            position = 0
        }
        let next = Array(order[position..<min(position + batch, order.count)])
        let (newWeights, newBias) = maths.sgdEpoch(weights: [[-weight / 2, weight / 2]], bias: [-bias / 2, bias / 2],
                                                   x: data.x, labels: data.labels, order: next,
                                                   batchSize: batch, learningRate: rate)
        (weight, bias) = logisticPair(weights: newWeights, bias: newBias)
        position += next.count
        steps += 1
        if position >= order.count { epochs += 1 }
        losses.append(loss(weight, bias))
    }

    /// Moves the point, keeping it on the map; the steps start again from there.
    private mutating func move(_ newWeight: Double, _ newBias: Double) {
        weight = min(max(newWeight, Self.weights.lowerBound), Self.weights.upperBound)
        bias = min(max(newBias, Self.biases.lowerBound), Self.biases.upperBound)
        losses = [loss(weight, bias)]
    }

    /// Back to the start, with the first epoch's order again.
    private mutating func restart() {
        (weight, bias, steps, epochs, position, order) = (Self.start.weight, Self.start.bias, 0, 0, 0, [])
        shuffler = NumPyRandom(seed: shuffleSeed)
        losses = [loss(weight, bias)]
    }

    /// The readouts over the map and the loss curve, in `width` × `height`.
    func body(width: Int, height: Int, style: TerminalStyle) -> [String] {
        let fixed = { Self.fixed($0, $1, unicode: style.unicode) }
        let best = loss(exact.weight, exact.bias), here = losses.last ?? .nan
        let readouts = Self.pack([
            "w = \(fixed(weight, 3))", "b = \(fixed(bias, 3))", "loss = \(fixed(here, 4))",
            "batch = \(batch)", "η = \(rate)", "steps = \(steps)", "epochs = \(epochs)",
        ], width: width) + Self.pack([
            "maximum: ŵ = \(fixed(exact.weight, 3)), b̂ = \(fixed(exact.bias, 3)), loss \(fixed(best, 4))",
            "distance \(fixed(hypot(weight - exact.weight, bias - exact.bias), 3))",
        ], width: width)
        let room = max(10, height - readouts.count - 1)
        let right = max(24, width * 2 / 5)
        let left = width - right - 1
        let mapLines = Self.heatMap(xs: Self.weights, ys: Self.biases, width: left, lines: room, style: style,
                                    labels: ("w", "b", "min − loss"), mark: .point(x: weight, y: bias),
                                    valueRange: -Self.depth...0) { best - loss($0, $1) }
        let curveStyle = TerminalStyle(colour: style.colour, unicode: style.unicode, width: right)
        let curve = LinePlot(series: [LinePlot.Series(name: "loss", points: losses.enumerated().map { (Double($0), $1) }),
                                      LinePlot.Series(name: "at the maximum", points: [(0, best), (Double(max(1, steps)), best)])],
                             width: right, height: max(2, room - 5), xLabel: "steps", yLabel: "")
        let curveLines = Array(curve.render(style: curveStyle).components(separatedBy: "\n").prefix(room))
        return readouts + [""] + Self.beside(mapLines, curveLines, leftWidth: left)
    }
}
