import Foundation
import MLETutorialData

// The last part of the story: small samples overfit, large samples converge.

// MARK: - Small and large samples

/// How many flips the largest sample has: a parameter a reader may change (the
/// tutorial's sizes are 5, 10, 30, 100 and 500).
let largestSample = StoryParameter.int("largest_n", 200...20_000, default: TutorialStream.flipSizes.last ?? 500,
                                       "how many flips the largest sample of the table holds")

/// Overfitting with a few flips, and how the estimate settles as the sample grows.
func tellSampleSize(_ narrator: Narrator, _ maths: ReferenceSolution) {
    narrator.heading("Small samples overfit; large samples converge")
    narrator.prose("""
    Flip a coin only a few times and see nothing but heads. What does maximum \
    likelihood make of that, and what does it then say about one more flip, a tail?
    """)
    let (few, allHeads, nextTail) = narrator.step { show in
        let few = 3
        let estimate = maths.maximumLikelihoodEstimate(heads: few, tails: 0)
        let nextTail = maths.logLikelihood(theta: estimate, heads: 0, tails: 1)
        show("θ̂ =", estimate, " log-likelihood of a tail next:", nextTail)
        return (few, estimate, nextTail)
    }
    narrator.prose("""
    \(few) heads in \(few) flips are indeed most probable if the coin always lands \
    heads, but the estimate θ̂ = \(allHeads, decimals: 1) now calls a tail impossible. \
    Maximum likelihood has no regularisation. Nothing in it pulls an estimate from \
    \(few) flips towards what we know about coins; a prior, or extra pseudo-flips added \
    to the counts, would.
    """)
    narrator.claim("\(few) heads in \(few) flips give θ̂ = \(allHeads, decimals: 1) and a log-likelihood of \(prose: nextTail, decimals: 0) for a tail",
                   allHeads == 1 && nextTail == -.infinity)
    let truth = TutorialStream.flipProbability
    narrator.prose("""
    With more data the estimate settles. Flip a coin with θ = \(truth, decimals: 1), n \
    times: θ̂ is the fraction of heads, a random number whose average is exactly \
    \(truth, decimals: 1) and whose spread, the standard error, is √(θ(1 − θ)/n). Here \
    is what that means for each n, computed exactly from the binomial distribution. \
    `chance(within:of:flips:)` adds up the binomial probabilities of every count of \
    heads k with |k/n − θ| inside the window (borders included):
    """)
    let sizes = TutorialStream.flipSizes.dropLast() + [narrator.integer(largestSample)]
    let (window, table) = narrator.step { show in
        let truth = TutorialStream.flipProbability
        let window = 0.1
        show("   n   standard error   P(|θ̂ − \(truth)| ≤ \(window))   P(θ̂ = 1)")
        let table = sizes.map { n in
            let standardError = (truth * (1 - truth) / Double(n)).squareRoot()
            let near = chance(within: window, of: truth, flips: n)
            let allHeads = pow(truth, Double(n))
            show(String(format: "%4d   %.4f           %.6f               %.3g",
                        n, standardError, near, allHeads))
            return (n: n, standardError: standardError,
                    near: near, allHeads: allHeads)
        }
        return (window, table)
    }
    narrator.claim("the standard error falls and the chance of landing within \(window, decimals: 1) of the truth rises with every n",
                   zip(table, table.dropFirst()).allSatisfy { $0.standardError > $1.standardError && $0.near < $1.near })
    let (smallest, largest) = (table[0], table[table.count - 1])
    let withinOneError = chance(within: largest.standardError, of: truth, flips: largest.n)
    narrator.prose("""
    One coin in \(1 / smallest.allHeads, decimals: 0) overfits completely with \
    \(smallest.n) flips, coming up all heads; with \(largest.n) flips the estimate is \
    almost surely within \(window, decimals: 1) of the truth, and with probability \
    \(withinOneError, decimals: 2) within one standard error, \(largest.standardError, decimals: 3). \
    This is *consistency*: as n grows, the maximum likelihood estimate closes in on the \
    true θ.
    """)
    tellSeededSamples(narrator, maths, truth: truth, sizes: Array(sizes), standardErrors: table.map(\.standardError))
}

/// One real sample per size: the tutorial's, drawn by the numpy-compatible generator.
private func tellSeededSamples(_ narrator: Narrator, _ maths: ReferenceSolution, truth: Double, sizes: [Int],
                               standardErrors: [Double]) {
    narrator.prose("""
    The table is what samples are scattered around. Here are real ones: the samples \
    the Python tutorial draws, after np.random.seed(\(TutorialStream.seed)) and its \
    earlier draws, with np.random.binomial(1, \(truth, decimals: 1), n). KataKit's \
    `TutorialStream` replays numpy's generator bit for bit, so these are the very \
    flips you would get in Python.
    """)
    let rows = narrator.step { show in
        let truth = TutorialStream.flipProbability
        show("   n  heads   θ̂        |θ̂ − \(truth)|  in standard errors")
        return TutorialStream(flipSizes: sizes).flips.map { sample in
            let (n, heads) = (sample.count, sample.reduce(0, +))
            let estimate = maths.maximumLikelihoodEstimate(
                heads: heads, tails: n - heads)
            let miss = abs(estimate - truth)
            let standardError = (truth * (1 - truth) / Double(n)).squareRoot()
            show(String(format: "%4d  %5d   %.4f   %.4f   %4.2f",
                        n, heads, estimate, miss, miss / standardError))
            return (n: n, heads: heads, estimate: estimate,
                    errors: miss / standardError)
        }
    }
    let worst = rows.map(\.errors).max() ?? 0
    let (first, last) = (rows[0], rows[rows.count - 1])
    narrator.prose("""
    Any one sample wanders: \(first.heads) heads in \(first.n) gives θ̂ = \(first.estimate, decimals: 2), \
    and a lucky small sample can land closer than a big one. What shrinks with n is how \
    far a sample can wander. Every estimate here is within \(worst, decimals: 2) \
    standard errors of the truth, while a standard error is \
    \(standardErrors[0] / standardErrors[standardErrors.count - 1], decimals: 0) times \
    smaller at n = \(last.n) than at n = \(first.n).
    """)
    let bound = 2.0
    narrator.claim("every seeded estimate lies within \(bound, decimals: 0) standard errors of θ = \(truth, decimals: 1)",
                   worst <= bound, onlyAtTheStorysOwn: largestSample)
}
