@_exported import KataKit

/// The exercises of kata 10.2.8: what your `Solution` in `Solution.swift` must provide.
///
/// A classifier over k classes turns each sample's k scores, its *logits*, into
/// probabilities with the softmax, and training it is maximum likelihood: it minimises
/// the categorical cross-entropy, the mean negative log-likelihood of the labels. You
/// will write the stable log-sum-exp, the softmax, the cross-entropy from logits, its
/// gradient, and one epoch of minibatch stochastic gradient descent for multinomial
/// logistic regression.
///
/// Layouts, the same in every exercise (numpy's, row-major):
/// - `logits` is one row per sample, one column per class: `logits[i][c]` is sample
///   i's score for class c. A batch of n samples over k classes is n rows of k.
/// - `labels[i]` is sample i's class, an index in `0..<k`.
/// - `x` is one row per sample, one column per feature: n rows of d.
/// - `weights` is one row per feature, one column per class: d rows of k, so that the
///   logits are x·weights + bias, `logits[i][c] = bias[c] + Σⱼ x[i][j] · weights[j][c]`.
/// - `bias` holds one number per class, k of them.
///
/// Losses are MEANS over the samples of a batch (as machine-learning libraries report
/// them), and so are their gradients.
public protocol TrainingExercises {
    /// The log-sum-exp log(Σᵢ e^(vᵢ)), computed stably: with m = max vᵢ it is
    /// m + log(Σᵢ e^(vᵢ − m)), which never overflows or underflows to ±∞.
    ///
    /// Finite for values as large as ±1000: logSumExp([1000, 1000]) is 1000 + ln 2, and
    /// logSumExp([−1000]) is −1000.
    /// - Parameter values: The values; at least one, all finite.
    /// - Returns: log(Σ e^(vᵢ)), natural log.
    func logSumExp(_ values: [Double]) -> Double

    /// The softmax of each row of `logits`: row i becomes e^(zᵢc) / Σ_c′ e^(zᵢc′), the
    /// model's probabilities of the k classes for sample i, which add up to 1 along the row.
    ///
    /// Stable for logits as large as ±1000 (subtract each row's maximum before exp).
    /// - Parameter logits: One row per sample, one column per class; at least one row,
    ///   every row of the same k ≥ 1 entries, all finite.
    /// - Returns: The probabilities, in the same layout: n rows of k.
    func softmax(logits: [[Double]]) -> [[Double]]

    /// The categorical cross-entropy from logits, the MEAN over the samples of
    /// −log softmax(zᵢ)[yᵢ] = logSumExp(zᵢ) − zᵢ[yᵢ]: the mean negative log-likelihood
    /// of the labels under the model.
    ///
    /// Finite whenever the logits are: a label given a logit 800 below the row's
    /// largest costs 800, not ∞ (its probability e^(−800) is 0 in Double, its log is not).
    /// - Parameters:
    ///   - logits: One row per sample, one column per class, as in `softmax(logits:)`.
    ///   - labels: One class index in `0..<k` per row.
    /// - Returns: The mean loss in nats, ≥ 0.
    func crossEntropy(logits: [[Double]], labels: [Int]) -> Double

    /// The gradient of `crossEntropy(logits:labels:)` (the MEAN) with respect to every
    /// logit: (softmax(zᵢ)[c] − [c = yᵢ]) / n for sample i and class c, n the number of rows.
    ///
    /// The gradient of the loss, so it points uphill on the loss: a sample's own class
    /// gets a negative entry (raising that logit lowers the loss). Never NaN.
    /// - Parameters:
    ///   - logits: One row per sample, one column per class, as in `softmax(logits:)`.
    ///   - labels: One class index in `0..<k` per row.
    /// - Returns: ∂loss/∂logits, in the logits' layout: n rows of k.
    func crossEntropyGradient(logits: [[Double]], labels: [Int]) -> [[Double]]

    /// One epoch of minibatch stochastic gradient descent for multinomial logistic
    /// regression, the model logits = x·weights + bias.
    ///
    /// Visit the samples in `order`, cut into consecutive batches of `batchSize`: the
    /// first batch is samples order[0], …, order[batchSize − 1], the next starts at
    /// order[batchSize], and the last batch holds what is left, possibly fewer (do not
    /// drop it). For each batch B of m samples, in turn, compute the logits of its
    /// samples with the current weights and bias, then G = `crossEntropyGradient` of the
    /// batch (already divided by m), and step against the gradient:
    ///
    ///     weights[j][c] −= learningRate · Σ_{i in B} x[i][j] · G[i][c]
    ///     bias[c]       −= learningRate · Σ_{i in B} G[i][c]
    ///
    /// The next batch uses the weights and bias this one left. You may call your own
    /// `crossEntropyGradient(logits:labels:)`.
    /// - Parameters:
    ///   - weights: The starting weights: d rows (features) of k (classes).
    ///   - bias: The starting bias: k numbers.
    ///   - x: The inputs: n rows of d.
    ///   - labels: n class indices in `0..<k`.
    ///   - order: The order to visit the samples in: each of 0..<n once.
    ///   - batchSize: At most how many samples a batch holds, at least 1.
    ///   - learningRate: The step size η.
    /// - Returns: The weights and bias after the epoch's last batch.
    func sgdEpoch(weights: [[Double]], bias: [Double], x: [[Double]], labels: [Int],
                  order: [Int], batchSize: Int, learningRate: Double) -> (weights: [[Double]], bias: [Double])
}
