/// Kata 10.2.5: the story and the five graded exercises.
public let exponentialKata = Kata<any ExponentialExercises>(
    id: "10.2.5",
    title: "The exponential exercise: the rate α from observed waits",
    sources: CompiledSources(folderOf: #filePath),
    story: tellExponentialStory,
    exercises: [
        Exercise("logLikelihood", summary: "The log-likelihood n · ln α − α · Σx of a rate, −∞ where the data are impossible.",
                 hints: ExponentialHints.logLikelihood, checks: ExponentialChecks.logLikelihood),
        Exercise("maximumLikelihoodEstimate", summary: "The closed-form estimate of the rate, α̂ = 1/x̄.",
                 hints: ExponentialHints.maximumLikelihoodEstimate, checks: ExponentialChecks.maximumLikelihoodEstimate),
        Exercise("score", summary: "The score n/α − Σx, the log-likelihood's slope in α.",
                 hints: ExponentialHints.score, checks: ExponentialChecks.score),
        Exercise("newtonRaphson", summary: "Newton-Raphson on the score for a given number of steps.",
                 hints: ExponentialHints.newtonRaphson, checks: ExponentialChecks.newtonRaphson),
        Exercise("standardError", summary: "The standard error α̂/√n from the Fisher information.",
                 hints: ExponentialHints.standardError, checks: ExponentialChecks.standardError),
    ]
)
