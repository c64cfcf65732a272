import Foundation

// Gradient ascent on the (α, β) surface: the step size, and how to tell it has arrived.

/// The step size of the gradient ascent: a parameter a reader may change.
let learningRate = StoryParameter.double("learning_rate", 0.0001...3, default: 0.1,
                                         "the gradient ascent's step size η, on the mean log-likelihood")

/// The story's gradient runs stop at this many steps, or once ‖∇(ℓ/n)‖ is at most the tolerance.
let descentCap = 10_000, descentGradientTolerance = 1e-8

/// What the story's gradient runs found: the curvature scale and the run at the reader's η.
struct AscentFindings {
    /// 2/λ_max: the largest step size whose steps settle.
    var threshold: Double
    /// The smallest and largest curvature of the mean log-likelihood at the maximum.
    var flattest: Double, sharpest: Double
}

/// The gradient of the mean negative log-likelihood −ℓ/n over (α, β) at (`shape`, `rate`),
/// for a sample whose mean is `mean` and whose mean log is `meanLog`.
func meanNegativeLogLikelihoodGradient(shape: Double, rate: Double, mean: Double, meanLog: Double) -> [Double] {
    [-log(rate) + digamma(shape) - meanLog, -shape / rate + mean]
}

/// The run that the change rule fools: a slow step size, and the step length it stops below.
let fooledRun = (rate: 0.01, shortStep: 1e-6)

/// Gradient descent on the mean negative log-likelihood over (α, β) from the
/// method-of-moments start with step size `eta`, as the story runs it.
func descend(_ sample: [Double], from start: (shape: Double, rate: Double), eta: Double,
             stepTolerance: Double = 1e-12, maxSteps: Int = descentCap) -> OptimizationResult {
    let maths = ReferenceSolution()
    let n = Double(sample.count)
    let mean = sample.reduce(0, +) / n
    let meanLog = sample.reduce(0) { $0 + log($1) } / n
    let loss = { (p: [Double]) in -maths.logLikelihood(shape: p[0], rate: p[1], observations: sample) / n }
    let gradient = { (p: [Double]) in meanNegativeLogLikelihoodGradient(shape: p[0], rate: p[1], mean: mean, meanLog: meanLog) }
    return GradientDescent(learningRate: eta, maxSteps: maxSteps, gradientTolerance: descentGradientTolerance,
                           stepTolerance: stepTolerance).minimize(loss, gradient: gradient, from: [start.shape, start.rate])
}

/// Gradient ascent at several step sizes: too large bounces or diverges, too small crawls.
func tellGradientAscent(_ narrator: Narrator, _ maths: ReferenceSolution, sample: [Double],
                        start: (shape: Double, rate: Double), fit: GammaFit) -> AscentFindings {
    narrator.heading("Gradient ascent: the step size")
    narrator.prose("""
    Newton needs the second derivative. The method every neural network is trained \
    with needs only the first: step uphill along the gradient, (α, β) ← (α, β) + η·∇ℓ/n. \
    Here on the mean log-likelihood ℓ/n over both parameters at once (KataKit's \
    `GradientDescent` walks downhill on −ℓ/n, which is the same), with \
    ∂(ℓ/n)/∂α = ln β − ψ(α) + mean(ln x) and ∂(ℓ/n)/∂β = α/β − x̄, from the method-of-moments \
    start, until the gradient's norm is at most \(prose: descentGradientTolerance, significant: 1) or \
    \(grouped(descentCap)) steps have passed:
    """)
    let etas = [0.001, 0.01, 0.1, 0.15, 0.25, 2.0]
    let runs = narrator.step { show in
        show("η       stopped              steps   α            β")
        return etas.map { eta in
            let run = descend(sample, from: start, eta: eta)
            let stop = run.converged ? "converged"
                : run.stopReason == .maxIterations ? "hit the cap" : "not finite"
            let padded = stop.padding(toLength: 20, withPad: " ", startingAt: 0)
            show(String(format: "%-7g ", eta) + padded
                 + String(format: " %5d   %-12.8f %.8f",
                          run.iterations, run.point[0], run.point[1]))
            return run
        }
    }
    narrator.prose("""
    Three regimes. The two smallest steps *crawl*: after \(grouped(descentCap)) steps α is still \
    \(prose: runs[0].point[0] - fit.shape, significant: 2) and \(prose: runs[1].point[0] - fit.shape, significant: 2) \
    above α̂. The middle two arrive, in \(grouped(runs[2].iterations)) and \(grouped(runs[3].iterations)) steps. \
    At η = \(etas[4], decimals: 2) the steps *bounce* across the ridge and never settle, and at \
    η = \(etas[5], decimals: 0) they throw β below 0 within \(runs[5].iterations) steps, where ln β is \
    not a number. Why there? The curvature of −ℓ/n at the maximum is its Hessian \
    [[ψ′(α), −1/β], [−1/β, α/β²]]. Its eigenvalues are the curvatures along the surface's \
    two main directions:
    """)
    let (flattest, sharpest) = narrator.step { show in
        let (a, b) = (fit.shape, fit.rate)
        // The Hessian [[p, q], [q, r]] and its two eigenvalues.
        let (p, q, r) = (trigamma(a), -1 / b, a / (b * b))
        let middle = (p + r) / 2
        let half = ((p - r) * (p - r) / 4 + q * q).squareRoot()
        let (flattest, sharpest) = (middle - half, middle + half)
        show("λ_min = \(flattest, decimals: 5)   λ_max = \(sharpest, decimals: 5)",
             "  ratio \(sharpest / flattest, decimals: 0)")
        show("2/λ_max = \(2 / sharpest, decimals: 5)")
        return (flattest, sharpest)
    }
    let threshold = 2 / sharpest
    let factor = 1e6
    narrator.prose("""
    Along the sharp direction a step multiplies the distance to the ridge by 1 − η·λ_max, \
    which shrinks it only while η < 2/λ_max = \(threshold, decimals: 4); past that each step \
    overshoots further than the last. Along the flat direction it multiplies the distance by \
    1 − η·λ_min, so closing in by a factor of \(prose: factor, significant: 1) takes about \
    ln(\(prose: factor, significant: 1))/(η·λ_min) steps: \(grouped(Int((log(factor) / (etas[2] * flattest)).rounded()))) \
    at η = \(etas[2], decimals: 1). The surface is a long, \
    narrow ridge (α and β are strongly tied: raise both together and the mean α/β stays put), \
    and a single step size must suit both its steep sides and its gentle length.
    """)
    let settled = runs.filter(\.converged)
    let arrival = 1e-6
    let text = etas.map { StoryParameter.text($0) }
    narrator.claim("""
        η = \(text[2]) and \(text[3]) (below 2/λ_max = \(threshold, decimals: 4)) converge to within \
        \(prose: arrival, significant: 1) of Newton's maximum; η = \(text[4]) and \(text[5]) (above it) do not \
        converge, and η = \(text[0]) and \(text[1]) hit the cap of \(grouped(descentCap)) steps
        """, settled.count == 2 && runs[2].converged && runs[3].converged
            && settled.allSatisfy { abs($0.point[0] - fit.shape) < arrival && abs($0.point[1] - fit.rate) < arrival }
            && etas[2] < threshold && etas[3] < threshold && etas[4] > threshold
            && runs[0].stopReason == .maxIterations && runs[1].stopReason == .maxIterations
            && runs[5].stopReason == .nonFinite)
    let eta = narrator.value(learningRate)
    narrator.prose("""
    Try it with your own step: `kata run 10.2.7 --set learning_rate=…` (from \
    \(StoryParameter.text(learningRate.lowest)) to \(StoryParameter.text(learningRate.highest))). \
    This telling uses η = \(StoryParameter.text(eta)):
    """)
    let run = narrator.step { show in
        let run = descend(sample, from: start, eta: narrator.value(learningRate))
        show("stopped after \(run.iterations) steps: \(run.message)")
        show(String(format: "α = %.10f   β = %.10f", run.point[0], run.point[1]))
        return run
    }
    let verdict: String
    if run.converged {
        verdict = "It arrived: α is \(prose: run.point[0] - fit.shape, significant: 2) from Newton's α̂."
    } else if eta > threshold {
        verdict = "Above 2/λ_max = \(threshold, decimals: 4), it cannot settle: the steps overshoot the ridge."
    } else {
        verdict = """
            Below 2/λ_max it is stable, but slow: about \(grouped(Int((log(factor) / (eta * flattest)).rounded()))) \
            steps would be needed, and the cap stopped it first.
            """
    }
    narrator.prose(verdict)
    narrator.claim("""
        a run with η above 2/λ_max never converges, and one that converges ends within \
        \(prose: arrival, significant: 1) of Newton's maximum
        """, !(eta > threshold && run.converged)
            && (!run.converged || (abs(run.point[0] - fit.shape) < arrival && abs(run.point[1] - fit.rate) < arrival)))
    return AscentFindings(threshold: threshold, flattest: flattest, sharpest: sharpest)
}

/// The stopping rules: a gradient norm, a small change, a cap; and a run that fools one.
func tellStoppingRules(_ narrator: Narrator, _ maths: ReferenceSolution, sample: [Double],
                       start: (shape: Double, rate: Double), fit: GammaFit, ascent: AscentFindings) {
    narrator.heading("Has it converged? Stopping rules")
    let (slowRate, shortStep) = fooledRun
    narrator.prose("""
    An optimiser cannot see the maximum; it can only decide when to stop. Three rules \
    are in common use, usually together:

    The *gradient norm*: stop when ‖∇‖ is at most a tolerance. At a smooth maximum \
    the gradient is zero, so this asks the question we care about, on the scale of the \
    objective.

    The *change*: stop when a step, or the drop in the objective, is tiny relative to \
    the values (scipy's L-BFGS-B above stopped on the drop; Newton's `tolerance` is on \
    the step). Cheap, but a step can be tiny because the method is slow, not because \
    it has arrived.

    An *iteration cap*: stop after so many steps, whatever happens. It is no test of \
    convergence at all: it is what guarantees the loop ends, when the start is bad, \
    the step too large, or the tolerance finer than a Double can resolve.

    Whichever rule stopped a run, say which. Here is the change rule fooled: \
    η = \(StoryParameter.text(slowRate)), stopping when a step is shorter than \(prose: shortStep, significant: 1):
    """)
    let (fooled, gradientNorm) = narrator.step { show in
        let fooled = descend(sample, from: start, eta: slowRate,
                             stepTolerance: shortStep)
        let n = Double(sample.count)
        let meanLog = sample.reduce(0) { $0 + log($1) } / n
        let mean = sample.reduce(0, +) / n
        let (a, b) = (fooled.point[0], fooled.point[1])
        let gradient = [-log(b) + digamma(a) - meanLog, -a / b + mean]
        let gradientNorm = gradient.reduce(0) { $0 + $1 * $1 }.squareRoot()
        show("stopped after \(fooled.iterations) steps: \(fooled.message)")
        show(String(format: "α = %.8f (α̂ = %.8f)", a, fit.shape))
        show("‖∇‖ there = \(gradientNorm, significant: 3),",
             "the last step η·‖∇‖ = \(slowRate * gradientNorm, significant: 3)")
        return (fooled, gradientNorm)
    }
    let stillFar = 1e-3
    narrator.claim("""
        the step rule reports convergence, yet α is still \(prose: fooled.point[0] - fit.shape, significant: 2) from α̂ \
        (more than \(prose: stillFar, significant: 1)) and ‖∇‖ = \(prose: gradientNorm, significant: 2) is far above \
        the gradient rule's \(prose: descentGradientTolerance, significant: 1)
        """, fooled.converged && abs(fooled.point[0] - fit.shape) > stillFar && gradientNorm > 100 * descentGradientTolerance)
    narrator.prose("""
    With η = \(StoryParameter.text(slowRate)) every step is a hundredth of the gradient, so steps get short long \
    before the gradient does: along the ridge's gentle direction (curvature \
    \(ascent.flattest, decimals: 4)) the gradient is small everywhere. A rule on the \
    gradient would have kept going. And a run that stops at the cap has not converged \
    at all: Newton from α = 1 with `maxIterations: 2` stops short and says so only \
    through its count:
    """)
    let capped = narrator.step { show in
        let capped = maths.newtonRaphson(observations: sample, start: 1,
                                         tolerance: 1e-10, maxIterations: 2)
        let score = maths.profileScore(shape: capped.shape, observations: sample)
        show("α = \(capped.shape, decimals: 6) after \(capped.iterations) steps,",
             "score there \(score, significant: 3)")
        return capped
    }
    narrator.claim("with the cap reached, the score is still far from zero (more than 1)",
                   capped.iterations == 2 && abs(maths.profileScore(shape: capped.shape, observations: sample)) > 1)
    narrator.prose("""
    When `iterations == maxIterations`, treat the answer as unfinished: look at the \
    gradient there, then raise the cap, change the step, or start elsewhere.
    """)
}
