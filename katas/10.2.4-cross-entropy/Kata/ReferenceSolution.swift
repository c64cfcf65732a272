import Foundation

/// The reference solution of kata 10.2.4: every check passes it, and the story
/// computes its numbers with it.
public struct ReferenceSolution: LogisticExercises {
    /// Creates the reference solution.
    public init() {}

    /// 1/(1 + e^(−z)) for z ≥ 0 and e^z/(1 + e^z) for z < 0: the exponent is never
    /// positive, so nothing overflows, and a tiny result keeps its digits.
    public func sigmoid(_ z: Double) -> Double {
        // One exp and a choice of numerator rather than two branches: the sign of z is a
        // coin toss over a data set, and a mispredicted branch per point made the story's
        // Newton fit slower than numpy's (bench/run). Same bits as the two branches.
        let e = exp(-abs(z))
        return (z >= 0 ? 1 : e) / (1 + e)
    }

    /// The mean of −log pᵢ (label 1) or −log(1 − pᵢ) (label 0); only the actual
    /// label's term is computed, so 0 · log 0 never arises.
    public func binaryCrossEntropy(labels: [Int], probabilities: [Double]) -> Double {
        let total = zip(labels, probabilities).reduce(0.0) { sum, point in
            sum - (point.0 == 1 ? log(point.1) : log1p(-point.1))
        }
        return total / Double(labels.count)
    }

    /// Σ [softplus(zᵢ) − yᵢ·zᵢ].
    public func negativeLogLikelihood(weight: Double, bias: Double, x: [Double], labels: [Int]) -> Double {
        zip(x, labels).reduce(0.0) { sum, point in
            let z = weight * point.0 + bias
            // max(z, 0) − y·z first: for a confident hit (y = 1, z = 40) they cancel exactly
            // and the tiny log1p(e^(−|z|)) keeps its digits, which softplus(z) − z would lose.
            return sum + (max(z, 0) - Double(point.1) * z) + log1p(exp(-abs(z)))
        }
    }

    /// (Σ (σ(zᵢ) − yᵢ)·xᵢ, Σ (σ(zᵢ) − yᵢ)).
    public func gradient(weight: Double, bias: Double, x: [Double], labels: [Int]) -> (weight: Double, bias: Double) {
        zip(x, labels).reduce((weight: 0.0, bias: 0.0)) { sum, point in
            let residual = sigmoid(weight * point.0 + bias) - Double(point.1)
            return (sum.weight + residual * point.0, sum.bias + residual)
        }
    }

    /// `steps` steps of (w, b) ← (w, b) − η·∇ from (0, 0).
    public func gradientDescent(x: [Double], labels: [Int], learningRate: Double,
                                steps: Int) -> (weight: Double, bias: Double) {
        var (weight, bias) = (0.0, 0.0)
        for _ in 0..<max(0, steps) {
            let slope = gradient(weight: weight, bias: bias, x: x, labels: labels)
            weight -= learningRate * slope.weight
            bias -= learningRate * slope.bias
        }
        return (weight, bias)
    }
}

/// log(1 + e^z) without overflow or lost digits: max(z, 0) + log1p(e^(−|z|)).
///
/// e^(−|z|) is at most 1, so it cannot overflow; log1p keeps the digits of a tiny
/// argument that 1 + e^z would round away.
func softplus(_ z: Double) -> Double {
    max(z, 0) + log1p(exp(-abs(z)))
}
