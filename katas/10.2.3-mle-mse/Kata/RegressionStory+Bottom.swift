import Foundation

// The MSE and the NLL drawn over the slope: one bottom, whichever way σ is handled.

// MARK: - One bottom

/// The MSE and the NLL over the slope, rescaled to share an axis, with the common argmin marked.
func tellOneBottom(_ narrator: Narrator, _ maths: ReferenceSolution, _ data: StoryPoints,
                   _ fit: ClosedFormFit) {
    let (x, y) = data
    let (line, variance) = (fit.line, fit.variance)
    let n = Double(x.count)
    narrator.heading("One bottom: the MSE and the NLL over the slope")
    narrator.prose("""
    Hold the intercept at b̂ = \(line.intercept, decimals: 4) and let the slope run over \
    a grid. Three curves: the MSE, the NLL with σ fixed at σ̂, and the NLL with σ \
    refitted at every slope. At any (m, b) the best σ² is the MSE itself, so the \
    refitted NLL is n/2 · ln(2π · MSE) + n/2.
    """)
    let (grid, mse, nll, refitted, sigmaHat) = narrator.step { show in
        let grid = (200...400).map { Double($0) / 100 }
        let b = line.intercept
        let mse = { (m: Double) in
            maths.meanSquaredError(x: x, y: y, slope: m, intercept: b)
        }
        let nll = { (m: Double, sigma: Double) in
            maths.negativeLogLikelihood(x: x, y: y, slope: m, intercept: b,
                                        sigma: sigma)
        }
        let refitted = { (m: Double) in
            n / 2 * log(2 * Double.pi * mse(m)) + n / 2
        }
        let sigmaHat = variance.squareRoot()
        show("slopes from", grid[0], "to", grid[grid.count - 1])
        show("at m̂:  MSE =", "\(mse(line.slope), decimals: 2)",
             "  NLL(σ̂) =", "\(nll(line.slope, sigmaHat), decimals: 2)")
        return (grid, mse, nll, refitted, sigmaHat)
    }
    narrator.prose("""
    The MSE and the NLL are on different scales, so to share one axis each curve is \
    drawn as its excess over its own value at m̂, divided by its largest excess on the \
    grid: `rescaled` does that, and each curve runs from 0 at its bottom to 1. The two \
    NLLs are drawn as lone markers, every tenth grid point, so the MSE's line shows \
    between them (`markers` keeps every tenth point, from a given offset).
    """)
    let curves = narrator.step { show in
        let losses: [(Double) -> Double] = [mse, { nll($0, sigmaHat) }, refitted]
        let curves = losses.map { loss in
            rescaled(grid.map(loss), bottom: loss(line.slope))
        }
        let solid = Array(zip(grid, curves[0]))
        let dots = markers(grid, curves[1], 0)
        let crosses = markers(grid, curves[2], 5)
        show(LinePlot(series: [
            LinePlot.Series(name: "MSE", points: solid),
            LinePlot.Series(name: "NLL, σ = σ̂", points: dots,
                            drawn: .points),
            LinePlot.Series(name: "NLL, σ refitted", points: crosses,
                            drawn: .points),
        ], width: 80, height: 14, xLabel: "slope m (intercept b̂)",
           yLabel: "excess over the minimum, ÷ its largest on the grid",
           mark: (line.slope, 0)))
        return curves
    }
    let step = grid[1] - grid[0]
    narrator.prose("""
    The line is the MSE. The dots (•, every \(10 * step, decimals: 1)) are the NLL with \
    σ fixed at σ̂: by the argument above it is the MSE times \
    n/(2σ̂²) = \(n / (2 * variance), decimals: 2) plus a constant, so after rescaling it \
    lies exactly on the MSE. The crosses (×) are the NLL with σ refitted, a logarithm \
    of the MSE: another shape, the same bottom.
    """)
    let bottoms = curves.map { values in values.indices.min { values[$0] < values[$1] } ?? 0 }
    let worst = zip(curves[0], curves[1]).map { abs($0 - $1) }.max() ?? .infinity
    let tolerance = 1e-12
    narrator.claim("after rescaling, the MSE and the NLL at σ = σ̂ agree to \(prose: tolerance, significant: 1) at all \(grid.count) slopes",
                   worst < tolerance)
    narrator.claim("all three curves bottom out at the same grid slope, m = \(grid[bottoms[0]], decimals: 2), within half a step of m̂ = \(line.slope, decimals: 4) (marked ●)",
                   Set(bottoms).count == 1 && abs(grid[bottoms[0]] - line.slope) <= step / 2)
    let sigmas = [0.5, 1.0, 2.0, 5.0, 40.0]
    let sameBottom = sigmas.allSatisfy { sigma in
        let values = grid.map { nll($0, sigma) }
        return values.indices.min { values[$0] < values[$1] } == bottoms[0]
    }
    let listed = sigmas.map { "\($0, significant: 2)" }
    narrator.claim("with σ fixed at \(listed.dropLast().joined(separator: ", ")) or \(listed[listed.count - 1]) instead, the NLL's lowest grid slope is that same m = \(grid[bottoms[0]], decimals: 2)",
                   sameBottom)
    narrator.prose("""
    The refitted NLL is the one that matters when σ is unknown, as in Nelder-Mead's \
    search: at every (m, b) the best σ is √MSE, and what is left to minimise is a \
    logarithm of the MSE, which only grows when the MSE grows. Whichever way σ is \
    handled, the bottom is the least-squares line.
    """)
}

/// `values` minus `bottom`, divided by the largest of those excesses.
private func rescaled(_ values: [Double], bottom: Double) -> [Double] {
    let excess = values.map { $0 - bottom }
    let largest = excess.max() ?? 1
    return excess.map { $0 / largest }
}

/// Every tenth point of `values` over `grid`, from `offset`, to draw as lone markers.
private func markers(_ grid: [Double], _ values: [Double], _ offset: Int) -> [(x: Double, y: Double)] {
    grid.indices.filter { $0 % 10 == offset }.map { (grid[$0], values[$0]) }
}
