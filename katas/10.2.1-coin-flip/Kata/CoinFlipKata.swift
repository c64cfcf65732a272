/// Kata 10.2.1: the story and the six graded exercises.
public let coinFlipKata = Kata<any CoinFlipExercises>(
    id: "10.2.1",
    title: "Coin flip: 9 heads in 13 flips",
    sources: CompiledSources(folderOf: #filePath),
    story: tellCoinFlipStory,
    exercises: [
        Exercise("countFlips", summary: "Count the heads and tails in a record of flips.",
                 hints: CoinFlipHints.countFlips, checks: CoinFlipChecks.countFlips),
        Exercise("likelihood", summary: "The likelihood θ^heads · (1 − θ)^tails.",
                 hints: CoinFlipHints.likelihood, checks: CoinFlipChecks.likelihood),
        Exercise("logLikelihood", summary: "The log-likelihood, finite for millions of flips and never NaN.",
                 hints: CoinFlipHints.logLikelihood, checks: CoinFlipChecks.logLikelihood),
        Exercise("maximumLikelihoodEstimate", summary: "The closed-form estimate heads / (heads + tails).",
                 hints: CoinFlipHints.maximumLikelihoodEstimate, checks: CoinFlipChecks.maximumLikelihoodEstimate),
        Exercise("negativeLogLikelihoodGradient", summary: "The derivative of the negative log-likelihood with respect to θ.",
                 hints: CoinFlipHints.negativeLogLikelihoodGradient, checks: CoinFlipChecks.negativeLogLikelihoodGradient),
        Exercise("gradientDescent", summary: "Gradient descent on the negative log-likelihood for a given number of steps.",
                 hints: CoinFlipHints.gradientDescent, checks: CoinFlipChecks.gradientDescent),
    ]
)
