import Foundation

/// Tells the story of kata 10.2.7, computing every number it shows with
/// `ReferenceSolution` (never with the learner's code, which may not be written yet).
func tellGammaStory(_ narrator: Narrator) {
    let maths = ReferenceSolution()
    tellDensity(narrator, maths)
    let data = tellSeededData(narrator, maths)
    let start = tellMoments(narrator, maths, sample: data.gamma)
    tellProfile(narrator, maths, sample: data.gamma, start: start)
    let fit = tellNewton(narrator, maths, sample: data.gamma, start: start)
    tellFitOverData(narrator, maths, sample: data.gamma, fit: fit)
    tellScipy(narrator, maths, sample: data.gamma, fit: fit)
    let ascent = tellGradientAscent(narrator, maths, sample: data.gamma, start: start, fit: fit)
    tellStoppingRules(narrator, maths, sample: data.gamma, start: start, fit: fit, ascent: ascent)
    tellLocalMaxima(narrator, maths)
    tellUnboundedLikelihood(narrator, sample: data.normal)
    tellNelderMead(narrator, waits: data.waits)
    narrator.heading("Your turn")
    narrator.prose("""
    Open katas/10.2.7-numerical-mle/Solution.swift. It holds five functions, in the \
    order of this story: `logLikelihood`, `methodOfMomentsStart`, `profileScore`, \
    `newtonRaphson` and `multiStartMaximum`. The comment above each says exactly what \
    to return; every `rate` is the rate β, never the scale. `logGamma`, `digamma`, \
    `trigamma`, `cauchyLogLikelihood` and `cauchyLocalMaximum` are given. Replace each \
    `todo()` with your code, then grade your work:

      swift run kata check 10.2.7

    It grades the functions in order and, when one is wrong, names the mistake it most \
    likely is. `swift run kata explore 10.2.7` lets you step Newton and gradient ascent \
    along the profile log-likelihood yourself.
    """)
}

// MARK: - The density

/// The Gamma(α, β) density with a rate, its log-likelihood, and a check of its area.
private func tellDensity(_ narrator: Narrator, _ maths: ReferenceSolution) {
    narrator.heading("The Gamma distribution")
    // Where Γ(α) = (α − 1)! first overflows a Double.
    let overflow = stride(from: 170.0, to: 175.0, by: 0.01).first { tgamma($0).isInfinite } ?? .infinity
    let cases = [(shape: 3.0, rate: 0.5), (shape: 0.5, rate: 2.0), (shape: 10.0, rate: 4.0)]
    narrator.prose("""
    The exponential of 10.2.5 is the wait for one event of a steady process. The wait \
    for α of them, or any positive quantity built up from many small ones (rainfall in \
    a month, the size of an insurance claim), is often modelled as Gamma(α, β):

      f(x; α, β) = β^α · x^(α−1) · e^(−βx) / Γ(α)   for x > 0

    α is the *shape* and β the *rate*: the mean is α/β and the variance α/β². Γ is the \
    gamma function, Γ(α) = (α − 1)! for whole α, and 1/Γ(α) is what makes the area 1. \
    As with the exponential, numpy and scipy take the *scale* θ = 1/β instead: \
    `gamma(shape=\(SeededData.trueShape, decimals: 0), scale=\(1 / SeededData.trueRate, decimals: 0))` is \
    α = \(SeededData.trueShape, decimals: 0), β = 1/\(1 / SeededData.trueRate, decimals: 0).

    For n observations the log-likelihood is a sum of logs, one per observation:

      ℓ(α, β) = n·α·ln β − n·ln Γ(α) + (α − 1)·Σ ln xᵢ − β·Σ xᵢ

    `logGamma(_:)` computes ln Γ without forming Γ, which passes the largest Double \
    near α = \(overflow, decimals: 1). Is the density's area 1? Add up f = e^ℓ of one point over a fine \
    grid (Simpson's rule, as in 10.2.5), for a few shapes and rates:
    """)
    let areas = narrator.step { show in
        show("α     β     area of β^α x^(α−1) e^(−βx) / Γ(α)")
        return cases.map { shape, rate in
            let end = 60 * shape / rate
            let area = simpsonArea(upTo: end, intervals: 20_000) { x in
                guard x > 0 else { return 0 }
                let ell = maths.logLikelihood(shape: shape, rate: rate,
                                              observations: [x])
                return exp(ell)
            }
            show(String(format: "%-5.1f %-5.1f %.8f", shape, rate, area))
            return area
        }
    }
    // α = 0.5 has an integrable spike at 0 that Simpson's rule on a grid cannot resolve fully.
    let tolerance = 1e-6
    narrator.claim("""
        the densities with α = \(cases[0].shape, decimals: 0) and α = \(cases[2].shape, decimals: 0) have area 1 \
        within \(prose: tolerance, significant: 1)
        """,
                   abs(areas[0] - 1) < tolerance && abs(areas[2] - 1) < tolerance)
    narrator.prose("""
    The shape α = \(cases[1].shape, decimals: 1) comes out \(prose: 1 - areas[1], significant: 2) short: its density rises to ∞ at x = 0, a spike with \
    finite area that a grid starting at 0 cannot see all of. The formula is right; the \
    grid is coarse where the curve is steep, a first taste of numbers that need care.
    """)
}


// MARK: - The data

/// The seed tutorial's stream, replayed up to its Gamma sample.
private func tellSeededData(_ narrator: Narrator, _ maths: ReferenceSolution) -> SeededData {
    narrator.heading("The seed's data")
    narrator.prose("""
    The tutorial this kata follows draws three samples in a row from one seeded stream:

    \(SeededData.python)

    KataKit's `NumPyRandom` reproduces numpy's legacy generator bit for bit, gamma \
    sampler included (Marsaglia and Tsang's method on numpy's normal stream), so \
    `SeededData()` holds the numbers Python gives. The Gamma sample is our data; its true \
    shape is α = \(SeededData.trueShape, decimals: 0) and its rate β = 1/scale = \
    \(SeededData.trueRate, decimals: 1).
    """)
    return narrator.step { show in
        let data = SeededData()
        let x = data.gamma
        let n = Double(x.count)
        let mean = x.reduce(0, +) / n
        let variance = x.reduce(0) { $0 + ($1 - mean) * ($1 - mean) } / n
        let meanLog = x.reduce(0) { $0 + log($1) } / n
        let firstFive = x.prefix(5).map { "\($0, decimals: 6)" }
        show("the first five:", firstFive.joined(separator: ", "))
        show("n = \(x.count)   x̄ = \(mean, decimals: 6)",
             "  s² = \(variance, decimals: 6)")
        show("mean(ln x) = \(meanLog, decimals: 6)",
             "  ln x̄ = \(log(mean), decimals: 6)")
        return data
    }
}

// MARK: - The method of moments

/// The method-of-moments start, as the tutorial computes it.
private func tellMoments(_ narrator: Narrator, _ maths: ReferenceSolution, sample: [Double]) -> (shape: Double, rate: Double) {
    narrator.heading("A first guess: the method of moments")
    narrator.prose("""
    Before climbing a likelihood we need somewhere to start. The *method of moments* \
    matches the model's mean and variance to the sample's: α/β = x̄ and α/β² = s². \
    Dividing one by the other gives β = x̄/s², then α = x̄²/s². The tutorial takes s² \
    from `np.var(x)`, which divides by n, not n − 1; so does the second exercise, \
    `maths.methodOfMomentsStart`:
    """)
    let start = narrator.step { show in
        let start = maths.methodOfMomentsStart(observations: sample)
        let ell = maths.logLikelihood(shape: start.shape, rate: start.rate,
                                      observations: sample)
        show("α₀ = x̄²/s² = \(start.shape, decimals: 6)")
        show("β₀ = x̄/s²  = \(start.rate, decimals: 6)")
        show("ℓ(α₀, β₀) = \(prose: ell, decimals: 6)")
        return start
    }
    narrator.prose("""
    Close to the truth (\(SeededData.trueShape, decimals: 0), \(SeededData.trueRate, decimals: 1)) \
    already. But the method of moments is not maximum likelihood: it uses only x̄ and \
    s², while the likelihood also listens to mean(ln x), through the (α − 1)·Σ ln x \
    term. So it is a start, and the rest of the story climbs from it.
    """)
    return start
}
