@_exported import KataKit

/// The exercises of kata 10.2.4: what your `Solution` in `Solution.swift` must provide.
///
/// A label y is 0 or 1, drawn like a biased coin whose chance of 1 depends on x:
/// P(y = 1 | x) = σ(z) with the logit z = w·x + b and the sigmoid σ(z) = 1/(1 + e^(−z)).
/// You will write the sigmoid, the binary cross-entropy, the negative log-likelihood
/// of (w, b) computed straight from the logits, its gradient, and gradient descent on
/// it. Every one of them must survive logits as large as ±1000 without overflowing and
/// without rounding a tiny loss to 0, and none may clip anything: the checks use
/// confident predictions on purpose.
///
/// Two conventions, on purpose different: `binaryCrossEntropy` is the MEAN over the
/// points (as machine-learning libraries report a loss), while
/// `negativeLogLikelihood` and `gradient` are SUMS over the points (as the likelihood
/// is). On n points, the first is the second divided by n.
public protocol LogisticExercises {
    /// The logistic sigmoid σ(z) = 1/(1 + e^(−z)), a probability between 0 and 1.
    ///
    /// Never NaN: σ(1000) is 1 and σ(−1000) is 0 (e^(−1000) is below the smallest
    /// Double). Accurate to 12 significant digits for large negative z too:
    /// σ(−50) = 1.9287…e-22, not 0. Do not clip z.
    /// - Parameter z: The logit; any finite Double.
    /// - Returns: σ(z).
    func sigmoid(_ z: Double) -> Double

    /// The binary cross-entropy, the MEAN over the points of
    /// −[yᵢ·log pᵢ + (1 − yᵢ)·log(1 − pᵢ)], natural logs.
    ///
    /// Each point costs −log of the probability the model gave its actual label: −log pᵢ
    /// for a 1, −log(1 − pᵢ) for a 0. A probability of exactly 1 for the right label
    /// costs 0 (the other term, 0 · log 0, counts as 0, not NaN); a probability of
    /// exactly 0 for the actual label costs +∞. Do not clip the probabilities.
    /// - Parameters:
    ///   - labels: The labels, each 0 or 1; at least one.
    ///   - probabilities: P(y = 1) for each point, each in 0...1, as many as the labels.
    /// - Returns: The mean cross-entropy in nats, ≥ 0, possibly +∞.
    func binaryCrossEntropy(labels: [Int], probabilities: [Double]) -> Double

    /// The negative log-likelihood of (w, b), SUMMED over the points, computed from the
    /// logits zᵢ = w·xᵢ + b: Σ [log(1 + e^(zᵢ)) − yᵢ·zᵢ].
    ///
    /// Finite for logits as large as ±1000 (z = 1000 with y = 0 costs 1000, not ∞) and
    /// accurate to 12 significant digits when the loss is tiny (z = −40 with y = 0, or
    /// z = 40 with y = 1, costs e^(−40) ≈ 4.25e-18, not 0). Do not clip.
    /// - Parameters:
    ///   - weight: The weight w.
    ///   - bias: The bias b.
    ///   - x: The inputs; at least one.
    ///   - labels: The labels, each 0 or 1, one per input.
    /// - Returns: −ℓ(w, b) in nats, ≥ 0.
    func negativeLogLikelihood(weight: Double, bias: Double, x: [Double], labels: [Int]) -> Double

    /// The gradient of `negativeLogLikelihood` (the SUM over the points) with respect to
    /// the weight and the bias: (Σ (σ(zᵢ) − yᵢ)·xᵢ, Σ (σ(zᵢ) − yᵢ)), zᵢ = w·xᵢ + b.
    ///
    /// The gradient of the loss, not of the log-likelihood: it points uphill on the
    /// loss, so gradient descent steps against it. Never NaN, even for logits of ±1000.
    /// - Parameters:
    ///   - weight: The weight w.
    ///   - bias: The bias b.
    ///   - x: The inputs; at least one.
    ///   - labels: The labels, each 0 or 1, one per input.
    /// - Returns: ∂/∂w and ∂/∂b of the negative log-likelihood.
    func gradient(weight: Double, bias: Double, x: [Double], labels: [Int]) -> (weight: Double, bias: Double)

    /// Gradient descent on the negative log-likelihood: start at w = 0, b = 0 and take
    /// exactly `steps` steps (w, b) ← (w, b) − η·∇, with ∇ the SUMMED gradient above,
    /// both parts computed at the same (w, b) before either is changed.
    ///
    /// With `steps` = 0 it returns (0, 0). You may call your own
    /// `gradient(weight:bias:x:labels:)`.
    /// - Parameters:
    ///   - x: The inputs; at least one.
    ///   - labels: The labels, each 0 or 1, one per input.
    ///   - learningRate: The step size η, small enough for the steps to settle.
    ///   - steps: How many steps to take, at least 0.
    /// - Returns: The weight and bias after `steps` steps.
    func gradientDescent(x: [Double], labels: [Int], learningRate: Double, steps: Int) -> (weight: Double, bias: Double)
}
