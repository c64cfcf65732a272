/// Hints for each exercise, from a nudge to all but the answer.
enum ExponentialHints {
    static let logLikelihood = [
        "The log of a product is the sum of the logs: add ln(α · e^(−α·x)) = ln α − α·x over the observations. Never multiply the densities first (thousands of them underflow to 0), and never compute `exp(-rate * x)` only to take its log: e^(−800) is already 0.",
        "Adding ln α − α·x n times gives n · ln α − α · Σx. Before any of it, return `-.infinity` if `rate <= 0` or if `observations.contains { $0 < 0 }`: ln of a negative number is NaN, and a negative wait is impossible.",
        "`guard rate > 0, !observations.contains(where: { $0 < 0 }) else { return -.infinity }; return Double(observations.count) * log(rate) - rate * observations.reduce(0, +)`",
    ]

    static let maximumLikelihoodEstimate = [
        "Set the score n/α − Σx to zero and solve for α.",
        "α̂ = n / Σx = 1/x̄: the rate is one over the mean wait, not the mean wait itself (that is the scale numpy calls `scale`).",
        "`return Double(observations.count) / observations.reduce(0, +)`",
    ]

    static let score = [
        "Differentiate n · ln α − α · Σx with respect to α, one term at a time: d/dα ln α = 1/α.",
        "The score is n/α − Σx, the slope of the log-likelihood (not of the negative log-likelihood). At α = 0.5 with the single wait 3 it is 2 − 3 = −1.",
        "`return Double(observations.count) / rate - observations.reduce(0, +)`",
    ]

    static let newtonRaphson = [
        "Start with `var rate = start`, repeat `steps` times, and return `rate`. Newton's method finds a zero of a function f with steps x ← x − f(x)/f′(x); here f is the score.",
        "The score's derivative is score′(α) = −n/α². So one step is `rate -= score(rate: rate, observations: observations) / (-n / (rate * rate))`, with `let n = Double(observations.count)`. Mind the minus in front of the fraction and the one inside score′.",
        "`let n = Double(observations.count); var rate = start; for _ in 0..<steps { rate -= score(rate: rate, observations: observations) / (-n / (rate * rate)) }; return rate`",
    ]

    static let standardError = [
        "The Fisher information of n waits is I(α) = n/α², and the standard error is 1/√I at the estimate.",
        "1/√(n/α̂²) = α̂/√n. You may call your own `maximumLikelihoodEstimate(observations:)`; √n is `Double(n).squareRoot()`.",
        "`return maximumLikelihoodEstimate(observations: observations) / Double(observations.count).squareRoot()`",
    ]
}
