import Foundation
import KataKit

/// The knowledge check of kata 10.2.8: questions on what its story taught, made when
/// asked, so every number in them is computed. Every wrong choice says what picking it
/// reveals.
func trainingQuiz() -> [Question] {
    let maths = ReferenceSolution()
    let logits = [3.0, 1.0, 0.0]
    let data = SeparableData()
    let quizBatch = 64
    // The printed question's values, which its wrong choices and explanation quote.
    let large = [1000.0, 1000.0]
    return [
        .choice("separable", "On separable labels, what does gradient descent on the cross-entropy do as it runs longer?", [
            .wrong("It converges to the maximum likelihood estimate", "There is none: scaling up any separating w lowers the loss, so the loss has no minimum."),
            .right("The loss tends to 0 while ‖w‖ grows without bound", "Every step makes the model more confident; the likelihood climbs towards 1 and never reaches it."),
            .wrong("It diverges: the loss grows", "The loss goes down at every step; it is the weights that run away, not the loss."),
        ], explanation: "Separable data have no MLE: the weights grow like the log of the number of steps."),
        .choice("l2-prior", "Adding λ/2 · ‖w‖² to the loss is, in probability…", [
            .wrong("…a uniform prior on w", "A uniform prior adds nothing that depends on w: the estimate would still run away."),
            .right("…a Gaussian prior on each weight, centred on 0: the minimum is the MAP estimate", "−log of N(0, s²) is w²/(2s²) plus a constant."),
            .wrong("…a larger learning rate", "The penalty changes the loss, not the step size."),
        ], explanation: "The L2 penalty is minus the log of a zero-mean Gaussian prior."),
        .number("log-sum-exp", "What is logSumExp(\(logits))? (to three decimals)",
                answer: maths.logSumExp(logits), tolerance: 0.0005,
                explanation: "m + log Σ e^(z − m) with m = \(logits.max() ?? 0): the largest plus a little."),
        .choice("which-loss", "Mean squared error is the negative log-likelihood of which noise?", [
            .wrong("Bernoulli", "A Bernoulli target gives the binary cross-entropy."),
            .right("Gaussian, with a fixed σ", "−log N(y; ŷ, σ²) = (y − ŷ)²/(2σ²) + a constant."),
            .wrong("Categorical", "A categorical target gives the cross-entropy over k classes."),
        ], explanation: "Each loss assumes a distribution: MSE the Gaussian, BCE the Bernoulli, cross-entropy the categorical."),
        .choice("last-batch", "An epoch of \(grouped(data.labels.count)) samples in batches of \(quizBatch) ends with a batch of…", [
            .right("\(data.labels.count % quizBatch) samples, which count like any other batch", "Dropping it would leave some samples out of every epoch."),
            .wrong("\(quizBatch) samples, padded with repeats", "Nothing is padded: the last batch holds what is left."),
            .wrong("none: the leftover samples are dropped", "Every sample belongs to one batch of the epoch."),
        ], explanation: "\(data.labels.count) = \(quizBatch) · \(data.labels.count / quizBatch) + \(data.labels.count % quizBatch)."),
        .printed("naive-log-sum-exp", "What does this step print?",
                 wrong: [.wrong("\(maths.logSumExp(large))", "That is what the stable form returns; here e^\(large[0]) overflowed first."),
                         .wrong("nan", "The log of ∞ is ∞; NaN comes from ∞ − ∞ or ∞/∞, as in a naive softmax.")],
                 explanation: "e^\(large[0]) is past the largest Double, so the sum is ∞, and so is its log.") { show in
            let values = [1000.0, 1000.0]
            show(log(values.reduce(0) { $0 + exp($1) }))
        },
    ]
}
