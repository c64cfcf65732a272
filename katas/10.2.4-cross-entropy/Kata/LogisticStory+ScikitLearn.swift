import Foundation

// What scikit-learn reports on the same data, and the two reasons it differs from the
// maximum: a penalty, and a tolerance on a mean.

/// The scikit-learn release `ScikitLearnFits` quotes.
let scikitLearnVersion = "1.9.1"

/// scikit-learn's fits against the maximum: the L2 penalty of the default, and the
/// tolerance lbfgs applies to the mean loss's gradient.
func tellScikitLearn(_ narrator: Narrator, _ maths: ReferenceSolution, x: [Double], labels: [Int],
                     maximum: LogisticMaximum) {
    narrator.heading("What scikit-learn reports, and why")
    narrator.prose("""
    In Python the usual one-liner is `LogisticRegression().fit(X, y)`. \
    `ScikitLearnFits` holds scikit-learn \(scikitLearnVersion)'s answers on the same \(x.count) \
    points: *quoted* from a run of it, not computed here (the kata runs no Python). \
    Everything after the table is computed.
    """)
    narrator.step { show in
        let fits = [ScikitLearnFits.shipped, ScikitLearnFits.unpenalised,
                    ScikitLearnFits.tight]
        for fit in fits {
            show("LogisticRegression(\(fit.options)), quoted:")
            show(String(format: "    w = %.8f  b = %.8f", fit.weight, fit.bias),
                 " iterations:", fit.iterations)
        }
        show("the maximum (Newton, above):")
        show(String(format: "    w = %.8f  b = %.8f", maximum.weight, maximum.bias))
    }

    let shipped = ScikitLearnFits.shipped
    narrator.prose("""
    Two different things are going on.

    The default is not maximum likelihood. `LogisticRegression()` adds an L2 penalty \
    with inverse strength C: it maximises ℓ(w, b) − w²/(2C), leaving the bias \
    unpenalised. That is a different objective with a different maximum. \
    `newtonFit(x:labels:inverseStrength:)` runs the Newton fit above on it, with w/C \
    added to ∂/∂w and 1/C to the Hessian's corner:
    """)
    let (inverseStrength, penalised) = narrator.step { show in
        let C = ScikitLearnFits.defaultInverseStrength
        let penalised = newtonFit(x: x, labels: labels, inverseStrength: C)
        let (w, b) = (penalised.point[0], penalised.point[1])
        show("C = \(C):  w = \(w, decimals: 8)  b = \(b, decimals: 8)")
        show("pulled towards 0 by", "\(maximum.weight - w, decimals: 4)")
        let short = w - ScikitLearnFits.shipped.weight
        show("scikit-learn's w is short of it by", "\(short, significant: 2)")
        return (C, penalised)
    }
    narrator.prose("""
    scikit-learn's \(shipped.weight, decimals: 5) is not quite that maximum either: it \
    stopped \(prose: penalised.point[0] - shipped.weight, significant: 2) short of it, \
    for the reason that follows.
    """)
    let tolerance = 1e-3
    narrator.claim("Newton on ℓ − w²/(2C) with C = \(inverseStrength, decimals: 0) converged to w = \(penalised.point[0], decimals: 5), between scikit-learn's default \(shipped.weight, decimals: 5) and ŵ, within \(prose: tolerance, significant: 1) of the former",
                   penalised.converged && shipped.weight < penalised.point[0] && penalised.point[0] < maximum.weight
                       && penalised.point[0] - shipped.weight < tolerance)
    tellTolerance(narrator, maths, x: x, labels: labels, maximum: maximum)
}

/// Why lbfgs without the penalty stops short: its tolerance is on the mean loss's
/// gradient, and one Newton step from its point reaches the maximum.
private func tellTolerance(_ narrator: Narrator, _ maths: ReferenceSolution, x: [Double], labels: [Int],
                           maximum: LogisticMaximum) {
    let free = ScikitLearnFits.unpenalised
    let tolerance = ScikitLearnFits.defaultTolerance
    narrator.prose("""
    With the penalty off (\(free.options)), lbfgs stops after \(free.iterations) \
    iterations at w = \(free.weight, decimals: 6), \
    \(maximum.weight - free.weight, significant: 2) short of ŵ. Its tolerance, \
    tol = \(prose: tolerance, significant: 1), is compared with the largest entry of \
    the gradient of the loss scikit-learn minimises, which is the *mean* \
    cross-entropy, not the sum. At scikit-learn's point:
    """)
    let (mean, summed) = narrator.step { show in
        let free = ScikitLearnFits.unpenalised
        let summed = maths.gradient(weight: free.weight, bias: free.bias,
                                    x: x, labels: labels)
        let n = Double(x.count)
        let mean = (weight: summed.weight / n, bias: summed.bias / n)
        func pair(_ g: (weight: Double, bias: Double)) -> String {
            String(format: "(%+.4e, %+.4e)", g.weight, g.bias)
        }
        show("gradient of the mean:", pair(mean))
        show("gradient of the sum: ", pair(summed))
        return (mean, summed)
    }
    narrator.claim("both parts of the mean gradient are below tol = \(prose: tolerance, significant: 1), so lbfgs stops; the summed gradient's are not",
                   max(abs(mean.weight), abs(mean.bias)) < tolerance && min(abs(summed.weight), abs(summed.bias)) > tolerance)
    narrator.prose("""
    A loss averaged over \(x.count) points has a gradient \(x.count) times smaller than \
    the summed one, so a tolerance on it lets w sit further from the maximum. How \
    far is exactly what a Newton step measures: H⁻¹·∇ with the summed gradient. \
    `LinearSystem.solve` solves H·step = ∇:
    """)
    let (distance, rise) = narrator.step { show in
        let h = hessian(weight: free.weight, bias: free.bias, x: x)
        let gradient = [summed.weight, summed.bias]
        let step = LinearSystem.solve(h, gradient) ?? [.nan, .nan]
        let (w, b) = (free.weight - step[0], free.bias - step[1])
        let distance = max(abs(w - maximum.weight), abs(b - maximum.bias))
        let rise = maths.negativeLogLikelihood(weight: free.weight, bias: free.bias,
                                               x: x, labels: labels) - maximum.loss
        show("one Newton step: w = \(w, decimals: 8)  b = \(b, decimals: 8)")
        show("from the maximum:", "\(distance, significant: 1)")
        show("−ℓ at scikit-learn's point, above its minimum:",
             "\(rise, significant: 2)")
        return (distance, rise)
    }
    narrator.prose("""
    One step closes the gap to \(prose: distance, significant: 1). And at \
    scikit-learn's point the loss is only \(prose: rise, significant: 2) above its \
    minimum, which is why nothing looks wrong.
    """)
    let (shortfall, reach) = (5e-4, 1e-6)
    narrator.claim("w falls \(maximum.weight - free.weight, significant: 2) short (more than \(prose: shortfall, significant: 1)), and one Newton step from there is within \(prose: reach, significant: 1) of the maximum",
                   maximum.weight - free.weight > shortfall && distance < reach)
    let tight = ScikitLearnFits.tight
    narrator.prose("""
    With \(tight.options) lbfgs runs \(tight.iterations) iterations and lands on \
    \(tight.weight, decimals: 8), the maximum. A library's "converged" means its own \
    stopping test passed, on its own scaling of its own loss. When you want the \
    maximum likelihood estimate itself, switch the penalty off, tighten the \
    tolerance, and check the gradient.
    """)
    let agreement = 1e-8
    narrator.claim("scikit-learn with \(tight.options) is within \(prose: agreement, significant: 1) of Newton's maximum in w and b",
                   abs(tight.weight - maximum.weight) < agreement && abs(tight.bias - maximum.bias) < agreement)
}
