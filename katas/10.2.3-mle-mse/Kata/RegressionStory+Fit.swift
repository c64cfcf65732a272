import Foundation

// The middle of the story: the tutorial's data, fitted by Nelder-Mead on the negative
// log-likelihood and by closed-form least squares, and the two losses over the slope.

// MARK: - The data

/// The tutorial's hundred points.
func tellData(_ narrator: Narrator, _ data: (x: [Double], y: [Double])) {
    narrator.heading("The tutorial's data")
    narrator.prose("""
    The Python tutorial this kata follows makes its data with numpy, after drawing the \
    Gaussian sample of kata 10.2.2 from the same seed:
    """)
    narrator.output(storyDataPython.split(separator: "\n").map { "  " + $0 }.joined(separator: "\n"))
    narrator.prose("""
    So the truth is m = \(TutorialStream.regressionSlope, decimals: 0), \
    b = \(TutorialStream.regressionIntercept, decimals: 0), σ = \
    \(TutorialStream.regressionNoise, decimals: 0). KataKit replays numpy's stream bit \
    for bit, so these are your Python numbers too. The first five points:
    """)
    narrator.output(zip(data.x, data.y).prefix(5).map {
        String(format: "  x = %.8f   y = %.8f", $0, $1)
    }.joined(separator: "\n"))
}

// MARK: - Two fits

/// Nelder-Mead on the NLL over (m, b, log σ) from (1, 1, 0), against the closed form.
func tellTwoFits(_ narrator: Narrator, _ maths: ReferenceSolution, _ data: (x: [Double], y: [Double])) {
    let (x, y) = data
    let n = Double(x.count)
    let line = maths.leastSquares(x: x, y: y)
    let variance = maths.noiseVariance(x: x, y: y)
    let minimum = n / 2 * log(2 * Double.pi * variance) + n / 2
    let search = NelderMead().minimize({ p in
        maths.negativeLogLikelihood(x: x, y: y, slope: p[0], intercept: p[1], sigma: exp(p[2]))
    }, from: [1, 1, 0])
    let found = (slope: search.point[0], intercept: search.point[1], variance: exp(2 * search.point[2]))
    narrator.heading("Two fits, one line")
    narrator.prose("""
    Fit the data twice. First as a maximum likelihood problem with no calculus at all: \
    hand the negative log-likelihood to Nelder-Mead (KataKit's port of scipy's \
    minimize(method="Nelder-Mead"), step for step) and start it from m = 1, b = 1, \
    log σ = 0. The third coordinate is log σ rather than σ so that the search may roam \
    over every real number while σ = e^(log σ) stays positive. In Python:

      def nll(p):
          m, b, log_sigma = p
          sigma = np.exp(log_sigma)
          r = y - m * x - b
          return (len(x) / 2 * np.log(2 * np.pi * sigma**2)
                  + np.sum(r**2) / (2 * sigma**2))
      scipy.optimize.minimize(nll, [1, 1, 0], method="Nelder-Mead")

    Second, least squares in closed form. Setting the derivatives of RSS in m and b to \
    zero gives

      m̂ = Σ(xᵢ − x̄)(yᵢ − ȳ) / Σ(xᵢ − x̄)²,   b̂ = ȳ − m̂·x̄

    and then σ̂² = RSS/n. The two answers:
    """)
    narrator.output("""
                       slope m       intercept b   σ̂²            NLL
      least squares    \(String(format: "%.8f", line.slope))    \(String(format: "%.8f", line.intercept))    \(String(format: "%.8f", variance))    \(String(format: "%.8f", minimum))
      Nelder-Mead      \(String(format: "%.8f", found.slope))    \(String(format: "%.8f", found.intercept))    \(String(format: "%.8f", found.variance))    \(String(format: "%.8f", search.value))
      Nelder-Mead: \(search.iterations) iterations, \(search.evaluations) evaluations (scipy's nit and nfev),
      log σ = \(String(format: "%.8f", search.point[2])). \(search.message)
    """)
    let slopeGap = abs(found.slope - line.slope), interceptGap = abs(found.intercept - line.intercept)
    narrator.claim("Nelder-Mead converged and agrees with least squares within 10⁻⁴ on the slope (|Δm| = \(prose: slopeGap, significant: 2)), on the intercept (|Δb| = \(prose: interceptGap, significant: 2)) and on σ̂²",
                   search.converged && slopeGap < 1e-4 && interceptGap < 1e-4 && abs(found.variance - variance) < 1e-4)
    narrator.claim("its NLL, \(search.value, decimals: 8), is not below the closed-form minimum n/2 · ln(2πσ̂²) + n/2 = \(minimum, decimals: 8)",
                   search.value >= minimum)
    let sigmaHat = variance.squareRoot()
    let rss = variance * n
    let slopeInSigma = n / sigmaHat - rss / (sigmaHat * sigmaHat * sigmaHat)
    let nllAt = { (sigma: Double) in
        maths.negativeLogLikelihood(x: x, y: y, slope: line.slope, intercept: line.intercept, sigma: sigma)
    }
    narrator.claim("at the least-squares line, ∂NLL/∂σ = n/σ − RSS/σ³ is \(prose: slopeInSigma, significant: 2) at σ̂ = √(RSS/n) = \(sigmaHat, decimals: 4) (zero within 10⁻⁹), and the NLL is higher at σ̂ ± 1%",
                   abs(slopeInSigma) < 1e-9 && nllAt(sigmaHat * 0.99) > minimum && nllAt(sigmaHat * 1.01) > minimum)
    narrator.prose("""
    The two methods agree to the four or five digits Nelder-Mead promises (it stops \
    once its simplex is 10⁻⁴ across), and the closed form is exact. The estimates \
    m̂ = \(line.slope, decimals: 4) and b̂ = \(line.intercept, decimals: 4) are near the \
    true 3 and 7; σ̂² = \(variance, decimals: 4) is near the true σ² = 4. The unbiased \
    RSS/(n − 2) would say \(variance * n / (n - 2), decimals: 4).
    """)
}

// MARK: - One bottom

/// The MSE and the NLL over the slope, rescaled to share an axis, with the common argmin marked.
func tellOneBottom(_ narrator: Narrator, _ maths: ReferenceSolution, _ data: (x: [Double], y: [Double])) {
    let (x, y) = data
    let line = maths.leastSquares(x: x, y: y)
    let variance = maths.noiseVariance(x: x, y: y)
    let n = Double(x.count)
    let step = 0.01
    let grid = (200...400).map { Double($0) * step }
    func mse(_ m: Double) -> Double { maths.meanSquaredError(x: x, y: y, slope: m, intercept: line.intercept) }
    func nll(_ m: Double, sigma: Double) -> Double {
        maths.negativeLogLikelihood(x: x, y: y, slope: m, intercept: line.intercept, sigma: sigma)
    }
    // σ refitted at each slope: σ² = MSE(m), so NLL = n/2 · ln(2π · MSE(m)) + n/2.
    func profile(_ m: Double) -> Double { n / 2 * log(2 * Double.pi * mse(m)) + n / 2 }
    let curves = [mse, { nll($0, sigma: variance.squareRoot()) }, profile].map { curve in
        rescaled(grid.map(curve), bottom: curve(line.slope))
    }
    narrator.heading("One bottom: the MSE and the NLL over the slope")
    narrator.prose("""
    Hold the intercept at b̂ = \(line.intercept, decimals: 4) and let the slope run \
    from \(grid[0], decimals: 0) to \(grid[grid.count - 1], decimals: 0). The MSE and \
    the NLL are on different scales (at m̂ the MSE is \(mse(line.slope), decimals: 2) \
    and the NLL \(nll(line.slope, sigma: variance.squareRoot()), decimals: 2)), so to \
    share one axis each curve is drawn as its excess over its own value at m̂, \
    divided by its largest excess on the grid: each runs from 0 at its bottom to 1.

    The line is the MSE. The dots (•, every 0.1) are the NLL with σ fixed at σ̂: by \
    the argument above it is the MSE times n/(2σ̂²) = \(n / (2 * variance), decimals: 2) \
    plus a constant, so after rescaling it lies exactly on the MSE. The crosses (×) \
    are the NLL with σ refitted at every slope, n/2 · ln(2π · MSE) + n/2, a \
    logarithm of the MSE: another shape, the same bottom.
    """)
    // A NaN between two points breaks the line, so these series are drawn as lone markers
    // that let the MSE's line show between them.
    func markers(_ values: [Double], offset: Int) -> [(x: Double, y: Double)] {
        grid.indices.filter { $0 % 10 == offset }.flatMap { [(grid[$0], values[$0]), (grid[$0], .nan)] }
    }
    let style = narrator.style
    let plot = LinePlot(series: [
        LinePlot.Series(name: "MSE", points: Array(zip(grid, curves[0]))),
        LinePlot.Series(name: "NLL, σ = σ̂", points: markers(curves[1], offset: 0)),
        LinePlot.Series(name: "NLL, σ refitted", points: markers(curves[2], offset: 5)),
    ], width: min(80, style.width - 18), height: 14, xLabel: "slope m (intercept b̂)",
       yLabel: "excess over the minimum, ÷ its largest on the grid", mark: (line.slope, 0))
    narrator.output(plot.render(style: style))
    let bottoms = curves.map { values in values.indices.min { values[$0] < values[$1] } ?? 0 }
    let worst = zip(curves[0], curves[1]).map { abs($0 - $1) }.max() ?? .infinity
    narrator.claim("after rescaling, the MSE and the NLL at σ = σ̂ agree to 10⁻¹² at all \(grid.count) slopes",
                   worst < 1e-12)
    narrator.claim("all three curves bottom out at the same grid slope, m = \(grid[bottoms[0]], decimals: 2), within half a step of m̂ = \(line.slope, decimals: 4) (marked ●)",
                   Set(bottoms).count == 1 && abs(grid[bottoms[0]] - line.slope) <= step / 2)
    let sigmas = [0.5, 1.0, 2.0, 5.0, 40.0]
    let sameBottom = sigmas.allSatisfy { sigma in
        let values = grid.map { nll($0, sigma: sigma) }
        return values.indices.min { values[$0] < values[$1] } == bottoms[0]
    }
    narrator.claim("with σ fixed at 0.5, 1, 2, 5 or 40 instead, the NLL's lowest grid slope is that same m = \(grid[bottoms[0]], decimals: 2)",
                   sameBottom)
    narrator.prose("""
    The refitted NLL is the one that matters when σ is unknown, as in Nelder-Mead's \
    search: at every (m, b) the best σ is √MSE, and what is left to minimise is a \
    logarithm of the MSE, which only grows when the MSE grows. Whichever way σ is handled, the bottom is the least-squares \
    line.
    """)
}

/// `values` minus `bottom`, divided by the largest of those excesses.
private func rescaled(_ values: [Double], bottom: Double) -> [Double] {
    let excess = values.map { $0 - bottom }
    let largest = excess.max() ?? 1
    return excess.map { $0 / largest }
}
