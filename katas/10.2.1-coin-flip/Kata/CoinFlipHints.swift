/// Hints for each exercise, from a nudge to all but the answer.
enum CoinFlipHints {
    static let countFlips = [
        "A String is a collection of Characters: loop over it with `for flip in flips` and look at each one.",
        "A `switch flip { case \"H\", \"h\": heads += 1 … default: break }` counts both cases and skips spaces, commas and anything else.",
        "Or with `filter`: `let heads = flips.filter { $0 == \"H\" || $0 == \"h\" }.count`, the same for tails, then `return (heads, tails)`.",
    ]

    static let likelihood = [
        "Flips are independent, so multiply one factor per flip: θ for each head, 1 − θ for each tail.",
        "Foundation's `pow` takes Doubles: `pow(theta, Double(heads))`. It already gives pow(0, 0) = 1, the convention the doc comment asks for.",
        "`return pow(theta, Double(heads)) * pow(1 - theta, Double(tails))`",
    ]

    static let logLikelihood = [
        "Do not take the log of `likelihood(...)`: for millions of flips it has already underflowed to 0. The log of a product is the sum of the logs: heads · ln θ + tails · ln(1 − θ).",
        "At θ = 0 with no heads, `0 * log(0)` is 0 × (−∞), which is NaN. A count of 0 should contribute nothing, so give that term 0 without calling `log`.",
        "`let headTerm = heads == 0 ? 0 : Double(heads) * log(theta)`, the same for tails with `log(1 - theta)`, then `return headTerm + tailTerm`. A positive count times −∞ is −∞, which is right: those data are impossible.",
    ]

    static let maximumLikelihoodEstimate = [
        "Set the derivative of the log-likelihood, heads/θ − tails/(1 − θ), to zero and solve for θ.",
        "The answer is the fraction of heads, heads / (heads + tails). Mind the types: an Int divided by an Int is an Int, rounded down.",
        "`return Double(heads) / Double(heads + tails)`",
    ]

    static let negativeLogLikelihoodGradient = [
        "Differentiate −heads · ln θ − tails · ln(1 − θ) one term at a time: d/dθ ln θ = 1/θ.",
        "By the chain rule d/dθ ln(1 − θ) = −1/(1 − θ), so the tails' term gets a plus sign: −heads/θ + tails/(1 − θ). At 9 heads, 4 tails and θ = 0.5 it is negative: raising θ lowers the loss.",
        "`return -Double(heads) / theta + Double(tails) / (1 - theta)`",
    ]

    static let gradientDescent = [
        "Start with `var theta = start`, repeat `steps` times, and return `theta`.",
        "One step moves against the gradient: `theta -= learningRate * negativeLogLikelihoodGradient(theta: theta, heads: heads, tails: tails)`. Minus, because the gradient points uphill on the loss.",
        "`var theta = start; for _ in 0..<steps { theta -= learningRate * negativeLogLikelihoodGradient(theta: theta, heads: heads, tails: tails) }; return theta`",
    ]
}
