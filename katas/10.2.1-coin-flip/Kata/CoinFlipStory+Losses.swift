import Foundation

// The second half of the story: logs, the loss and its descent, and sample size.

// MARK: - Why logs

/// Why products of probabilities underflow and sums of their logs do not.
func tellUnderflow(_ narrator: Narrator, _ maths: ReferenceSolution, heads: Int, tails: Int) {
    let (count, probability) = (1000, 0.1)
    var product = 1.0
    var firstSubnormal: Int?
    var firstZero: Int?
    for factor in 1...count {
        product *= probability
        if firstSubnormal == nil && product < Double.leastNormalMagnitude { firstSubnormal = factor }
        if firstZero == nil && product == 0 { firstZero = factor }
    }
    let logLikelihood = (0..<count).reduce(0.0) { total, _ in total + log(probability) }
    narrator.heading("Products underflow; sums of logs do not")
    narrator.prose("""
    A likelihood multiplies one probability per observation, and real data have many \
    observations. Take \(count) observations that each had probability \(probability, decimals: 1), \
    and multiply:
    """)
    narrator.output("""
    product after \(firstSubnormal ?? 0) factors: below \(Double.leastNormalMagnitude, significant: 3), the smallest normal Double
    product after \(firstZero ?? 0) factors: 0.0
    product after \(count) factors: \(product)
    sum of the \(count) logs: \(logLikelihood, decimals: 2)
    """)
    narrator.claim("the product of \(count) factors of \(probability, decimals: 1) is exactly 0.0 in Double", product == 0)
    narrator.claim("the log-likelihood is \(count) · ln \(probability, decimals: 1) = \(prose: Double(count) * log(probability), decimals: 2)",
                   abs(logLikelihood - Double(count) * log(probability)) < 1e-9 * abs(logLikelihood))
    narrator.prose("""
    The true product is \(probability, decimals: 1)\(superscript(count)) = \
    10\(superscript(Int((Double(count) * log10(probability)).rounded()))), far below anything a \
    Double can hold, so every likelihood comparison made with it is 0 against 0. The log of a product is \
    the sum of the logs, and a sum of \(count) modest numbers is a modest number.

    Taking logs costs nothing: ln is increasing, so the θ that maximises L also \
    maximises ln L. And the log turns the product into a sum, whose derivative is the \
    sum of simple terms:

      ℓ(θ) = ln L(θ) = h · ln θ + t · ln(1 − θ)
      ℓ′(θ) = h/θ − t/(1 − θ)
    """)
    let estimate = maths.maximumLikelihoodEstimate(heads: heads, tails: tails)
    tellLogLikelihoodCurve(narrator, maths, heads: heads, tails: tails)
    let direct = log(maths.likelihood(theta: estimate, heads: heads, tails: tails))
    narrator.claim("for our \(heads) heads and \(tails) tails, ℓ(θ̂) = \(prose: maths.logLikelihood(theta: estimate, heads: heads, tails: tails), decimals: 4) is ln L(θ̂)",
                   abs(direct - maths.logLikelihood(theta: estimate, heads: heads, tails: tails)) < 1e-12)
}

/// The log-likelihood drawn on the grid the likelihood was drawn on: same peak, new shape.
private func tellLogLikelihoodCurve(_ narrator: Narrator, _ maths: ReferenceSolution, heads: Int, tails: Int) {
    let (grid, likelihoods) = likelihoodGrid(maths, heads: heads, tails: tails)
    let logs = grid.map { maths.logLikelihood(theta: $0, heads: heads, tails: tails) }
    let likelihoodPeak = likelihoods.indices.max { likelihoods[$0] < likelihoods[$1] } ?? 0
    let logPeak = logs.indices.max { logs[$0] < logs[$1] } ?? 0
    // ℓ plunges to −∞ at both ends; drawing only θ ≥ 0.05 keeps the peak from being
    // squashed flat against the top of the plot.
    let shown = grid.indices.filter { grid[$0] >= 0.05 && logs[$0].isFinite }
    narrator.prose("""
    Here is ℓ on the same grid, for θ from \(grid[shown.first ?? 0], decimals: 2) to \(grid[shown.last ?? 0], decimals: 3) \
    (it falls to −∞ at θ = 0 and θ = 1, where the flips we saw are impossible). Where L \
    was a narrow spike, ℓ is a broad dome: a sum of logs is concave, with one top and \
    no flat stretches to get lost on.
    """)
    let style = narrator.style
    let plot = LinePlot(points: shown.map { (grid[$0], logs[$0]) }, width: min(80, style.width - 18), height: 12,
                        xLabel: "θ", yLabel: "ℓ(θ) = \(heads) ln θ + \(tails) ln(1 − θ)",
                        mark: (grid[logPeak], logs[logPeak]))
    narrator.output(plot.render(style: style))
    narrator.claim("ℓ peaks at the same grid point as L, θ = \(grid[logPeak], decimals: 3)", logPeak == likelihoodPeak)
}

// MARK: - Gradient descent

/// The negative log-likelihood as a loss, and gradient descent on it for a big coin.
func tellDescent(_ narrator: Narrator, _ maths: ReferenceSolution) {
    let (heads, tails) = (8_675_309, 256_245)
    let (start, rate, steps) = (0.5, 1e-9, 100)
    let estimate = maths.maximumLikelihoodEstimate(heads: heads, tails: tails)
    let n = Double(heads + tails)
    narrator.heading("The negative log-likelihood is a loss")
    narrator.prose("""
    Machine learning minimises losses, so flip the sign: the negative log-likelihood

      NLL(θ) = −h · ln θ − t · ln(1 − θ)
      NLL′(θ) = −h/θ + t/(1 − θ)

    is smallest exactly where the likelihood is largest. Most models have no closed \
    form like h/(h + t), and are fitted by walking downhill on this loss: gradient \
    descent repeats θ ← θ − η · NLL′(θ) with a small learning rate η.

    Try it on a coin flipped \(grouped(heads + tails)) times: h = \(grouped(heads)) \
    heads and t = \(grouped(tails)) tails, so θ̂ = \(estimate, decimals: 8). Start at \
    θ = \(start, decimals: 1) with η = \(prose: rate, significant: 1):
    """)
    var theta = start
    var trace = [(step: 0, theta: start)]
    var errors = [abs(start - estimate)]
    for step in 1...steps {
        theta -= rate * maths.negativeLogLikelihoodGradient(theta: theta, heads: heads, tails: tails)
        errors.append(abs(theta - estimate))
        if [1, 2, 3, 10, 20, 40, 60, 80, 100].contains(step) { trace.append((step, theta)) }
    }
    let rows = trace.map { step, theta in
        String(format: "  %4d   %.12f   %15.3f   %.3e", step, theta,
               maths.negativeLogLikelihoodGradient(theta: theta, heads: heads, tails: tails), abs(theta - estimate))
    }
    narrator.output((["  step   θ                        NLL′(θ)   |θ − θ̂|"] + rows).joined(separator: "\n"))
    let promised = 1e-9
    narrator.claim("after \(steps) steps θ = \(theta, decimals: 12) is within \(prose: promised, significant: 1) of θ̂ = \(estimate, decimals: 12)",
                   abs(theta - estimate) < promised)
    let curvature = n / (estimate * (1 - estimate))
    let shrink = 1 - rate * curvature
    let slopeAtStart = maths.negativeLogLikelihoodGradient(theta: start, heads: heads, tails: tails)
    let firstSlope = (slopeAtStart < 0 ? "−" : "") + grouped(Int(abs(slopeAtStart).rounded()))
    narrator.prose("""
    Why such a tiny η? The loss sums over \(grouped(heads + tails)) flips, so its slope \
    is huge: NLL′(\(start, decimals: 1)) = \(firstSlope), and even η = \(prose: rate, significant: 1) \
    turns it into a first step of \(trace[1].theta - start, decimals: 4). Near θ̂ the loss \
    curves with NLL″(θ̂) = h/θ̂² + t/(1 − θ̂)², which is n/(θ̂(1 − θ̂)) with n = h + t: \
    \(prose: curvature, significant: 4). A step multiplies \
    the distance to θ̂ by about 1 − η · NLL″(θ̂) = \(shrink, decimals: 4), so η must \
    stay below 2/NLL″(θ̂) = \(prose: 2 / curvature, significant: 3), or each step \
    overshoots by more than it corrects and the walk flies apart.
    """)
    let lastRatio = errors[steps] / errors[steps - 1]
    narrator.claim("the last step shrank the distance to θ̂ by \(lastRatio, decimals: 4), as 1 − η · NLL″(θ̂) predicts",
                   abs(lastRatio - shrink) < 1e-3)
}

// MARK: - Small and large samples

/// Overfitting with 3 flips, and how the estimate settles as the sample grows.
func tellSampleSize(_ narrator: Narrator, _ maths: ReferenceSolution) {
    let few = 3
    let allHeads = maths.maximumLikelihoodEstimate(heads: few, tails: 0)
    let nextTail = maths.logLikelihood(theta: allHeads, heads: 0, tails: 1)
    narrator.heading("Small samples overfit; large samples converge")
    narrator.prose("""
    Flip \(few) times, see \(few) heads, and maximum likelihood says θ̂ = \(allHeads, decimals: 1). \
    Those flips are indeed most probable if the coin always lands heads, but the \
    estimate now calls a tail impossible: the log-likelihood of one future tail is \
    \(prose: nextTail, decimals: 0). Maximum likelihood has no regularisation. Nothing in it \
    pulls an estimate from \(few) flips towards what we know about coins; a prior, or \
    extra pseudo-flips added to the counts, would.
    """)
    narrator.claim("\(few) heads in \(few) flips give θ̂ = \(allHeads, decimals: 1) and a log-likelihood of \(prose: nextTail, decimals: 0) for a tail",
                   allHeads == 1 && nextTail == -.infinity)
    // θ and the window in tenths, so that |k/n − θ| ≤ window is decided in integers
    // and no k lands on the wrong side of the border by rounding.
    // θ and the sizes are the tutorial's, so the seeded table below fits this one.
    let (truthTenths, windowTenths) = (Int((TutorialStream.flipProbability * 10).rounded()), 1)
    let (truth, window) = (Double(truthTenths) / 10, Double(windowTenths) / 10)
    let sizes = TutorialStream.flipSizes
    let standardErrors = sizes.map { (truth * (1 - truth) / Double($0)).squareRoot() }
    let withinWindow = sizes.map { n in
        (0...n).filter { abs(10 * $0 - truthTenths * n) <= windowTenths * n }
            .reduce(0) { $0 + binomialProbability($1, of: n, truth) }
    }
    let allHeadsChance = sizes.map { pow(truth, Double($0)) }
    narrator.prose("""
    With more data the estimate settles. Flip a coin with θ = \(truth, decimals: 1), n \
    times: θ̂ is the fraction of heads, a random number whose average is exactly \
    \(truth, decimals: 1) and whose spread, the standard error, is √(θ(1 − θ)/n). Here \
    is what that means for each n, computed exactly from the binomial distribution:
    """)
    let rows = sizes.indices.map { index in
        String(format: "  %4d   %.4f           %.6f               %.3g", sizes[index], standardErrors[index],
               withinWindow[index], allHeadsChance[index])
    }
    narrator.output((["     n   standard error   P(|θ̂ − \(truth, decimals: 1)| ≤ \(window, decimals: 1))   P(θ̂ = 1)"] + rows)
        .joined(separator: "\n"))
    narrator.claim("the standard error falls and the chance of landing within \(window, decimals: 1) of the truth rises with every n",
                   zip(standardErrors, standardErrors.dropFirst()).allSatisfy { $0 > $1 }
                       && zip(withinWindow, withinWindow.dropFirst()).allSatisfy { $0 < $1 })
    let largest = sizes[sizes.count - 1]
    let withinOneError = (0...largest).filter { abs(Double($0) / Double(largest) - truth) <= standardErrors[sizes.count - 1] }
        .reduce(0) { $0 + binomialProbability($1, of: largest, truth) }
    narrator.prose("""
    One coin in \(1 / allHeadsChance[0], decimals: 0) overfits completely with 5 \
    flips, coming up all heads; with \(largest) flips the estimate is \
    almost surely within \(window, decimals: 1) of the truth, and with probability \
    \(withinOneError, decimals: 2) within one standard error, \(standardErrors[sizes.count - 1], decimals: 3). \
    This is consistency: as n grows, the maximum likelihood estimate closes in on the \
    true θ.
    """)
    tellSeededSamples(narrator, maths, sizes: sizes, truth: truth, standardErrors: standardErrors)
}

/// One real sample per size: the tutorial's, drawn by the numpy-compatible generator.
private func tellSeededSamples(_ narrator: Narrator, _ maths: ReferenceSolution, sizes: [Int], truth: Double,
                               standardErrors: [Double]) {
    // The tutorial draws its table with θ = 0.7 for these very sizes.
    let samples = TutorialStream().flips
    let heads = samples.map { $0.reduce(0, +) }
    let estimates = sizes.indices.map { maths.maximumLikelihoodEstimate(heads: heads[$0], tails: sizes[$0] - heads[$0]) }
    let errorsInSE = sizes.indices.map { abs(estimates[$0] - truth) / standardErrors[$0] }
    narrator.prose("""
    The table is what samples are scattered around. Here are real ones: the samples \
    the Python tutorial draws, after np.random.seed(42) and its earlier draws, with \
    np.random.binomial(1, \(truth, decimals: 1), n). KataKit's generator reproduces \
    numpy's bit for bit, so these are the very flips you would get in Python.
    """)
    let rows = sizes.indices.map { index in
        String(format: "  %4d  %5d   %.4f   %.4f   %4.2f", sizes[index], heads[index], estimates[index],
               abs(estimates[index] - truth), errorsInSE[index])
    }
    narrator.output((["     n  heads   θ̂        |θ̂ − \(truth, decimals: 1)|  in standard errors"] + rows)
        .joined(separator: "\n"))
    let worst = errorsInSE.max() ?? 0
    narrator.prose("""
    Any one sample wanders: \(heads[0]) heads in \(sizes[0]) gives θ̂ = \(estimates[0], decimals: 2), and a \
    lucky small sample can land closer than a big one. What shrinks with n is how far \
    a sample can wander. Every estimate here is within \(worst, decimals: 2) of its own \
    standard errors from the truth, while a standard error is \
    \(standardErrors[0] / standardErrors[sizes.count - 1], decimals: 0) times smaller at n = \(sizes[sizes.count - 1]) \
    than at n = \(sizes[0]).
    """)
    narrator.claim("every seeded estimate lies within 2 standard errors of θ = \(truth, decimals: 1)", worst <= 2)
}
