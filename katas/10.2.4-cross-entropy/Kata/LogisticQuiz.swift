import Foundation
import MLETutorialData

/// The knowledge check of kata 10.2.4: the log-likelihood as minus n times the mean
/// cross-entropy, the gradient as a residual, why scikit-learn's default is not the
/// maximum, the intercept-only bias, the softmax shift, and the loss of a confident
/// mistake. Every number in it is computed with `ReferenceSolution` and the story's
/// data when it is asked.
func logisticQuiz() -> [Question] {
    let (x, labels) = storyData()
    return [
        crossEntropyIsTheNLL(x: x, labels: labels),
        gradientIsTheResidual(),
        scikitLearnDefault(x: x, labels: labels),
        interceptOnlyBias(labels: labels),
        softmaxShift(),
        confidentMistake(),
    ]
}

/// ℓ = −n × the mean binary cross-entropy.
private func crossEntropyIsTheNLL(x: [Double], labels: [Int]) -> Question {
    let maths = ReferenceSolution()
    let (w, b) = (TutorialStream.logisticWeight, TutorialStream.logisticBias)
    let logLikelihood = -maths.negativeLogLikelihood(weight: w, bias: b, x: x, labels: labels)
    let probabilities = x.map { maths.sigmoid(w * $0 + b) }
    let crossEntropy = maths.binaryCrossEntropy(labels: labels, probabilities: probabilities)
    let total = -Double(x.count) * crossEntropy
    return .choice("cross-entropy-is-the-nll", """
        At the true (w, b) = (\(w, decimals: 1), \(prose: b, decimals: 1)), the story's \(x.count) points have \
        log-likelihood ℓ = \(prose: logLikelihood, decimals: 4) and a mean binary cross-entropy of \
        \(crossEntropy, decimals: 4) nats. How are the two related?
        """, [
        .wrong("ℓ = −(mean cross-entropy): the same number with its sign flipped", """
            The mean divides by n = \(x.count). The log-likelihood is a sum over the points; the loss libraries \
            report is a mean.
            """),
        .wrong("They are unrelated: one comes from statistics, the other from information theory", """
            Each point's cross-entropy, −log of the probability the model gave its label, is exactly minus its \
            term of ℓ.
            """),
        .wrong("ℓ = n × mean cross-entropy", """
            A log-likelihood of labels is at most 0 and a cross-entropy at least 0: the sign is flipped, \
            ℓ = −n × mean cross-entropy.
            """),
        .right("ℓ = −n × mean cross-entropy, so maximising one is minimising the other", """
            Here −\(x.count) × \(crossEntropy, decimals: 4) = \(prose: total, decimals: 4): \
            the summed cross-entropy is the negative log-likelihood.
            """),
    ], explanation: """
        One point's likelihood is p^y (1 − p)^(1−y); its log, with the sign flipped, is its binary cross-entropy. \
        Maximising the likelihood and minimising the cross-entropy are the same act.
        """)
}

/// One point's slope in its logit is its residual σ(z) − y.
private func gradientIsTheResidual() -> Question {
    let (label, guess) = (1.0, 0.3)
    return .choice("gradient-is-the-residual", """
        A point labelled \(label, decimals: 0) is given p = σ(z) = \(guess, decimals: 1) by the model. What does \
        it add to ∂/∂b of the negative log-likelihood, and which way does gradient descent move its logit?
        """, [
        .wrong("y − σ(z) = \(prose: label - guess, decimals: 1), so descent lowers the logit", """
            y − σ(z) is the slope of the log-likelihood, which ascent would climb. The loss's slope in z is \
            σ(z) − y, and descent steps against it.
            """),
        .right("σ(z) − y = \(prose: guess - label, decimals: 1), so descent, against it, raises the logit", """
            The residual, predicted probability minus label, is negative: the step −η·∇ pushes z up, towards \
            the label.
            """),
        .wrong("σ(z)(1 − σ(z)) = \(guess * (1 - guess), decimals: 2), the slope of the sigmoid", """
            That is the point's curvature, its term of the Hessian. Differentiating log(1 + e^z) − y·z in z \
            leaves σ(z) − y.
            """),
        .wrong("−log \(guess, decimals: 1) = \(-log(guess), decimals: 2), its cross-entropy", """
            That is what the point costs, not how fast its cost changes with b.
            """),
    ], explanation: """
        d/dz [log(1 + e^z) − y·z] = σ(z) − y, and ∂z/∂b = 1, so ∂/∂b = Σ (σ(zᵢ) − yᵢ) and \
        ∂/∂w = Σ (σ(zᵢ) − yᵢ)·xᵢ: residual times input.
        """)
}

/// scikit-learn's default penalises the weight, so it is not the maximum likelihood fit.
private func scikitLearnDefault(x: [Double], labels: [Int]) -> Question {
    let shipped = ScikitLearnFits.shipped
    let inverseStrength = ScikitLearnFits.defaultInverseStrength
    let maximum = newtonFit(x: x, labels: labels).point[0]
    let penalised = newtonFit(x: x, labels: labels, inverseStrength: inverseStrength).point[0]
    return .choice("scikit-learn-default", """
        scikit-learn's `LogisticRegression().fit(X, y)` on the story's \(x.count) points reports \
        w = \(shipped.weight, decimals: 4) (quoted from scikit-learn \(scikitLearnVersion)), below the maximum \
        likelihood ŵ = \(maximum, decimals: 4). Why?
        """, [
        .wrong("Its optimiser is not accurate enough; more iterations would reach ŵ", """
            More iterations would only take it to the maximum of its own objective, w = \(penalised, decimals: 5): \
            the objective differs. Stopping early explains only the last \
            \(prose: penalised - shipped.weight, significant: 2).
            """),
        .wrong("The likelihood has several maxima, and scikit-learn found another", """
            The loss is convex, its Hessian positive definite unless all the x are equal: one minimum, which \
            every method that converges reaches.
            """),
        .right("Its default adds a penalty w²/(2C), with C = \(inverseStrength, decimals: 0), pulling w towards 0", """
            It maximises ℓ(w, b) − w²/(2C), a different objective: Newton on it lands at \
            w = \(penalised, decimals: 5), next to scikit-learn's. The default is not maximum likelihood.
            """),
        .wrong("It minimises the mean cross-entropy, and dividing by n moves the maximum", """
            Dividing by n moves no maximum; it only scales the gradient, and so changes what a tolerance on the \
            gradient means.
            """),
    ], explanation: """
        Two things: the default's L2 penalty (the bias is not penalised), and lbfgs stopping once the mean loss's \
        gradient is below its tolerance, \(prose: ScikitLearnFits.defaultTolerance, significant: 1).
        """)
}

/// The intercept-only model's bias is the log-odds of the labels.
private func interceptOnlyBias(labels: [Int]) -> Question {
    let ones = labels.reduce(0, +)
    let share = Double(ones) / Double(labels.count)
    let bias = log(share / (1 - share))
    return .number("intercept-only-bias", """
        A model that ignores x (w = 0) gives every point the same q = σ(b). \(ones) of the story's \
        \(labels.count) labels are 1. What is the maximum likelihood bias b̂? Give it to 3 decimals.
        """, answer: bias, tolerance: 0.0005, explanation: """
        ∂/∂b of the negative log-likelihood is Σ (σ(b) − yᵢ) = n·σ(b) − \(ones), zero where σ(b̂) = p̂ = \
        \(ones)/\(labels.count) = \(share, decimals: 3). So b̂ = log(p̂/(1 − p̂)) = \(prose: bias, decimals: 4), \
        the log-odds of the labels, and the mean loss there is their entropy H(p̂) = \
        \(bernoulliEntropy(share), decimals: 4) nats.
        """)
}

/// Shifting the logits by their largest changes no probability.
private func softmaxShift() -> Question {
    let (logits, shift) = ([2.0, 1.0, 0.1], 998.0)
    let q = softmax(logits)
    let shifted = softmax(logits.map { $0 + shift })
    let gap = zip(q, shifted).map { abs($0 - $1) }.max() ?? .nan
    return .choice("softmax-shift", """
        The story's `softmax` subtracts the largest logit from every logit before it exponentiates. What does \
        that change?
        """, [
        .wrong("The probabilities, slightly: the shifted ones are an approximation", """
            Nothing is approximated: the story's logits moved up by \(shift, decimals: 0) give the probabilities \
            of (\(listed(logits, decimals: 1))) to within \(prose: gap, significant: 1).
            """),
        .wrong("The largest logit's class gets probability 1", """
            Its power becomes e⁰ = 1, but every power is then divided by their sum: softmax(\
            \(listed(logits, decimals: 1))) gives the first class \(q[0], decimals: 4).
            """),
        .wrong("Without it the probabilities would not add up to 1", """
            They add up to 1 either way, on paper. Without the shift, logits near \
            \(logits[0] + shift, decimals: 0) make e^z overflow to ∞, and ∞/∞ is NaN.
            """),
        .right("No probability; it keeps every exponent at most 0, so e^z cannot overflow", """
            Each e^(zⱼ) gains the same factor e^(−max z), which cancels between the top and the bottom.
            """),
    ], explanation: """
        qⱼ = e^(zⱼ − max z) / Σₘ e^(zₘ − max z) = e^(zⱼ) / Σₘ e^(zₘ): the same probabilities, computed without \
        overflow.
        """)
}

/// The loss of one confident mistake, against the ways of computing it that break.
private func confidentMistake() -> Question {
    let maths = ReferenceSolution()
    let z = 1000.0
    let printed = { (loss: Double) in "loss = " + String(format: "%g", loss) }
    let probability = exp(z) / (1 + exp(z))
    let clip = 1e-15
    let clipped = min(max(maths.sigmoid(z), clip), 1 - clip)
    return .printed("confident-mistake", """
        What does this step print? It is the loss of one point that the model is sure, wrongly, is a 1.
        """, wrong: [
        .wrong(printed(log(1 + exp(z))), """
            log(1 + exp(z)) as written: exp(\(z, decimals: 0)) overflows to +∞. The stable softplus, \
            max(z, 0) + log1p(e^(−|z|)), gives \(z, decimals: 0).
            """),
        .wrong(printed(-log(1 - probability)), """
            Through the probability: e^z/(1 + e^z) is ∞/∞ = NaN at z = \(z, decimals: 0). \
            `negativeLogLikelihood` works from the logits and never forms p.
            """),
        .wrong(printed(-log(1 - clipped)), """
            p clipped to 1 − \(prose: clip, significant: 1) before the log. Nothing may be clipped: a point this \
            wrong costs its logit, \(z, decimals: 0), not a capped amount.
            """),
    ], explanation: """
        log(1 + e^z) − y·z with y = 0 is softplus(\(z, decimals: 0)) = \(z, decimals: 0) + log1p(e^(−\
        \(z, decimals: 0))), which is \(z, decimals: 0) in Double: finite, and as large as the mistake.
        """) { show in
        let maths = ReferenceSolution()
        // One point labelled 0, to which the model gives the logit 1000.
        let loss = maths.negativeLogLikelihood(weight: 1, bias: 0,
                                               x: [1000], labels: [0])
        show("loss =", String(format: "%g", loss))
    }
}
