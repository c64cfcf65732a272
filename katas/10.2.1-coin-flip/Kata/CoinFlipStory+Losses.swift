import Foundation

// The second part of the story: logs, and the loss and its descent.

// MARK: - Why logs

/// Why products of probabilities underflow and sums of their logs do not.
func tellUnderflow(_ narrator: Narrator, _ maths: ReferenceSolution, heads: Int, tails: Int) {
    narrator.heading("Products underflow; sums of logs do not")
    narrator.prose("""
    A likelihood multiplies one probability per observation, and real data have many \
    observations. Take many observations that each had a small probability, and \
    multiply, one factor at a time:
    """)
    let (count, probability, product) = narrator.step { show in
        let (count, probability) = (1000, 0.1)
        var products: [Double] = []
        var product = 1.0
        for _ in 1...count {
            product *= probability
            products.append(product)
        }
        let tiny = products.firstIndex { $0 < Double.leastNormalMagnitude } ?? 0
        let zero = products.firstIndex { $0 == 0 } ?? 0
        show("below the smallest normal Double after", tiny + 1, "factors")
        show("exactly 0.0 after", zero + 1, "factors")
        show("product of all", count, "factors:", product)
        return (count, probability, product)
    }
    narrator.claim("the product of \(count) factors of \(probability, decimals: 1) is exactly \(product) in Double", product == 0)
    let power = "10" + superscript(Int((Double(count) * log10(probability)).rounded()))
    narrator.prose("""
    The true product is \(probability, decimals: 1)\(superscript(count)) = \(power), far below \
    anything a Double can hold, so every likelihood comparison made with it is 0 \
    against 0. The log of a product is the sum of the logs, and a sum of \(count) modest \
    numbers is a modest number:
    """)
    let logSum = narrator.step { show in
        let logSum = (1...count).reduce(0.0) { sum, _ in sum + log(probability) }
        show("sum of the \(count) logs:", "\(logSum, decimals: 2)")
        return logSum
    }
    narrator.claim("the sum of the logs is \(count) · ln \(probability, decimals: 1) = \(prose: Double(count) * log(probability), decimals: 2)",
                   abs(logSum - Double(count) * log(probability)) < 1e-9 * abs(logSum))
    narrator.prose("""
    Taking logs costs nothing: ln is increasing, so the θ that maximises L also \
    maximises ln L. And the log turns the product into a sum, whose derivative is the \
    sum of simple terms. This is `maths.logLikelihood`:

      ℓ(θ) = ln L(θ) = h · ln θ + t · ln(1 − θ)
      ℓ′(θ) = h/θ − t/(1 − θ)
    """)
    tellLogLikelihoodCurve(narrator, maths, heads: heads, tails: tails)
}

/// The log-likelihood drawn on the grid the likelihood was drawn on: same peak, new shape.
private func tellLogLikelihoodCurve(_ narrator: Narrator, _ maths: ReferenceSolution, heads: Int, tails: Int) {
    narrator.prose("""
    Here is ℓ on the grid we drew L on, leaving out the ends: ℓ falls to −∞ at θ = 0 \
    and θ = 1, where the flips we saw are impossible, and its steep walls near them \
    would squash the peak flat against the top of the plot.
    """)
    let (grid, logs, top) = narrator.step { show in
        let grid = (50...999).map { Double($0) / 1000 }
        let logs = grid.map {
            maths.logLikelihood(theta: $0, heads: heads, tails: tails)
        }
        let top = logs.indices.max { logs[$0] < logs[$1] } ?? 0
        show("θ from", grid[0], "to", grid[grid.count - 1])
        show("largest: ℓ(\(grid[top])) =", "\(logs[top], decimals: 4)")
        let label = "ℓ(θ) = \(heads) ln θ + \(tails) ln(1 − θ)"
        show(LinePlot(points: Array(zip(grid, logs)), width: 62, height: 12,
                      xLabel: "θ", yLabel: label, mark: (grid[top], logs[top])))
        return (grid, logs, top)
    }
    narrator.prose("""
    Where L was a narrow spike, ℓ is a broad dome: a sum of logs is concave, with one \
    top and no flat stretches to get lost on.
    """)
    let (likelihoodGridPoints, likelihoods) = likelihoodGrid(maths, heads: heads, tails: tails)
    let likelihoodPeak = likelihoodGridPoints[likelihoods.indices.max { likelihoods[$0] < likelihoods[$1] } ?? 0]
    narrator.claim("ℓ peaks at the same grid point as L, θ = \(grid[top], decimals: 3)", grid[top] == likelihoodPeak)
    let estimate = maths.maximumLikelihoodEstimate(heads: heads, tails: tails)
    let direct = log(maths.likelihood(theta: estimate, heads: heads, tails: tails))
    let atEstimate = maths.logLikelihood(theta: estimate, heads: heads, tails: tails)
    narrator.claim("for our \(heads) heads and \(tails) tails, ℓ(θ̂) = \(prose: atEstimate, decimals: 4) is ln L(θ̂), and no grid point beats it",
                   abs(direct - atEstimate) < 1e-12 && logs.allSatisfy { $0 <= atEstimate })
}

// MARK: - Gradient descent

/// The negative log-likelihood as a loss, and gradient descent on it for a big coin.
func tellDescent(_ narrator: Narrator, _ maths: ReferenceSolution) {
    narrator.heading("The negative log-likelihood is a loss")
    narrator.prose("""
    Machine learning minimises losses, so flip the sign: the *negative log-likelihood*

      NLL(θ) = −h · ln θ − t · ln(1 − θ)
      NLL′(θ) = −h/θ + t/(1 − θ)

    is smallest exactly where the likelihood is largest. Most models have no closed \
    form like h/(h + t), and are fitted by walking downhill on this loss: *gradient \
    descent* repeats θ ← θ − η · NLL′(θ) with a small learning rate η.

    Try it on a coin flipped millions of times, whose answer we know in closed form:
    """)
    let (heads, tails, exact) = narrator.step { show in
        let (heads, tails) = (8_675_309, 256_245)
        let exact = maths.maximumLikelihoodEstimate(heads: heads, tails: tails)
        show("flips:", heads + tails, " θ̂ = h/(h + t) =", "\(exact, decimals: 8)")
        return (heads, tails, exact)
    }
    narrator.prose("""
    That is h = \(grouped(heads)) heads and t = \(grouped(tails)) tails. Now walk: \
    `maths.negativeLogLikelihoodGradient` is NLL′, and the loop keeps every θ it visits \
    so that we can look back at the path.
    """)
    let (rate, path) = narrator.step { show in
        let (start, rate, steps) = (0.5, 1e-9, 100)
        var path = [start]
        for _ in 1...steps {
            let theta = path[path.count - 1]
            let slope = maths.negativeLogLikelihoodGradient(
                theta: theta, heads: heads, tails: tails)
            path.append(theta - rate * slope)
        }
        show("step   θ                       NLL′(θ)   |θ − θ̂|")
        for step in [0, 1, 2, 3, 10, 20, 40, 60, 80, 100] {
            let slope = maths.negativeLogLikelihoodGradient(
                theta: path[step], heads: heads, tails: tails)
            show(String(format: "%4d   %.12f   %15.3f   %.3e",
                        step, path[step], slope, abs(path[step] - exact)))
        }
        return (rate, path)
    }
    let (start, theta, steps) = (path[0], path[path.count - 1], path.count - 1)
    let promised = 1e-9
    narrator.claim("after \(steps) steps θ = \(theta, decimals: 12) is within \(prose: promised, significant: 1) of θ̂ = \(exact, decimals: 12)",
                   abs(theta - exact) < promised)
    narrator.claim("the walk ends where maths.gradientDescent ends for the same start, rate and steps",
                   theta == maths.gradientDescent(heads: heads, tails: tails, start: start, learningRate: rate, steps: steps))
    let slopeAtStart = maths.negativeLogLikelihoodGradient(theta: start, heads: heads, tails: tails)
    let firstSlope = (slopeAtStart < 0 ? "−" : "") + grouped(Int(abs(slopeAtStart).rounded()))
    narrator.prose("""
    Why such a tiny η? The loss sums over \(grouped(heads + tails)) flips, so its slope \
    is huge: NLL′(\(start, decimals: 1)) = \(firstSlope), and even η = \(prose: rate, significant: 1) \
    turns it into a first step of \(path[1] - start, decimals: 4). Near θ̂ the loss \
    curves with NLL″(θ̂) = h/θ̂² + t/(1 − θ̂)², which is n/(θ̂(1 − θ̂)) with n = h + t. \
    A step multiplies the distance to θ̂ by about 1 − η · NLL″(θ̂), so η must stay \
    below 2/NLL″(θ̂), or each step overshoots by more than it corrects and the walk \
    flies apart:
    """)
    let shrink = narrator.step { show in
        let n = Double(heads + tails)
        let curvature = n / (exact * (1 - exact))
        let shrink = 1 - rate * curvature
        show("NLL″(θ̂) =", "\(curvature, significant: 4)")
        show("1 − η · NLL″(θ̂) =", "\(shrink, decimals: 4)")
        show("largest safe η: 2/NLL″(θ̂) =", "\(2 / curvature, significant: 3)")
        return shrink
    }
    let lastRatio = abs(path[steps] - exact) / abs(path[steps - 1] - exact)
    narrator.claim("the last step shrank the distance to θ̂ by \(lastRatio, decimals: 4), as 1 − η · NLL″(θ̂) predicts",
                   abs(lastRatio - shrink) < 1e-3)
}
