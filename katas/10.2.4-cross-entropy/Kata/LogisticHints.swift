/// Hints for each exercise, from a nudge to all but the answer.
enum LogisticHints {
    static let sigmoid = [
        "1/(1 + exp(−z)) is safe for z ≥ 0: exp(−z) is at most 1. For z < 0 it is safe too, but multiply top and bottom by e^z and you get a form whose exponent is never positive either way: e^z/(1 + e^z).",
        "Split on the sign: `if z >= 0 { return 1 / (1 + exp(-z)) }`, else `let e = exp(z); return e / (1 + e)`. Never compute 1 − σ(−z): for z = −50 both terms are 1 to every digit and the difference is 0.",
        "`if z >= 0 { return 1 / (1 + exp(-z)) }; let e = exp(z); return e / (1 + e)`",
    ]

    static let binaryCrossEntropy = [
        "Each point costs −log of the probability the model gave its actual label: −log p for a 1, −log(1 − p) for a 0. The answer is the MEAN of those costs.",
        "Compute only the actual label's term, with `if label == 1 { … } else { … }`, so that 0 · log 0 never happens; `log1p(-p)` is log(1 − p) without rounding. No clipping: log(0) = −∞, so an impossible label costs +∞, which is the right answer.",
        "`zip(labels, probabilities).reduce(0.0) { $0 - ($1.0 == 1 ? log($1.1) : log1p(-$1.1)) } / Double(labels.count)`",
    ]

    static let negativeLogLikelihood = [
        "With p = σ(z), log p = z − log(1 + e^z) and log(1 − p) = −log(1 + e^z). So each point costs log(1 + e^z) − y·z, with no sigmoid and no log of a probability in sight.",
        "log(1 + e^z) must not be computed as written: exp(1000) is ∞, and for z = −40, 1 + e^z rounds to 1. Write it as max(z, 0) + log1p(exp(−abs(z))): the exponent is never positive, and log1p keeps the tiny digits. Sum over the points; do not divide by n.",
        "`zip(x, labels).reduce(0.0) { sum, point in let z = weight * point.0 + bias; return sum + max(z, 0) + log1p(exp(-abs(z))) - Double(point.1) * z }`",
    ]

    static let gradient = [
        "Differentiate one point's cost log(1 + e^z) − y·z with respect to z: you get σ(z) − y, the residual. Then the chain rule: ∂z/∂w = x and ∂z/∂b = 1.",
        "∂/∂w = Σ (σ(zᵢ) − yᵢ)·xᵢ and ∂/∂b = Σ (σ(zᵢ) − yᵢ): sums, not means, and σ(z) − y, not y − σ(z) (that is the gradient of the log-likelihood). Use your own stable `sigmoid`, so z = ±1000 gives no NaN.",
        "`var (gw, gb) = (0.0, 0.0); for (xi, yi) in zip(x, labels) { let r = sigmoid(weight * xi + bias) - Double(yi); gw += r * xi; gb += r }; return (gw, gb)`",
    ]

    static let gradientDescent = [
        "Start with `var weight = 0.0, bias = 0.0`, repeat `steps` times, and return `(weight, bias)`. Each step goes against the gradient: downhill on the loss.",
        "In each step compute the whole gradient first, `let g = gradient(weight: weight, bias: bias, x: x, labels: labels)`, and only then change both: `weight -= learningRate * g.weight; bias -= learningRate * g.bias`.",
        "`var weight = 0.0, bias = 0.0; for _ in 0..<steps { let g = gradient(weight: weight, bias: bias, x: x, labels: labels); weight -= learningRate * g.weight; bias -= learningRate * g.bias }; return (weight, bias)`",
    ]
}
