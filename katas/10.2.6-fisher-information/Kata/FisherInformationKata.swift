import KataKit

/// Kata 10.2.6: the story and the six graded exercises.
public let fisherInformationKata = Kata<any FisherInformationExercises>(
    id: "10.2.6",
    title: "Fisher information and the Cramér–Rao bound",
    sources: CompiledSources(folderOf: #filePath),
    parameters: [sampleSize, flipCount],
    story: tellFisherInformationStory,
    exercises: [
        FisherInformationChecks.logLikelihood,
        FisherInformationChecks.maximumLikelihoodEstimate,
        FisherInformationChecks.fisherInformation,
        FisherInformationChecks.observedInformation,
        FisherInformationChecks.waldInterval,
        FisherInformationChecks.coverage,
    ],
    quiz: fisherInformationQuiz,
    explorer: ExplorerMaker(exercises: ["waldInterval", "coverage"]) { FisherInformationExplorer(maths: $0) }
)
