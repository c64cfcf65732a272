/// Kata 10.2.2: the story and the four graded exercises.
public let gaussianKata = Kata<any GaussianExercises>(
    id: "10.2.2",
    title: "Gaussian MLE: the mean and the variance",
    sources: CompiledSources(folderOf: #filePath),
    parameters: [sampleSize],
    story: tellGaussianStory,
    exercises: [
        GaussianChecks.mean,
        GaussianChecks.logLikelihood,
        GaussianChecks.maximumLikelihoodEstimate,
        GaussianChecks.confidenceInterval95,
    ],
    quiz: gaussianQuiz,
    explorer: ExplorerMaker(exercises: ["logLikelihood", "maximumLikelihoodEstimate", "confidenceInterval95"]) {
        GaussianExplorer(maths: $0)
    }
)
