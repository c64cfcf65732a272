import Foundation
import KataKit

// MARK: - k classes

/// Softmax and the categorical cross-entropy, with log-sum-exp for stability.
func tellClasses(_ narrator: Narrator, _ maths: ReferenceSolution) {
    let logits = [2.0, 1.0, 0.1], label = 0
    narrator.heading("k classes: the softmax and log-sum-exp")
    narrator.prose("""
    With k classes the model gives each sample k logits z₁ … z_k, and the softmax \
    turns them into probabilities, p_c = e^(z_c) / Σ e^(z_c′). A label is one draw \
    from the categorical distribution p, so the negative log-likelihood of a label y \
    is −log p_y = log Σ e^(z_c) − z_y: the *categorical cross-entropy*, which \
    `CrossEntropyLoss` computes. For the logits \(logits) and label \(label):
    """)
    let loss = narrator.step { show in
        let p = maths.softmax(logits: [logits])[0]
        show("softmax =", p.map { "\($0, decimals: 4)" }.joined(separator: " "))
        let loss = maths.crossEntropy(logits: [logits], labels: [label])
        show("−log p[\(label)] = \(-log(p[label]), decimals: 4)",
             "  logSumExp − z[\(label)] = \(loss, decimals: 4)")
        return loss
    }
    narrator.claim("−log p_y and log-sum-exp minus z_y agree",
                   abs(loss + log(maths.softmax(logits: [logits])[0][label])) < 1e-12)
    narrator.prose("""
    The second form matters, because e^z overflows Double once z passes about \
    \(prose: log(Double.greatestFiniteMagnitude), decimals: 0), and confident \
    networks produce such logits. The way out is the identity log Σ e^(z_c) = m + \
    log Σ e^(z_c − m) for m = max z_c: every exponent is then at most 0, one is \
    exactly 0, and nothing overflows or underflows:
    """)
    let stable = narrator.step { show in
        let large = logits.map { $0 * 500 }
        let naive = log(large.reduce(0) { $0 + exp($1) })
        show("logits", large, " naive: \(naive)",
             " stable: \(maths.logSumExp(large), decimals: 4)")
        return (naive, maths.logSumExp(large))
    }
    narrator.claim("the stable log-sum-exp is finite where the naive one is ∞",
                   stable.1.isFinite && !stable.0.isFinite)
    let pair = narrator.step { show in
        let z = 1.5
        let two = maths.softmax(logits: [[0, z]])[0][1]
        show("softmax([0, \(z)])[1] = \(two, decimals: 6)",
             "  σ(\(z)) = \(1 / (1 + exp(-z)), decimals: 6)")
        return (two, 1 / (1 + exp(-z)))
    }
    narrator.claim("with two classes the softmax is the sigmoid of the logits' difference",
                   abs(pair.0 - pair.1) < 1e-15)
    narrator.prose("""
    With two classes the softmax of (0, z) is σ(z), and the categorical \
    cross-entropy is the binary one: the seed's model above is the k = 2 case of \
    the one you will train.
    """)
}

// MARK: - The table

/// The seed's table of losses and the distributions they assume.
func tellLossTable(_ narrator: Narrator, _ maths: ReferenceSolution) {
    narrator.heading("Every loss is a likelihood")
    narrator.prose("""
    The seed ends with a table. Each common loss is the negative log-likelihood of a \
    distribution for the target, up to a constant that does not move the minimum:
    """)
    let constant = narrator.step { show in
        show("loss           target        −log p(y | model)")
        show("squared error  Gaussian      (y − ŷ)²/(2σ²) + log(σ√(2π))")
        show("binary CE      Bernoulli     −y log p − (1 − y) log(1 − p)")
        show("cross-entropy  categorical   logSumExp(z) − z[y]")
        let residuals = [0.5, -1.2, 0.3]
        let squares = residuals.reduce(0) { $0 + $1 * $1 } / 2
        let gaussian = residuals.reduce(0) {
            $0 - log(exp(-$1 * $1 / 2) / (2 * .pi).squareRoot())
        }
        show("residuals \(residuals), σ = 1:",
             " −log N = \(gaussian, decimals: 4),",
             " SSE/2 = \(squares, decimals: 4)")
        return (gaussian - squares, Double(residuals.count))
    }
    let shift = constant.1 / 2 * log(2 * Double.pi)
    narrator.claim("the Gaussian NLL is half the squared error plus n/2 · log 2π = \(prose: shift, decimals: 4)",
                   abs(constant.0 - shift) < 1e-12)
    narrator.prose("""
    Mean squared error assumes Gaussian noise (kata 10.2.3), binary cross-entropy a \
    Bernoulli label (kata 10.2.4), and cross-entropy a categorical one (this kata). \
    Choosing a loss is choosing a model of the data, and training is maximum \
    likelihood, with everything that comes with it: the consistency and efficiency \
    of kata 10.2.6, and the traps of this one.
    """)
}
