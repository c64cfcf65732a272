import Foundation

// The story's Newton-Raphson on the score: landing on 1/x̄, and running away.

// MARK: - Newton-Raphson

/// Newton-Raphson on the score landing on 1/x̄, and running away from a bad start.
func tellNewton(_ narrator: Narrator, _ maths: ReferenceSolution, sample: [Double]) {
    let mean = sample.reduce(0, +) / Double(sample.count)
    let estimate = maths.maximumLikelihoodEstimate(observations: sample)
    narrator.heading("The score and Newton-Raphson")
    narrator.prose("""
    Here the score can be solved by hand. Most models' scores cannot, and a computer \
    finds their zero instead. *Newton-Raphson* does it by following the tangent: at the \
    current α, the score's tangent line hits zero at

      α ← α − score(α) / score′(α),   with score′(α) = −n/α²

    For the exponential that step simplifies to α ← 2α − α²·x̄. KataKit's \
    `NewtonRaphson` takes these steps until one is smaller than its `tolerance` \
    (relative to α), and gives up after `maxIterations`; `result.iterates` is every α \
    it visited. `maths.score` is the third exercise:
    """)
    let (start, result) = narrator.step { show in
        let n = Double(sample.count)
        let newton = NewtonRaphson(tolerance: 1e-15, maxIterations: 50)
        let start = 0.1
        let result = newton.root(
            of: { maths.score(rate: $0, observations: sample) },
            derivative: { -n / ($0 * $0) }, from: start)
        show("step   α                   score(α)      |α − 1/x̄|")
        for (step, rate) in result.iterates.enumerated() {
            let score = maths.score(rate: rate, observations: sample)
            show(String(format: "%4d   %.15f   %+12.6f   %.3e",
                        step, rate, score, abs(rate - estimate)))
        }
        return (start, result)
    }
    // 15 decimals in the table: numpy sums pairwise and Swift in order, so the 16th can differ by an ulp.
    let agreement = 1e-12
    narrator.claim("""
        from α = \(start, decimals: 1), Newton-Raphson converged in \(result.iterations) steps to \
        α = \(result.root, decimals: 12), within \(prose: agreement, significant: 1) of \
        1/x̄ = \(estimate, decimals: 12)
        """,
        result.converged && abs(result.root - estimate) < agreement)
    narrator.claim("it lands where maths.newtonRaphson lands after as many steps",
                   abs(maths.newtonRaphson(observations: sample, start: start, steps: result.iterations) - result.root)
                       < agreement)
    let errors = result.iterates.map { $0 - estimate }
    let (near, within) = (1e-6, 1e-9)
    let squaring = (1..<errors.count).filter { abs(errors[$0 - 1]) > near }
        .allSatisfy { abs(errors[$0] + mean * errors[$0 - 1] * errors[$0 - 1]) < within }
    narrator.prose("""
    Watch the last column. Once near, each step squares the error: writing e for \
    α − 1/x̄, one step gives e ← −x̄·e². The correct digits double with every step, \
    until the Double runs out of digits.
    """)
    narrator.claim("every step with |e| > \(prose: near, significant: 1) takes e to −x̄·e² (within \(prose: within, significant: 1))",
                   squaring)
    narrator.prose("""
    Newton's method is fast, not safe. Since e ← −x̄·e², it closes in only when \
    |e| < 1/x̄, that is from a start between 0 and 2/x̄ = \(2 / mean, decimals: 4). \
    Start above that instead:
    """)
    // A tenth above 2/x̄ rounded up to tenths: 1.2 for the story's own sample.
    let badStart = (20 / mean).rounded(.up) / 10 + 0.1
    let runaway = narrator.step { show in
        let n = Double(sample.count)
        let newton = NewtonRaphson(tolerance: 1e-15, maxIterations: 50)
        let runaway = newton.root(
            of: { maths.score(rate: $0, observations: sample) },
            derivative: { -n / ($0 * $0) }, from: badStart)
        let first = runaway.iterates.prefix(6)
            .map { "\(prose: $0, significant: 4)" }
        show("iterates:", first.joined(separator: ", "), "…")
        show("converged:", runaway.converged, " after", runaway.iterations, "steps")
        return runaway
    }
    let last = runaway.iterates.last { $0.isFinite } ?? badStart
    narrator.prose("""
    The very first step lands on a negative rate. Each step roughly squares the size \
    of α, and after \(runaway.iterations) steps, at α = \(prose: last, significant: 2), \
    the root finder gives up without converging.
    """)
    narrator.claim("from α = \(badStart, decimals: 1) (above 2/x̄) the first step gives a negative rate and the run does not converge",
                   badStart > 2 / mean && runaway.iterates.count > 1 && runaway.iterates[1] < 0 && !runaway.converged)
}
