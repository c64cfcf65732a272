import Foundation

// What scikit-learn reports on the same data, and the two reasons it differs from the
// maximum: a penalty, and a tolerance on a mean.

/// scikit-learn's fits against the maximum: the L2 penalty of the default, and the
/// tolerance lbfgs applies to the mean loss's gradient.
func tellScikitLearn(_ narrator: Narrator, _ maths: ReferenceSolution, x: [Double], labels: [Int],
                     maximum: LogisticMaximum) {
    let fits = [ScikitLearnFits.shipped, ScikitLearnFits.unpenalised, ScikitLearnFits.tight]
    narrator.heading("What scikit-learn reports, and why")
    narrator.prose("""
    In Python the usual one-liner is LogisticRegression().fit(X, y). These are \
    scikit-learn 1.9.1's answers on the same \(x.count) points: quoted from a run of \
    it, not computed here (the kata runs no Python). Everything after the table is \
    computed.
    """)
    let rows = fits.map { fit in
        "  " + "LogisticRegression(\(fit.options))".padding(toLength: 40, withPad: " ", startingAt: 0)
            + String(format: " %.8f  %11.8f  %10d", fit.weight, fit.bias, fit.iterations)
    }
    let header = "  " + "scikit-learn 1.9.1 (quoted)".padding(toLength: 40, withPad: " ", startingAt: 0) + " "
        + rightAligned("w", 10) + "  " + rightAligned("b", 11) + "  iterations"
    narrator.output(([header] + rows
        + ["  " + "the maximum (Newton, above)".padding(toLength: 40, withPad: " ", startingAt: 0)
            + String(format: " %.8f  %11.8f", maximum.weight, maximum.bias)])
        .joined(separator: "\n"))

    let inverseStrength = ScikitLearnFits.defaultInverseStrength
    let penalised = newtonFit(x: x, labels: labels, inverseStrength: inverseStrength)
    let shipped = ScikitLearnFits.shipped
    narrator.prose("""
    Two different things are going on.

    The default is not maximum likelihood. LogisticRegression() adds an L2 penalty \
    with C = \(inverseStrength, decimals: 0): it maximises ℓ(w, b) − w²/(2C), leaving the \
    bias unpenalised. That is a different objective with a different maximum. Newton \
    on it (the same code, with w/C added to ∂/∂w and 1/C to the Hessian's corner) \
    gives w = \(penalised.point[0], decimals: 8), b = \(prose: penalised.point[1], decimals: 8): \
    the penalty pulls w towards 0 by \(maximum.weight - penalised.point[0], decimals: 4). \
    scikit-learn's \(shipped.weight, decimals: 5) is not quite that either: it stopped \
    \(prose: penalised.point[0] - shipped.weight, significant: 2) short of its own \
    maximum, for the reason that follows.
    """)
    narrator.claim("Newton on ℓ − w²/2 converged to w = \(penalised.point[0], decimals: 5), between scikit-learn's default \(shipped.weight, decimals: 5) and ŵ, within 1e-3 of the former",
                   penalised.converged && shipped.weight < penalised.point[0] && penalised.point[0] < maximum.weight
                       && penalised.point[0] - shipped.weight < 1e-3)

    let free = ScikitLearnFits.unpenalised
    let n = Double(x.count)
    let summed = maths.gradient(weight: free.weight, bias: free.bias, x: x, labels: labels)
    let mean = (weight: summed.weight / n, bias: summed.bias / n)
    let tolerance = ScikitLearnFits.defaultTolerance
    let curvature = hessian(weight: free.weight, bias: free.bias, x: x)
    let step = LinearSystem.solve(curvature, [summed.weight, summed.bias]) ?? [.nan, .nan]
    let polished = (weight: free.weight - step[0], bias: free.bias - step[1])
    let rise = maths.negativeLogLikelihood(weight: free.weight, bias: free.bias, x: x, labels: labels) - maximum.loss
    narrator.prose("""
    With the penalty off (C=np.inf), lbfgs stops after \(free.iterations) iterations at \
    w = \(free.weight, decimals: 6), \(maximum.weight - free.weight, significant: 2) short \
    of ŵ. Its tolerance, tol = \(prose: tolerance, significant: 1), is compared with the \
    gradient of the loss scikit-learn minimises, which is the MEAN cross-entropy, not \
    the sum. At scikit-learn's point:
    """)
    narrator.output("""
    gradient of the mean cross-entropy:   (\(String(format: "%+.4e", mean.weight)), \(String(format: "%+.4e", mean.bias)))
    gradient of the summed (× \(x.count)):        (\(String(format: "%+.4e", summed.weight)), \(String(format: "%+.4e", summed.bias)))
    """)
    narrator.claim("both parts of the mean gradient are below tol = 1e-4, so lbfgs stops; the summed gradient's are not",
                   max(abs(mean.weight), abs(mean.bias)) < tolerance && min(abs(summed.weight), abs(summed.bias)) > tolerance)
    narrator.prose("""
    A loss averaged over \(x.count) points has a gradient \(x.count) times smaller than \
    the summed one, so a tolerance on it lets w sit further from the maximum. How \
    far is exactly what a Newton step measures: H⁻¹·∇ with the summed gradient. One \
    step from scikit-learn's point lands at w = \(polished.weight, decimals: 8), \
    b = \(prose: polished.bias, decimals: 8), \(prose: max(abs(polished.weight - maximum.weight), abs(polished.bias - maximum.bias)), significant: 1) \
    from the maximum. At scikit-learn's point the loss is only \
    \(prose: rise, significant: 2) above its minimum, which is why nothing looks wrong.
    """)
    narrator.claim("w falls \(maximum.weight - free.weight, significant: 2) short (more than 5e-4), and one Newton step from there is within 1e-6 of the maximum",
                   maximum.weight - free.weight > 5e-4
                       && max(abs(polished.weight - maximum.weight), abs(polished.bias - maximum.bias)) < 1e-6)
    let tight = ScikitLearnFits.tight
    narrator.prose("""
    With tol=1e-10 lbfgs runs \(tight.iterations) iterations and lands on \
    \(tight.weight, decimals: 8), the maximum. A library's "converged" means its own \
    stopping test passed, on its own scaling of its own loss. When you want the \
    maximum likelihood estimate itself, switch the penalty off, tighten the \
    tolerance, and check the gradient.
    """)
    narrator.claim("scikit-learn with C=np.inf, tol=1e-10 is within 1e-8 of Newton's maximum in w and b",
                   abs(tight.weight - maximum.weight) < 1e-8 && abs(tight.bias - maximum.bias) < 1e-8)
}
