import Foundation
import MLETutorialData

/// Tells the story of kata 10.2.4, computing every number it shows with
/// `ReferenceSolution` (never with the learner's code, which may not be written yet).
func tellLogisticStory(_ narrator: Narrator) {
    let maths = ReferenceSolution()
    let (x, labels) = tellModel(narrator, maths)
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
    order of this story: `sigmoid`, `binaryCrossEntropy`, `negativeLogLikelihood`, \
    `gradient` and `gradientDescent`. The comment above each says exactly what to \
    return; mind that `binaryCrossEntropy` is a *mean* while `negativeLogLikelihood` \
    and `gradient` are *sums*, and that nothing may overflow at z = ±\(checkedLogit, decimals: 0) or be \
    clipped. Replace each `todo()` with your code, then grade your work:

      swift run kata check 10.2.4

    It grades the functions in order and, when one is wrong, names the mistake it most \
    likely is.
    """)
}

/// The largest logit, either sign, at which the checks try every exercise.
private let checkedLogit = 1000.0

// MARK: - The model

/// Labels as Bernoulli draws, the log-likelihood, and why it is minus the cross-entropy.
/// - Returns: The story's points, as the section's step loads them.
private func tellModel(_ narrator: Narrator, _ maths: ReferenceSolution) -> (x: [Double], labels: [Int]) {
    narrator.heading("Labels as coin flips")
    narrator.prose("""
    A label y is 0 or 1: spam or not, sick or well, clicked or ignored. Logistic \
    regression models each label as a coin flip whose chance of heads depends on the \
    input x:

      P(y = 1 | x) = σ(w·x + b),   σ(z) = 1 / (1 + e^(−z))

    The logit z = w·x + b can be any number; the sigmoid σ squeezes it into a \
    probability. In the code of this story, `maths` is the workbook's own answer to \
    the exercises you are about to write; `maths.sigmoid` is the first of them.
    """)
    narrator.step { show in
        for z in [-2.0, 0, 2] {
            let p = maths.sigmoid(z)
            show("σ(\(prose: z, decimals: 0)) = \(p, decimals: 4)")
        }
    }
    narrator.prose("""
    One point's likelihood is p = σ(z) if its label is 1 and 1 − p if it is 0, which \
    one formula covers: p^y · (1 − p)^(1−y). Independent points multiply their \
    likelihoods, so their logs add:

      ℓ(w, b) = Σ [ yᵢ·log pᵢ + (1 − yᵢ)·log(1 − pᵢ) ]

    Each term, with its sign flipped, is the binary cross-entropy of one point: how \
    surprised the model is by the label it sees, −log pᵢ for a 1 and −log(1 − pᵢ) for \
    a 0. So the log-likelihood is minus the *summed* cross-entropy, and minus n times \
    the *mean* cross-entropy that machine-learning libraries report as "the loss". \
    Maximising the likelihood and minimising the cross-entropy are the same act.

    Check it on this story's points at the true parameters. `storyData()` returns the \
    points (the section "The seeded data" says where they come from); \
    `maths.negativeLogLikelihood` is −ℓ, a sum, and `maths.binaryCrossEntropy` is \
    the mean cross-entropy of labels under probabilities:
    """)
    let (x, labels, logLikelihood, crossEntropy) = narrator.step { show in
        let (x, labels) = storyData()
        let (w, b) = (TutorialStream.logisticWeight, TutorialStream.logisticBias)
        let logLikelihood = -maths.negativeLogLikelihood(
            weight: w, bias: b, x: x, labels: labels)
        let p = x.map { maths.sigmoid(w * $0 + b) }
        let crossEntropy = maths.binaryCrossEntropy(
            labels: labels, probabilities: p)
        let n = Double(x.count)
        show("ℓ(\(w), \(prose: b, decimals: 1)) = \(logLikelihood, decimals: 10)")
        show("mean binary cross-entropy = \(crossEntropy, decimals: 10) nats")
        let total = -n * crossEntropy
        show("−\(x.count) × mean cross-entropy = \(total, decimals: 10)")
        return (x, labels, logLikelihood, crossEntropy)
    }
    let relative = 1e-12
    narrator.claim("ℓ = −n × (mean binary cross-entropy) on the \(x.count) points, within \(prose: relative, significant: 1) relative",
                   abs(logLikelihood + Double(x.count) * crossEntropy) <= relative * abs(logLikelihood))
    return (x, labels)
}

// MARK: - The data

/// The tutorial's seeded logistic data.
private func tellSeededData(_ narrator: Narrator, x: [Double], labels: [Int]) {
    let (w, b) = (TutorialStream.logisticWeight, TutorialStream.logisticBias)
    narrator.heading("The seeded data")
    narrator.prose("""
    The points `storyData()` returned are the Python tutorial's, drawn after \
    np.random.seed(\(TutorialStream.seed)) and the tutorial's earlier draws (the \
    Gaussian sample, the regression, the coin flips):

      X = np.random.randn(\(x.count), 1) * 2
      p = 1 / (1 + np.exp(-(\(w) * X[:, 0] - \(-b))))
      y = np.random.binomial(1, p)

    so the true model is w = \(w, decimals: 1), b = \(prose: b, decimals: 1). \
    KataKit's generator reproduces numpy's bit for bit, so these are the points \
    Python draws. The first five, and the count of 1s:
    """)
    narrator.step { show in
        let firstX = x.prefix(5).map { String(format: "%10.6f", $0) }
        let firstY = labels.prefix(5).map { String(format: "%10d", $0) }
        show("x:", firstX.joined(separator: " "))
        show("y:", firstY.joined(separator: " "))
        show(labels.reduce(0, +), "of the", labels.count, "labels are 1")
    }
}
