import Foundation

/// Tells the story of kata 10.2.3, computing every number it shows with
/// `ReferenceSolution` and KataKit (never with the learner's code, which may not be
/// written yet).
func tellRegressionStory(_ narrator: Narrator) {
    let maths = ReferenceSolution()
    let data = storyData()
    tellModel(narrator)
    tellWhyLeastSquares(narrator, maths)
    tellNoiseVariance(narrator)
    tellData(narrator, data)
    tellTwoFits(narrator, maths, data)
    tellOneBottom(narrator, maths, data)
    tellFeatures(narrator, maths, data)
    narrator.heading("Your turn")
    narrator.prose("""
    Open katas/10.2.3-mle-mse/Solution.swift. It holds four functions, in the order of \
    this story: meanSquaredError, negativeLogLikelihood, leastSquares and \
    noiseVariance. The comment above each says exactly what to return; sigma is always \
    the standard deviation σ. Replace each todo() with your code, then grade your work:

      swift run kata check 10.2.3

    It grades the functions in order and, when one is wrong, names the mistake it most \
    likely is. One check runs KataKit's Nelder-Mead on your own negativeLogLikelihood, \
    as the story did on its own, and expects it to land on your own leastSquares line.
    """)
}

// MARK: - The model

/// The model y = m·x + b + ε and its negative log-likelihood.
private func tellModel(_ narrator: Narrator) {
    narrator.heading("A line through noisy points")
    narrator.prose("""
    Fit a straight line to points (xᵢ, yᵢ) and almost everyone reaches for least \
    squares: choose the slope m and the intercept b that make the squared misses \
    Σ(yᵢ − m·xᵢ − b)² smallest. Why squares, and not absolute values or fourth \
    powers? Maximum likelihood gives an answer, once we say where the misses come from.

    The model: each y is the line's value plus Gaussian noise,

      yᵢ = m·xᵢ + b + εᵢ,   εᵢ ~ N(0, σ²), independent

    so yᵢ is N(m·xᵢ + b, σ²), with density

      (1/√(2πσ²)) · exp(−rᵢ²/(2σ²)),   where rᵢ = yᵢ − (m·xᵢ + b)

    is the residual, the data minus the line. The log of a product of densities is the \
    sum of their logs; negate it and we have a loss to minimise, the negative \
    log-likelihood of the three parameters (m, b, σ):

      NLL(m, b, σ) = n/2 · ln(2πσ²) + Σ rᵢ² / (2σ²)

    The first term is n copies of ½·ln(2πσ²), from the √ in the density; the second \
    is where the line lives.
    """)
}

// MARK: - Why maximum likelihood is least squares

/// For every fixed σ the NLL is a positive multiple of the RSS plus a constant.
private func tellWhyLeastSquares(_ narrator: Narrator, _ maths: ReferenceSolution) {
    narrator.heading("Maximum likelihood is least squares")
    narrator.prose("""
    Fix σ at any value you like, σ = 0.5 or σ = 40. Then n/2 · ln(2πσ²) is a \
    constant (it has no m or b in it), and 1/(2σ²) is a positive constant factor. \
    Writing RSS(m, b) = Σ rᵢ² for the residual sum of squares:

      NLL(m, b) = constant + RSS(m, b) / (2σ²)

    Adding a constant moves no minimum, and multiplying by a positive number moves no \
    minimum either. So for every σ > 0, the (m, b) that minimises the negative \
    log-likelihood is the (m, b) that minimises RSS, the least-squares line. The noise \
    level changes how steep the valley is, never where its bottom lies. Since the mean \
    squared error is MSE = RSS/n, the same holds for it:

      NLL(m, b) = n/2 · ln(2πσ²) + n · MSE(m, b) / (2σ²)

    Maximum likelihood under Gaussian noise is least squares. That is the reason for \
    the squares: they are the log of the Gaussian's e^(−r²/(2σ²)). (Laplace noise, \
    e^(−|r|/s), would give least absolute deviations instead.)
    """)
    let (x, y) = (smallX, smallY)
    let lines = [(2.0, 1.0), (2.2, 0.5)]
    let sigmas = [0.5, 1.0, 3.0, 40.0]
    let rows = sigmas.map { sigma in
        let values = lines.map { maths.negativeLogLikelihood(x: x, y: y, slope: $0.0, intercept: $0.1, sigma: sigma) }
        return "  " + String(format: "%-6g %14.6f %14.6f %14.6f", sigma, values[0], values[1], values[0] - values[1])
    }
    let rss = lines.map { maths.meanSquaredError(x: x, y: y, slope: $0.0, intercept: $0.1) * Double(x.count) }
    narrator.prose("""
    A small check, on four points x = [1, 2, 3, 4], y = [3, 4, 8, 9]: the line \
    y = 2x + 1 has RSS = \(rss[0], decimals: 2), the line y = 2.2x + 0.5 has \
    RSS = \(rss[1], decimals: 2). Their negative log-likelihoods at several σ:
    """)
    narrator.output((["  σ      NLL(2, 1)      NLL(2.2, 0.5)  difference"] + rows).joined(separator: "\n"))
    let consistent = sigmas.allSatisfy { sigma in
        let values = lines.map { maths.negativeLogLikelihood(x: x, y: y, slope: $0.0, intercept: $0.1, sigma: sigma) }
        return abs((values[0] - values[1]) - (rss[0] - rss[1]) / (2 * sigma * sigma)) < 1e-12 && values[1] < values[0]
    }
    narrator.claim("at every σ here the line with the smaller RSS has the smaller NLL, and the difference is (\(rss[0], decimals: 2) − \(rss[1], decimals: 2))/(2σ²)",
                   consistent)
    narrator.prose("""
    The values change with σ; the winner does not.
    """)
}

/// σ̂² = RSS/n from setting the σ-derivative to zero.
private func tellNoiseVariance(_ narrator: Narrator) {
    narrator.heading("The noise level: σ̂² = RSS/n")
    narrator.prose("""
    The best line does not depend on σ, so find it first, then σ. With the line \
    fixed, the derivative in σ is

      ∂NLL/∂σ = n/σ − RSS/σ³

    which is zero where σ² = RSS/n, and the NLL falls before that point and rises \
    after it. So the maximum likelihood noise variance is

      σ̂² = RSS/n = the mean squared error of the least-squares line

    divided by n, like the Gaussian variance of kata 10.2.2. Statistics packages often \
    print RSS/(n − 2) instead, because two parameters were fitted before the residuals \
    were measured; that is the unbiased estimate, not the maximum likelihood one. \
    Putting σ̂² back in, the lowest NLL there is comes in closed form:

      NLL(m̂, b̂, σ̂) = n/2 · ln(2πσ̂²) + n/2
    """)
}
