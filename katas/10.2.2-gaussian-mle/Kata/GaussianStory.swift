import Foundation

/// Tells the story of kata 10.2.2, computing every number it shows with
/// `ReferenceSolution` (never with the learner's code, which may not be written yet).
func tellGaussianStory(_ narrator: Narrator) {
    let maths = ReferenceSolution()
    let sample = TutorialStream().gaussianSample
    tellModel(narrator, maths)
    tellDerivation(narrator, maths)
    tellSmallExample(narrator, maths)
    tellSeededSample(narrator, maths, sample)
    tellProfile(narrator, maths, sample)
    tellSurface(narrator, maths, sample)
    tellKnownVariance(narrator, maths, sample)
    tellBias(narrator, maths)
    tellInterval(narrator, maths, sample)
    narrator.heading("Your turn")
    narrator.prose("""
    Open katas/10.2.2-gaussian-mle/Solution.swift. It holds four functions, in the \
    order of this story: mean, logLikelihood, maximumLikelihoodEstimate and \
    confidenceInterval95. The comment above each says exactly what to return. Replace \
    each todo() with your code, then grade your work:

      swift run kata check 10.2.2

    It grades the functions in order and, when one is wrong, names the mistake it most \
    likely is: n − 1 where the estimate divides by n, σ where σ² is asked, a dropped \
    constant, or a formula that is right on paper and wrong in floating point.
    """)
}

// MARK: - The model

/// The Gaussian density and the log-likelihood of n measurements.
private func tellModel(_ narrator: Narrator, _ maths: ReferenceSolution) {
    narrator.heading("From coins to measurements")
    narrator.prose("""
    A coin has one unknown, θ. Measurements have two: weigh the same thing many times, \
    or time the same run, and the numbers scatter around a centre μ with a spread σ. \
    The usual model for such scatter is the Gaussian, or normal, distribution N(μ, σ²), \
    whose density at x is

      N(x; μ, σ²) = 1/√(2πσ²) · e^(−(x − μ)²/(2σ²))

    The question is the coin's question again: given measurements x₁, …, xₙ, which \
    (μ, σ²) makes them least surprising?
    """)
    narrator.prose("""
    Independent measurements multiply their densities, and as with the coin we take \
    logs at once, so the product becomes a sum that cannot underflow. The log of one \
    density is −½ ln(2π) − ½ ln σ² − (x − μ)²/(2σ²); add n of them:

      ℓ(μ, σ²) = −n/2 · ln(2π) − n/2 · ln σ² − Σ(xᵢ − μ)²/(2σ²)

    Three terms: a constant, a price for a wide spread (ln σ² grows with σ²), and a \
    price for measurements far from μ, in units of the spread.
    """)
    let (mu, variance) = (3.0, 0.25)
    let logDensities = smallExample.map { x in
        log(exp(-(x - mu) * (x - mu) / (2 * variance)) / (2 * Double.pi * variance).squareRoot())
    }
    let closedForm = maths.logLikelihood(of: smallExample, mean: mu, variance: variance)
    narrator.claim("for the five measurements \(written(smallExample)) at μ = \(mu, decimals: 1) and σ² = \(variance, decimals: 2), the sum of the logs of the five densities is ℓ = \(prose: closedForm, decimals: 4)",
                   abs(logDensities.reduce(0, +) - closedForm) < 1e-12 * abs(closedForm))
}

// MARK: - Setting the derivatives to zero

/// The derivation of μ̂ and σ̂², checked numerically on the small example.
private func tellDerivation(_ narrator: Narrator, _ maths: ReferenceSolution) {
    narrator.heading("Setting the derivatives to zero, step by step")
    narrator.prose("""
    Two unknowns, so two partial derivatives, each set to zero. Write v for σ², to \
    treat the variance as the unknown.

    Step 1, the slope in μ. Only the last term of ℓ holds μ, and by the chain rule \
    the derivative of −(xᵢ − μ)²/(2v) with respect to μ is +(xᵢ − μ)/v:

      ∂ℓ/∂μ = Σ(xᵢ − μ)/v

    Step 2, set it to zero. Multiply by v: Σxᵢ − nμ = 0, so

      μ̂ = (1/n) Σxᵢ = x̄

    the mean of the data, whatever the variance is.

    Step 3, the slope in v. The middle term gives −n/(2v); the last gives \
    +Σ(xᵢ − μ)²/(2v²):

      ∂ℓ/∂v = −n/(2v) + Σ(xᵢ − μ)²/(2v²)

    Step 4, set it to zero at μ = μ̂. Multiply by 2v²: −nv + Σ(xᵢ − x̄)² = 0, so

      σ̂² = (1/n) Σ(xᵢ − x̄)²

    the mean squared distance from the mean. It divides by n, not by n − 1.

    Step 5, check it is a peak. ∂²ℓ/∂μ² = −n/v is negative; at the estimate \
    ∂²ℓ/∂v² = n/(2v²) − Σ(xᵢ − x̄)²/v³ = n/(2σ̂⁴) − n/σ̂⁴ = −n/(2σ̂⁴) is negative \
    too; and the mixed derivative −Σ(xᵢ − μ)/v² is zero at μ̂. Negative curvature in \
    both directions and no twist between them: a maximum.
    """)
    let data = smallExample
    let (mu, v) = maths.maximumLikelihoodEstimate(of: data)
    let n = Double(data.count)
    func ell(_ mu: Double, _ v: Double) -> Double { maths.logLikelihood(of: data, mean: mu, variance: v) }
    // A central difference errs by about h² times the third derivative, a second
    // difference by rounding of about ε|ℓ|/h²: each gets a step that keeps both small.
    let (h, curveStep) = (1e-5, 1e-4)
    let slopeMu = (ell(mu + h, v) - ell(mu - h, v)) / (2 * h)
    let slopeV = (ell(mu, v + h) - ell(mu, v - h)) / (2 * h)
    let curveMu = (ell(mu + curveStep, v) - 2 * ell(mu, v) + ell(mu - curveStep, v)) / (curveStep * curveStep)
    let curveV = (ell(mu, v + curveStep) - 2 * ell(mu, v) + ell(mu, v - curveStep)) / (curveStep * curveStep)
    func number(_ value: Double, _ format: String) -> String { typeset(value) { String(format: format, $0) } }
    narrator.prose("""
    Measured numerically on the five measurements \(written(data)) of the next \
    section, at their estimate (μ̂, σ̂²) = (\(mu, decimals: 2), \(v, decimals: 4)):
    """)
    narrator.output("""
    ∂ℓ/∂μ   = \(number(slopeMu, "%.1e"))      ∂ℓ/∂v    = \(number(slopeV, "%.1e"))
    ∂²ℓ/∂μ² = \(number(curveMu, "%.4f"))     −n/σ̂²    = \(number(-n / v, "%.4f"))
    ∂²ℓ/∂v² = \(number(curveV, "%.4f"))     −n/(2σ̂⁴) = \(number(-n / (2 * v * v), "%.4f"))
    """)
    narrator.claim("both slopes vanish at (μ̂, σ̂²), to 10⁻⁶, the accuracy of a central difference with step \(prose: h, significant: 1)",
                   abs(slopeMu) < 1e-6 && abs(slopeV) < 1e-6)
    narrator.claim("the measured curvatures are −n/σ̂² and −n/(2σ̂⁴), to 0.1%",
                   abs(curveMu + n / v) < 1e-3 * n / v && abs(curveV + n / (2 * v * v)) < 1e-3 * n / (2 * v * v))
}

// MARK: - The small example

/// The five measurements worked through by hand.
private func tellSmallExample(_ narrator: Narrator, _ maths: ReferenceSolution) {
    let data = smallExample
    let (mu, variance) = maths.maximumLikelihoodEstimate(of: data)
    let n = data.count
    let deviations = data.map { $0 - mu }
    let squares = deviations.map { $0 * $0 }
    let sumOfSquares = squares.reduce(0, +)
    narrator.heading("Five measurements by hand")
    narrator.prose("""
    Take five measurements, \(written(data)). Their sum is \(data.reduce(0, +), decimals: 1), \
    so μ̂ = \(data.reduce(0, +), decimals: 1)/\(n) = \(mu, decimals: 2). Then the squared \
    distances from it:
    """)
    let rows = data.indices.map { index in
        "  " + String(format: "%-5.1f  %+6.2f    %.4f", data[index], deviations[index], squares[index])
            .replacingOccurrences(of: "-", with: "−")
    }
    narrator.output((["  xᵢ     xᵢ − x̄   (xᵢ − x̄)²"] + rows
        + [String(format: "                  %.4f  the sum", sumOfSquares)]).joined(separator: "\n"))
    let unbiased = sumOfSquares / Double(n - 1)
    narrator.prose("""
    Divide the sum by n = \(n): σ̂² = \(sumOfSquares, decimals: 3)/\(n) = \(variance, decimals: 4), \
    and σ̂ = √σ̂² = \(variance.squareRoot(), decimals: 4). Dividing by n − 1 instead \
    gives \(sumOfSquares, decimals: 3)/\(n - 1) = \(unbiased, decimals: 3), the unbiased \
    variance s² that most statistics courses teach first; we come back to the difference.

    One tutorial prints 0.176 for this σ̂². That is neither \(variance, decimals: 4) nor \
    \(unbiased, decimals: 3), only a number typed by hand that drifted from its formula. \
    Every number in this kata is computed where it is shown, so it cannot drift.
    """)
    narrator.claim("μ̂ = \(mu, decimals: 2), σ̂² = \(sumOfSquares, decimals: 3)/\(n) = \(variance, decimals: 4) and s² = \(unbiased, decimals: 3), neither of them 0.176",
                   abs(mu - 2.88) < 1e-12 && abs(variance - 0.2096) < 1e-12 && abs(unbiased - 0.262) < 1e-12
                       && abs(variance - 0.176) > 0.01 && abs(unbiased - 0.176) > 0.01)
}
