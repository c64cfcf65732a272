import Foundation

// The intercept-only model of the story's data: its maximum likelihood bias is the
// log-odds of the labels, and its loss is their entropy plus a KL divergence.

/// The entropy of a coin that lands 1 with probability `r`, in nats.
func bernoulliEntropy(_ r: Double) -> Double {
    -(r * log(r) + (1 - r) * log(1 - r))
}

/// KL(r‖s) between coins that land 1 with probabilities `r` and `s`, in nats.
func bernoulliDivergence(_ r: Double, _ s: Double) -> Double {
    r * log(r / s) + (1 - r) * log((1 - r) / (1 - s))
}

/// Minimising cross-entropy is minimising KL, shown on the model that ignores x.
func tellInterceptOnly(_ narrator: Narrator, _ maths: ReferenceSolution, x: [Double], labels: [Int]) {
    narrator.prose("""
    H(p) does not depend on the model. So over models q, minimising the cross-entropy \
    and minimising KL(p‖q) are the same search: maximum likelihood picks the model \
    whose distribution is closest, in KL, to the data's.

    See it on the data with the simplest model, one that ignores x: w = 0, so every \
    point gets q = σ(b). The data's distribution of labels is p̂, the share of 1s:
    """)
    let share = narrator.step { show in
        let ones = labels.reduce(0, +)
        let share = Double(ones) / Double(labels.count)
        show("p̂ = \(ones)/\(labels.count) = \(share, decimals: 3)")
        return share
    }
    narrator.prose("""
    The mean cross-entropy is H(p̂) + KL(p̂‖σ(b)), and KL is 0 only at σ(b) = p̂, so \
    the maximum likelihood bias is b̂ = log(p̂/(1 − p̂)), and the loss there is the \
    entropy of the labels, H(p̂) (`bernoulliEntropy`), just under log 2 = \
    \(log(2.0), decimals: 6). Find b̂ with KataKit's `NewtonRaphson` on ∂/∂b, whose \
    derivative is n·σ(b)(1 − σ(b)):
    """)
    let (fit, meanLoss) = narrator.step { show in
        let n = Double(x.count)
        let fit = NewtonRaphson(tolerance: 1e-15, maxIterations: 50).root(
            of: { maths.gradient(weight: 0, bias: $0, x: x, labels: labels).bias },
            derivative: { n * maths.sigmoid($0) * (1 - maths.sigmoid($0)) },
            from: 0)
        func meanLoss(_ b: Double) -> Double {
            let sum = maths.negativeLogLikelihood(
                weight: 0, bias: b, x: x, labels: labels)
            return sum / n
        }
        show("b̂ = \(fit.root, decimals: 12)")
        show("log(p̂/(1 − p̂)) = \(log(share / (1 - share)), decimals: 12)")
        show("mean loss at b̂ = \(meanLoss(fit.root), decimals: 12)")
        show("H(p̂) = \(bernoulliEntropy(share), decimals: 12)")
        return (fit, meanLoss)
    }
    narrator.prose("""
    Anywhere else the loss is higher by exactly the KL divergence \
    (`bernoulliDivergence`):
    """)
    let (b, excess, divergence) = narrator.step { show in
        let b = 0.5
        let excess = meanLoss(b) - bernoulliEntropy(share)
        let divergence = bernoulliDivergence(share, maths.sigmoid(b))
        show("mean loss at b = \(b), minus H(p̂) = \(excess, decimals: 12)")
        show("KL(p̂‖σ(\(b))) = \(divergence, decimals: 12)")
        return (b, excess, divergence)
    }
    let tolerance = 1e-12
    narrator.claim("b̂ = log(p̂/(1 − p̂)) and the loss there is H(p̂), and at b = \(b) the excess loss is KL(p̂‖σ(\(b))), each within \(prose: tolerance, significant: 1)",
                   fit.converged && abs(fit.root - log(share / (1 - share))) < tolerance
                       && abs(meanLoss(fit.root) - bernoulliEntropy(share)) < tolerance
                       && abs(excess - divergence) < tolerance)
}
