import Foundation

/// The knowledge check of kata 10.2.1: what the likelihood is a function of, the
/// estimate for the story's coin, why logs, why descend on the negative
/// log-likelihood, what maximum likelihood makes of a coin that never lands heads, and
/// the log-likelihood of many flips. Every number in it is computed with
/// `ReferenceSolution` when it is asked.
func coinFlipQuiz() -> [Question] {
    let maths = ReferenceSolution()
    let (heads, tails) = maths.countFlips("HHHTHTTHHHHHT")
    let flips = heads + tails
    let estimate = maths.maximumLikelihoodEstimate(heads: heads, tails: tails)
    // ∫ θ^h (1 − θ)^t dθ over 0...1 is h! t! / (h + t + 1)!, the area the story measured.
    let area = exp(lgamma(Double(heads + 1)) + lgamma(Double(tails + 1)) - lgamma(Double(flips + 2)))
    let likelihood = "L(θ) = θ\(superscript(heads))(1 − θ)\(superscript(tails))"
    return [
        .choice("what-the-likelihood-varies", """
            The story wrote the likelihood of its \(flips) flips as \(likelihood). What does maximum \
            likelihood hold fixed, and what does it vary?
            """, [
            .wrong("It holds θ fixed and varies the flips, to find the most probable sequence", """
                That is probability run forwards: a distribution over flips for one θ. The likelihood keeps \
                the flips we saw and asks about every θ.
                """),
            .right("It holds the flips fixed and varies θ, asking how probable these flips were under each", """
                Maximum likelihood runs probability backwards: the data are fixed, and L is read as a \
                function of θ.
                """),
            .wrong("It holds nothing fixed: L(θ) is the probability that the coin's θ has each value", """
                That would be a distribution over θ, with area 1 (a posterior, which needs a prior). The \
                story measured L's area from 0 to 1: 1/\(Int((1 / area).rounded())).
                """),
            .wrong("It holds the order of the flips fixed, since L depends on which came first", """
                The flips are independent, so L is a product of one factor per flip and the order does not \
                matter: only the counts, \(heads) and \(tails), enter it.
                """),
        ], explanation: """
            L(θ) = P(these flips | θ), read as a function of θ with the flips held fixed; θ̂ is where it peaks.
            """),

        .number("estimate-of-the-story-coin", """
            What is the maximum likelihood estimate θ̂ for the story's \(heads) heads and \(tails) tails? \
            Give it to 3 decimals.
            """, answer: estimate, tolerance: 0.0005, explanation: """
            θ̂ = h/(h + t) = \(heads)/\(flips) ≈ \(estimate, decimals: 4), the fraction of heads: the slope of \
            the log-likelihood, h/θ − t/(1 − θ), is zero there, positive to its left and negative to its right.
            """),

        whyLogs(),
        whyTheNegativeLogLikelihood(maths),
        noHeads(maths),
        manyFlips(maths),
    ]
}

/// Why a likelihood is computed as a sum of logs: the product underflows.
private func whyLogs() -> Question {
    let (count, probability) = (1000, 0.1)
    var (product, zeroAfter) = (1.0, 0)
    for factor in 1...count {
        product *= probability
        if product == 0, zeroAfter == 0 { zeroAfter = factor }
    }
    let logSum = Double(count) * log(probability)
    return .choice("why-logs", """
        A likelihood multiplies one probability per observation. Why does the story add their logs instead?
        """, [
        .wrong("Taking logs moves the maximum to where it is easier to find", """
            ln is increasing, so the θ that maximises L also maximises ln L: the peak does not move. That is \
            why taking logs costs nothing.
            """),
        .wrong("The log turns L's broad dome into a narrow spike, easier to locate", """
            It is the other way round: L is the narrow spike, and ℓ = ln L a broad concave dome. Same peak, \
            gentler shape.
            """),
        .right("A product of many small probabilities underflows to 0; a sum of their logs is a modest number", """
            \(count) factors of \(probability, decimals: 1) multiply to exactly 0.0 after \(zeroAfter) of them; \
            the sum of their logs is \(prose: logSum, decimals: 2).
            """),
        .wrong("Logs make the computation exact: a sum of logs has no rounding error", """
            Logs round too. What they solve is range, not exactness: \(probability, decimals: 1)\
            \(superscript(count)) is far below the smallest Double, and \(prose: logSum, decimals: 2) is not.
            """),
    ], explanation: """
        The log of a product is the sum of the logs, so ℓ(θ) = h · ln θ + t · ln(1 − θ) stays finite for millions \
        of flips, and it peaks where L does because ln is increasing.
        """)
}

/// Why gradient descent walks on the negative log-likelihood and not on L.
private func whyTheNegativeLogLikelihood(_ maths: ReferenceSolution) -> Question {
    let (heads, tails) = (8_675_309, 256_245)
    let estimate = maths.maximumLikelihoodEstimate(heads: heads, tails: tails)
    let peak = maths.likelihood(theta: estimate, heads: heads, tails: tails)
    let curvature = Double(heads + tails) / (estimate * (1 - estimate))
    return .choice("why-descend-the-nll", """
        For the story's coin flipped \(grouped(heads + tails)) times, gradient descent walked downhill on the \
        negative log-likelihood, −ln L, rather than uphill on the likelihood L. Why?
        """, [
        .wrong("The negative log-likelihood has its minimum at a better θ than L's maximum", """
            −ln L is smallest exactly where L is largest: it is the same θ̂. The minus only turns the peak \
            into a valley, for a method that walks downhill.
            """),
        .right("It is smallest where L is largest, and it and its slope stay finite where L underflows", """
            For these flips L(θ̂) is \(peak) in Double, a flat zero with no slope to follow, while \
            NLL′(θ) = −h/θ + t/(1 − θ) is an ordinary number.
            """),
        .wrong("Walking downhill on L itself would reach θ̂ just as well", """
            Downhill on L runs away from the peak, towards θ = 0 or 1, where L is 0: those are its minima. \
            And here L(θ̂) underflows to \(peak) anyway.
            """),
        .wrong("The negative log-likelihood needs no learning rate, since its slope is exact", """
            It needs one, and a small one: a step multiplies the distance to θ̂ by about 1 − η · NLL″(θ̂), so \
            η had to stay below 2/NLL″(θ̂) = \(prose: 2 / curvature, significant: 3).
            """),
    ], explanation: """
        Machine learning minimises losses, so the sign is flipped: NLL(θ) = −h · ln θ − t · ln(1 − θ) has its \
        minimum at θ̂ = h/(h + t), and gradient descent repeats θ ← θ − η · NLL′(θ).
        """)
}

/// What maximum likelihood makes of a few flips that are all tails: overfitting.
private func noHeads(_ maths: ReferenceSolution) -> Question {
    let tails = 3
    let estimate = maths.maximumLikelihoodEstimate(heads: 0, tails: tails)
    let headNext = maths.logLikelihood(theta: estimate, heads: 1, tails: 0)
    let pseudoFlips = maths.maximumLikelihoodEstimate(heads: 0 + 1, tails: tails + 1)
    let impossible = "its log-likelihood is \(prose: headNext, decimals: 0)"
    return .choice("no-heads", """
        A coin is flipped \(tails) times and lands tails every time. What is the maximum likelihood estimate θ̂, \
        and what does it say about a head on the next flip?
        """, [
        .wrong("θ̂ stays at one half, a fair coin, until a head has been seen", """
            That is a prior speaking. Maximum likelihood has none: nothing in it pulls an estimate from \
            \(tails) flips towards what we know about coins.
            """),
        .wrong("θ̂ cannot be computed: with no heads the fraction is undefined", """
            Only 0/0 is undefined; 0/\(tails) is \(estimate, decimals: 0). A count of 0 adds nothing to ℓ \
            (0 · ln 0 counts as 0), so ℓ(0) = \(tails) · ln 1 = 0, the largest a log-likelihood can be.
            """),
        .right("θ̂ = \(estimate, decimals: 0), and a head next is impossible: \(impossible)", """
            θ̂ = h/(h + t) = 0/\(tails) = \(estimate, decimals: 0), and under θ = 0 a head has probability 0.
            """),
        .wrong("θ̂ = \(pseudoFlips, decimals: 1), counting one extra head and one extra tail", """
            Adding pseudo-flips to the counts, (h + 1)/(n + 2), is a remedy for overfitting, as a prior would \
            be. Maximum likelihood itself has no regularisation: it gives the fraction of heads.
            """),
    ], explanation: """
        With \(tails) flips maximum likelihood overfits: all tails are indeed most probable if the coin never \
        lands heads, so θ̂ = \(estimate, decimals: 0) calls a head impossible. With more data the estimate \
        settles (consistency).
        """)
}

/// The log-likelihood of many flips, against the mistakes that compute it wrongly.
private func manyFlips(_ maths: ReferenceSolution) -> Question {
    let (heads, tails) = (900, 400)
    let estimate = maths.maximumLikelihoodEstimate(heads: heads, tails: tails)
    let ell = maths.logLikelihood(theta: estimate, heads: heads, tails: tails)
    let product = log(maths.likelihood(theta: estimate, heads: heads, tails: tails))
    let logChoose = lgamma(Double(heads + tails + 1)) - lgamma(Double(heads + 1)) - lgamma(Double(tails + 1))
    let printed = { (value: Double) in "ℓ(θ̂) = " + String(format: "%.2f", value) }
    return .printed("log-likelihood-of-many-flips", """
        What does this step print, for many more flips of a coin like the story's?
        """, wrong: [
        .wrong(printed(product), """
            The log of the product: θ^h (1 − θ)^t underflows to 0 for this many flips, and ln 0 = −∞. \
            `logLikelihood` adds the logs instead.
            """),
        .wrong(printed(ell / M_LN10), "Logs base 10: `log` in Swift, like ln in the story, is the natural log."),
        .wrong(printed(logChoose + ell), """
            The log of the binomial probability of \(heads) heads in any order, ln C(n, h) added. The \
            likelihood is of the one sequence seen, with no C(n, h).
            """),
    ], explanation: """
        ℓ(θ̂) = h · ln θ̂ + t · ln(1 − θ̂) with θ̂ = \(heads)/\(heads + tails): a sum of \(heads + tails) modest \
        logs, finite though the likelihood itself is far below the smallest Double.
        """) { show in
        let maths = ReferenceSolution()
        let (heads, tails) = (900, 400)
        let theta = maths.maximumLikelihoodEstimate(heads: heads, tails: tails)
        let ell = maths.logLikelihood(theta: theta, heads: heads, tails: tails)
        show("ℓ(θ̂) =", String(format: "%.2f", ell))
    }
}
