import Foundation
import TrainingKata

// Wrong solutions to kata 10.2.8, each written the way a learner might write it, each
// with one mistake (or a right answer written another way). Whatever a solution does
// not override comes from the reference, so only the exercise it gets wrong should fail.

/// Takes every exercise from the reference unless the conforming type writes its own.
protocol TrainingReferenceDefaults: TrainingExercises {}

extension TrainingReferenceDefaults {
    func logSumExp(_ values: [Double]) -> Double { ReferenceSolution().logSumExp(values) }
    func softmax(logits: [[Double]]) -> [[Double]] { ReferenceSolution().softmax(logits: logits) }
    func crossEntropy(logits: [[Double]], labels: [Int]) -> Double {
        ReferenceSolution().crossEntropy(logits: logits, labels: labels)
    }
    func crossEntropyGradient(logits: [[Double]], labels: [Int]) -> [[Double]] {
        ReferenceSolution().crossEntropyGradient(logits: logits, labels: labels)
    }
    func sgdEpoch(weights: [[Double]], bias: [Double], x: [[Double]], labels: [Int],
                  order: [Int], batchSize: Int, learningRate: Double) -> (weights: [[Double]], bias: [Double]) {
        ReferenceSolution().sgdEpoch(weights: weights, bias: bias, x: x, labels: labels, order: order,
                                     batchSize: batchSize, learningRate: learningRate)
    }
}

/// The wrong solutions, in a namespace of their own.
enum TrainingWrong {
    // MARK: - logSumExp

    struct NaiveLogSumExp: TrainingReferenceDefaults {
        func logSumExp(_ values: [Double]) -> Double { log(values.reduce(0) { $0 + exp($1) }) }
    }

    struct MaxNotAddedBack: TrainingReferenceDefaults {
        func logSumExp(_ values: [Double]) -> Double {
            let m = values.max()!
            return log(values.reduce(0) { $0 + exp($1 - m) })
        }
    }

    struct MaxAlone: TrainingReferenceDefaults {
        func logSumExp(_ values: [Double]) -> Double { values.max()! }
    }

    struct LogOfMean: TrainingReferenceDefaults {
        func logSumExp(_ values: [Double]) -> Double {
            let m = values.max()!
            return m + log(values.reduce(0) { $0 + exp($1 - m) } / Double(values.count))
        }
    }

    /// Right: the minimum subtracted and added back is as exact when the values are close, but it overflows.
    struct ShiftByMinimum: TrainingReferenceDefaults {
        func logSumExp(_ values: [Double]) -> Double {
            let m = values.min()!
            return m + log(values.reduce(0) { $0 + exp($1 - m) })
        }
    }

    /// Right, written another way: the largest term taken out with log1p.
    struct LogOnePlus: TrainingReferenceDefaults {
        func logSumExp(_ values: [Double]) -> Double {
            let index = values.indices.max { values[$0] < values[$1] }!
            let m = values[index]
            let rest = values.indices.reduce(0.0) { $1 == index ? $0 : $0 + exp(values[$1] - m) }
            return m + log1p(rest)
        }
    }

    // MARK: - softmax

    struct NaiveSoftmax: TrainingReferenceDefaults {
        func softmax(logits: [[Double]]) -> [[Double]] {
            logits.map { row in let e = row.map(exp); let s = e.reduce(0, +); return e.map { $0 / s } }
        }
    }

    /// Softmax of every row but the last: a matrix of the wrong shape.
    struct SoftmaxDropsLastRow: TrainingReferenceDefaults {
        func softmax(logits: [[Double]]) -> [[Double]] {
            Array(ReferenceSolution().softmax(logits: logits).dropLast())
        }
    }

    struct SoftmaxOverColumns: TrainingReferenceDefaults {
        func softmax(logits: [[Double]]) -> [[Double]] {
            let k = logits[0].count
            var out = logits
            for c in 0..<k {
                let m = logits.map { $0[c] }.max()!
                let s = logits.reduce(0.0) { $0 + exp($1[c] - m) }
                for i in logits.indices { out[i][c] = exp(logits[i][c] - m) / s }
            }
            return out
        }
    }

    struct WholeBatchNormalised: TrainingReferenceDefaults {
        func softmax(logits: [[Double]]) -> [[Double]] {
            let m = logits.joined().max()!
            let s = logits.joined().reduce(0.0) { $0 + exp($1 - m) }
            return logits.map { $0.map { exp($0 - m) / s } }
        }
    }

    struct NotNormalised: TrainingReferenceDefaults {
        func softmax(logits: [[Double]]) -> [[Double]] {
            logits.map { row in let m = row.max()!; return row.map { exp($0 - m) } }
        }
    }

    /// Right, written another way: e^(z − logSumExp(z)).
    struct SoftmaxByLogSumExp: TrainingReferenceDefaults {
        func softmax(logits: [[Double]]) -> [[Double]] {
            logits.map { row in let l = logSumExp(row); return row.map { exp($0 - l) } }
        }
    }

    // MARK: - crossEntropy

    struct SummedLoss: TrainingReferenceDefaults {
        func crossEntropy(logits: [[Double]], labels: [Int]) -> Double {
            zip(logits, labels).reduce(0.0) { $0 + logSumExp($1.0) - $1.0[$1.1] }
        }
    }

    struct MeanOverEveryEntry: TrainingReferenceDefaults {
        func crossEntropy(logits: [[Double]], labels: [Int]) -> Double {
            zip(logits, labels).reduce(0.0) { $0 + logSumExp($1.0) - $1.0[$1.1] }
                / Double(logits.count * logits[0].count)
        }
    }

    struct LossSign: TrainingReferenceDefaults {
        func crossEntropy(logits: [[Double]], labels: [Int]) -> Double {
            zip(logits, labels).reduce(0.0) { $0 + $1.0[$1.1] - logSumExp($1.0) } / Double(logits.count)
        }
    }

    /// −log of the stable softmax: right until a probability underflows.
    struct LogOfProbability: TrainingReferenceDefaults {
        func crossEntropy(logits: [[Double]], labels: [Int]) -> Double {
            zip(softmax(logits: logits), labels).reduce(0.0) { $0 - log($1.0[$1.1]) } / Double(logits.count)
        }
    }

    /// −log of a naive softmax.
    struct NaiveCrossEntropy: TrainingReferenceDefaults {
        func crossEntropy(logits: [[Double]], labels: [Int]) -> Double {
            zip(logits, labels).reduce(0.0) { total, sample in
                let e = sample.0.map(exp)
                return total - log(e[sample.1] / e.reduce(0, +))
            } / Double(logits.count)
        }
    }

    // MARK: - crossEntropyGradient

    struct GradientSign: TrainingReferenceDefaults {
        func crossEntropyGradient(logits: [[Double]], labels: [Int]) -> [[Double]] {
            let n = Double(logits.count)
            return zip(softmax(logits: logits), labels).map { p, y in p.indices.map { (($0 == y ? 1 : 0) - p[$0]) / n } }
        }
    }

    struct SummedGradient: TrainingReferenceDefaults {
        func crossEntropyGradient(logits: [[Double]], labels: [Int]) -> [[Double]] {
            zip(softmax(logits: logits), labels).map { p, y in p.indices.map { p[$0] - ($0 == y ? 1 : 0) } }
        }
    }

    struct NoOneHot: TrainingReferenceDefaults {
        func crossEntropyGradient(logits: [[Double]], labels: [Int]) -> [[Double]] {
            let n = Double(logits.count)
            return softmax(logits: logits).map { $0.map { $0 / n } }
        }
    }

    struct NaiveGradient: TrainingReferenceDefaults {
        func crossEntropyGradient(logits: [[Double]], labels: [Int]) -> [[Double]] {
            let n = Double(logits.count)
            return zip(logits, labels).map { row, y in
                let e = row.map(exp), s = e.reduce(0, +)
                return row.indices.map { (e[$0] / s - ($0 == y ? 1 : 0)) / n }
            }
        }
    }

    // MARK: - sgdEpoch

    /// The reference's epoch with one thing changed, as `variant` says.
    struct Epoch: TrainingReferenceDefaults {
        var direction = -1.0
        var divideBySize: ((Int, Int) -> Double)? = nil
        var stepsBias = true
        var usesBias = true
        var dropsLast = false
        var ignoresOrder = false
        var fixedBatch: Int? = nil

        func sgdEpoch(weights: [[Double]], bias: [Double], x: [[Double]], labels: [Int],
                      order: [Int], batchSize: Int, learningRate: Double) -> (weights: [[Double]], bias: [Double]) {
            var w = weights, b = bias
            let order = ignoresOrder ? Array(0..<order.count) : order
            let size = fixedBatch.map { $0 == 0 ? order.count : $0 } ?? batchSize
            var start = 0
            while start < order.count {
                let batch = Array(order[start..<min(start + size, order.count)])
                start += size
                if dropsLast && batch.count < size { break }
                let logits = batch.map { i in b.indices.map { c in x[i].indices.reduce(usesBias ? b[c] : 0) { $0 + x[i][$1] * w[$1][c] } } }
                let p = softmax(logits: logits)
                let m = divideBySize?(batch.count, size) ?? Double(batch.count)
                for (r, i) in batch.enumerated() {
                    for c in b.indices {
                        let g = (p[r][c] - (c == labels[i] ? 1 : 0)) / m
                        for j in w.indices { w[j][c] += direction * learningRate * x[i][j] * g }
                        if stepsBias { b[c] += direction * learningRate * g }
                    }
                }
            }
            return (w, b)
        }
    }

    /// Right, written another way: the gradient summed into dW and db first, then one step.
    struct EpochByMatrices: TrainingReferenceDefaults {
        func sgdEpoch(weights: [[Double]], bias: [Double], x: [[Double]], labels: [Int],
                      order: [Int], batchSize: Int, learningRate: Double) -> (weights: [[Double]], bias: [Double]) {
            var w = weights, b = bias
            for start in stride(from: 0, to: order.count, by: batchSize) {
                let batch = Array(order[start..<min(start + batchSize, order.count)])
                let z = batch.map { i in b.indices.map { c in b[c] + x[i].indices.reduce(0.0) { $0 + x[i][$1] * w[$1][c] } } }
                let g = crossEntropyGradient(logits: z, labels: batch.map { labels[$0] })
                var dw = w.map { $0.map { _ in 0.0 } }, db = b.map { _ in 0.0 }
                for (r, i) in batch.enumerated() {
                    for c in b.indices {
                        for j in w.indices { dw[j][c] += x[i][j] * g[r][c] }
                        db[c] += g[r][c]
                    }
                }
                for j in w.indices { for c in b.indices { w[j][c] -= learningRate * dw[j][c] } }
                for c in b.indices { b[c] -= learningRate * db[c] }
            }
            return (w, b)
        }
    }

    /// Stale weights: every batch's gradient taken at the epoch's starting weights.
    struct StaleWeights: TrainingReferenceDefaults {
        func sgdEpoch(weights: [[Double]], bias: [Double], x: [[Double]], labels: [Int],
                      order: [Int], batchSize: Int, learningRate: Double) -> (weights: [[Double]], bias: [Double]) {
            var w = weights, b = bias
            for start in stride(from: 0, to: order.count, by: batchSize) {
                let batch = Array(order[start..<min(start + batchSize, order.count)])
                let z = batch.map { i in bias.indices.map { c in x[i].indices.reduce(bias[c]) { $0 + x[i][$1] * weights[$1][c] } } }
                let g = crossEntropyGradient(logits: z, labels: batch.map { labels[$0] })
                for (r, i) in batch.enumerated() {
                    for c in b.indices {
                        for j in w.indices { w[j][c] -= learningRate * x[i][j] * g[r][c] }
                        b[c] -= learningRate * g[r][c]
                    }
                }
            }
            return (w, b)
        }
    }
}
