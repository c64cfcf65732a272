import KataKit

extension TrainingMistakes {
    /// The mistakes of one epoch of minibatch SGD, each with the model that makes it.
    static func epochMistakes(order: [Int], batchSize: Int) -> [(variant: EpochVariant, mistake: NamedMistake)] {
        let n = order.count
        let partial = n % batchSize != 0 && n > batchSize
        let shuffled = order != Array(0..<n)
        let candidates: [(Bool, EpochVariant, String, String)] = [
            (true, EpochVariant(direction: 1), "the gradient's sign",
             "Each step went uphill on the loss: weights += η·∇. Gradient descent steps against the gradient, weights −= η·∇, so that the loss goes down."),
            (true, EpochVariant(scale: .sum), "sum where the mean is asked",
             "Each batch's gradient was the sum over its samples, not the mean: the step grows with the batch. Divide by the batch's size m, as `crossEntropyGradient` does once it passes its own checks."),
            (partial, EpochVariant(scale: .fullBatchSize), "the last batch divided by the full batch size",
             "The last batch holds fewer than batchSize samples, but its gradient was divided by batchSize. Its mean is over the samples it holds: divide by its own count (which `crossEntropyGradient` of that batch does)."),
            (true, EpochVariant(stepsBias: false), "a forgotten bias",
             "The bias came back as it went in: it was never stepped. It is a parameter too: bias[c] −= η · Σᵢ G[i][c]."),
            (true, EpochVariant(stepsBias: false, usesBias: false), "a forgotten bias",
             "The bias was left out of the logits and never stepped. The logits are x·weights + bias, and the bias is stepped like the weights: bias[c] −= η · Σᵢ G[i][c]."),
            (true, EpochVariant(usesBias: false), "the bias left out of the logits",
             "The bias was stepped, but the logits were computed as x·weights alone. Add bias[c] to every sample's logit for class c."),
            (partial, EpochVariant(dropsLastBatch: true), "the last partial batch dropped",
             "The samples left over after the last full batch were never used. Cut `order` into batches of batchSize and keep the last one, however few samples it holds: `order[start..<min(start + batchSize, order.count)]`."),
            (shuffled, EpochVariant(ignoresOrder: true), "the order ignored",
             "The samples were taken as 0, 1, 2, …, not in `order`. The order is what makes the descent stochastic: batch b is order[b·batchSize ..< (b + 1)·batchSize]."),
            (batchSize > 1, EpochVariant(batchSize: 1), "a step after every sample",
             "The weights moved after each sample, so every batch held one. Compute one gradient over the whole batch, then take one step."),
            (batchSize < n, EpochVariant(batchSize: n), "one step for the whole epoch",
             "All samples went into one batch and one step. Cut them into batches of batchSize and step after each."),
        ]
        return candidates.filter(\.0).map { ($0.1, NamedMistake(name: $0.2, explanation: $0.3)) }
    }
}
