import Foundation

/// The reference solution of kata 10.2.8: every check passes it, and the story
/// computes its numbers with it.
public struct ReferenceSolution: TrainingExercises {
    /// Creates the reference solution.
    public init() {}

    /// m + log Σ e^(v − m), m the largest value.
    public func logSumExp(_ values: [Double]) -> Double {
        let largest = values.max() ?? -.infinity
        return largest + log(values.reduce(0) { $0 + exp($1 - largest) })
    }

    /// e^(z − m) / Σ e^(z − m) along each row, m the row's largest logit.
    public func softmax(logits: [[Double]]) -> [[Double]] {
        logits.map { row in
            let largest = row.max() ?? 0
            let powers = row.map { exp($0 - largest) }
            let total = powers.reduce(0, +)
            return powers.map { $0 / total }
        }
    }

    /// The mean of logSumExp(zᵢ) − zᵢ[yᵢ].
    public func crossEntropy(logits: [[Double]], labels: [Int]) -> Double {
        let total = zip(logits, labels).reduce(0.0) { $0 + logSumExp($1.0) - $1.0[$1.1] }
        return total / Double(logits.count)
    }

    /// (softmax − one-hot) / n.
    public func crossEntropyGradient(logits: [[Double]], labels: [Int]) -> [[Double]] {
        let n = Double(logits.count)
        return zip(softmax(logits: logits), labels).map { probabilities, label in
            probabilities.indices.map { (probabilities[$0] - ($0 == label ? 1 : 0)) / n }
        }
    }

    /// Batch by batch in `order`, the last partial batch included: the batch's mean
    /// gradient, then one step.
    public func sgdEpoch(weights: [[Double]], bias: [Double], x: [[Double]], labels: [Int],
                         order: [Int], batchSize: Int, learningRate: Double) -> (weights: [[Double]], bias: [Double]) {
        var weights = weights, bias = bias
        for start in stride(from: 0, to: order.count, by: batchSize) {
            let batch = order[start..<min(start + batchSize, order.count)]
            let logits = batch.map { i in
                bias.indices.map { c in x[i].indices.reduce(bias[c]) { $0 + x[i][$1] * weights[$1][c] } }
            }
            let slope = crossEntropyGradient(logits: logits, labels: batch.map { labels[$0] })
            for (row, i) in batch.enumerated() {
                for j in weights.indices {
                    for c in bias.indices { weights[j][c] -= learningRate * x[i][j] * slope[row][c] }
                }
                for c in bias.indices { bias[c] -= learningRate * slope[row][c] }
            }
        }
        return (weights, bias)
    }
}
