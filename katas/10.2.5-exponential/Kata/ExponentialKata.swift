/// Kata 10.2.5: the story and the five graded exercises.
public let exponentialKata = Kata<any ExponentialExercises>(
    id: "10.2.5",
    title: "The exponential exercise: the rate α from observed waits",
    sources: CompiledSources(folderOf: #filePath),
    parameters: [waitCount],
    story: tellExponentialStory,
    exercises: [
        ExponentialChecks.logLikelihood,
        ExponentialChecks.maximumLikelihoodEstimate,
        ExponentialChecks.score,
        ExponentialChecks.newtonRaphson,
        ExponentialChecks.standardError,
    ],
    quiz: exponentialQuiz,
    explorer: ExplorerMaker(exercises: ["logLikelihood", "maximumLikelihoodEstimate", "score", "newtonRaphson",
                                        "standardError"]) { ExponentialExplorer(maths: $0) }
)
