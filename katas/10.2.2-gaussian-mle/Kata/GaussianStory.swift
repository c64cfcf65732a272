import Foundation

/// Tells the story of kata 10.2.2, computing every number it shows with
/// `ReferenceSolution` (never with the learner's code, which may not be written yet).
func tellGaussianStory(_ narrator: Narrator) {
    let maths = ReferenceSolution()
    let data = tellModel(narrator, maths)
    tellDerivation(narrator, maths, data)
    tellSmallExample(narrator, maths, data)
    let (sample, truth) = tellSeededSample(narrator, maths)
    tellProfile(narrator, maths, sample)
    tellSurface(narrator, maths, sample, truth)
    tellKnownVariance(narrator, maths, sample)
    tellBias(narrator, maths)
    tellInterval(narrator, maths, sample, truth)
    narrator.heading("Your turn")
    narrator.prose("""
    Open katas/10.2.2-gaussian-mle/Solution.swift. It holds four functions, in the \
    order of this story: `mean`, `logLikelihood`, `maximumLikelihoodEstimate` and \
    `confidenceInterval95`. The comment above each says exactly what to return. \
    Replace each `todo()` with your code, then grade your work:

      swift run kata check 10.2.2

    It grades the functions in order and, when one is wrong, names the mistake it most \
    likely is: n − 1 where the estimate divides by n, σ where σ² is asked, a dropped \
    constant, or a formula that is right on paper and wrong in floating point.
    """)
}

/// The true parameters the tutorial's sample is drawn from.
typealias Truth = (mean: Double, sd: Double)

// MARK: - The model

/// The Gaussian density and the log-likelihood of n measurements, checked on the
/// small example, which it returns.
private func tellModel(_ narrator: Narrator, _ maths: ReferenceSolution) -> [Double] {
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
    narrator.prose("""
    Check the formula against the densities themselves, on a handful of measurements \
    and a guess at (μ, σ²). In the code, `maths` is the workbook's own answer to the \
    exercises you are about to write: `maths.logLikelihood` is the formula above, the \
    second function you will write.
    """)
    let (data, sumOfLogs, formula) = narrator.step { show in
        let data = smallExample
        let (mu, variance) = (3.0, 0.25)
        let densities = data.map { x in
            let height = 1 / (2 * Double.pi * variance).squareRoot()
            return height * exp(-(x - mu) * (x - mu) / (2 * variance))
        }
        let sumOfLogs = densities.map { log($0) }.reduce(0, +)
        let formula = maths.logLikelihood(of: data, mean: mu, variance: variance)
        show("data:", data, " μ =", mu, " σ² =", variance)
        show("Σ ln N(xᵢ; μ, σ²)    =", sumOfLogs)
        show("maths.logLikelihood =", formula)
        return (data, sumOfLogs, formula)
    }
    let tolerance = 1e-12
    narrator.claim("the sum of the logs of the \(data.count) densities is ℓ = \(prose: formula, decimals: 4), as the formula says, to \(prose: tolerance, significant: 1)",
                   abs(sumOfLogs - formula) < tolerance * abs(formula))
    return data
}

// MARK: - Setting the derivatives to zero

/// The derivation of μ̂ and σ̂², checked numerically on the small example.
private func tellDerivation(_ narrator: Narrator, _ maths: ReferenceSolution, _ data: [Double]) {
    narrator.heading("Setting the derivatives to zero, step by step")
    narrator.prose("""
    Two unknowns, so two partial derivatives, each set to zero. Write v for σ², to \
    treat the variance as the unknown.

    First, the slope in μ. Only the last term of ℓ holds μ, and by the chain rule \
    the derivative of −(xᵢ − μ)²/(2v) with respect to μ is +(xᵢ − μ)/v:

      ∂ℓ/∂μ = Σ(xᵢ − μ)/v

    Then set it to zero. Multiply by v: Σxᵢ − nμ = 0, so

      μ̂ = (1/n) Σxᵢ = x̄

    the mean of the data, whatever the variance is.

    Next, the slope in v. The middle term gives −n/(2v); the last gives \
    +Σ(xᵢ − μ)²/(2v²):

      ∂ℓ/∂v = −n/(2v) + Σ(xᵢ − μ)²/(2v²)

    Set it to zero at μ = μ̂. Multiply by 2v²: −nv + Σ(xᵢ − x̄)² = 0, so

      σ̂² = (1/n) Σ(xᵢ − x̄)²

    the mean squared distance from the mean. It divides by n, not by n − 1.

    Last, check it is a peak. ∂²ℓ/∂μ² = −n/v is negative; at the estimate \
    ∂²ℓ/∂v² = n/(2v²) − Σ(xᵢ − x̄)²/v³ = n/(2σ̂⁴) − n/σ̂⁴ = −n/(2σ̂⁴) is negative \
    too; and the mixed derivative −Σ(xᵢ − μ)/v² is zero at μ̂. Negative curvature in \
    both directions and no twist between them: a maximum.
    """)
    narrator.prose("""
    Measure it on the same \(data.count) measurements. `maths.maximumLikelihoodEstimate` \
    returns (x̄, σ̂²) by the two formulas just derived; a central difference with a \
    small step h measures each slope there:
    """)
    let (mu, v, ell, h, slopeMu, slopeV) = narrator.step { show in
        let (mu, v) = maths.maximumLikelihoodEstimate(of: data)
        let ell = { (mu: Double, v: Double) in
            maths.logLikelihood(of: data, mean: mu, variance: v)
        }
        let h = 1e-5
        let slopeMu = (ell(mu + h, v) - ell(mu - h, v)) / (2 * h)
        let slopeV = (ell(mu, v + h) - ell(mu, v - h)) / (2 * h)
        show("μ̂ = \(mu, decimals: 4)   σ̂² = \(v, decimals: 4)")
        show("∂ℓ/∂μ =", "\(slopeMu, significant: 2)")
        show("∂ℓ/∂v =", "\(slopeV, significant: 2)")
        return (mu, v, ell, h, slopeMu, slopeV)
    }
    let accuracy = 1e-6
    narrator.claim("both slopes vanish at (μ̂, σ̂²) = (\(mu, decimals: 2), \(v, decimals: 4)), to \(prose: accuracy, significant: 1), the accuracy of a central difference with step \(prose: h, significant: 1)",
                   abs(slopeMu) < accuracy && abs(slopeV) < accuracy)
    narrator.prose("""
    A second difference measures the curvatures, to compare with the last step. Its step is \
    larger: it divides by k², and rounding errors grow as k shrinks.
    """)
    let (curveMu, curveV) = narrator.step { show in
        let n = Double(data.count)
        let k = 1e-4
        let curveMu = (ell(mu + k, v) - 2 * ell(mu, v) + ell(mu - k, v)) / (k * k)
        let curveV = (ell(mu, v + k) - 2 * ell(mu, v) + ell(mu, v - k)) / (k * k)
        let four = { (value: Double) in String(format: "%.4f", value) }
        show("∂²ℓ/∂μ² =", four(curveMu), "   −n/σ̂²    =", four(-n / v))
        show("∂²ℓ/∂v² =", four(curveV), "   −n/(2σ̂⁴) =", four(-n / (2 * v * v)))
        return (curveMu, curveV)
    }
    let (n, tolerance) = (Double(data.count), 1e-3)
    narrator.claim("the measured curvatures are −n/σ̂² and −n/(2σ̂⁴), to \(100 * tolerance, significant: 1)%",
                   abs(curveMu + n / v) < tolerance * n / v
                       && abs(curveV + n / (2 * v * v)) < tolerance * n / (2 * v * v))
}

// MARK: - The small example

/// The five measurements worked through by hand, and the tutorial's slip.
private func tellSmallExample(_ narrator: Narrator, _ maths: ReferenceSolution, _ data: [Double]) {
    narrator.heading("The estimate by hand")
    narrator.prose("""
    Now the same estimate by hand, for the measurements \(written(data)): the mean, \
    then each measurement's squared distance from it.
    """)
    let (mu, sumOfSquares) = narrator.step { show in
        let mu = data.reduce(0, +) / Double(data.count)
        show("x̄ =", "\(data.reduce(0, +), decimals: 1)/\(data.count) =", mu)
        show(" xᵢ    xᵢ − x̄   (xᵢ − x̄)²")
        for x in data {
            let square = (x - mu) * (x - mu)
            show(String(format: "%4.1f   %+6.2f    %.4f", x, x - mu, square))
        }
        let sumOfSquares = data.reduce(0) { $0 + ($1 - mu) * ($1 - mu) }
        show(String(format: "the sum:          %.4f", sumOfSquares))
        return (mu, sumOfSquares)
    }
    let n = data.count
    let variance = maths.maximumLikelihoodEstimate(of: data).variance
    let unbiased = sumOfSquares / Double(n - 1)
    let tutorialValue = 0.176
    narrator.prose("""
    Divide the sum by n = \(n): σ̂² = \(sumOfSquares, decimals: 3)/\(n) = \(variance, decimals: 4), \
    and σ̂ = √σ̂² = \(variance.squareRoot(), decimals: 4). Dividing by n − 1 instead \
    gives \(sumOfSquares, decimals: 3)/\(n - 1) = \(unbiased, decimals: 3), the unbiased \
    variance s² that most statistics courses teach first; we come back to the difference.

    One tutorial prints \(tutorialValue, decimals: 3) for this σ̂². That is neither \
    \(variance, decimals: 4) nor \(unbiased, decimals: 3), only a number typed by hand \
    that drifted from its formula. Every number in this kata is computed where it is \
    shown, so it cannot drift.
    """)
    // numpy: x.mean(), x.var() and x.var(ddof=1) print 2.88, 0.2096 and 0.262 (to rounding).
    let numpy = (mean: 2.88, variance: 0.2096, unbiased: 0.262)
    narrator.claim("μ̂ = \(mu, decimals: 2), σ̂² = \(sumOfSquares, decimals: 3)/\(n) = \(variance, decimals: 4) and s² = \(unbiased, decimals: 3), as numpy computes them, and neither is the tutorial's \(tutorialValue, decimals: 3)",
                   abs(mu - numpy.mean) < 1e-12 && abs(variance - numpy.variance) < 1e-12
                       && abs(unbiased - numpy.unbiased) < 1e-12
                       && abs(variance - tutorialValue) > 0.01 && abs(unbiased - tutorialValue) > 0.01)
}
