import Foundation

/// Tells the story of kata 10.2.3, computing every number it shows with
/// `ReferenceSolution` and KataKit (never with the learner's code, which may not be
/// written yet).
func tellRegressionStory(_ narrator: Narrator) {
    let maths = ReferenceSolution()
    tellModel(narrator)
    tellWhyLeastSquares(narrator, maths)
    tellNoiseVariance(narrator)
    let data = tellData(narrator)
    let fit = tellTwoFits(narrator, maths, data)
    tellOneBottom(narrator, maths, data, fit)
    tellFeatures(narrator, maths, data, fit)
    narrator.heading("Your turn")
    narrator.prose("""
    Open katas/10.2.3-mle-mse/Solution.swift. It holds four functions, in the order of \
    this story: `meanSquaredError`, `negativeLogLikelihood`, `leastSquares` and \
    `noiseVariance`. The comment above each says exactly what to return; `sigma` is \
    always the standard deviation σ. Replace each `todo()` with your code, then grade \
    your work:

      swift run kata check 10.2.3

    It grades the functions in order and, when one is wrong, names the mistake it most \
    likely is. One check runs KataKit's Nelder-Mead on your own `negativeLogLikelihood`, \
    as the story did on its own, and expects it to land on your own `leastSquares` line.
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
    Fix σ at any value you like, tiny or huge. Then n/2 · ln(2πσ²) is a \
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
    narrator.prose("""
    A small check, on a handful of points and two candidate lines. In the code, `maths` \
    is the workbook's own answer to the exercises you are about to write: \
    `maths.meanSquaredError` is RSS/n, and `maths.negativeLogLikelihood` is the NLL \
    above, the first two functions you will write.
    """)
    let (x, y, lines, rss) = narrator.step { show in
        let (x, y) = (smallX, smallY)
        let lines = [(m: 2.0, b: 1.0), (m: 2.2, b: 0.5)]
        let rss = lines.map { line in
            let mse = maths.meanSquaredError(x: x, y: y, slope: line.m,
                                             intercept: line.b)
            return mse * Double(x.count)
        }
        show("x =", x, "  y =", y)
        for (line, value) in zip(lines, rss) {
            show("line y = \(line.m)x + \(line.b):  RSS =", "\(value, decimals: 2)")
        }
        return (x, y, lines, rss)
    }
    narrator.prose("""
    Their negative log-likelihoods, at several noise levels σ:
    """)
    let table = narrator.step { show in
        let sigmas = [0.5, 1.0, 3.0, 40.0]
        show("σ      NLL, line 1    NLL, line 2    difference")
        return sigmas.map { sigma in
            let values = lines.map { line in
                maths.negativeLogLikelihood(x: x, y: y, slope: line.m,
                                            intercept: line.b, sigma: sigma)
            }
            show(String(format: "%-6g %14.6f %14.6f %14.6f",
                        sigma, values[0], values[1], values[0] - values[1]))
            return (sigma: sigma, values: values)
        }
    }
    let consistent = table.allSatisfy { row in
        let predicted = (rss[0] - rss[1]) / (2 * row.sigma * row.sigma)
        return abs((row.values[0] - row.values[1]) - predicted) < 1e-12 && row.values[1] < row.values[0]
    }
    narrator.claim("at every σ here, from \(table[0].sigma, significant: 2) to \(table[table.count - 1].sigma, significant: 2), the line with the smaller RSS has the smaller NLL, and the difference is (\(rss[0], decimals: 2) − \(rss[1], decimals: 2))/(2σ²)",
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
