import Foundation
import MLETutorialData

// The middle of the story: the tutorial's data, fitted by Nelder-Mead on the negative
// log-likelihood and by closed-form least squares.

/// The story's data, as the tutorial draws them.
typealias StoryPoints = (x: [Double], y: [Double])

/// The closed-form fit of the story's data: the line, σ̂² = RSS/n and the lowest NLL.
typealias ClosedFormFit = (line: (slope: Double, intercept: Double), variance: Double, minimum: Double)

// MARK: - The data

/// The tutorial's hundred points.
/// - Returns: The points.
func tellData(_ narrator: Narrator) -> StoryPoints {
    let noise = narrator.value(noiseLevel)
    narrator.heading("The tutorial's data")
    narrator.prose("""
    The Python tutorial this kata follows makes its data with numpy, after drawing the \
    Gaussian sample of kata 10.2.2 from the same seed:

    \(storyDataPython(noise: noise).split(separator: "\n").map { "  " + $0 }.joined(separator: "\n"))

    So the truth is m = \(TutorialStream.regressionSlope, decimals: 0), \
    b = \(TutorialStream.regressionIntercept, decimals: 0), σ = \
    \(StoryParameter.text(noise)). `storyData()` replays numpy's stream \
    bit for bit through KataKit's `TutorialStream`, so these are your Python numbers too:
    """)
    return narrator.step { show in
        let (x, y) = storyData(noise: noise)
        show("n =", x.count, " the first five points:")
        for (xi, yi) in zip(x, y).prefix(5) {
            show(String(format: "x = %.8f   y = %.8f", xi, yi))
        }
        return (x, y)
    }
}

// MARK: - Two fits

/// Nelder-Mead on the NLL over (m, b, log σ) from (1, 1, 0), against the closed form.
/// - Returns: The closed-form fit.
func tellTwoFits(_ narrator: Narrator, _ maths: ReferenceSolution, _ data: StoryPoints) -> ClosedFormFit {
    let (x, y) = data
    narrator.heading("Two fits, one line")
    narrator.prose("""
    Fit the data twice. First as a maximum likelihood problem with no calculus at all: \
    hand the negative log-likelihood to `NelderMead` (KataKit's port of scipy's \
    `minimize(method="Nelder-Mead")`, step for step), starting where the tutorial \
    starts. The third coordinate is log σ rather than σ so that the search may roam \
    over every real number while σ = e^(log σ) stays positive.
    """)
    let (start, search) = narrator.step { show in
        let start = [1.0, 1.0, 0.0]
        let search = NelderMead().minimize({ p in
            maths.negativeLogLikelihood(x: x, y: y, slope: p[0], intercept: p[1],
                                        sigma: exp(p[2]))
        }, from: start)
        show("from (m, b, log σ) =", start)
        show(search.message)
        show("Nelder-Mead:", search.iterations, "iterations,", search.evaluations,
             "evaluations (scipy's nit and nfev)")
        show("log σ =", String(format: "%.8f", search.point[2]))
        return (start, search)
    }
    let python = start.map { String(format: "%g", $0) }.joined(separator: ", ")
    narrator.prose("""
    In Python the same search reads

      def nll(p):
          m, b, log_sigma = p
          sigma = np.exp(log_sigma)
          r = y - m * x - b
          return (len(x) / 2 * np.log(2 * np.pi * sigma**2)
                  + np.sum(r**2) / (2 * sigma**2))
      scipy.optimize.minimize(nll, [\(python)], method="Nelder-Mead")

    Second, least squares in closed form. Setting the derivatives of RSS in m and b to \
    zero gives

      m̂ = Σ(xᵢ − x̄)(yᵢ − ȳ) / Σ(xᵢ − x̄)²,   b̂ = ȳ − m̂·x̄

    which is `maths.leastSquares`, and then σ̂² = RSS/n, `maths.noiseVariance`. The two \
    answers side by side:
    """)
    let fit = narrator.step { show in
        let line = maths.leastSquares(x: x, y: y)
        let variance = maths.noiseVariance(x: x, y: y)
        let n = Double(x.count)
        let minimum = n / 2 * log(2 * Double.pi * variance) + n / 2
        let (m, b, logSigma) = (search.point[0], search.point[1], search.point[2])
        let row = { (values: [Double]) in
            values.map { String(format: "%.8f", $0) }.joined(separator: "    ")
        }
        let closedForm = [line.slope, line.intercept, variance, minimum]
        show("                 slope m       intercept b   σ̂²            NLL")
        show("least squares   ", row(closedForm))
        show("Nelder-Mead     ", row([m, b, exp(2 * logSigma), search.value]))
        return (line, variance, minimum)
    }
    let n = Double(x.count)
    let (line, variance, minimum) = fit
    let found = (slope: search.point[0], intercept: search.point[1], variance: exp(2 * search.point[2]))
    let tolerance = NelderMead().xTolerance
    let slopeGap = abs(found.slope - line.slope), interceptGap = abs(found.intercept - line.intercept)
    // The search moves log σ, so its tolerance on σ̂² = e^(2 log σ) is relative, twice as large.
    narrator.claim("Nelder-Mead converged and agrees with least squares within \(prose: tolerance, significant: 1) on the slope (|Δm| = \(prose: slopeGap, significant: 2)), on the intercept (|Δb| = \(prose: interceptGap, significant: 2)) and, relative to it, within \(prose: 2 * tolerance, significant: 1) on σ̂²",
                   search.converged && slopeGap < tolerance && interceptGap < tolerance
                       && abs(found.variance - variance) < 2 * tolerance * variance)
    narrator.claim("its NLL, \(search.value, decimals: 8), is not below the closed-form minimum n/2 · ln(2πσ̂²) + n/2 = \(minimum, decimals: 8)",
                   search.value >= minimum)
    let sigmaHat = variance.squareRoot()
    let rss = variance * n
    let slopeInSigma = n / sigmaHat - rss / (sigmaHat * sigmaHat * sigmaHat)
    let nllAt = { (sigma: Double) in
        maths.negativeLogLikelihood(x: x, y: y, slope: line.slope, intercept: line.intercept, sigma: sigma)
    }
    let (nudge, flat) = (0.01, 1e-9)
    narrator.claim("at the least-squares line, ∂NLL/∂σ = n/σ − RSS/σ³ is \(prose: slopeInSigma, significant: 2) at σ̂ = √(RSS/n) = \(sigmaHat, decimals: 4) (zero within \(prose: flat, significant: 1)), and the NLL is higher at σ̂ ± \(100 * nudge, decimals: 0)%",
                   abs(slopeInSigma) < flat && nllAt(sigmaHat * (1 - nudge)) > minimum
                       && nllAt(sigmaHat * (1 + nudge)) > minimum)
    let truth = (slope: TutorialStream.regressionSlope, intercept: TutorialStream.regressionIntercept,
                 variance: narrator.value(noiseLevel) * narrator.value(noiseLevel))
    narrator.prose("""
    The two methods agree to the four or five digits Nelder-Mead promises (it stops \
    once its simplex is \(prose: tolerance, significant: 1) across), and the closed form \
    is exact. The estimates m̂ = \(line.slope, decimals: 4) and \
    b̂ = \(line.intercept, decimals: 4) are near the true \(truth.slope, decimals: 0) and \
    \(truth.intercept, decimals: 0); σ̂² = \(variance, decimals: 4) is near the true \
    σ² = \(truth.variance, decimals: 0). The unbiased RSS/(n − 2) would say \
    \(variance * n / (n - 2), decimals: 4).

    The data, the fitted line and, almost on it, the true line \
    y = \(truth.slope, decimals: 0)x + \(truth.intercept, decimals: 0):
    """)
    narrator.step { show in
        let (m̂, b̂) = (line.slope, line.intercept)
        let (m, b) = (truth.slope, truth.intercept)
        let ends = [x.min() ?? 0, x.max() ?? 10]
        show(LinePlot(series: [
            LinePlot.Series(name: "the fit",
                            points: ends.map { ($0, m̂ * $0 + b̂) }),
            LinePlot.Series(name: "the data", points: Array(zip(x, y)),
                            drawn: .points),
            LinePlot.Series(name: "the truth",
                            points: ends.map { ($0, m * $0 + b) }),
        ], width: 72, height: 16, xLabel: "x", yLabel: "y"))
    }
    return fit
}
