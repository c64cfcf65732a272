import Foundation
import MLETutorialData

/// The story's 200 points: `TutorialStream`'s logistic data, x = `randn(200, 1) * 2`
/// and one Bernoulli label per point with P(y = 1) = σ(1.5x − 0.5).
func storyData() -> (x: [Double], labels: [Int]) {
    let stream = TutorialStream()
    return (stream.logisticX, stream.logisticLabels)
}

/// How a failure message names the story's points, which are too many to print, and
/// the note that says where they come from.
let storyDataName = (x: "x", labels: "labels")
let storyDataNote = "Here x and labels are the story's 200 points: np.random.seed(42), the earlier draws of the tutorial, then x = np.random.randn(200, 1)[:, 0] * 2 and labels = np.random.binomial(1, 1 / (1 + np.exp(-(1.5 * x - 0.5))))."

/// The learning rate of the story's gradient descent, and the gradient norm at which it
/// counts as arrived.
let storyLearningRate = 0.005

/// The story's learning rate as a parameter a reader may change: smaller crawls, and
/// on these points, past about 0.07, the descent bounces and never arrives.
let stepSize = StoryParameter.double("learning_rate", 0.0001...1, default: storyLearningRate,
                                     "the step size η of the story's gradient descent")
let storyGradientTolerance = 1e-8

/// Fits (w, b) by gradient descent at the story's learning rate from (0, 0), stopping
/// once the gradient's norm is at most `storyGradientTolerance`.
func descendOnStoryData() -> OptimizationResult {
    let (x, labels) = storyData()
    let maths = ReferenceSolution()
    return GradientDescent(learningRate: storyLearningRate, maxSteps: 100_000, gradientTolerance: storyGradientTolerance)
        .minimize({ maths.negativeLogLikelihood(weight: $0[0], bias: $0[1], x: x, labels: labels) },
                  gradient: { let g = maths.gradient(weight: $0[0], bias: $0[1], x: x, labels: labels); return [g.weight, g.bias] },
                  from: [0, 0])
}

/// Fits (w, b) by Newton's method from (0, 0): the maximum of ℓ(w, b) − w²/(2C), the
/// plain maximum likelihood fit when `inverseStrength` C is infinite.
/// - Parameters:
///   - x: The inputs.
///   - labels: The labels.
///   - inverseStrength: scikit-learn's C: the weight (not the bias) is penalised by w²/(2C).
///   - recordsHistory: Whether the result keeps the loss after each step.
/// - Returns: Where Newton's method stopped.
///
/// Public so that bench/run times the very fit the story makes (Sources/KataBench).
public func newtonFit(x: [Double], labels: [Int], inverseStrength: Double = .infinity,
               recordsHistory: Bool = false) -> OptimizationResult {
    let maths = ReferenceSolution()
    let ridge = 1 / inverseStrength
    return NewtonMinimizer(recordsHistory: recordsHistory).minimize(
        { maths.negativeLogLikelihood(weight: $0[0], bias: $0[1], x: x, labels: labels) + ridge * $0[0] * $0[0] / 2 },
        derivatives: { derivatives(weight: $0[0], bias: $0[1], x: x, labels: labels, ridge: ridge) },
        from: [0, 0])
}

/// The gradient (`ReferenceSolution.gradient`, plus `ridge`·w on the weight) and the
/// Hessian (`hessian(weight:bias:x:ridge:)`) in one pass, to the same bits: each point's
/// σ(z) serves both, so a Newton step takes one exp per point instead of two. That halves
/// the time of `newtonFit` on large data (bench/run's million points, next to numpy).
func derivatives(weight: Double, bias: Double, x: [Double], labels: [Int],
                 ridge: Double) -> (gradient: [Double], hessian: [[Double]]) {
    let maths = ReferenceSolution()
    var (gw, gb) = (0.0, 0.0)
    var (ww, wb, bb) = (ridge, 0.0, 0.0)
    for (xi, label) in zip(x, labels) {
        let p = maths.sigmoid(weight * xi + bias)
        let residual = p - Double(label)
        gw += residual * xi
        gb += residual
        let curvature = p * (1 - p)
        ww += curvature * xi * xi
        wb += curvature * xi
        bb += curvature
    }
    return ([gw + ridge * weight, gb], [[ww, wb], [wb, bb]])
}

/// The Hessian of the summed negative log-likelihood, Σ σ(zᵢ)(1 − σ(zᵢ))·[xᵢ², xᵢ; xᵢ, 1],
/// plus `ridge` on the weight's diagonal entry.
func hessian(weight: Double, bias: Double, x: [Double], ridge: Double = 0) -> [[Double]] {
    let maths = ReferenceSolution()
    var (ww, wb, bb) = (ridge, 0.0, 0.0)
    for xi in x {
        let p = maths.sigmoid(weight * xi + bias)
        let curvature = p * (1 - p)
        ww += curvature * xi * xi
        wb += curvature * xi
        bb += curvature
    }
    return [[ww, wb], [wb, bb]]
}
