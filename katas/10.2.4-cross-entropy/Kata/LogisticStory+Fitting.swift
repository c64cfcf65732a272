import Foundation
import MLETutorialData

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
    narrator.heading("Three roads to one maximum")
    narrator.prose("""
    Now fit (w, b) to the \(x.count) points by minimising the negative log-likelihood \
    from (0, 0), three ways. KataKit's optimisers take points as arrays, so `loss` \
    and `gradient` wrap the exercises for them. At (0, 0) every σ(zᵢ) is ½, so the \
    loss is n·log 2:
    """)
    let (loss, gradient) = narrator.step { show in
        func loss(_ p: [Double]) -> Double {
            maths.negativeLogLikelihood(
                weight: p[0], bias: p[1], x: x, labels: labels)
        }
        func gradient(_ p: [Double]) -> [Double] {
            let g = maths.gradient(weight: p[0], bias: p[1], x: x, labels: labels)
            return [g.weight, g.bias]
        }
        show("−ℓ(0, 0) =", loss([0, 0]), " n·log 2 =", Double(x.count) * log(2))
        show("∇ at (0, 0) =", gradient([0, 0]))
        return (loss, gradient)
    }
    let eta = narrator.value(stepSize)
    narrator.prose("""
    First, *gradient descent* steps against the gradient, (w, b) ← (w, b) − η·∇, \
    with η = \(StoryParameter.text(eta)), until the gradient's length \
    is below `storyGradientTolerance` = \(prose: storyGradientTolerance, significant: 1):
    """)
    let descent = narrator.step { show in
        let descent = GradientDescent(
            learningRate: eta, maxSteps: 100_000,
            gradientTolerance: storyGradientTolerance
        ).minimize(loss, gradient: gradient, from: [0, 0])
        let (w, b) = (descent.point[0], descent.point[1])
        show("w =", "\(w, decimals: 8)", " b =", "\(b, decimals: 8)")
        show("−ℓ(w, b) =", "\(descent.value, decimals: 10)",
             " steps:", descent.iterations)
        return descent
    }
    narrator.prose("""
    *Newton's method* (KataKit's `NewtonMinimizer`) uses the curvature as well: \
    (w, b) ← (w, b) − H⁻¹·∇, solving with the Hessian above, which `hessian` adds up \
    point by point. It also records the loss after each step:
    """)
    let newton = narrator.step { show in
        let newton = NewtonMinimizer(recordsHistory: true).minimize(
            loss, gradient: gradient,
            hessian: { hessian(weight: $0[0], bias: $0[1], x: x) }, from: [0, 0])
        let (w, b) = (newton.point[0], newton.point[1])
        show("w =", "\(w, decimals: 8)", " b =", "\(b, decimals: 8)")
        show("−ℓ(w, b) =", "\(newton.value, decimals: 10)",
             " steps:", newton.iterations)
        let excess = newton.history.map { "\($0 - newton.value, significant: 2)" }
        show("−ℓ above its minimum, from the start:")
        show(excess.joined(separator: "  "))
        return newton
    }
    let maximum = LogisticMaximum(weight: newton.point[0], bias: newton.point[1], loss: newton.value)
    narrator.prose("""
    *Nelder-Mead* (KataKit's port of scipy's, with scipy's defaults) uses neither \
    gradient nor curvature: it only compares values of the loss at the corners of a \
    shrinking triangle. How far it ends from Newton's point, and how much higher its \
    loss is, come next; `λ` is the Hessian's smaller eigenvalue at the maximum, the \
    curvature in the loss's flattest direction:
    """)
    let (simplex, simplexGap, rise, flattest) = narrator.step { show in
        let simplex = NelderMead().minimize(loss, from: [0, 0])
        let (w, b) = (simplex.point[0], simplex.point[1])
        show("w =", "\(w, decimals: 8)", " b =", "\(b, decimals: 8)")
        show("−ℓ(w, b) =", "\(simplex.value, decimals: 10)",
             " steps:", simplex.iterations,
             "(\(simplex.evaluations) evaluations)")
        let gap = max(abs(w - newton.point[0]), abs(b - newton.point[1]))
        let rise = simplex.value - newton.value
        let h = hessian(weight: newton.point[0], bias: newton.point[1], x: x)
        let (p, q, r) = (h[0][0], h[0][1], h[1][1])
        let λ = (p + r) / 2 - ((p - r) * (p - r) / 4 + q * q).squareRoot()
        show("from Newton:", "\(gap, significant: 2)",
             " loss above:", "\(rise, significant: 2)", " λ =", "\(λ, decimals: 2)")
        return (simplex, gap, rise, λ)
    }
    let descentGap = max(abs(descent.point[0] - maximum.weight), abs(descent.point[1] - maximum.bias))
    let (descentTolerance, simplexTolerance, riseTolerance) = (1e-8, 1e-3, 1e-6)
    narrator.claim("all three converged; gradient descent is within \(prose: descentTolerance, significant: 1) of Newton in w and b (it is \(prose: descentGap, significant: 1) away)",
                   descent.converged && newton.converged && simplex.converged && descentGap < descentTolerance,
                   onlyAtTheStorysOwn: stepSize)
    narrator.claim("Nelder-Mead is within \(prose: simplexTolerance, significant: 1) of Newton in w and b (it is \(prose: simplexGap, significant: 2) away), and its loss within \(prose: riseTolerance, significant: 1) of the minimum",
                   simplexGap < simplexTolerance && rise < riseTolerance)
    let excess = newton.history.map { $0 - maximum.loss }.prefix { $0 > 1e-12 }
    let (descentDigits, simplexDigits) = (Int(-log10(descentGap)), Int(-log10(simplexGap)))
    let tolerances = NelderMead()
    let race = descent.converged
        ? "Gradient descent and Newton agree to about \(descentDigits) digits; Newton took \(newton.iterations) steps to gradient descent's \(descent.iterations)"
        : """
          Gradient descent with η = \(StoryParameter.text(eta)) never arrived: after \(grouped(descent.iterations)) steps it is \
          still \(prose: descentGap, significant: 1) from Newton's point, each step overshooting the bottom of the \
          valley and bouncing between its walls, as a step does once η passes 2 over the loss's sharpest \
          curvature. Newton took \(newton.iterations) steps
          """
    narrator.prose("""
    \(race), because \
    near the minimum each of its steps roughly squares the error (the loss above \
    its minimum, step by step: \(excess.map { "\(prose: $0, significant: 2)" }.joined(separator: ", ")), then \
    rounding error).

    Nelder-Mead stops earlier, on purpose. Its test is scipy's: every corner within \
    \(prose: tolerances.xTolerance, significant: 1) of the best in each coordinate, and \
    every value within \(prose: tolerances.fTolerance, significant: 1) of the best \
    value. Near a minimum the loss is flat: a step of length δ in its flattest \
    direction raises it by only about ½·λ·δ², with λ = \(flattest, decimals: 2). \
    Nelder-Mead ended \(prose: simplexGap, significant: 2) from the maximum, where the \
    loss is only \(prose: rise, significant: 2) above its minimum: far below what its \
    value test can see. Without a gradient, a method can only be as precise as the \
    values it compares, so its answers carry looser error bars: here, about \
    \(simplexDigits) correct decimals \(descent.converged ? "against \(descentDigits)" : "where this gradient descent has none").
    """)
    tellFitPicture(narrator, maths, x: x, labels: labels, maximum: maximum)
    return maximum
}

/// The labels, the fitted curve and the true curve in one plot.
private func tellFitPicture(_ narrator: Narrator, _ maths: ReferenceSolution, x: [Double], labels: [Int],
                            maximum: LogisticMaximum) {
    let (w, b) = (TutorialStream.logisticWeight, TutorialStream.logisticBias)
    narrator.prose("""
    The labels sit at 0 and 1; the fitted curve σ(ŵx + b̂), with \
    ŵ = \(maximum.weight, decimals: 4) and b̂ = \(prose: maximum.bias, decimals: 4), runs \
    between them, a little flatter than the truth σ(\(w)x − \(-b)): \(x.count) coin \
    flips pin the slope down only so well.
    """)
    narrator.step { show in
        let grid = stride(from: -6.0, through: 6.0, by: 0.05).map { $0 }
        let (ŵ, b̂) = (maximum.weight, maximum.bias)
        let (w, b) = (TutorialStream.logisticWeight, TutorialStream.logisticBias)
        let fit = grid.map { (x: $0, y: maths.sigmoid(ŵ * $0 + b̂)) }
        let truth = grid.map { (x: $0, y: maths.sigmoid(w * $0 + b)) }
        let dots = zip(x, labels).map { x, y in (x: x, y: Double(y)) }
        show(LinePlot(series: [
            LinePlot.Series(name: "σ(ŵx + b̂), the fit", points: fit),
            LinePlot.Series(name: "σ(\(w)x − \(-b)), the truth", points: truth),
            LinePlot.Series(name: "the labels", points: dots, drawn: .points),
        ], width: 72, height: 14, xLabel: "x", yLabel: "P(y = 1 | x)"))
    }
    let atTruth = maths.negativeLogLikelihood(weight: w, bias: b, x: x, labels: labels)
    narrator.claim("−ℓ at the fit, \(maximum.loss, decimals: 4), is below −ℓ at the truth, \(atTruth, decimals: 4)",
                   maximum.loss < atTruth)
}

/// `text` padded on the left with spaces to `width` characters.
func rightAligned(_ text: String, _ width: Int) -> String {
    String(repeating: " ", count: max(0, width - text.count)) + text
}
