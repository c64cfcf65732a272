import Foundation

/// Tells the story of kata 10.2.4, computing every number it shows with
/// `ReferenceSolution` (never with the learner's code, which may not be written yet).
func tellLogisticStory(_ narrator: Narrator) {
    let maths = ReferenceSolution()
    let (x, labels) = storyData()
    tellModel(narrator, maths, x: x, labels: labels)
    tellStability(narrator, maths)
    tellGradient(narrator, maths, x: x, labels: labels)
    tellSeededData(narrator, x: x, labels: labels)
    let fit = tellThreeFits(narrator, maths, x: x, labels: labels)
    tellScikitLearn(narrator, maths, x: x, labels: labels, maximum: fit)
    tellSoftmax(narrator, maths)
    tellKullbackLeibler(narrator, maths, x: x, labels: labels, maximum: fit)
    narrator.heading("Your turn")
    narrator.prose("""
    Open katas/10.2.4-cross-entropy/Solution.swift. It holds five functions, in the \
    order of this story: sigmoid, binaryCrossEntropy, negativeLogLikelihood, gradient \
    and gradientDescent. The comment above each says exactly what to return; mind \
    that binaryCrossEntropy is a mean while negativeLogLikelihood and gradient are \
    sums, and that nothing may overflow at z = ±1000 or be clipped. Replace each \
    todo() with your code, then grade your work:

      swift run kata check 10.2.4

    It grades the functions in order and, when one is wrong, names the mistake it most \
    likely is.
    """)
}

// MARK: - The model

/// Labels as Bernoulli draws, the log-likelihood, and why it is minus the cross-entropy.
private func tellModel(_ narrator: Narrator, _ maths: ReferenceSolution, x: [Double], labels: [Int]) {
    narrator.heading("Labels as coin flips")
    narrator.prose("""
    A label y is 0 or 1: spam or not, sick or well, clicked or ignored. Logistic \
    regression models each label as a coin flip whose chance of heads depends on the \
    input x:

      P(y = 1 | x) = σ(w·x + b),   σ(z) = 1 / (1 + e^(−z))

    The logit z = w·x + b can be any number; the sigmoid σ squeezes it into a \
    probability: σ(0) = \(maths.sigmoid(0), decimals: 1), σ(2) = \(maths.sigmoid(2), decimals: 4), \
    σ(−2) = \(maths.sigmoid(-2), decimals: 4).

    One point's likelihood is p = σ(z) if its label is 1 and 1 − p if it is 0, which \
    one formula covers: p^y · (1 − p)^(1−y). Independent points multiply their \
    likelihoods, so their logs add:

      ℓ(w, b) = Σ [ yᵢ·log pᵢ + (1 − yᵢ)·log(1 − pᵢ) ]

    Each term, with its sign flipped, is the binary cross-entropy of one point: how \
    surprised the model is by the label it sees, −log pᵢ for a 1 and −log(1 − pᵢ) for \
    a 0. So the log-likelihood is minus the summed cross-entropy, and minus n times \
    the mean cross-entropy that machine-learning libraries report as "the loss". \
    Maximising the likelihood and minimising the cross-entropy are the same act.
    """)
    let n = Double(x.count)
    let truth = (weight: TutorialStream.logisticWeight, bias: TutorialStream.logisticBias)
    let logLikelihood = -maths.negativeLogLikelihood(weight: truth.weight, bias: truth.bias, x: x, labels: labels)
    let crossEntropy = maths.binaryCrossEntropy(labels: labels, probabilities: x.map { maths.sigmoid(truth.weight * $0 + truth.bias) })
    narrator.prose("""
    On the \(x.count) points of this story (below) at the true w = \(truth.weight, decimals: 1), \
    b = \(prose: truth.bias, decimals: 1):
    """)
    narrator.output("""
    ℓ(1.5, −0.5) = \(String(format: "%.10f", logLikelihood))
    mean binary cross-entropy = \(String(format: "%.10f", crossEntropy)) nats
    −\(x.count) × mean cross-entropy = \(String(format: "%.10f", -n * crossEntropy))
    """)
    narrator.claim("ℓ = −n × (mean binary cross-entropy) on the \(x.count) points, within 1e-12 relative",
                   abs(logLikelihood + n * crossEntropy) <= 1e-12 * abs(logLikelihood))
}

// MARK: - Stability

/// The stable logits form, and what naive log(1 + exp(z)) and sigmoids do at the extremes.
private func tellStability(_ narrator: Narrator, _ maths: ReferenceSolution) {
    narrator.heading("Computing it without overflow")
    narrator.prose("""
    Computing pᵢ = σ(zᵢ) and then log pᵢ walks into two traps. σ(z) rounds to exactly \
    1 once z passes about 37, so log(1 − p) becomes log 0 = −∞ for a point the model \
    is merely very sure of; and 1 − p loses the digits of a tiny probability. Work with \
    the logits instead. Since p = e^z/(1 + e^z),

      log p = z − log(1 + e^z),   log(1 − p) = −log(1 + e^z)

    and the log-likelihood needs no probability at all:

      ℓ(w, b) = Σ [ yᵢ·zᵢ − log(1 + e^(zᵢ)) ]

    One trap is left: log(1 + e^z) itself, written as log(1 + exp(z)). For large z, \
    exp(z) overflows to +∞ (past z ≈ 709.78). For very negative z, 1 + e^z rounds to \
    exactly 1 and the log is 0, though the true value is about e^z. log1p(u), which \
    computes log(1 + u) without ever forming 1 + u, fixes the second; pulling out \
    max(z, 0) fixes the first, because log(1 + e^z) = z + log(1 + e^(−z)):

      log(1 + e^z) = max(z, 0) + log1p(e^(−|z|))

    Now the exponent is never positive. Compare:
    """)
    let zs: [Double] = [-800, -40, -20, 0, 20, 40, 1000]
    func naive(_ z: Double) -> Double { log(1 + exp(z)) }
    let rows = zs.map { z in
        "  " + String(format: "%6g   %-23.16g   %.16g", z, naive(z), softplus(z))
    }
    narrator.output((["       z   log(1 + exp(z))           max(z, 0) + log1p(exp(−|z|))"] + rows).joined(separator: "\n"))
    narrator.claim("at z = 1000 the naive form is +∞ and the stable one is 1000",
                   naive(1000) == .infinity && softplus(1000) == 1000)
    narrator.claim("at z = −40 the naive form is 0, the stable one is e⁻⁴⁰ to 15 digits",
                   naive(-40) == 0 && abs(softplus(-40) - exp(-40)) <= 1e-15 * exp(-40))
    let lost = abs(naive(-20) - softplus(-20)) / softplus(-20)
    narrator.claim("at z = −20 the naive form is off by \(prose: lost, significant: 2) relative: only about 8 of its digits are right",
                   lost > 1e-9 && lost < 1e-7)
    narrator.prose("""
    The sigmoid has the same two faces. Written as e^z/(1 + e^z) it is ∞/∞ = NaN at \
    z = 1000; written as 1 − σ(−z) it loses everything for negative z. The form \
    1/(1 + e^(−z)) is fine for z ≥ 0, and e^z/(1 + e^z) is fine for z < 0: choose by \
    the sign, and the exponent is again never positive.
    """)
    let overflowing = exp(1000.0) / (1 + exp(1000.0))
    let cancelling = 1 - maths.sigmoid(50)
    narrator.output("""
    exp(z) / (1 + exp(z))   at z = 1000:  \(prose: overflowing, decimals: 1)
    1 − σ(−z)               at z = −50:   \(cancelling)
    stable σ(z)             at z = 1000:  \(maths.sigmoid(1000))
    stable σ(z)             at z = −50:   \(maths.sigmoid(-50))
    """)
    narrator.claim("e^z/(1 + e^z) is NaN at z = 1000, 1 − σ(50) is 0, and the stable σ(−50) is e⁻⁵⁰/(1 + e⁻⁵⁰) to 15 digits",
                   overflowing.isNaN && cancelling == 0
                       && abs(maths.sigmoid(-50) - exp(-50) / (1 + exp(-50))) <= 1e-15 * maths.sigmoid(-50))
}

// MARK: - The gradient

/// The gradient Σ(σ(zᵢ) − yᵢ)·(xᵢ, 1), checked against finite differences.
private func tellGradient(_ narrator: Narrator, _ maths: ReferenceSolution, x: [Double], labels: [Int]) {
    narrator.heading("The gradient: residual times input")
    narrator.prose("""
    We minimise the negative log-likelihood, the summed cross-entropy \
    Σ [log(1 + e^(zᵢ)) − yᵢ·zᵢ]. One point's slope in its logit is

      d/dz [log(1 + e^z) − y·z] = e^z/(1 + e^z) − y = σ(z) − y

    the residual: the predicted probability minus the label. A point labelled 1 that \
    the model gives 0.3 has residual −0.7 and pulls its logit up. The chain rule, \
    with ∂z/∂w = x and ∂z/∂b = 1, gives

      ∂/∂w = Σ (σ(zᵢ) − yᵢ)·xᵢ,   ∂/∂b = Σ (σ(zᵢ) − yᵢ)

    Differentiate once more and the Hessian is Σ σ(zᵢ)(1 − σ(zᵢ))·[xᵢ², xᵢ; xᵢ, 1], \
    positive definite unless all the x are equal: the loss is convex, with one \
    minimum, so every method that converges converges to the same point.
    """)
    let at = (weight: 1.0, bias: 0.0)
    let analytic = maths.gradient(weight: at.weight, bias: at.bias, x: x, labels: labels)
    let h = 1e-6
    func loss(_ w: Double, _ b: Double) -> Double { maths.negativeLogLikelihood(weight: w, bias: b, x: x, labels: labels) }
    let numeric = ((loss(at.weight + h, at.bias) - loss(at.weight - h, at.bias)) / (2 * h),
                   (loss(at.weight, at.bias + h) - loss(at.weight, at.bias - h)) / (2 * h))
    narrator.output("""
    at (w, b) = (1, 0) on the story's \(x.count) points:
      the formula:              (\(String(format: "%.8f", analytic.weight)), \(String(format: "%.8f", analytic.bias)))
      central differences 1e-6: (\(String(format: "%.8f", numeric.0)), \(String(format: "%.8f", numeric.1)))
    """)
    narrator.claim("the formula and central differences agree within 1e-6 in both parts",
                   abs(analytic.weight - numeric.0) < 1e-6 && abs(analytic.bias - numeric.1) < 1e-6)
}

// MARK: - The data

/// The tutorial's seeded logistic data.
private func tellSeededData(_ narrator: Narrator, x: [Double], labels: [Int]) {
    let ones = labels.reduce(0, +)
    narrator.heading("The seeded data")
    narrator.prose("""
    The data are the Python tutorial's, drawn after np.random.seed(42) and the \
    tutorial's earlier draws (the Gaussian sample, the regression, the coin flips):

      X = np.random.randn(\(x.count), 1) * 2
      p = 1 / (1 + np.exp(-(1.5 * X[:, 0] - 0.5)))
      y = np.random.binomial(1, p)

    so the true model is w = \(TutorialStream.logisticWeight, decimals: 1), \
    b = \(prose: TutorialStream.logisticBias, decimals: 1). KataKit's generator \
    reproduces numpy's bit for bit, so these are the points Python draws. The first five:
    """)
    narrator.output("""
    x: \(x.prefix(5).map { String(format: "%11.8f", $0) }.joined(separator: "  "))
    y: \(labels.prefix(5).map { String(format: "%11d", $0) }.joined(separator: "  "))
    \(ones) of the \(x.count) labels are 1
    """)
}
