import Foundation
import LogisticKata

// Wrong solutions to kata 10.2.4, each written the way a learner might write it, each
// with one mistake. Whatever a solution does not override comes from the reference,
// so only the exercise it gets wrong should fail.

/// Takes every exercise from the reference unless the conforming type writes its own.
protocol LogisticReferenceDefaults: LogisticExercises {}

extension LogisticReferenceDefaults {
    func sigmoid(_ z: Double) -> Double { ReferenceSolution().sigmoid(z) }
    func binaryCrossEntropy(labels: [Int], probabilities: [Double]) -> Double {
        ReferenceSolution().binaryCrossEntropy(labels: labels, probabilities: probabilities)
    }
    func negativeLogLikelihood(weight: Double, bias: Double, x: [Double], labels: [Int]) -> Double {
        ReferenceSolution().negativeLogLikelihood(weight: weight, bias: bias, x: x, labels: labels)
    }
    func gradient(weight: Double, bias: Double, x: [Double], labels: [Int]) -> (weight: Double, bias: Double) {
        ReferenceSolution().gradient(weight: weight, bias: bias, x: x, labels: labels)
    }
    func gradientDescent(x: [Double], labels: [Int], learningRate: Double, steps: Int) -> (weight: Double, bias: Double) {
        ReferenceSolution().gradientDescent(x: x, labels: labels, learningRate: learningRate, steps: steps)
    }
}

/// The wrong solutions, in a namespace of their own.
enum LogisticWrong {
    // MARK: - sigmoid

    /// The textbook formula: right, since exp(−z) overflowing for z < −709 gives 1/∞ = 0.
    struct TextbookSigmoid: LogisticReferenceDefaults {
        func sigmoid(_ z: Double) -> Double { 1 / (1 + exp(-z)) }
    }

    struct OverflowingSigmoid: LogisticReferenceDefaults {
        func sigmoid(_ z: Double) -> Double { exp(z) / (1 + exp(z)) }
    }

    struct CancellingSigmoid: LogisticReferenceDefaults {
        func sigmoid(_ z: Double) -> Double { 1 - 1 / (1 + exp(z)) }
    }

    struct TanhSigmoid: LogisticReferenceDefaults {
        func sigmoid(_ z: Double) -> Double { 0.5 * (1 + tanh(z / 2)) }
    }

    struct ClampedSigmoid: LogisticReferenceDefaults {
        func sigmoid(_ z: Double) -> Double { 1 / (1 + exp(-min(max(z, -30), 30))) }
    }

    struct SignSlipSigmoid: LogisticReferenceDefaults {
        func sigmoid(_ z: Double) -> Double { 1 / (1 + exp(z)) }
    }

    // MARK: - binaryCrossEntropy

    struct SummedCrossEntropy: LogisticReferenceDefaults {
        func binaryCrossEntropy(labels: [Int], probabilities: [Double]) -> Double {
            zip(labels, probabilities).reduce(0.0) { $0 - ($1.0 == 1 ? log($1.1) : log(1 - $1.1)) }
        }
    }

    /// The formula as printed, which meets 0 · log 0.
    struct FormulaCrossEntropy: LogisticReferenceDefaults {
        func binaryCrossEntropy(labels: [Int], probabilities: [Double]) -> Double {
            let total = zip(labels, probabilities).reduce(0.0) { sum, point in
                let y = Double(point.0)
                return sum - (y * log(point.1) + (1 - y) * log(1 - point.1))
            }
            return total / Double(labels.count)
        }
    }

    struct ClippedCrossEntropy: LogisticReferenceDefaults {
        func binaryCrossEntropy(labels: [Int], probabilities: [Double]) -> Double {
            let total = zip(labels, probabilities).reduce(0.0) { sum, point in
                let p = min(max(point.1, 1e-7), 1 - 1e-7)
                return sum - (point.0 == 1 ? log(p) : log(1 - p))
            }
            return total / Double(labels.count)
        }
    }

    struct CrossEntropyWithoutMinus: LogisticReferenceDefaults {
        func binaryCrossEntropy(labels: [Int], probabilities: [Double]) -> Double {
            -ReferenceSolution().binaryCrossEntropy(labels: labels, probabilities: probabilities)
        }
    }

    struct SwappedTermsCrossEntropy: LogisticReferenceDefaults {
        func binaryCrossEntropy(labels: [Int], probabilities: [Double]) -> Double {
            let total = zip(labels, probabilities).reduce(0.0) { $0 - ($1.0 == 0 ? log($1.1) : log(1 - $1.1)) }
            return total / Double(labels.count)
        }
    }

    struct CrossEntropyInBase10: LogisticReferenceDefaults {
        func binaryCrossEntropy(labels: [Int], probabilities: [Double]) -> Double {
            let total = zip(labels, probabilities).reduce(0.0) { $0 - ($1.0 == 1 ? log10($1.1) : log10(1 - $1.1)) }
            return total / Double(labels.count)
        }
    }

    // MARK: - negativeLogLikelihood

    struct NaiveSoftplus: LogisticReferenceDefaults {
        func negativeLogLikelihood(weight: Double, bias: Double, x: [Double], labels: [Int]) -> Double {
            zip(x, labels).reduce(0.0) { sum, point in
                let z = weight * point.0 + bias
                return sum + log(1 + exp(z)) - Double(point.1) * z
            }
        }
    }

    /// The story's stable softplus, with y·z taken off after it: a hit with y = 1 loses its digits.
    struct SoftplusThenSubtract: LogisticReferenceDefaults {
        func negativeLogLikelihood(weight: Double, bias: Double, x: [Double], labels: [Int]) -> Double {
            zip(x, labels).reduce(0.0) { sum, point in
                let z = weight * point.0 + bias
                return sum + (max(z, 0) + log1p(exp(-abs(z)))) - Double(point.1) * z
            }
        }
    }

    /// log1p fixes the small end only.
    struct Log1pOfExp: LogisticReferenceDefaults {
        func negativeLogLikelihood(weight: Double, bias: Double, x: [Double], labels: [Int]) -> Double {
            zip(x, labels).reduce(0.0) { sum, point in
                let z = weight * point.0 + bias
                return sum + log1p(exp(z)) - Double(point.1) * z
            }
        }
    }

    /// The max(z, 0) trick without log1p fixes the large end only.
    struct MaxTrickWithoutLog1p: LogisticReferenceDefaults {
        func negativeLogLikelihood(weight: Double, bias: Double, x: [Double], labels: [Int]) -> Double {
            zip(x, labels).reduce(0.0) { sum, point in
                let z = weight * point.0 + bias
                return sum + max(z, 0) + log(1 + exp(-abs(z))) - Double(point.1) * z
            }
        }
    }

    /// Through the (stable) sigmoid and the log of a probability.
    struct ThroughProbabilities: LogisticReferenceDefaults {
        func negativeLogLikelihood(weight: Double, bias: Double, x: [Double], labels: [Int]) -> Double {
            zip(x, labels).reduce(0.0) { sum, point in
                let p = sigmoid(weight * point.0 + bias)
                return sum - (point.1 == 1 ? log(p) : log(1 - p))
            }
        }
    }

    struct ClippedProbabilities: LogisticReferenceDefaults {
        func negativeLogLikelihood(weight: Double, bias: Double, x: [Double], labels: [Int]) -> Double {
            zip(x, labels).reduce(0.0) { sum, point in
                let p = min(max(sigmoid(weight * point.0 + bias), 1e-7), 1 - 1e-7)
                return sum - (point.1 == 1 ? log(p) : log(1 - p))
            }
        }
    }

    struct ClampedLogits: LogisticReferenceDefaults {
        func negativeLogLikelihood(weight: Double, bias: Double, x: [Double], labels: [Int]) -> Double {
            zip(x, labels).reduce(0.0) { sum, point in
                let z = min(max(weight * point.0 + bias, -30), 30)
                return sum + max(z, 0) + log1p(exp(-abs(z))) - Double(point.1) * z
            }
        }
    }

    struct MeanNegativeLogLikelihood: LogisticReferenceDefaults {
        func negativeLogLikelihood(weight: Double, bias: Double, x: [Double], labels: [Int]) -> Double {
            ReferenceSolution().negativeLogLikelihood(weight: weight, bias: bias, x: x, labels: labels) / Double(x.count)
        }
    }

    struct LogLikelihoodNotLoss: LogisticReferenceDefaults {
        func negativeLogLikelihood(weight: Double, bias: Double, x: [Double], labels: [Int]) -> Double {
            zip(x, labels).reduce(0.0) { sum, point in
                let z = weight * point.0 + bias
                return sum + Double(point.1) * z - (max(z, 0) + log1p(exp(-abs(z))))
            }
        }
    }

    // MARK: - gradient

    /// The gradient with σ(z) − y written y − σ(z).
    struct GradientSignError: LogisticReferenceDefaults {
        func gradient(weight: Double, bias: Double, x: [Double], labels: [Int]) -> (weight: Double, bias: Double) {
            var (gw, gb) = (0.0, 0.0)
            for (xi, yi) in zip(x, labels) {
                let r = Double(yi) - sigmoid(weight * xi + bias)
                gw += r * xi
                gb += r
            }
            return (gw, gb)
        }
    }

    struct MeanGradient: LogisticReferenceDefaults {
        func gradient(weight: Double, bias: Double, x: [Double], labels: [Int]) -> (weight: Double, bias: Double) {
            let g = ReferenceSolution().gradient(weight: weight, bias: bias, x: x, labels: labels)
            return (g.weight / Double(x.count), g.bias / Double(x.count))
        }
    }

    struct GradientWithoutX: LogisticReferenceDefaults {
        func gradient(weight: Double, bias: Double, x: [Double], labels: [Int]) -> (weight: Double, bias: Double) {
            let residuals = zip(x, labels).map { sigmoid(weight * $0 + bias) - Double($1) }
            let total = residuals.reduce(0, +)
            return (total, total)
        }
    }

    struct SwappedGradient: LogisticReferenceDefaults {
        func gradient(weight: Double, bias: Double, x: [Double], labels: [Int]) -> (weight: Double, bias: Double) {
            let g = ReferenceSolution().gradient(weight: weight, bias: bias, x: x, labels: labels)
            return (g.bias, g.weight)
        }
    }

    struct GradientWithoutBias: LogisticReferenceDefaults {
        func gradient(weight: Double, bias: Double, x: [Double], labels: [Int]) -> (weight: Double, bias: Double) {
            ReferenceSolution().gradient(weight: weight, bias: 0, x: x, labels: labels)
        }
    }

    /// A right formula on an overflowing sigmoid of its own.
    struct GradientOnOverflowingSigmoid: LogisticReferenceDefaults {
        func gradient(weight: Double, bias: Double, x: [Double], labels: [Int]) -> (weight: Double, bias: Double) {
            var (gw, gb) = (0.0, 0.0)
            for (xi, yi) in zip(x, labels) {
                let z = weight * xi + bias
                let r = exp(z) / (1 + exp(z)) - Double(yi)
                gw += r * xi
                gb += r
            }
            return (gw, gb)
        }
    }

    // MARK: - gradientDescent

    struct GradientAscent: LogisticReferenceDefaults {
        func gradientDescent(x: [Double], labels: [Int], learningRate: Double, steps: Int) -> (weight: Double, bias: Double) {
            var (weight, bias) = (0.0, 0.0)
            for _ in 0..<steps {
                let g = gradient(weight: weight, bias: bias, x: x, labels: labels)
                weight += learningRate * g.weight
                bias += learningRate * g.bias
            }
            return (weight, bias)
        }
    }

    /// A learning rate that grows each step: the steps overshoot and the loss climbs, with
    /// no sign wrong anywhere.
    struct GrowingLearningRate: LogisticReferenceDefaults {
        func gradientDescent(x: [Double], labels: [Int], learningRate: Double, steps: Int) -> (weight: Double, bias: Double) {
            var (weight, bias) = (0.0, 0.0)
            for step in 0..<steps {
                let g = gradient(weight: weight, bias: bias, x: x, labels: labels)
                let rate = learningRate * Double(step + 1)
                weight -= rate * g.weight
                bias -= rate * g.bias
            }
            return (weight, bias)
        }
    }

    /// A sign error in the gradient carried into a correct descent loop: both fail.
    struct SignErrorCarriedIntoDescent: LogisticReferenceDefaults {
        func gradient(weight: Double, bias: Double, x: [Double], labels: [Int]) -> (weight: Double, bias: Double) {
            GradientSignError().gradient(weight: weight, bias: bias, x: x, labels: labels)
        }
        func gradientDescent(x: [Double], labels: [Int], learningRate: Double, steps: Int) -> (weight: Double, bias: Double) {
            var (weight, bias) = (0.0, 0.0)
            for _ in 0..<steps {
                let g = gradient(weight: weight, bias: bias, x: x, labels: labels)
                weight -= learningRate * g.weight
                bias -= learningRate * g.bias
            }
            return (weight, bias)
        }
    }

    struct MeanGradientDescent: LogisticReferenceDefaults {
        func gradientDescent(x: [Double], labels: [Int], learningRate: Double, steps: Int) -> (weight: Double, bias: Double) {
            var (weight, bias) = (0.0, 0.0)
            let n = Double(x.count)
            for _ in 0..<steps {
                let g = gradient(weight: weight, bias: bias, x: x, labels: labels)
                weight -= learningRate * g.weight / n
                bias -= learningRate * g.bias / n
            }
            return (weight, bias)
        }
    }

    struct DescentOneStepTooMany: LogisticReferenceDefaults {
        func gradientDescent(x: [Double], labels: [Int], learningRate: Double, steps: Int) -> (weight: Double, bias: Double) {
            var (weight, bias) = (0.0, 0.0)
            for _ in 0...steps {
                let g = gradient(weight: weight, bias: bias, x: x, labels: labels)
                weight -= learningRate * g.weight
                bias -= learningRate * g.bias
            }
            return (weight, bias)
        }
    }

    struct SequentialUpdate: LogisticReferenceDefaults {
        func gradientDescent(x: [Double], labels: [Int], learningRate: Double, steps: Int) -> (weight: Double, bias: Double) {
            var (weight, bias) = (0.0, 0.0)
            for _ in 0..<steps {
                weight -= learningRate * gradient(weight: weight, bias: bias, x: x, labels: labels).weight
                bias -= learningRate * gradient(weight: weight, bias: bias, x: x, labels: labels).bias
            }
            return (weight, bias)
        }
    }

    struct IgnoredLearningRate: LogisticReferenceDefaults {
        func gradientDescent(x: [Double], labels: [Int], learningRate: Double, steps: Int) -> (weight: Double, bias: Double) {
            var (weight, bias) = (0.0, 0.0)
            for _ in 0..<steps {
                let g = gradient(weight: weight, bias: bias, x: x, labels: labels)
                weight -= g.weight
                bias -= g.bias
            }
            return (weight, bias)
        }
    }
    // MARK: - More slips, one per solution

    /// z clamped to [−45, 45], a bound the catalogue's list of usual clamps does not hold.
    struct SigmoidClampedAt45: LogisticReferenceDefaults {
        func sigmoid(_ z: Double) -> Double {
            let safe = min(max(z, -45), 45)
            return safe >= 0 ? 1 / (1 + exp(-safe)) : exp(safe) / (1 + exp(safe))
        }
    }

    /// The stable two-branch sigmoid computed in `Float`.
    struct SigmoidInFloat: LogisticReferenceDefaults {
        func sigmoid(_ z: Double) -> Double {
            let e = expf(-abs(Float(z)))
            return Double((z >= 0 ? 1 : e) / (1 + e))
        }
    }

    /// `log1p(p)` where `log1p(-p)` is meant: a point labelled 0 costs −ln(1 + p).
    struct CrossEntropyLog1pSignSlip: LogisticReferenceDefaults {
        func binaryCrossEntropy(labels: [Int], probabilities: [Double]) -> Double {
            let total = zip(labels, probabilities).reduce(0.0) { $0 - ($1.0 == 1 ? log($1.1) : log1p($1.1)) }
            return total / Double(labels.count)
        }
    }

    /// Divided by the number of points labelled 1 rather than by all the points.
    struct CrossEntropyOverPositives: LogisticReferenceDefaults {
        func binaryCrossEntropy(labels: [Int], probabilities: [Double]) -> Double {
            let total = zip(labels, probabilities).reduce(0.0) { $0 - ($1.0 == 1 ? log($1.1) : log1p(-$1.1)) }
            return total / Double(max(1, labels.filter { $0 == 1 }.count))
        }
    }

    /// An ε inside the log, log(p + 1e-15): a small clip, but a clip.
    struct CrossEntropyWithEpsilon: LogisticReferenceDefaults {
        func binaryCrossEntropy(labels: [Int], probabilities: [Double]) -> Double {
            let total = zip(labels, probabilities).reduce(0.0) { $0 - ($1.0 == 1 ? log($1.1 + 1e-15) : log(1 - $1.1 + 1e-15)) }
            return total / Double(labels.count)
        }
    }

    /// + y·z where − y·z belongs.
    struct NegativeLogLikelihoodPlusYZ: LogisticReferenceDefaults {
        func negativeLogLikelihood(weight: Double, bias: Double, x: [Double], labels: [Int]) -> Double {
            zip(x, labels).reduce(0.0) { sum, point in
                let z = weight * point.0 + bias
                return sum + (max(z, 0) + log1p(exp(-abs(z)))) + Double(point.1) * z
            }
        }
    }

    /// The logit z = w·x, the bias left out.
    struct NegativeLogLikelihoodWithoutBias: LogisticReferenceDefaults {
        func negativeLogLikelihood(weight: Double, bias: Double, x: [Double], labels: [Int]) -> Double {
            ReferenceSolution().negativeLogLikelihood(weight: weight, bias: 0, x: x, labels: labels)
        }
    }

    /// ∂/∂b copied from ∂/∂w, xᵢ and all.
    struct GradientBiasTimesX: LogisticReferenceDefaults {
        func gradient(weight: Double, bias: Double, x: [Double], labels: [Int]) -> (weight: Double, bias: Double) {
            let g = ReferenceSolution().gradient(weight: weight, bias: bias, x: x, labels: labels)
            return (g.weight, g.weight)
        }
    }

    /// The logit written w·x − b.
    struct GradientMinusBias: LogisticReferenceDefaults {
        func gradient(weight: Double, bias: Double, x: [Double], labels: [Int]) -> (weight: Double, bias: Double) {
            ReferenceSolution().gradient(weight: weight, bias: -bias, x: x, labels: labels)
        }
    }

    /// The learning rate applied twice: (w, b) ← (w, b) − η·η·∇.
    struct DescentRateSquared: LogisticReferenceDefaults {
        func gradientDescent(x: [Double], labels: [Int], learningRate: Double, steps: Int) -> (weight: Double, bias: Double) {
            var (weight, bias) = (0.0, 0.0)
            for _ in 0..<steps {
                let g = gradient(weight: weight, bias: bias, x: x, labels: labels)
                weight -= learningRate * learningRate * g.weight
                bias -= learningRate * learningRate * g.bias
            }
            return (weight, bias)
        }
    }

    /// The gradient computed once, at (0, 0), before the loop.
    struct DescentGradientOnce: LogisticReferenceDefaults {
        func gradientDescent(x: [Double], labels: [Int], learningRate: Double, steps: Int) -> (weight: Double, bias: Double) {
            var (weight, bias) = (0.0, 0.0)
            let g = gradient(weight: weight, bias: bias, x: x, labels: labels)
            for _ in 0..<steps {
                weight -= learningRate * g.weight
                bias -= learningRate * g.bias
            }
            return (weight, bias)
        }
    }
    /// The printed formula, with every NaN or infinite term skipped to "fix" 0 · log 0.
    struct CrossEntropySkipsNonFiniteTerms: LogisticReferenceDefaults {
        func binaryCrossEntropy(labels: [Int], probabilities: [Double]) -> Double {
            var total = 0.0
            for (label, p) in zip(labels, probabilities) {
                let y = Double(label)
                let term = -(y * log(p) + (1 - y) * log(1 - p))
                if term.isFinite { total += term }
            }
            return total / Double(labels.count)
        }
    }

    /// log(1 + exp(z)) − y·z, with every term that overflowed skipped.
    struct NegativeLogLikelihoodSkipsOverflow: LogisticReferenceDefaults {
        func negativeLogLikelihood(weight: Double, bias: Double, x: [Double], labels: [Int]) -> Double {
            var total = 0.0
            for (xi, yi) in zip(x, labels) {
                let z = weight * xi + bias
                let term = log(1 + exp(z)) - Double(yi) * z
                if term.isFinite { total += term }
            }
            return total
        }
    }
}
