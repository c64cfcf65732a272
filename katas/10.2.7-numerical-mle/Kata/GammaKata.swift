import KataKit

/// Kata 10.2.7: the story and the five graded exercises.
public let gammaKata = Kata<any GammaExercises>(
    id: "10.2.7",
    title: "When calculus fails: numerical maximum likelihood",
    sources: CompiledSources(folderOf: #filePath),
    parameters: [learningRate],
    story: tellGammaStory,
    exercises: [
        GammaChecks.logLikelihood,
        GammaChecks.methodOfMomentsStart,
        GammaChecks.profileScore,
        GammaChecks.newtonRaphson,
        GammaChecks.multiStartMaximum,
    ],
    quiz: gammaQuiz,
    explorer: ExplorerMaker(exercises: ["logLikelihood", "methodOfMomentsStart", "profileScore", "newtonRaphson"]) {
        GammaExplorer(maths: $0)
    }
)
