import Foundation

// The last part of the story: k classes with softmax, and cross-entropy as entropy plus
// the KL divergence.

/// softmax(z)ⱼ = e^(zⱼ − max z) / Σ e^(zₘ − max z): shifting by the largest logit keeps
/// every exponent ≤ 0 and changes nothing, since the shift cancels.
func softmax(_ logits: [Double]) -> [Double] {
    let top = logits.max() ?? 0
    let powers = logits.map { exp($0 - top) }
    let total = powers.reduce(0, +)
    return powers.map { $0 / total }
}

/// Softmax, categorical cross-entropy, and the binary case as k = 2.
func tellSoftmax(_ narrator: Narrator, _ maths: ReferenceSolution) {
    let logits = [2.0, 1.0, 0.1]
    let probabilities = softmax(logits)
    let crossEntropy = -log(probabilities[0])
    narrator.heading("k classes: softmax and categorical cross-entropy")
    narrator.prose("""
    With k classes the model gives one logit per class, z₁, …, z_k, and softmax turns \
    them into probabilities that add up to 1:

      qⱼ = e^(zⱼ) / Σₘ e^(zₘ)

    A label is one draw from that categorical distribution. Its likelihood is q_y, the \
    probability of the class it turned out to be, and its negative log, −log q_y, is \
    the categorical cross-entropy. Summed over the points it is, once more, the \
    negative log-likelihood. For the logits (2, 1, 0.1) and a point of the first class:
    """)
    narrator.output("""
    softmax(2, 1, 0.1) = (\(probabilities.map { String(format: "%.4f", $0) }.joined(separator: ", ")))
    cross-entropy = −log \(String(format: "%.4f", probabilities[0])) = \(String(format: "%.4f", crossEntropy)) nats
    """)
    let shifted = softmax(logits.map { $0 + 998 })
    let naive = logits.map { exp($0 + 998) }.map { $0 / logits.map { exp($0 + 998) }.reduce(0, +) }
    narrator.prose("""
    The overflow trap is back: e^1000 is ∞, so softmax(1000, 999, 998.1) computed as \
    written is (\(naive.map { "\(prose: $0, decimals: 4)" }.joined(separator: ", "))). Subtracting the largest \
    logit from each first changes nothing (the factor e^(−max) cancels) and makes \
    every exponent ≤ 0.
    """)
    narrator.claim("the shifted softmax of (1000, 999, 998.1) equals softmax(2, 1, 0.1) within 1e-12, and the naive one is NaN",
                   zip(shifted, probabilities).allSatisfy { abs($0 - $1) < 1e-12 } && naive.allSatisfy(\.isNaN))
    let zs = [-30.0, -2.5, 0, 0.7, 40]
    let agrees = zs.allSatisfy { z in
        let pair = softmax([z, 0])
        return abs(pair[0] - maths.sigmoid(z)) <= 1e-15 * maths.sigmoid(z) + 1e-300
            && abs(-log(pair[0]) - maths.negativeLogLikelihood(weight: 1, bias: 0, x: [z], labels: [1])) <= 1e-12
    }
    narrator.prose("""
    Binary logistic regression is the case k = 2 with the second logit fixed at 0: \
    softmax(z, 0) = (e^z/(e^z + 1), 1/(e^z + 1)) = (σ(z), 1 − σ(z)), and the \
    categorical cross-entropy becomes the binary one.
    """)
    narrator.claim("softmax(z, 0) = (σ(z), 1 − σ(z)) and −log of its first entry is the one-point loss, for z = \(zs.map { "\(prose: $0, decimals: 1)" }.joined(separator: ", "))",
                   agrees)
}

/// CE = H(p) + KL(p‖q), on a small example and on the intercept-only model of the data.
func tellKullbackLeibler(_ narrator: Narrator, _ maths: ReferenceSolution, x: [Double], labels: [Int],
                         maximum: LogisticMaximum) {
    let p = [0.7, 0.2, 0.1]
    let q = [0.5, 0.3, 0.2]
    let entropy = -p.reduce(0) { $0 + $1 * log($1) }
    let divergence = zip(p, q).reduce(0) { $0 + $1.0 * log($1.0 / $1.1) }
    let crossEntropy = -zip(p, q).reduce(0) { $0 + $1.0 * log($1.1) }
    narrator.heading("Cross-entropy = entropy + KL divergence")
    narrator.prose("""
    For a distribution p (the truth, or the data) and a model q, three quantities:

      cross-entropy   H(p, q)  = −Σ pⱼ·log qⱼ
      entropy         H(p)     = −Σ pⱼ·log pⱼ
      KL divergence   KL(p‖q)  =  Σ pⱼ·log(pⱼ/qⱼ),  ≥ 0, and 0 only when q = p

    Split log qⱼ = log pⱼ − log(pⱼ/qⱼ) and they add up: H(p, q) = H(p) + KL(p‖q). For \
    p = (0.7, 0.2, 0.1) and q = (0.5, 0.3, 0.2):
    """)
    narrator.output("""
    H(p) = \(String(format: "%.6f", entropy))   KL(p‖q) = \(String(format: "%.6f", divergence))   sum = \(String(format: "%.6f", entropy + divergence))
    H(p, q) = \(String(format: "%.6f", crossEntropy))
    """)
    narrator.claim("H(p, q) = H(p) + KL(p‖q) within 1e-15, and KL(p‖q) > 0",
                   abs(crossEntropy - entropy - divergence) <= 1e-15 && divergence > 0)
    let n = Double(x.count)
    let share = Double(labels.reduce(0, +)) / n
    let fit = NewtonRaphson(tolerance: 1e-15, maxIterations: 50).root(
        of: { b in maths.gradient(weight: 0, bias: b, x: x, labels: labels).bias },
        derivative: { b in n * maths.sigmoid(b) * (1 - maths.sigmoid(b)) }, from: 0)
    func meanLoss(_ b: Double) -> Double { maths.negativeLogLikelihood(weight: 0, bias: b, x: x, labels: labels) / n }
    func bernoulliEntropy(_ r: Double) -> Double { -(r * log(r) + (1 - r) * log(1 - r)) }
    func bernoulliDivergence(_ r: Double, _ s: Double) -> Double { r * log(r / s) + (1 - r) * log((1 - r) / (1 - s)) }
    narrator.prose("""
    H(p) does not depend on the model. So over models q, minimising the cross-entropy \
    and minimising KL(p‖q) are the same search: maximum likelihood picks the model \
    whose distribution is closest, in KL, to the data's.

    See it on the data with the simplest model, one that ignores x: w = 0, so every \
    point gets q = σ(b). The data's distribution of labels is p̂ = \
    \(labels.reduce(0, +))/\(x.count) = \(share, decimals: 3), and the mean \
    cross-entropy is H(p̂) + KL(p̂‖σ(b)). KL is 0 only at σ(b) = p̂, so the maximum \
    likelihood bias is b̂ = log(p̂/(1 − p̂)) = \(prose: log(share / (1 - share)), decimals: 6), \
    and the loss there is the entropy of the labels, H(p̂) = \(bernoulliEntropy(share), decimals: 6) \
    nats (just under log 2 = \(log(2.0), decimals: 6)). Newton-Raphson on ∂/∂b, from b = 0:
    """)
    narrator.output("""
    b̂ = \(String(format: "%.12f", fit.root))   log(p̂/(1 − p̂)) = \(String(format: "%.12f", log(share / (1 - share))))
    mean loss at b̂ = \(String(format: "%.12f", meanLoss(fit.root)))   H(p̂) = \(String(format: "%.12f", bernoulliEntropy(share)))
    mean loss at b = 0.5 − H(p̂) = \(String(format: "%.12f", meanLoss(0.5) - bernoulliEntropy(share)))   KL(p̂‖σ(0.5)) = \(String(format: "%.12f", bernoulliDivergence(share, maths.sigmoid(0.5))))
    """)
    narrator.claim("b̂ = log(p̂/(1 − p̂)) and the loss there is H(p̂), and at b = 0.5 the excess loss is KL(p̂‖σ(0.5)), each within 1e-12",
                   fit.converged && abs(fit.root - log(share / (1 - share))) < 1e-12
                       && abs(meanLoss(fit.root) - bernoulliEntropy(share)) < 1e-12
                       && abs(meanLoss(0.5) - bernoulliEntropy(share) - bernoulliDivergence(share, maths.sigmoid(0.5))) < 1e-12)
    narrator.prose("""
    With x in the model, each point has its own x and one label, so the data's \
    distribution at xᵢ is certain (p = 1 on yᵢ), its entropy is 0, and the mean \
    cross-entropy is exactly the average KL divergence from the data to the model: \
    \(maximum.loss / n, decimals: 6) nats at the fit. Maximum likelihood, minimum \
    cross-entropy and minimum KL divergence are one idea in three names.
    """)
}
