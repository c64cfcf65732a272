import Foundation

/// Tells the story of kata 10.2.1, computing every number it shows with
/// `ReferenceSolution` (never with the learner's code, which may not be written yet).
func tellCoinFlipStory(_ narrator: Narrator) {
    let maths = ReferenceSolution()
    let flips = "HHHTHTTHHHHHT"
    let (heads, tails) = maths.countFlips(flips)
    tellPrinciple(narrator, maths, flips: flips)
    tellGrid(narrator, maths, heads: heads, tails: tails)
    tellDerivative(narrator, maths, heads: heads, tails: tails)
    tellSecondCoin(narrator, maths)
    tellUnderflow(narrator, maths, heads: heads, tails: tails)
    tellDescent(narrator, maths)
    tellSampleSize(narrator, maths)
    narrator.heading("Your turn")
    narrator.prose("""
    Open katas/10.2.1-coin-flip/Solution.swift. It holds six functions, in the order of \
    this story: countFlips, likelihood, logLikelihood, maximumLikelihoodEstimate, \
    negativeLogLikelihoodGradient and gradientDescent. The comment above each says \
    exactly what to return. Replace each todo() with your code, then grade your work:

      swift run kata check 10.2.1

    It grades the functions in order and, when one is wrong, names the mistake it most \
    likely is.
    """)
}

// MARK: - The principle

private func tellPrinciple(_ narrator: Narrator, _ maths: ReferenceSolution, flips: String) {
    let (heads, tails) = maths.countFlips(flips)
    narrator.heading("Which θ makes the data least surprising?")
    narrator.prose("""
    A coin lands heads with some probability θ that nobody has told us. We flip it \
    \(flips.count) times and write down what we see:

      \(flips)

    That is \(heads) heads and \(tails) tails. What should we believe θ is?

    Probability usually runs forwards: given θ, how likely are these flips? Maximum \
    likelihood runs it backwards. Hold the flips fixed, and for every θ we might \
    believe, ask how probable exactly these flips would have been. Then pick the θ \
    under which they were most probable: the θ that makes our data least surprising.
    """)
    narrator.prose("""
    The flips are independent, so the probability of the whole sequence is the product \
    of one factor per flip: θ for each head and 1 − θ for each tail. The order does not \
    matter, only the counts:

      L(θ) = θ\(superscript(heads))(1 − θ)\(superscript(tails))

    Read as a function of θ with the data held fixed, this is the likelihood. It is not \
    a probability distribution over θ: its area from 0 to 1 is not 1.
    """)
    let (grid, values) = likelihoodGrid(maths, heads: heads, tails: tails)
    let step = grid[1] - grid[0]
    let area = zip(values, values.dropFirst()).reduce(0) { $0 + ($1.0 + $1.1) / 2 * step }
    // ∫ θ^h (1 − θ)^t dθ over 0...1 is the Beta function B(h + 1, t + 1) = h! t! / (h + t + 1)!.
    let beta = exp(lgamma(Double(heads + 1)) + lgamma(Double(tails + 1)) - lgamma(Double(heads + tails + 2)))
    let reciprocal = (1 / beta).rounded()
    narrator.output("area under L from 0 to 1 (trapezoids of width \(step, significant: 1)): \(area, significant: 6)")
    narrator.claim("the area is \(heads)!·\(tails)!/\(heads + tails + 1)! = 1/\(Int(reciprocal)), nowhere near 1",
                   abs(area - beta) < 1e-6 * beta && abs(1 / beta - reciprocal) < 1e-6 && area < 0.01)
}

// MARK: - The likelihood on a grid

private func tellGrid(_ narrator: Narrator, _ maths: ReferenceSolution, heads: Int, tails: Int) {
    let (grid, values) = likelihoodGrid(maths, heads: heads, tails: tails)
    let step = grid[1] - grid[0]
    let peak = values.indices.max { values[$0] < values[$1] } ?? 0
    let exact = maths.maximumLikelihoodEstimate(heads: heads, tails: tails)
    narrator.heading("The likelihood on a grid")
    narrator.prose("""
    Compute L(θ) at the \(grid.count) points θ = 0, \(grid[1], significant: 3), \(grid[2], significant: 3), …, 1 and keep \
    the largest. It is L(\(grid[peak], decimals: 3)) = \(values[peak], significant: 5): \
    a small number, as the probability of one particular sequence of \(heads + tails) \
    flips must be. Its size does not matter; where it peaks does.
    """)
    let style = narrator.style
    let plot = LinePlot(points: Array(zip(grid, values)), width: min(80, style.width - 18), height: 14,
                        xLabel: "θ", yLabel: "L(θ) = θ\(superscript(heads))(1 − θ)\(superscript(tails))",
                        mark: (grid[peak], values[peak]))
    narrator.output(plot.render(style: style))
    narrator.prose("""
    The grid's best point sits next to \(heads)/\(heads + tails) = \(exact, decimals: 6), \
    the fraction of heads.
    """)
    narrator.claim("the grid's peak θ = \(grid[peak], decimals: 3) is within half a grid step of \(heads)/\(heads + tails)",
                   abs(grid[peak] - exact) <= step / 2)
}

// MARK: - Where the slope is zero

private func tellDerivative(_ narrator: Narrator, _ maths: ReferenceSolution, heads: Int, tails: Int) {
    let (h, t, n) = (heads, tails, heads + tails)
    let exact = maths.maximumLikelihoodEstimate(heads: h, tails: t)
    func slope(_ theta: Double) -> Double {
        pow(theta, Double(h - 1)) * pow(1 - theta, Double(t - 1)) * (Double(h) - Double(n) * theta)
    }
    narrator.heading("Where the slope is zero")
    narrator.prose("""
    The grid only narrows the peak down to a step. Calculus finds it exactly. By the \
    product rule,

      L′(θ) = \(h)θ\(superscript(h - 1))(1 − θ)\(superscript(t)) − \(t)θ\(superscript(h))(1 − θ)\(superscript(t - 1))
            = θ\(superscript(h - 1))(1 − θ)\(superscript(t - 1)) · (\(h)(1 − θ) − \(t)θ)
            = θ\(superscript(h - 1))(1 − θ)\(superscript(t - 1)) · (\(h) − \(n)θ)

    The slope is zero where a factor is zero: at θ = 0, at θ = 1, and at θ = \(h)/\(n).
    """)
    let interior = Array(likelihoodGrid(maths, heads: h, tails: t).theta.dropFirst().dropLast())
    let worst = interior.map { theta in
        let difference = (maths.likelihood(theta: theta + 1e-6, heads: h, tails: t)
            - maths.likelihood(theta: theta - 1e-6, heads: h, tails: t)) / 2e-6
        return abs(difference - slope(theta))
    }.max() ?? .infinity
    let largest = interior.map { abs(slope($0)) }.max() ?? 0
    narrator.claim("the factored L′ agrees with L's slope measured numerically at all \(interior.count) interior grid points",
                   worst < 1e-6 * largest)
    narrator.claim("L′(0) = \(prose: slope(0), significant: 3), L′(1) = \(prose: slope(1), significant: 3), and L′(\(h)/\(n)) = \(prose: slope(exact), significant: 3)",
                   slope(0) == 0 && slope(1) == 0 && abs(slope(exact)) < 1e-15)
    narrator.prose("""
    Three zeros, but only one peak. Left of \(h)/\(n) the last factor \(h) − \(n)θ is \
    positive and so is the slope: L rises. Right of it the factor is negative and L \
    falls. A function that rises and then falls has its maximum where it turns. At θ = 0 \
    and θ = 1 the likelihood is 0, the smallest a probability can be: those zeros of the \
    slope are minima.
    """)
    narrator.claim("L′ > 0 at every grid point strictly between 0 and \(h)/\(n), and L′ < 0 between \(h)/\(n) and 1",
                   interior.allSatisfy { $0 < exact ? slope($0) > 0 : slope($0) < 0 })
    narrator.prose("""
    The same algebra works for any counts h and t: the slope of the log of the \
    likelihood, h/θ − t/(1 − θ), is zero where h(1 − θ) = tθ, that is at

      θ̂ = h / (h + t)

    the fraction of heads. This is the maximum likelihood estimate; for our coin \
    θ̂ = \(exact, decimals: 4).
    """)
}

// MARK: - A second coin

private func tellSecondCoin(_ narrator: Narrator, _ maths: ReferenceSolution) {
    let (heads, tails) = (7, 3)
    let candidates = [0.5, 0.7, 0.9]
    let values = candidates.map { maths.likelihood(theta: $0, heads: heads, tails: tails) }
    narrator.heading("A second coin: \(heads) heads in \(heads + tails)")
    narrator.prose("""
    Another coin gives \(heads) heads in \(heads + tails) flips. Three people hold three \
    beliefs about it: θ = \(candidates[0], decimals: 1) (a fair coin), \(candidates[1], decimals: 1) \
    and \(candidates[2], decimals: 1). Score each belief by the likelihood it gives these \
    flips, θ\(superscript(heads))(1 − θ)\(superscript(tails)):
    """)
    let rows = zip(candidates, values).map { theta, value in
        "  " + String(format: "%-6.1f", theta) + String(format: "%.6e", value)
            + String(format: "   %5.2f × the fair coin's", value / values[0])
    }
    narrator.output((["  θ     L(θ)"] + rows).joined(separator: "\n"))
    let best = candidates[values.indices.max { values[$0] < values[$1] } ?? 0]
    let estimate = maths.maximumLikelihoodEstimate(heads: heads, tails: tails)
    narrator.prose("""
    The flips are most probable under θ = \(best, decimals: 1), the fraction of heads; \
    \(candidates[2], decimals: 1) expects more heads than we saw and the fair coin fewer.
    """)
    narrator.claim("of the three, θ = \(best, decimals: 1) scores best, and it is the estimate \(heads)/\(heads + tails) = \(estimate, decimals: 1)",
                   best == estimate)
}
