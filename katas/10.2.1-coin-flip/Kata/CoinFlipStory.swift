import Foundation

/// Tells the story of kata 10.2.1, computing every number it shows with
/// `ReferenceSolution` (never with the learner's code, which may not be written yet).
func tellCoinFlipStory(_ narrator: Narrator) {
    let maths = ReferenceSolution()
    let (heads, tails) = tellPrinciple(narrator, maths)
    tellGrid(narrator, maths, heads: heads, tails: tails)
    tellDerivative(narrator, maths, heads: heads, tails: tails)
    tellSecondCoin(narrator, maths)
    tellUnderflow(narrator, maths, heads: heads, tails: tails)
    tellDescent(narrator, maths)
    tellSampleSize(narrator, maths)
    narrator.heading("Your turn")
    narrator.prose("""
    Open katas/10.2.1-coin-flip/Solution.swift. It holds six functions, in the order of \
    this story: `countFlips`, `likelihood`, `logLikelihood`, `maximumLikelihoodEstimate`, \
    `negativeLogLikelihoodGradient` and `gradientDescent`. The comment above each says \
    exactly what to return. Replace each `todo()` with your code, then grade your work:

      swift run kata check 10.2.1

    It grades the functions in order and, when one is wrong, names the mistake it most \
    likely is.
    """)
}

// MARK: - The principle

/// The principle, the flips and their counts, and the likelihood's area.
/// - Returns: The counts of the story's flips.
private func tellPrinciple(_ narrator: Narrator, _ maths: ReferenceSolution) -> (heads: Int, tails: Int) {
    narrator.heading("Which θ makes the data least surprising?")
    narrator.prose("""
    A coin lands heads with some probability θ that nobody has told us. We flip it a \
    few times, write down what we see, and count. Every computation in this story is \
    shown as Swift code, then run. In it, `maths` is the workbook's own answer to the \
    exercises you are about to write: `maths.countFlips` is the first of them.
    """)
    let (flips, heads, tails) = narrator.step { show in
        let flips = "HHHTHTTHHHHHT"
        let (heads, tails) = maths.countFlips(flips)
        show(flips, "→", heads, "heads and", tails, "tails")
        return (flips, heads, tails)
    }
    narrator.prose("""
    That is \(heads) heads and \(tails) tails in \(flips.count) flips. What should we \
    believe θ is?

    Probability usually runs forwards: given θ, how likely are these flips? Maximum \
    likelihood runs it backwards. Hold the flips fixed, and for every θ we might \
    believe, ask how probable exactly these flips would have been. Then pick the θ \
    under which they were most probable: the θ that makes our data *least surprising*.
    """)
    narrator.prose("""
    The flips are independent, so the probability of the whole sequence is the product \
    of one factor per flip: θ for each head and 1 − θ for each tail. The order does not \
    matter, only the counts:

      L(θ) = θ\(superscript(heads))(1 − θ)\(superscript(tails))

    Read as a function of θ with the data held fixed, this is the *likelihood*, \
    `maths.likelihood`. It is not a probability distribution over θ: its area from 0 \
    to 1 is not 1. Measure it, adding up thin strips of height L at each strip's middle:
    """)
    let (strips, area) = narrator.step { show in
        let strips = 1000
        let middles = (0..<strips).map { (Double($0) + 0.5) / Double(strips) }
        let area = middles.reduce(0.0) { sum, theta in
            let height = maths.likelihood(theta: theta, heads: heads, tails: tails)
            return sum + height / Double(strips)
        }
        show("area under L from 0 to 1, in", strips, "strips:",
             "\(area, significant: 6)")
        return (strips, area)
    }
    // ∫ θ^h (1 − θ)^t dθ over 0...1 is the Beta function B(h + 1, t + 1) = h! t! / (h + t + 1)!.
    let beta = exp(lgamma(Double(heads + 1)) + lgamma(Double(tails + 1)) - lgamma(Double(heads + tails + 2)))
    let reciprocal = (1 / beta).rounded()
    let digits = 6
    let tolerance = pow(10, -Double(digits))
    narrator.claim("""
        the area is \(heads)!·\(tails)!/\(heads + tails + 1)! = 1/\(Int(reciprocal)), nowhere near 1 \
        (the \(strips) strips agree to \(digits) digits)
        """,
        abs(area - beta) < tolerance * beta && abs(1 / beta - reciprocal) < tolerance && area < 0.01)
    return (heads, tails)
}

// MARK: - The likelihood on a grid

private func tellGrid(_ narrator: Narrator, _ maths: ReferenceSolution, heads: Int, tails: Int) {
    narrator.heading("The likelihood on a grid")
    narrator.prose("""
    The bluntest way to find the peak: compute L(θ) on a fine grid of θ from 0 to 1 \
    and keep the largest.
    """)
    let (grid, values, peak) = narrator.step { show in
        let grid = (0...1000).map { Double($0) / 1000 }
        let values = grid.map {
            maths.likelihood(theta: $0, heads: heads, tails: tails)
        }
        let peak = values.indices.max { values[$0] < values[$1] } ?? 0
        show("points:", grid.count, "largest: L(\(grid[peak])) =", values[peak])
        let label = "L(θ) = θ\(superscript(heads))(1 − θ)\(superscript(tails))"
        show(LinePlot(points: Array(zip(grid, values)), width: 62, height: 14,
                      xLabel: "θ", yLabel: label, mark: (grid[peak], values[peak])))
        return (grid, values, peak)
    }
    let exact = maths.maximumLikelihoodEstimate(heads: heads, tails: tails)
    let step = grid[1] - grid[0]
    narrator.prose("""
    The largest value, L(\(grid[peak], decimals: 3)) = \(values[peak], significant: 5), is \
    a small number, as the probability of one particular sequence of \(heads + tails) \
    flips must be. Its size does not matter; where it peaks does. The grid's best point \
    sits next to \(heads)/\(heads + tails) = \(exact, decimals: 6), the fraction of heads.
    """)
    narrator.claim("the grid's peak θ = \(grid[peak], decimals: 3) is within half a grid step of \(heads)/\(heads + tails)",
                   abs(grid[peak] - exact) <= step / 2)
}

// MARK: - Where the slope is zero

private func tellDerivative(_ narrator: Narrator, _ maths: ReferenceSolution, heads: Int, tails: Int) {
    let (h, t, n) = (heads, tails, heads + tails)
    narrator.heading("Where the slope is zero")
    narrator.prose("""
    The grid only narrows the peak down to a step. Calculus finds it exactly. By the \
    product rule,

      L′(θ) = \(h)θ\(superscript(h - 1))(1 − θ)\(superscript(t)) − \(t)θ\(superscript(h))(1 − θ)\(superscript(t - 1))
            = θ\(superscript(h - 1))(1 − θ)\(superscript(t - 1)) · (\(h)(1 − θ) − \(t)θ)
            = θ\(superscript(h - 1))(1 − θ)\(superscript(t - 1)) · (\(h) − \(n)θ)

    The slope is zero where a factor is zero: at θ = 0, at θ = 1, and at θ = \(h)/\(n). \
    Here is the factored slope, evaluated at those three points and between them:
    """)
    let slope = narrator.step { show in
        let n = heads + tails
        let slope = { (theta: Double) -> Double in
            pow(theta, Double(heads - 1)) * pow(1 - theta, Double(tails - 1))
                * (Double(heads) - Double(n) * theta)
        }
        for theta in [0, 0.3, 0.6, Double(heads) / Double(n), 0.8, 1] {
            let value = slope(theta)
            show("L′(\(theta, decimals: 4)) =", "\(prose: value, significant: 3)")
        }
        return slope
    }
    let exact = Double(h) / Double(n)
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

    the fraction of heads. This is the *maximum likelihood estimate*, \
    `maths.maximumLikelihoodEstimate`. For our coin:
    """)
    let estimate = narrator.step { show in
        let estimate = maths.maximumLikelihoodEstimate(heads: heads, tails: tails)
        show("θ̂ =", "\(estimate, decimals: 4)")
        return estimate
    }
    narrator.claim("θ̂ = \(estimate, decimals: 4) is the zero \(h)/\(n) of the slope", estimate == exact)
}
