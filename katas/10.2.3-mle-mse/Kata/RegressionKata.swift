/// Kata 10.2.3: the story and the four graded exercises.
public let regressionKata = Kata<any RegressionExercises>(
    id: "10.2.3",
    title: "MLE = MSE: least squares is Gaussian maximum likelihood",
    sources: CompiledSources(folderOf: #filePath),
    parameters: [noiseLevel],
    story: tellRegressionStory,
    exercises: [
        RegressionChecks.meanSquaredError,
        RegressionChecks.negativeLogLikelihood,
        RegressionChecks.leastSquares,
        RegressionChecks.noiseVariance,
    ],
    quiz: regressionQuiz,
    explorer: ExplorerMaker(exercises: ["meanSquaredError", "negativeLogLikelihood", "leastSquares", "noiseVariance"]) {
        RegressionExplorer(maths: $0)
    }
)
