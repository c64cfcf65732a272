/// Hints for each exercise, from a nudge to all but the answer.
enum RegressionHints {
    static let meanSquaredError = [
        "For each point the line predicts m·x + b; the residual is y minus that. Square each residual, add them up, and divide by how many points there are.",
        "Loop over `zip(x, y)`, add `(yi - (slope * xi + intercept))` squared to a running total, then divide by `Double(x.count)`: n, not n − 1 or n − 2, and no square root.",
        "`var total = 0.0; for (xi, yi) in zip(x, y) { let r = yi - (slope * xi + intercept); total += r * r }; return total / Double(x.count)`",
    ]

    static let negativeLogLikelihood = [
        "Minus the sum over the points of the log of the Gaussian density (1/√(2πσ²))·exp(−r²/(2σ²)), where r = y − (m·x + b). Take the log by hand, term by term, instead of computing densities: they underflow.",
        "−ln of one density is ½·ln(2πσ²) + r²/(2σ²). Adding n of them gives n/2 · ln(2πσ²) + RSS/(2σ²), with RSS = Σr². `sigma` is σ, so σ² is `sigma * sigma`; both terms are added (it is a loss: larger when the line fits worse).",
        "`let n = Double(x.count); let rss = zip(x, y).reduce(0.0) { let r = $1.1 - (slope * $1.0 + intercept); return $0 + r * r }; return n / 2 * log(2 * Double.pi * sigma * sigma) + rss / (2 * sigma * sigma)`",
    ]

    static let leastSquares = [
        "Set the derivatives of Σ(yᵢ − m·xᵢ − b)² with respect to b and m to zero. The first says the line passes through (x̄, ȳ); the second then gives the slope.",
        "m̂ = Σ(xᵢ − x̄)(yᵢ − ȳ) / Σ(xᵢ − x̄)² and b̂ = ȳ − m̂·x̄. Compute the means first and subtract them inside the sums: the shortcut Σxᵢyᵢ − n·x̄·ȳ loses every digit when x is near 10⁶. Return `(slope: m, intercept: b)`, slope first.",
        "`let xm = x.reduce(0, +) / Double(x.count), ym = y.reduce(0, +) / Double(y.count); var sxy = 0.0, sxx = 0.0; for (xi, yi) in zip(x, y) { sxy += (xi - xm) * (yi - ym); sxx += (xi - xm) * (xi - xm) }; let m = sxy / sxx; return (slope: m, intercept: ym - m * xm)`",
    ]

    static let noiseVariance = [
        "Fit the line first, then measure how far the points miss it. Setting ∂NLL/∂σ = n/σ − RSS/σ³ to zero gives σ̂² = RSS/n.",
        "That is the mean squared error of the least-squares line: call your own `leastSquares(x:y:)`, then your own `meanSquaredError(x:y:slope:intercept:)` at that line. Divide by n, not n − 2: n − 2 is the unbiased estimate, not the maximum likelihood one.",
        "`let line = leastSquares(x: x, y: y); return meanSquaredError(x: x, y: y, slope: line.slope, intercept: line.intercept)`",
    ]
}
