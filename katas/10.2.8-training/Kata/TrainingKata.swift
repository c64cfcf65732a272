import KataKit

/// Kata 10.2.8: the story and the five graded exercises.
public let trainingKata = Kata<any TrainingExercises>(
    id: "10.2.8",
    title: "Training is maximum likelihood",
    sources: CompiledSources(folderOf: #filePath),
    parameters: [learningRate, epochCount, batchSize],
    story: tellTrainingStory,
    exercises: [
        TrainingChecks.logSumExp,
        TrainingChecks.softmax,
        TrainingChecks.crossEntropy,
        TrainingChecks.crossEntropyGradient,
        TrainingChecks.sgdEpoch,
    ],
    quiz: trainingQuiz,
    explorer: ExplorerMaker(exercises: ["crossEntropy", "sgdEpoch"]) { TrainingExplorer(maths: $0) }
)
