/// Kata 10.2.2: the story and the four graded exercises.
public let gaussianKata = Kata<any GaussianExercises>(
    id: "10.2.2",
    title: "Gaussian MLE: the mean and the variance",
    sources: CompiledSources(folderOf: #filePath),
    story: tellGaussianStory,
    exercises: [
        Exercise("mean", summary: "The mean of the data, Σxᵢ / n.",
                 hints: GaussianHints.mean, checks: GaussianChecks.mean),
        Exercise("logLikelihood", summary: "The Gaussian log-likelihood at mean μ and variance σ², constant included.",
                 hints: GaussianHints.logLikelihood, checks: GaussianChecks.logLikelihood),
        Exercise("maximumLikelihoodEstimate", summary: "μ̂ = x̄ and σ̂² = Σ(xᵢ − x̄)² / n, accurate far from zero.",
                 hints: GaussianHints.maximumLikelihoodEstimate, checks: GaussianChecks.maximumLikelihoodEstimate),
        Exercise("confidenceInterval95", summary: "The 95% interval for μ, μ̂ ± 1.96 · σ̂/√n.",
                 hints: GaussianHints.confidenceInterval95, checks: GaussianChecks.confidenceInterval95),
    ]
)
