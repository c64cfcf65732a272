/// Kata 10.2.1: the story and the six graded exercises.
public let coinFlipKata = Kata<any CoinFlipExercises>(
    id: "10.2.1",
    title: "Coin flip: 9 heads in 13 flips",
    sources: CompiledSources(folderOf: #filePath),
    parameters: [largestSample],
    story: tellCoinFlipStory,
    exercises: [
        CoinFlipChecks.countFlips,
        CoinFlipChecks.likelihood,
        CoinFlipChecks.logLikelihood,
        CoinFlipChecks.maximumLikelihoodEstimate,
        CoinFlipChecks.negativeLogLikelihoodGradient,
        CoinFlipChecks.gradientDescent,
    ],
    quiz: coinFlipQuiz,
    explorer: ExplorerMaker(exercises: ["likelihood", "logLikelihood", "maximumLikelihoodEstimate",
                                        "negativeLogLikelihoodGradient"]) { CoinFlipExplorer(maths: $0) }
)
