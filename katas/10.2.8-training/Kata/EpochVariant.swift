/// One epoch of minibatch SGD as the reference runs it, or with one mistake in it: the
/// checks run these models on the learner's inputs to name what a wrong answer did.
struct EpochVariant: Sendable {
    /// How a batch's gradient is scaled.
    enum Scale: Sendable {
        /// Divided by the batch's own size m (right).
        case mean
        /// Not divided: the sum over the batch.
        case sum
        /// Divided by `batchSize` even for a last, smaller batch.
        case fullBatchSize
    }

    /// The direction of each step: −1 descends (right), +1 ascends.
    var direction = -1.0
    /// How each batch's gradient is scaled.
    var scale = Scale.mean
    /// Whether the bias is stepped.
    var stepsBias = true
    /// Whether the bias enters the logits.
    var usesBias = true
    /// Whether a last batch smaller than `batchSize` is skipped.
    var dropsLastBatch = false
    /// Whether the samples are taken in 0..<n rather than in `order`.
    var ignoresOrder = false
    /// A batch size used in place of the one asked, or nil.
    var batchSize: Int?

    /// Runs the epoch.
    func run(weights: [[Double]], bias: [Double], x: [[Double]], labels: [Int], order: [Int],
             batchSize asked: Int, learningRate: Double) -> (weights: [[Double]], bias: [Double]) {
        let maths = ReferenceSolution()
        let size = max(1, batchSize ?? asked)
        let order = ignoresOrder ? Array(0..<order.count) : order
        var weights = weights, bias = bias
        for start in stride(from: 0, to: order.count, by: size) {
            let batch = order[start..<min(start + size, order.count)]
            if dropsLastBatch && batch.count < size { break }
            let logits = batch.map { i in
                bias.indices.map { c in x[i].indices.reduce(usesBias ? bias[c] : 0) { $0 + x[i][$1] * weights[$1][c] } }
            }
            let slope = maths.crossEntropyGradient(logits: logits, labels: batch.map { labels[$0] })
            let factor = switch scale {
            case .mean: 1.0
            case .sum: Double(batch.count)
            case .fullBatchSize: Double(batch.count) / Double(size)
            }
            for (row, i) in batch.enumerated() {
                for j in weights.indices {
                    for c in bias.indices { weights[j][c] += direction * learningRate * x[i][j] * slope[row][c] * factor }
                }
                if stepsBias { for c in bias.indices { bias[c] += direction * learningRate * slope[row][c] * factor } }
            }
        }
        return (weights, bias)
    }
}
