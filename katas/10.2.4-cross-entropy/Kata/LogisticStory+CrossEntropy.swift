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

/// Numbers written to `decimals` places, separated by commas: "0.6590, 0.2424".
func listed(_ numbers: [Double], decimals: Int) -> String {
    numbers.map { "\(prose: $0, decimals: decimals)" }.joined(separator: ", ")
}

/// Softmax, categorical cross-entropy, and the binary case as k = 2.
func tellSoftmax(_ narrator: Narrator, _ maths: ReferenceSolution) {
    narrator.heading("k classes: softmax and categorical cross-entropy")
    narrator.prose("""
    With k classes the model gives one logit per class, z₁, …, z_k, and softmax turns \
    them into probabilities that add up to 1:

      qⱼ = e^(zⱼ) / Σₘ e^(zₘ)

    A label is one draw from that categorical distribution. Its likelihood is q_y, the \
    probability of the class it turned out to be, and its negative log, −log q_y, is \
    the categorical cross-entropy. Summed over the points it is, once more, the \
    negative log-likelihood. For three logits and a point of the first class \
    (`listed` writes numbers with commas between them):
    """)
    let (logits, q) = narrator.step { show in
        let logits = [2.0, 1.0, 0.1]
        let powers = logits.map { exp($0) }
        let q = powers.map { $0 / powers.reduce(0, +) }
        let crossEntropy = -log(q[0])
        show("softmax(\(listed(logits, decimals: 1))) =",
             "(\(listed(q, decimals: 4)))")
        show("cross-entropy = −log \(q[0], decimals: 4) =",
             "\(crossEntropy, decimals: 4) nats")
        return (logits, q)
    }
    narrator.prose("""
    The overflow trap is back. Add the same large number to every logit: the \
    probabilities should not change, since each e^(zⱼ) gains the same factor and it \
    cancels. But e^z overflows to ∞ past z ≈ \(log(Double.greatestFiniteMagnitude), decimals: 2), \
    and ∞/∞ is NaN. Subtracting the largest logit from each first changes nothing \
    either, and makes every exponent ≤ 0. That is what `softmax` in this file does:
    """)
    let (large, naive, shifted) = narrator.step { show in
        let large = logits.map { $0 + 998 }
        let powers = large.map { exp($0) }
        let naive = powers.map { $0 / powers.reduce(0, +) }
        let shifted = softmax(large)
        show("logits:         (\(listed(large, decimals: 1)))")
        show("as written:     (\(listed(naive, decimals: 4)))")
        show("largest first:  (\(listed(shifted, decimals: 4)))")
        return (large, naive, shifted)
    }
    let shift = (large.first ?? 0) - (logits.first ?? 0)
    let tolerance = 1e-12
    narrator.claim("with \(shift, decimals: 0) added, the shifted softmax equals the first one within \(prose: tolerance, significant: 1), and the one as written is NaN",
                   zip(shifted, q).allSatisfy { abs($0 - $1) < tolerance } && naive.allSatisfy(\.isNaN))
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
    narrator.claim("softmax(z, 0) = (σ(z), 1 − σ(z)) and −log of its first entry is the one-point loss, for z = \(listed(zs, decimals: 1))",
                   agrees)
}

/// CE = H(p) + KL(p‖q), on a small example and on the intercept-only model of the data.
func tellKullbackLeibler(_ narrator: Narrator, _ maths: ReferenceSolution, x: [Double], labels: [Int],
                         maximum: LogisticMaximum) {
    narrator.heading("Cross-entropy = entropy + KL divergence")
    narrator.prose("""
    For a distribution p (the truth, or the data) and a model q, three quantities:

      cross-entropy   H(p, q)  = −Σ pⱼ·log qⱼ
      entropy         H(p)     = −Σ pⱼ·log pⱼ
      KL divergence   KL(p‖q)  =  Σ pⱼ·log(pⱼ/qⱼ)

    The KL divergence is never negative, and it is 0 only when q = p. Split log qⱼ = log pⱼ − log(pⱼ/qⱼ) and they add up: H(p, q) = H(p) + KL(p‖q). \
    For two distributions over three classes:
    """)
    let (entropy, divergence, crossEntropy) = narrator.step { show in
        let p = [0.7, 0.2, 0.1]
        let q = [0.5, 0.3, 0.2]
        let entropy = -p.reduce(0) { $0 + $1 * log($1) }
        let divergence = zip(p, q).reduce(0) { $0 + $1.0 * log($1.0 / $1.1) }
        let crossEntropy = -zip(p, q).reduce(0) { $0 + $1.0 * log($1.1) }
        show("H(p) =", "\(entropy, decimals: 6)",
             "  KL(p‖q) =", "\(divergence, decimals: 6)",
             "  sum =", "\(entropy + divergence, decimals: 6)")
        show("H(p, q) =", "\(crossEntropy, decimals: 6)")
        return (entropy, divergence, crossEntropy)
    }
    let tolerance = 1e-15
    narrator.claim("H(p, q) = H(p) + KL(p‖q) within \(prose: tolerance, significant: 1), and KL(p‖q) > 0",
                   abs(crossEntropy - entropy - divergence) <= tolerance && divergence > 0)
    tellInterceptOnly(narrator, maths, x: x, labels: labels)
    narrator.prose("""
    With x in the model, each point has its own x and one label, so the data's \
    distribution at xᵢ is certain (p = 1 on yᵢ), its entropy is 0, and the mean \
    cross-entropy is exactly the average KL divergence from the data to the model. \
    At the fit:
    """)
    narrator.step { show in
        let mean = maximum.loss / Double(x.count)
        show("mean cross-entropy at (ŵ, b̂) =", "\(mean, decimals: 6) nats")
    }
    narrator.prose("""
    Maximum likelihood, minimum cross-entropy and minimum KL divergence are one idea \
    in three names.
    """)
}
