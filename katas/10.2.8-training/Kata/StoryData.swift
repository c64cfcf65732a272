import Foundation
import KataKit

/// The seed tutorial's training data, with numpy's stream in place of torch's:
/// `np.random.seed(42); X = np.random.randn(200, 5)`, labels y = (X·w > 0) for the true
/// weights w. The labels are a function of X: the data are separable.
struct SeparableData: Sendable {
    static let seed: UInt32 = 42
    static let count = 200, features = 5
    static let trueWeights = [1.0, -2.0, 0.5, 0.0, 1.5]

    /// X, row-major: sample i's features are x[i·5 ..< i·5 + 5].
    let x: [Double]
    /// The labels, 0 or 1, as Doubles (what the loss multiplies by).
    let labels: [Double]

    init() {
        var random = NumPyRandom(seed: Self.seed)
        let x = random.randn(Self.count, Self.features)
        self.x = x
        labels = (0..<Self.count).map { i in
            let z = (0..<Self.features).reduce(0.0) { $0 + x[i * Self.features + $1] * Self.trueWeights[$1] }
            return z > 0 ? 1 : 0
        }
    }

    /// Row i, for printing.
    func row(_ i: Int) -> ArraySlice<Double> { x[i * Self.features ..< (i + 1) * Self.features] }

    /// The mean BCE with logits, max(z, 0) − z·y + log(1 + e^(−|z|)), and the share of
    /// samples with z > 0 exactly when y = 1.
    func lossAndAccuracy(_ logits: [Double]) -> (loss: Double, accuracy: Double) {
        var loss = 0.0, right = 0
        for (z, y) in zip(logits, labels) {
            loss += logisticLoss(logit: z, label: y)
            if (z > 0) == (y == 1) { right += 1 }
        }
        return (loss / Double(logits.count), Double(right) / Double(logits.count))
    }
}

/// The story's learning rate, number of epochs and minibatch size, as a reader may change them.
let learningRate = StoryParameter.double("learning_rate", 0.0001...1, default: 0.01,
                                         "the step size η of the seed's full-batch gradient descent")
let epochCount = StoryParameter.int("epochs", 5...20_000, default: 1000,
                                    "how many full-batch steps the seed's training takes")
let batchSize = StoryParameter.int("batch_size", 1...200, default: 20,
                                   "how many samples each step of the minibatch run averages over")

/// Full-batch gradient descent on the mean binary cross-entropy with logits (what torch's
/// `BCEWithLogitsLoss` computes), from zero weights and bias, as the seed trains.
///
/// Written as flat loops over contiguous memory, so that the story's 10⁵ steps take a
/// couple of seconds even in a debug build. Each epoch is torch's: the forward pass,
/// whose loss and accuracy are what the tutorial prints, then one step
/// w ← w − (η·Xᵀr)/n, b ← b − (η·Σr)/n with r = σ(z) − y (numpy's script,
/// Tests/KataTests/Reference/training.py, keeps this order).
struct BinaryTraining {
    /// One epoch's report: its loss and accuracy, computed before its step.
    struct Report: Sendable {
        let epoch: Int
        let loss: Double
        let accuracy: Double
    }

    /// The weights, the bias, and the loss and accuracy there, after some number of steps.
    struct Snapshot: Sendable {
        let steps: Int
        let weights: [Double]
        let bias: Double
        let loss: Double
        let accuracy: Double
        var norm: Double { weights.reduce(0) { $0 + $1 * $1 }.squareRoot() }
    }

    let data: SeparableData
    let learningRate: Double

    /// Trains for `steps` steps, reporting every `reportEvery` epochs up to `reportUntil`
    /// and taking a snapshot after each of `snapshots` steps.
    /// - Returns: The reports, and the snapshots by their number of steps.
    func run(steps: Int, reportEvery: Int, reportUntil: Int, snapshots: Set<Int>) -> (reports: [Report], snapshots: [Int: Snapshot]) {
        let n = SeparableData.count, d = SeparableData.features
        var weights = [Double](repeating: 0, count: d)
        var bias = 0.0
        var reports: [Report] = [], taken: [Int: Snapshot] = [:]
        var slope = [Double](repeating: 0, count: d)
        var logits = [Double](repeating: 0, count: n)
        for epoch in 1...max(1, steps) {
            forward(weights: weights, bias: bias, into: &logits)
            if epoch % reportEvery == 0 && epoch <= reportUntil {
                let (loss, accuracy) = data.lossAndAccuracy(logits)
                reports.append(Report(epoch: epoch, loss: loss, accuracy: accuracy))
            }
            let residualSum = backward(logits: logits, into: &slope)
            let rate = learningRate, count = Double(n)
            for j in 0..<d { weights[j] -= rate * slope[j] / count }
            bias -= rate * residualSum / count
            if snapshots.contains(epoch) {
                var after = logits
                forward(weights: weights, bias: bias, into: &after)
                let (loss, accuracy) = data.lossAndAccuracy(after)
                taken[epoch] = Snapshot(steps: epoch, weights: weights, bias: bias, loss: loss, accuracy: accuracy)
            }
        }
        return (reports, taken)
    }

    /// z = X·w + b, each dot product summed in feature order.
    private func forward(weights: [Double], bias: Double, into logits: inout [Double]) {
        let n = SeparableData.count, d = SeparableData.features
        data.x.withUnsafeBufferPointer { xs in
            weights.withUnsafeBufferPointer { w in
                logits.withUnsafeMutableBufferPointer { z in
                    var i = 0
                    while i < n {
                        var dot = 0.0, j = 0
                        while j < d { dot += xs[i * d + j] * w[j]; j += 1 }
                        z[i] = dot + bias
                        i += 1
                    }
                }
            }
        }
    }

    /// Xᵀr into `slope`, with r = σ(z) − y; returns Σr.
    private func backward(logits: [Double], into slope: inout [Double]) -> Double {
        let n = SeparableData.count, d = SeparableData.features
        var residualSum = 0.0
        data.x.withUnsafeBufferPointer { xs in
            data.labels.withUnsafeBufferPointer { y in
                logits.withUnsafeBufferPointer { z in
                    slope.withUnsafeMutableBufferPointer { g in
                        var j = 0
                        while j < d { g[j] = 0; j += 1 }
                        var i = 0
                        while i < n {
                            let residual = 1 / (1 + exp(-z[i])) - y[i]
                            j = 0
                            while j < d { g[j] += xs[i * d + j] * residual; j += 1 }
                            residualSum += residual
                            i += 1
                        }
                    }
                }
            }
        }
        return residualSum
    }
}

/// The maximum a posteriori fit under a Gaussian prior on the weights: the minimum of the
/// mean BCE plus λ/2·‖w‖² (the bias not penalised), by Newton's method from zero.
/// - Parameters:
///   - data: The samples.
///   - penalty: λ, greater than 0; the prior is N(0, 1/(nλ)) on each weight.
/// - Returns: The five weights and the bias, last.
func mapFit(_ data: SeparableData, penalty: Double) -> [Double] {
    let n = SeparableData.count, d = SeparableData.features
    func rows() -> [[Double]] { (0..<n).map { Array(data.row($0)) + [1] } }
    let features = rows()
    func objective(_ theta: [Double]) -> Double {
        let logits = features.map { zip($0, theta).reduce(0) { $0 + $1.0 * $1.1 } }
        let loss = zip(logits, data.labels).reduce(0.0) { $0 + logisticLoss(logit: $1.0, label: $1.1) }
        return loss / Double(n) + penalty / 2 * theta.prefix(d).reduce(0) { $0 + $1 * $1 }
    }
    return NewtonMinimizer(tolerance: 1e-14).minimize(objective, derivatives: { theta in
        var gradient = [Double](repeating: 0, count: d + 1)
        var hessian = [[Double]](repeating: [Double](repeating: 0, count: d + 1), count: d + 1)
        for (row, y) in zip(features, data.labels) {
            let p = 1 / (1 + exp(-zip(row, theta).reduce(0) { $0 + $1.0 * $1.1 }))
            for a in 0...d {
                gradient[a] += (p - y) * row[a] / Double(n)
                for b in 0...d { hessian[a][b] += p * (1 - p) * row[a] * row[b] / Double(n) }
            }
        }
        for a in 0..<d {
            gradient[a] += penalty * theta[a]
            hessian[a][a] += penalty
        }
        return (gradient, hessian)
    }, from: [Double](repeating: 0, count: d + 1)).point
}

/// One sample's binary cross-entropy from its logit z and label y (0 or 1), in the form
/// that neither overflows nor loses digits: max(z, 0) − z·y + log(1 + e^(−|z|)).
func logisticLoss(logit z: Double, label y: Double) -> Double {
    max(z, 0) - z * y + log1p(exp(-abs(z)))
}
