/// Kata 10.2.4: the story and the five graded exercises.
public let logisticKata = Kata<any LogisticExercises>(
    id: "10.2.4",
    title: "MLE = cross-entropy: logistic regression",
    sources: CompiledSources(folderOf: #filePath),
    story: tellLogisticStory,
    exercises: [
        Exercise("sigmoid", summary: "σ(z) = 1/(1 + e^(−z)), with no NaN at ±1000 and every digit for large negative z.",
                 hints: LogisticHints.sigmoid, checks: LogisticChecks.sigmoid),
        Exercise("binaryCrossEntropy", summary: "The MEAN binary cross-entropy of labels under probabilities, unclipped.",
                 hints: LogisticHints.binaryCrossEntropy, checks: LogisticChecks.binaryCrossEntropy),
        Exercise("negativeLogLikelihood", summary: "The SUMMED negative log-likelihood Σ [log(1 + e^z) − y·z], stable at z = ±1000.",
                 hints: LogisticHints.negativeLogLikelihood, checks: LogisticChecks.negativeLogLikelihood),
        Exercise("gradient", summary: "Its gradient (Σ (σ(z) − y)·x, Σ (σ(z) − y)).",
                 hints: LogisticHints.gradient, checks: LogisticChecks.gradient),
        Exercise("gradientDescent", summary: "Gradient descent from (0, 0) for a given number of steps.",
                 hints: LogisticHints.gradientDescent, checks: LogisticChecks.gradientDescent),
    ]
)
