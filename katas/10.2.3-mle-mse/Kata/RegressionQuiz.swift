import Foundation
import MLETutorialData

/// The knowledge check of kata 10.2.3: why Gaussian noise gives squares, why σ moves
/// no minimum, the least-squares slope of the four points, why Nelder-Mead searched
/// over log σ, QR against the normal equations, and the noise variance of the
/// tutorial's data. Every number in it is computed with `ReferenceSolution` and
/// KataKit when it is asked.
func regressionQuiz() -> [Question] {
    [
        whySquares(),
        sigmaMovesNoMinimum(),
        leastSquaresSlope(),
        whyLogSigma(),
        normalEquationsOrQR(),
        noiseVariance(),
    ]
}

/// Least squares is the negative log of the Gaussian density, not a convenience.
private func whySquares() -> Question {
    .choice("why-squares", """
        Why does maximum likelihood, with Gaussian noise on the line, give least squares?
        """, [
        .wrong("Squares are easier to differentiate than absolute values, so they are the usual choice", """
            Convenience is not the reason. With Laplace noise, e^(−|r|/s), maximum likelihood gives least \
            absolute deviations, however awkward they are to differentiate.
            """),
        .wrong("The noise is small, so the higher powers of the residuals can be neglected", """
            Nothing is neglected: NLL = n/2 · ln(2πσ²) + Σ rᵢ²/(2σ²) exactly, for any σ, tiny or huge.
            """),
        .right("ln of the Gaussian density is a constant minus r²/(2σ²): the NLL is a constant plus RSS/(2σ²)", """
            For every fixed σ > 0 the NLL is a positive multiple of the RSS plus a constant, and neither moves \
            the minimum: the squares are the log of the Gaussian's e^(−r²/(2σ²)).
            """),
        .wrong("Every noise distribution gives least squares, Gaussian or not", """
            The loss is the noise model's negative log-density: Gaussian noise gives squares, Laplace noise \
            gives absolute values.
            """),
    ], explanation: """
        NLL(m, b) = n/2 · ln(2πσ²) + RSS(m, b)/(2σ²): adding a constant and multiplying by a positive number move \
        no minimum, so the maximum likelihood line is the least-squares line.
        """)
}

/// Which of the story's two lines wins at a small and a large σ: the same one.
private func sigmaMovesNoMinimum() -> Question {
    let maths = ReferenceSolution()
    let (x, y, n) = (smallX, smallY, Double(smallX.count))
    let lines = [(m: 2.0, b: 1.0), (m: 2.2, b: 0.5)]
    let rss = lines.map { n * maths.meanSquaredError(x: x, y: y, slope: $0.m, intercept: $0.b) }
    let (better, worse) = rss[0] < rss[1] ? (0, 1) : (1, 0)
    let name = lines.map { "y = \($0.m)x + \($0.b)" }
    let (small, large) = (0.5, 40.0)
    let gap = { (sigma: Double) in
        maths.negativeLogLikelihood(x: x, y: y, slope: lines[worse].m, intercept: lines[worse].b, sigma: sigma)
            - maths.negativeLogLikelihood(x: x, y: y, slope: lines[better].m, intercept: lines[better].b,
                                          sigma: sigma)
    }
    return .choice("sigma-moves-no-minimum", """
        On the story's four points, x = \(x) and y = \(y), the line \(name[0]) has RSS = \(rss[0], decimals: 2) \
        and \(name[1]) has RSS = \(rss[1], decimals: 2). With σ fixed at \(small, significant: 2), and again at \
        \(large, significant: 2), which line has the smaller negative log-likelihood?
        """, [
        .wrong("It cannot be said until σ has been fitted", """
            σ need not be known: the best line is the same for every σ, which is why the story finds the line \
            first and σ after it.
            """),
        .right("\(name[better]) at both", """
            The NLL is n/2 · ln(2πσ²) + RSS/(2σ²), so at every σ the smaller RSS gives the smaller NLL: by \
            \(gap(small), decimals: 2) at σ = \(small, significant: 2) and by \(prose: gap(large), significant: 3) \
            at σ = \(large, significant: 2).
            """),
        .wrong("\(name[better]) at σ = \(small, significant: 2), \(name[worse]) at σ = \(large, significant: 2)", """
            σ changes how steep the valley is, never where its bottom lies: the difference \
            (RSS₁ − RSS₂)/(2σ²) shrinks as σ grows but keeps its sign.
            """),
        .wrong("\(name[better]) at σ = \(small, significant: 2); at σ = \(large, significant: 2) they tie", """
            The difference at σ = \(large, significant: 2) is (\(rss[worse], decimals: 2) − \
            \(rss[better], decimals: 2))/(2σ²) = \(prose: gap(large), significant: 3): small, but not 0.
            """),
    ], explanation: """
        The values change with σ; the winner does not. Minimising the NLL over (m, b) is minimising the RSS, \
        whatever σ is.
        """)
}

/// The closed-form slope of the four points.
private func leastSquaresSlope() -> Question {
    let maths = ReferenceSolution()
    let (x, y) = (smallX, smallY)
    let line = maths.leastSquares(x: x, y: y)
    let (xMean, yMean) = (x.reduce(0, +) / Double(x.count), y.reduce(0, +) / Double(y.count))
    let sxy = zip(x, y).reduce(0) { $0 + ($1.0 - xMean) * ($1.1 - yMean) }
    let sxx = x.reduce(0) { $0 + ($1 - xMean) * ($1 - xMean) }
    return .number("least-squares-slope", """
        What is the slope m̂ of the least-squares line through the story's four points, x = \(x) and \
        y = \(y)? Give it to 2 decimals.
        """, answer: line.slope, tolerance: 0.005, explanation: """
        m̂ = Σ(xᵢ − x̄)(yᵢ − ȳ) / Σ(xᵢ − x̄)² = \(sxy, significant: 4)/\(sxx, significant: 4) = \
        \(line.slope, decimals: 2), with x̄ = \(xMean, significant: 4) and ȳ = \(yMean, significant: 4); then \
        b̂ = ȳ − m̂·x̄ = \(line.intercept, decimals: 2). It is the maximum likelihood line for every σ.
        """)
}

/// Why Nelder-Mead searched over log σ rather than σ.
private func whyLogSigma() -> Question {
    .choice("why-log-sigma", """
        Nelder-Mead searched for the maximum likelihood fit over (m, b, log σ) rather than (m, b, σ). Why?
        """, [
        .right("So that it may roam over every real number while σ = e^(log σ) stays positive", """
            Nelder-Mead knows no bounds; a step to σ ≤ 0 would ask for a Gaussian that does not exist. Through \
            log σ, every point it tries is a real noise level.
            """),
        .wrong("Its minimum in log σ is a better fit than its minimum in σ", """
            Relabelling moves no minimum: the search found σ̂² = RSS/n through log σ, where the closed form puts \
            it (the invariance of maximum likelihood).
            """),
        .wrong("In log σ the NLL becomes a sum of squares, as it is in m and b", """
            In log σ = s the NLL is n·s + RSS·e^(−2s)/2 plus a constant: no sum of squares. The reason is only \
            the sign of σ.
            """),
    ], explanation: """
        σ must be positive, and log σ runs over all real numbers; the peak in log σ is at log σ̂, so nothing is \
        lost by searching there.
        """)
}

/// Why QR is safer than forming XᵀX, though both solve the same problem.
private func normalEquationsOrQR() -> Question {
    let (x, y) = storyData()
    let rows = x.map { [$0, $0 * $0, 1.0] }
    let k = 0..<3
    let xtx = k.map { i in k.map { j in rows.reduce(0) { $0 + $1[i] * $1[j] } } }
    let xty = k.map { i in zip(rows, y).reduce(0) { $0 + $1.0[i] * $1.1 } }
    let normal = LinearSystem.solve(xtx, xty) ?? [.nan, .nan, .nan]
    let qr = (try? LeastSquares.fit(features: x.map { [$0, $0 * $0] }, targets: y))
        .map { $0.weights + [$0.intercept] } ?? [.nan, .nan, .nan]
    let gap = zip(normal, qr).map { abs($0 - $1) }.max() ?? .nan
    return .choice("normal-equations-or-qr", """
        The weights of several features solve the normal equations XᵀX w = Xᵀy, and a QR factorisation of X \
        finds the same w. Which route is the safer one in general, and why?
        """, [
        .wrong("The normal equations, since w = (XᵀX)⁻¹Xᵀy is the exact answer", """
            Exact on paper only. In floating point, forming XᵀX squares the condition number of X; and the \
            inverse itself should never be computed, only the system solved.
            """),
        .wrong("It depends on the model: the two maximise different likelihoods", """
            They maximise the same likelihood and solve the same least-squares problem: on the tutorial's data \
            their weights agree to \(prose: gap, significant: 1). They differ only in how many digits survive \
            rounding.
            """),
        .right("QR, because forming XᵀX squares the condition number and so loses twice the digits", """
            With nearly dependent features the normal equations lose twice as many digits as QR, which works \
            on X directly.
            """),
    ], explanation: """
        Both give the maximum likelihood weights; on tame features, like x and x² here, they agree, but QR (or \
        numpy's SVD in np.linalg.lstsq) is the route that keeps its digits.
        """)
}

/// What the maximum likelihood noise variance of the tutorial's data prints.
private func noiseVariance() -> Question {
    let maths = ReferenceSolution()
    let (x, y) = storyData()
    let n = Double(x.count)
    let variance = maths.noiseVariance(x: x, y: y)
    let truth = TutorialStream.regressionNoise * TutorialStream.regressionNoise
    let printed = { (value: Double) in "σ̂² = " + String(format: "%.4f", value) }
    return .printed("noise-variance", """
        What does this step print? `storyData()` is the tutorial's \(x.count) points, drawn with noise of \
        σ = \(TutorialStream.regressionNoise, decimals: 0).
        """, wrong: [
        .wrong(printed(variance * n / (n - 2)), """
            RSS/(n − 2): the unbiased estimate statistics packages print, because two parameters were fitted. \
            The maximum likelihood estimate divides by n.
            """),
        .wrong(printed(truth), """
            That is the true σ² the data were drawn with. σ̂² is computed from the residuals, and \(x.count) \
            points do not pin it down exactly.
            """),
        .wrong(printed(variance.squareRoot()), """
            That is σ̂, the standard deviation; `noiseVariance` returns the variance σ̂² = RSS/n.
            """),
    ], explanation: """
        σ̂² = RSS/n at the least-squares line: \(variance * n, decimals: 2)/\(x.count) = \(variance, decimals: 4), \
        near the true σ² = \(truth, decimals: 0).
        """) { show in
        let maths = ReferenceSolution()
        let (x, y) = storyData()
        let variance = maths.noiseVariance(x: x, y: y)
        show("σ̂² =", String(format: "%.4f", variance))
    }
}
