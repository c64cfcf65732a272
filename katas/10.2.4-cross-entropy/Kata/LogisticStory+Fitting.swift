import Foundation

// The middle of the story: the seeded data fitted three ways, and the picture.

/// The point every method should reach: the maximum of the likelihood.
struct LogisticMaximum {
    /// The weight ŵ.
    var weight: Double
    /// The bias b̂.
    var bias: Double
    /// The negative log-likelihood there.
    var loss: Double
}

/// Fits the story's data by gradient descent, Newton's method and Nelder-Mead, and
/// shows that they meet.
/// - Returns: Newton's fit, the most precise of the three.
func tellThreeFits(_ narrator: Narrator, _ maths: ReferenceSolution, x: [Double], labels: [Int]) -> LogisticMaximum {
    func loss(_ point: [Double]) -> Double {
        maths.negativeLogLikelihood(weight: point[0], bias: point[1], x: x, labels: labels)
    }
    let descent = descendOnStoryData()
    let newton = newtonFit(x: x, labels: labels, recordsHistory: true)
    let simplex = NelderMead().minimize(loss, from: [0, 0])
    let maximum = LogisticMaximum(weight: newton.point[0], bias: newton.point[1], loss: newton.value)
    narrator.heading("Three roads to one maximum")
    narrator.prose("""
    Now fit (w, b) to the \(x.count) points by minimising the negative log-likelihood \
    from (0, 0), three ways:

    Gradient descent steps against the gradient, (w, b) ← (w, b) − η·∇, with \
    η = \(storyLearningRate), until the gradient's length is below \(prose: storyGradientTolerance, significant: 1).

    Newton's method (KataKit's NewtonMinimizer) uses the curvature as well: \
    (w, b) ← (w, b) − H⁻¹·∇, solving with the Hessian above.

    Nelder-Mead (KataKit's port of scipy's, with scipy's defaults) uses neither: it \
    only compares values of the loss at the corners of a shrinking triangle.
    """)
    func row(_ name: String, _ point: [Double], _ value: Double, _ count: String) -> String {
        name.padding(toLength: 16, withPad: " ", startingAt: 0)
            + String(format: " %11.8f  %11.8f  %13.10f  ", point[0], point[1], value) + count
    }
    let header = "method".padding(toLength: 16, withPad: " ", startingAt: 0) + " " + rightAligned("w", 11)
        + "  " + rightAligned("b", 11) + "  " + rightAligned("−ℓ(w, b)", 13) + "  steps"
    narrator.output("""
    \(header)
    \(row("gradient descent", descent.point, descent.value, "\(descent.iterations)"))
    \(row("Newton", newton.point, newton.value, "\(newton.iterations)"))
    \(row("Nelder-Mead", simplex.point, simplex.value, "\(simplex.iterations) (\(simplex.evaluations) evaluations)"))
    """)
    let descentGap = max(abs(descent.point[0] - maximum.weight), abs(descent.point[1] - maximum.bias))
    let simplexGap = max(abs(simplex.point[0] - maximum.weight), abs(simplex.point[1] - maximum.bias))
    narrator.claim("all three converged; gradient descent is within 1e-8 of Newton in w and b (it is \(prose: descentGap, significant: 1) away)",
                   descent.converged && newton.converged && simplex.converged && descentGap < 1e-8)
    narrator.claim("Nelder-Mead is within 1e-3 of Newton in w and b (it is \(prose: simplexGap, significant: 2) away), and its loss within 1e-6 of the minimum",
                   simplexGap < 1e-3 && simplex.value - maximum.loss < 1e-6)
    let curvature = hessian(weight: maximum.weight, bias: maximum.bias, x: x)
    let (a, c, d) = (curvature[0][0], curvature[0][1], curvature[1][1])
    let flattest = (a + d) / 2 - (((a - d) / 2) * ((a - d) / 2) + c * c).squareRoot()
    let rise = simplex.value - maximum.loss
    let excess = newton.history.map { $0 - maximum.loss }.prefix { $0 > 1e-12 }
    narrator.prose("""
    Gradient descent and Newton agree to about nine digits; Newton took \
    \(newton.iterations) steps to gradient descent's \(descent.iterations), because \
    near the minimum each of its steps roughly squares the error (the loss above \
    its minimum, step by step: \(excess.map { "\(prose: $0, significant: 2)" }.joined(separator: ", ")), then \
    rounding error).

    Nelder-Mead stops earlier, on purpose. Its test is scipy's: every corner within \
    10⁻⁴ of the best in each coordinate, and every value within 10⁻⁴ of the best \
    value. Near a minimum the loss is flat: a step of length δ in its flattest \
    direction raises it by only about ½·λ·δ², where λ = \(flattest, decimals: 2) is the \
    Hessian's smaller eigenvalue. Nelder-Mead ended \(prose: simplexGap, significant: 2) \
    from the maximum, where the loss is only \(prose: rise, significant: 2) above its \
    minimum: far below what its value test can see. Without a gradient, a method can \
    only be as precise as the values it compares, so its answers carry looser error \
    bars: here, three to four correct decimals against nine.
    """)
    tellFitPicture(narrator, maths, x: x, labels: labels, maximum: maximum)
    return maximum
}

/// The labels, the fitted curve and the true curve in one plot.
private func tellFitPicture(_ narrator: Narrator, _ maths: ReferenceSolution, x: [Double], labels: [Int],
                            maximum: LogisticMaximum) {
    let grid = stride(from: -6.0, through: 6.0, by: 0.05).map { $0 }
    let fitted = grid.map { (x: $0, y: maths.sigmoid(maximum.weight * $0 + maximum.bias)) }
    let truth = grid.map { (x: $0, y: maths.sigmoid(TutorialStream.logisticWeight * $0 + TutorialStream.logisticBias)) }
    // A non-finite point breaks the line, so each label is drawn on its own.
    let points = zip(x, labels).flatMap { [(x: $0, y: Double($1)), (x: Double.nan, y: Double.nan)] }
    let plot = LinePlot(series: [
        LinePlot.Series(name: "σ(ŵx + b̂), the fit", points: fitted),
        LinePlot.Series(name: "σ(1.5x − 0.5), the truth", points: truth),
        LinePlot.Series(name: "the labels", points: points),
    ], width: min(72, narrator.style.width - 10), height: 14, xLabel: "x", yLabel: "P(y = 1 | x)")
    narrator.prose("""
    The labels sit at 0 and 1; the fitted curve σ(ŵx + b̂), with \
    ŵ = \(maximum.weight, decimals: 4) and b̂ = \(prose: maximum.bias, decimals: 4), runs \
    between them, a little flatter than the truth σ(1.5x − 0.5): \(x.count) coin flips \
    pin the slope down only so well.
    """)
    narrator.output(plot.render(style: narrator.style))
    let atTruth = maths.negativeLogLikelihood(weight: TutorialStream.logisticWeight, bias: TutorialStream.logisticBias,
                                              x: x, labels: labels)
    narrator.claim("−ℓ at the fit, \(maximum.loss, decimals: 4), is below −ℓ at the truth, \(atTruth, decimals: 4)",
                   maximum.loss < atTruth)
}

/// `text` padded on the left with spaces to `width` characters.
func rightAligned(_ text: String, _ width: Int) -> String {
    String(repeating: " ", count: max(0, width - text.count)) + text
}
