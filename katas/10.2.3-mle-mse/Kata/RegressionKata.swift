/// Kata 10.2.3: the story and the four graded exercises.
public let regressionKata = Kata<any RegressionExercises>(
    id: "10.2.3",
    title: "MLE = MSE: least squares is Gaussian maximum likelihood",
    sources: CompiledSources(folderOf: #filePath),
    story: tellRegressionStory,
    exercises: [
        Exercise("meanSquaredError", summary: "The mean squared error of a line, Σ(yᵢ − m·xᵢ − b)² / n.",
                 hints: RegressionHints.meanSquaredError, checks: RegressionChecks.meanSquaredError),
        Exercise("negativeLogLikelihood", summary: "The Gaussian negative log-likelihood n/2 · ln(2πσ²) + RSS/(2σ²) of a line and σ.",
                 hints: RegressionHints.negativeLogLikelihood, checks: RegressionChecks.negativeLogLikelihood),
        Exercise("leastSquares", summary: "The least-squares line in closed form, which Nelder-Mead on your NLL must also find.",
                 hints: RegressionHints.leastSquares, checks: RegressionChecks.leastSquares),
        Exercise("noiseVariance", summary: "The maximum likelihood noise variance σ̂² = RSS/n at the least-squares line.",
                 hints: RegressionHints.noiseVariance, checks: RegressionChecks.noiseVariance),
    ]
)
