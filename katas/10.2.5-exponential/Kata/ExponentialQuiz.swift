import Foundation

/// The knowledge check of kata 10.2.5: why the density has α in front, the estimate
/// from one wait, rate against scale, where Newton-Raphson may start, the estimate of
/// the mean wait by invariance, and the standard error of the story's sample. Every
/// number in it is computed with `ReferenceSolution` and the story's seeded sample
/// when it is asked.
func exponentialQuiz() -> [Question] {
    let sample = seededSample()
    return [
        whyAlphaInFront(),
        oneWait(),
        rateOrScale(sample),
        whereNewtonMayStart(sample),
        meanWait(sample),
        standardErrorOfTheSample(sample),
    ]
}

/// The α in front makes the area 1; the tutorial's 1/α makes it 1/α² and leaves no peak.
private func whyAlphaInFront() -> Question {
    let (rate, wait) = (0.5, 3.0)
    let tutorialArea = area(upTo: 40 / rate) { exp(-rate * $0) / rate }
    return .choice("why-alpha-in-front", """
        The exponential density is f(x; α) = α · e^(−αx). A popular tutorial writes (1/α) · e^(−αx) instead. \
        What is wrong with that?
        """, [
        .wrong("Nothing: a constant factor in front moves no maximum", """
            The factor depends on α, the very parameter being estimated, so it does move the maximum: for one \
            wait x the tutorial's log, −ln α − αx, has slope −1/α − x < 0 and no peak at all.
            """),
        .right("Its area is 1/α², not 1, so it is no density, and its log-likelihood has no peak", """
            ∫₀^∞ e^(−αx) dx = 1/α, so only the factor α makes the area 1: at α = \(rate, decimals: 1) the \
            tutorial's curve has area \(tutorialArea, decimals: 4).
            """),
        .wrong("It is right when α is read as the scale rather than the rate", """
            With the scale β = 1/α the density is (1/β) · e^(−x/β): the exponent changes too. (1/α) · e^(−αx) \
            puts a scale in front of a rate's exponent.
            """),
    ], explanation: """
        A density must have total area 1. Maximised, the tutorial's curve "prefers" α → 0: for one wait of \
        \(wait, decimals: 0) minutes, −ln α − \(wait, decimals: 0)α grows without limit as α falls, fitting \
        buses that never come.
        """)
}

/// The estimate from a single wait.
private func oneWait() -> Question {
    let maths = ReferenceSolution()
    let wait = 3.0
    let estimate = maths.maximumLikelihoodEstimate(observations: [wait])
    return .number("one-wait", """
        You wait \(wait, decimals: 0) minutes for one bus. What is the maximum likelihood estimate of the rate α, \
        in buses per minute? Give it to 4 decimals.
        """, answer: estimate, tolerance: 0.00005, explanation: """
        ℓ(α) = ln α − \(wait, decimals: 0)α has slope 1/α − \(wait, decimals: 0), zero at \
        α̂ = 1/\(wait, decimals: 0) ≈ \(estimate, decimals: 4), and ℓ″(α) = −1/α² < 0: one bus every \
        \(1 / estimate, decimals: 0) minutes.
        """)
}

/// The estimate of the rate is 1/x̄, not x̄, numpy's scale or the unbiased correction.
private func rateOrScale(_ sample: [Double]) -> Question {
    let maths = ReferenceSolution()
    let n = Double(sample.count)
    let mean = sample.reduce(0, +) / n
    let estimate = maths.maximumLikelihoodEstimate(observations: sample)
    // The scale `seededSample()` draws with, as the story's step does.
    let scale = 2.0
    return .choice("rate-or-scale", """
        The story's waits are np.random.exponential(scale=\(scale, decimals: 0), size=\(sample.count)), and their \
        mean is x̄ = \(mean, decimals: 4) minutes. What is the maximum likelihood estimate of the rate α?
        """, [
        .wrong("x̄ = \(mean, decimals: 4) per minute", """
            x̄ is the mean wait, the scale β = 1/α. Reporting it as the rate is the classic exponential \
            mistake, off here by a factor of \(mean / estimate, decimals: 2).
            """),
        .wrong("\(1 / scale, decimals: 1) per minute, the rate numpy's scale=\(scale, decimals: 0) stands for", """
            That is the true rate the waits were drawn with, not an estimate. The estimate comes from the \
            data, and \(sample.count) waits do not pin the rate down exactly.
            """),
        .wrong("(n − 1)/(n · x̄) = \((n - 1) / (n * mean), decimals: 4) per minute, corrected for its bias", """
            That removes the upward bias n/(n − 1) of 1/x̄, but it is not where ℓ(α) = n · ln α − α · Σx \
            peaks: the score n/α − Σx is zero at n/Σx = 1/x̄.
            """),
        .right("1/x̄ = \(estimate, decimals: 4) per minute", """
            The score n/α − Σx is zero at α̂ = n/Σx = 1/x̄, and ℓ″(α) = −n/α² < 0 makes it the maximum.
            """),
    ], explanation: """
        α̂ = 1/x̄ = \(estimate, decimals: 4), near the true rate 1/\(scale, decimals: 0). The scale and the rate \
        are reciprocals, and only at 1 do they agree.
        """)
}

/// Newton-Raphson on the score closes in only from a start between 0 and 2/x̄.
private func whereNewtonMayStart(_ sample: [Double]) -> Question {
    let maths = ReferenceSolution()
    let n = Double(sample.count)
    let mean = sample.reduce(0, +) / n
    let estimate = maths.maximumLikelihoodEstimate(observations: sample)
    let (goodStart, badStart) = (0.1, 1.2)
    let newton = NewtonRaphson(tolerance: 1e-15, maxIterations: 50)
    let good = newton.root(of: { maths.score(rate: $0, observations: sample) },
                           derivative: { -n / ($0 * $0) }, from: goodStart)
    let firstStep = maths.newtonRaphson(observations: sample, start: badStart, steps: 1)
    return .choice("where-newton-may-start", """
        Newton-Raphson on the score of the story's \(sample.count) waits takes the step α ← 2α − α²·x̄, with \
        x̄ = \(mean, decimals: 4). From which starts does it close in on 1/x̄ = \(estimate, decimals: 4)?
        """, [
        .wrong("From any positive start, since ℓ is concave with one maximum", """
            Concave, yes, but Newton's step can overshoot: from α = \(badStart, decimals: 1) the first step \
            lands on \(prose: firstStep, decimals: 4), a negative rate, and the run never recovers.
            """),
        .right("From any start between 0 and 2/x̄ = \(2 / mean, decimals: 4)", """
            One step takes the error e = α − 1/x̄ to −x̄·e², which shrinks only while |e| < 1/x̄.
            """),
        .wrong("Only from starts within a standard error or so of 1/x̄", """
            Far starts are fine below 2/x̄: from α = \(goodStart, decimals: 1), \
            \(estimate / goodStart, decimals: 1) times too small, it converged in \(good.iterations) steps.
            """),
    ], explanation: """
        Once near, each step squares the error, so the correct digits double with every step; but Newton's \
        method is fast, not safe: it needs a start with |α − 1/x̄| < 1/x̄.
        """)
}

/// The estimate of the mean wait is x̄: invariance.
private func meanWait(_ sample: [Double]) -> Question {
    let maths = ReferenceSolution()
    let n = Double(sample.count)
    let mean = sample.reduce(0, +) / n
    let estimate = maths.maximumLikelihoodEstimate(observations: sample)
    return .choice("mean-wait", """
        From the story's waits, α̂ = \(estimate, decimals: 4) per minute. What is the maximum likelihood estimate \
        of the mean wait μ = 1/α?
        """, [
        .wrong("It cannot be had from α̂: ℓ must be maximised over μ afresh", """
            Maximising over μ does give x̄, as the story's grid did, but it need not be done: relabelling the \
            parameter renames its peak and does not move it.
            """),
        .wrong("α̂ = \(estimate, decimals: 4), since the rate and the mean wait are one parameter", """
            One parameter, but not one number: they are reciprocals, and a rate of \(estimate, decimals: 4) per \
            minute is a wait of \(1 / estimate, decimals: 4) minutes on average.
            """),
        .wrong("n/(n − 1) · x̄ = \(n / (n - 1) * mean, decimals: 4) minutes, corrected for bias", """
            It is 1/x̄ that is biased, upwards by n/(n − 1). x̄ itself is the maximum likelihood estimate of μ, \
            and unbiased too.
            """),
        .right("1/α̂ = x̄ = \(mean, decimals: 4) minutes", """
            The maximum likelihood estimate of a function of the parameter is that function of the estimate: \
            the invariance of maximum likelihood.
            """),
    ], explanation: """
        ℓ(μ) = −n · ln μ − Σx/μ has slope −n/μ + Σx/μ², zero at μ̂ = Σx/n = x̄ = 1/α̂. So x̄ is a fine answer \
        to "what is the mean wait?"; the mistake is only to call it the rate.
        """)
}

/// What the standard error of the story's sample prints, against its usual slips.
private func standardErrorOfTheSample(_ sample: [Double]) -> Question {
    let maths = ReferenceSolution()
    let n = Double(sample.count)
    let mean = sample.reduce(0, +) / n
    let estimate = maths.maximumLikelihoodEstimate(observations: sample)
    let printed = { (value: Double) in "SE = " + String(format: "%.4f", value) }
    return .printed("standard-error", """
        What does this step print? `seededSample()` is the story's \(sample.count) waits, whose mean is \
        x̄ = \(mean, decimals: 4).
        """, wrong: [
        .wrong(printed(mean / n.squareRoot()), """
            x̄/√n: the mean wait where the rate belongs. The standard error of α̂ is α̂/√n, with α̂ = 1/x̄.
            """),
        .wrong(printed(estimate * estimate / n), """
            α̂²/n is 1/I(α̂), the variance of α̂. The standard error is its square root, 1/√I(α̂) = α̂/√n.
            """),
        .wrong(printed(estimate / n), """
            Divided by n, not √n: the information I(α) = n/α² grows like n, so the error shrinks like 1/√n.
            """),
    ], explanation: """
        SE = 1/√I(α̂) with the Fisher information I(α) = n/α²: α̂/√n = \(estimate, decimals: 4)/√\(sample.count) \
        = \(estimate / n.squareRoot(), decimals: 4).
        """) { show in
        let maths = ReferenceSolution()
        let waits = seededSample()
        let standardError = maths.standardError(observations: waits)
        show("SE =", String(format: "%.4f", standardError))
    }
}
