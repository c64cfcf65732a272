import Foundation

// The story's second, smaller example: which of three beliefs the flips favour.

// MARK: - A second coin

/// Three beliefs about a second coin, scored by the likelihood of its flips.
func tellSecondCoin(_ narrator: Narrator, _ maths: ReferenceSolution) {
    narrator.heading("A second coin: three beliefs")
    narrator.prose("""
    Another coin is flipped a few times, and three people hold three beliefs about it: \
    a fair coin, and two coins that favour heads. Score each belief by the likelihood \
    it gives these flips:
    """)
    let (heads, tails, beliefs, scores) = narrator.step { show in
        let (heads, tails) = (7, 3)
        let beliefs = [0.5, 0.7, 0.9]
        let scores = beliefs.map {
            maths.likelihood(theta: $0, heads: heads, tails: tails)
        }
        show("θ     L(θ)")
        for (theta, score) in zip(beliefs, scores) {
            show(String(format: "%-6.1f%.6e   %5.2f × the fair coin's",
                        theta, score, score / scores[0]))
        }
        return (heads, tails, beliefs, scores)
    }
    let best = beliefs[scores.indices.max { scores[$0] < scores[$1] } ?? 0]
    let estimate = maths.maximumLikelihoodEstimate(heads: heads, tails: tails)
    narrator.prose("""
    With \(heads) heads in \(heads + tails) flips, the likelihood is \
    θ\(superscript(heads))(1 − θ)\(superscript(tails)). The flips are most probable under \
    θ = \(best, decimals: 1), the fraction of heads; \(beliefs[2], decimals: 1) expects \
    more heads than we saw and the fair coin, \(beliefs[0], decimals: 1), fewer.
    """)
    narrator.claim("of the three, θ = \(best, decimals: 1) scores best, and it is the estimate \(heads)/\(heads + tails) = \(estimate, decimals: 1)",
                   best == estimate)
}
