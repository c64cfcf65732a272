/// Kata 10.2.4: the story and the five graded exercises.
public let logisticKata = Kata<any LogisticExercises>(
    id: "10.2.4",
    title: "MLE = cross-entropy: logistic regression",
    sources: CompiledSources(folderOf: #filePath),
    parameters: [stepSize],
    story: tellLogisticStory,
    exercises: [
        LogisticChecks.sigmoid,
        LogisticChecks.binaryCrossEntropy,
        LogisticChecks.negativeLogLikelihood,
        LogisticChecks.gradient,
        LogisticChecks.gradientDescent,
    ],
    quiz: logisticQuiz,
    explorer: ExplorerMaker(exercises: ["sigmoid", "binaryCrossEntropy", "negativeLogLikelihood", "gradient",
                                        "gradientDescent"]) { LogisticExplorer(maths: $0) }
)
