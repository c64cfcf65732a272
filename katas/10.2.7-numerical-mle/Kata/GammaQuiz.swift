import Foundation

/// The knowledge check of kata 10.2.7: why α̂ has no formula, the best rate for a shape,
/// the method-of-moments start, the step size, a stopping rule fooled, the Cauchy's local
/// maxima, the mixture without a maximum, and what a capped Newton run prints. Every number
/// in it is computed with `ReferenceSolution` and the story's seeded data when it is asked.
func gammaQuiz() -> [Question] {
    let sample = SeededData().gamma
    return [
        whyNoFormula(sample),
        bestRateForAShape(sample),
        momentsStart(sample),
        stepSize(sample),
        stoppedByTheStep(sample),
        localMaximum(),
        noMaximum(),
        cappedNewton(sample),
    ]
}

/// The β equation has a root in closed form; the α one needs ψ and has none.
private func whyNoFormula(_ sample: [Double]) -> Question {
    let n = Double(sample.count)
    let gap = log(sample.reduce(0, +) / n) - sample.reduce(0) { $0 + log($1) } / n
    return .choice("why-no-formula", """
        Setting both derivatives of the Gamma log-likelihood to zero, why does α̂ need a numerical method when \
        β̂ does not?
        """, [
        .wrong("Because β is unknown while α is being solved for", """
            β is no obstacle: for any α its best value is α/x̄, in closed form. Putting that in leaves one \
            equation in α alone.
            """),
        .right("Because ln α − ψ(α) = ln x̄ − mean(ln x) has no closed-form root", """
            ψ is the digamma function, no elementary function, and no rearranging isolates α. For the story's data the \
            right side is \(gap, decimals: 6); Newton's method solves it in a few steps.
            """),
        .wrong("Because the profile log-likelihood has several local maxima", """
            The Gamma's profile log-likelihood has one smooth peak (the story drew it); several maxima was the \
            Cauchy's trouble, a different one.
            """),
    ], explanation: """
        ∂ℓ/∂β = nα/β − Σx = 0 gives β = α/x̄; ∂ℓ/∂α = 0 then reads ln α − ψ(α) = ln x̄ − mean(ln x), an equation we \
        can evaluate for any α but not solve by algebra.
        """)
}

/// For a fixed shape the best rate is α/x̄.
private func bestRateForAShape(_ sample: [Double]) -> Question {
    let mean = sample.reduce(0, +) / Double(sample.count)
    let shape = 4.0
    return .number("best-rate-for-a-shape", """
        The story's 200 draws have x̄ = \(mean, decimals: 6). If the shape were fixed at α = \(shape, decimals: 0), \
        which rate β maximises the log-likelihood? Give it to 4 decimals.
        """, answer: shape / mean, tolerance: 0.00005, explanation: """
        ∂ℓ/∂β = nα/β − Σx is zero at β = α/x̄ = \(shape, decimals: 0)/\(mean, decimals: 4) ≈ \
        \(shape / mean, decimals: 4): the mean α/β must be x̄.
        """)
}

/// The method-of-moments start with the 1/n variance, against its slips.
private func momentsStart(_ sample: [Double]) -> Question {
    let maths = ReferenceSolution()
    let n = Double(sample.count)
    let mean = sample.reduce(0, +) / n
    let squares = sample.reduce(0) { $0 + ($1 - mean) * ($1 - mean) }
    let start = maths.methodOfMomentsStart(observations: sample)
    return .choice("moments-start", """
        The story's draws have x̄ = \(mean, decimals: 4) and np.var(x) = \(squares / n, decimals: 4). What is the \
        method-of-moments start α₀, as the tutorial computes it?
        """, [
        .right("x̄²/np.var(x) = \(start.shape, decimals: 4)", """
            Mean α/β = x̄ and variance α/β² = s² give α = x̄²/s², with np.var's 1/n variance.
            """),
        .wrong("x̄²/s² with the 1/(n − 1) variance = \(mean * mean * (n - 1) / squares, decimals: 4)", """
            The unbiased variance gives a slightly smaller start; the tutorial (and the exercise) use np.var, \
            which divides by n.
            """),
        .wrong("x̄/np.var(x) = \(start.rate, decimals: 4)", """
            That is β₀, the rate: the mean α/β divided by the variance α/β² is β.
            """),
        .wrong("It is α̂ itself, so no climbing is needed", """
            The method of moments uses only x̄ and s²; the likelihood also depends on mean(ln x), so its maximum is \
            elsewhere (α̂ = \(maths.estimatedShape(observations: sample), decimals: 4)).
            """),
    ], explanation: """
        α₀ = x̄²/s² = \(start.shape, decimals: 4) and β₀ = x̄/s² = \(start.rate, decimals: 4): a start close to the \
        maximum, from which Newton's method needs only a few steps.
        """)
}

/// Steps longer than 2/λ_max bounce; the story's η = 0.25 is past it.
private func stepSize(_ sample: [Double]) -> Question {
    let maths = ReferenceSolution()
    let start = maths.methodOfMomentsStart(observations: sample)
    let shape = maths.estimatedShape(observations: sample)
    let rate = shape * Double(sample.count) / sample.reduce(0, +)
    let (p, q, r) = (trigamma(shape), -1 / rate, shape / (rate * rate))
    let sharpest = (p + r) / 2 + ((p - r) * (p - r) / 4 + q * q).squareRoot()
    let (eta, settles, crawls) = (0.25, 0.1, 0.001)
    let bounced = descend(sample, from: start, eta: eta)
    return .choice("step-size", """
        Gradient ascent on the mean log-likelihood over (α, β): the sharpest curvature at the maximum is \
        λ_max = \(sharpest, decimals: 3). What happens with the step size η = \(eta, decimals: 2)?
        """, [
        .wrong("It converges, only faster than η = \(settles, decimals: 1)", """
            A longer step is faster only while it is stable. Past 2/λ_max = \(2 / sharpest, decimals: 4) each step \
            overshoots the ridge further than the last.
            """),
        .right("It bounces across the ridge and never settles: \(eta, decimals: 2) > 2/λ_max = \(2 / sharpest, decimals: 4)", """
            Along the sharp direction each step multiplies the distance by 1 − η·λ_max = \
            \(prose: 1 - eta * sharpest, decimals: 2), more than 1 in size: after \(grouped(bounced.iterations)) \
            steps it had not converged.
            """),
        .wrong("It crawls, like η = \(crawls, decimals: 3)", """
            Crawling is the small step's trouble: the flat direction shrinks by only 1 − η·λ_min per step. \
            \(eta, decimals: 2) is too large, not too small.
            """),
    ], explanation: """
        A fixed step η settles only if η < 2/λ_max; how fast it then arrives is set by the flattest curvature λ_min. \
        A long, narrow ridge (λ_max/λ_min large) makes both hard at once.
        """)
}

/// A step rule can stop a slow method far from the maximum.
private func stoppedByTheStep(_ sample: [Double]) -> Question {
    let maths = ReferenceSolution()
    let start = maths.methodOfMomentsStart(observations: sample)
    let shape = maths.estimatedShape(observations: sample)
    let (eta, shortStep) = fooledRun
    let fooled = descend(sample, from: start, eta: eta, stepTolerance: shortStep)
    let n = Double(sample.count)
    let (a, b) = (fooled.point[0], fooled.point[1])
    let gradient = meanNegativeLogLikelihoodGradient(shape: a, rate: b, mean: sample.reduce(0, +) / n,
                                                     meanLog: sample.reduce(0) { $0 + log($1) } / n)
    let norm = (gradient[0] * gradient[0] + gradient[1] * gradient[1]).squareRoot()
    return .choice("stopped-by-the-step", """
        Gradient ascent with η = \(eta, decimals: 2) stops because its last step was shorter than \
        \(prose: shortStep, significant: 1), and reports "converged". \
        What should you conclude?
        """, [
        .wrong("It has found the maximum to about six digits", """
            A short step says the method moved little, not that it is near the top: with η = \(eta, decimals: 2) the \
            step is a hundredth of the gradient, so it gets short long before the gradient does.
            """),
        .right("Only that its steps got short: check the gradient there before trusting it", """
            In the story that run stopped after \(grouped(fooled.iterations)) steps with α still \
            \(a - shape, significant: 2) from α̂ and a gradient norm of \(norm, significant: 2), far from 0.
            """),
        .wrong("That the iteration cap was reached", """
            The cap is a separate rule and ends a run without saying anything about convergence; this run stopped on \
            its step rule.
            """),
    ], explanation: """
        Stopping rules answer "should I stop?", not "am I there?". The gradient norm asks the second question \
        directly; a change rule and a cap only bound the work.
        """)
}

/// The first start's climb on the Cauchy likelihood ends on a low hill.
private func localMaximum() -> Question {
    let c = storyCauchySample()
    let first = cauchyLocalMaximum(from: c[0], observations: c)
    let best = ReferenceSolution().multiStartMaximum(observations: c, starts: c)
    return .choice("local-maximum", """
        On the story's 5 Cauchy draws, the local optimiser started at the first draw, \(c[0], decimals: 2), \
        stops at θ = \(first, decimals: 2), where the score is zero and ℓ curves down. Is θ = \(first, decimals: 2) \
        the maximum likelihood estimate?
        """, [
        .wrong("Yes: a zero of the score where ℓ curves down is the maximum", """
            It is *a* maximum, of the hill the climb started on. The likelihood has others: climbing from the \
            other draws finds a higher one at θ = \(prose: best, decimals: 2).
            """),
        .right("No: it is a local maximum; climbing from every draw finds a higher one at θ = \(prose: best, decimals: 2)", """
            The Cauchy's heavy tails give every far-out observation a hill of its own; multiple starts compare them.
            """),
        .wrong("No: the Cauchy has no mean, so it has no maximum likelihood estimate", """
            No mean, but its location still has a likelihood, and that likelihood has a highest point; it is only \
            hard to find.
            """),
    ], explanation: """
        A local optimiser can only certify a local maximum. Run it from many starts and keep the best: that is \
        the last exercise.
        """)
}

/// The mixture likelihood is unbounded; a floor or a prior fixes it.
private func noMaximum() -> Question {
    .choice("no-maximum", """
        Why does maximum likelihood fail for a mixture of two normals with free means and widths?
        """, [
        .wrong("The optimiser converges too slowly to be practical", """
            Speed is not the trouble: there is no maximum to converge to.
        """),
        .right("A component centred on one observation with σ → 0 sends the likelihood to +∞", """
            Its term grows like −ln σ while the other component keeps every other point's density finite. A floor \
            on σ or a prior on it (MAP) restores a maximum.
            """),
        .wrong("The mixture's likelihood is not differentiable", """
            It is smooth wherever σ > 0; it simply has no highest point.
            """),
    ], explanation: """
        The story's table: ℓ climbs like −ln σ₁, without limit, while ℓ + ln prior peaks and falls to −∞.
        """)
}

/// What a Newton run stopped by its cap prints.
private func cappedNewton(_ sample: [Double]) -> Question {
    let maths = ReferenceSolution()
    let full = maths.newtonRaphson(observations: sample, start: 1, tolerance: 1e-10, maxIterations: 50)
    return .printed("capped-newton", """
        What does this step print? From α = 1 with no cap to speak of, Newton takes \(full.iterations) steps on the \
        story's draws.
        """, wrong: [
        .wrong("steps: \(full.iterations)", """
            That is the uncapped run. With maxIterations: 2 the loop stops after 2 steps, converged or not.
            """),
        .wrong("steps: 3", """
            A cap of 2 allows 2 steps, not 2 after the first: count one per update of α.
            """),
    ], explanation: """
        The cap ends the run at 2 steps; the count equal to the cap is the sign that the tolerance was not met.
        """) { show in
        let maths = ReferenceSolution()
        let run = maths.newtonRaphson(observations: SeededData().gamma, start: 1,
                                      tolerance: 1e-10, maxIterations: 2)
        show("steps:", run.iterations)
    }
}
