/// Hints for each exercise, from a nudge to all but the answer.
enum GaussianHints {
    static let mean = [
        "Add the measurements up and divide by how many there are.",
        "`data.reduce(0, +)` is the sum; `data.count` is an Int, so convert it: `Double(data.count)`.",
        "`return data.reduce(0, +) / Double(data.count)`",
    ]

    static let logLikelihood = [
        "Do not multiply densities and then take the log: thousands of them multiply to 0. Add up the log of each density instead, ln N(x; μ, σ²) = −½ ln(2π) − ½ ln σ² − (x − μ)²/(2σ²).",
        "Summed over the data that is −n/2 · ln(2π) − n/2 · ln(variance) − Σ(xᵢ − μ)² / (2 · variance). The argument is already σ²: do not square it. `Double.pi` is π and `log` is the natural log.",
        "`let n = Double(data.count); let squares = data.reduce(0) { $0 + ($1 - mean) * ($1 - mean) }; return -n / 2 * log(2 * Double.pi) - n / 2 * log(variance) - squares / (2 * variance)`",
    ]

    static let maximumLikelihoodEstimate = [
        "Setting ∂ℓ/∂μ = 0 gives μ̂ = x̄, your `mean(of:)`. Setting ∂ℓ/∂σ² = 0 gives σ̂² = Σ(xᵢ − x̄)² / n: divide by n, not n − 1, and return the variance, not its square root.",
        "Compute the mean first, then go over the data a second time adding up (x − mean)². Do not use Σx²/n − mean²: on data near 10⁹ it subtracts two numbers near 10¹⁸ and only rounding error is left.",
        "`let m = mean(of: data); let squares = data.reduce(0) { $0 + ($1 - m) * ($1 - m) }; return (mean: m, variance: squares / Double(data.count))`",
    ]

    static let confidenceInterval95 = [
        "The standard error of μ̂ is σ̂/√n: the square root of the variance estimate, divided by the square root of the count. The 95% interval reaches 1.96 standard errors either side of μ̂.",
        "Call your `maximumLikelihoodEstimate(of:)` for μ̂ and σ̂², then `let standardError = (variance / Double(data.count)).squareRoot()`.",
        "`let (m, v) = maximumLikelihoodEstimate(of: data); let half = 1.96 * (v / Double(data.count)).squareRoot(); return (lower: m - half, upper: m + half)`",
    ]
}
