import CoinFlipKata
@testable import CoinFlipKataPristine
import ExponentialKata
@testable import ExponentialKataPristine
import FisherInformationKata
@testable import FisherInformationKataPristine
import GammaKata
@testable import GammaKataPristine
import GaussianKata
@testable import GaussianKataPristine
import KataKit
import LogisticKata
@testable import LogisticKataPristine
import RegressionKata
@testable import RegressionKataPristine
import Testing
import TrainingKata
@testable import TrainingKataPristine

/// A kata as the tests that walk every kata see it, whatever its exercises protocol.
struct TestedKata: Sendable, CustomTestStringConvertible {
    /// The dotted id: "10.2.1".
    let id: String
    /// The files its story shows, as it reads them.
    let sources: CompiledSources
    /// The blocks of its story, told plainly.
    let told: @Sendable () -> [StoryBlock]
    /// Its workbook page, named as in Docs/.
    let page: @Sendable (_ name: String) -> WorkbookPage
    /// Its exercises, hints and check names.
    let plan: KataPlan
    /// Every check run on the reference solution.
    let gradeReference: @Sendable () -> [GradedCheck]
    /// Every check run on the stub as shipped (Pristine/Solution.swift).
    let gradePristine: @Sendable () -> [GradedCheck]
    /// Every check run on the reference with every comparison failing on purpose.
    let probeReference: @Sendable () -> [GradedCheck]
    /// Its knowledge check, computed now.
    let quiz: @Sendable () -> [QuizItem]
    /// Its explorable view, drawn with the reference's functions, when it has one.
    let explorer: (@Sendable () -> any Explorer)?

    /// The kata, with makers of its reference solution and its stub as shipped.
    init<Solver>(_ kata: Kata<Solver>, reference: @escaping @Sendable () -> Solver,
                 pristine: @escaping @Sendable () -> Solver) {
        id = kata.id
        plan = kata.plan
        gradeReference = { Grader(kata: kata).gradeAll(reference()) }
        gradePristine = { Grader(kata: kata).gradeAll(pristine()) }
        probeReference = { Grader(kata: kata).gradeAll(reference(), probing: true) }
        sources = kata.sources
        quiz = { kata.quizItems }
        if let maker = kata.explorer {
            explorer = { maker.make(reference()) }
        } else {
            explorer = nil
        }
        told = {
            let narrator = Narrator(style: .plain, sources: kata.sources, write: { _ in })
            kata.story(narrator)
            return narrator.blocks
        }
        page = { WorkbookPage(kata, name: $0, source: "katas/\($0)") }
    }

    /// The chapter, "10.2", whose folder of Docs/ holds the kata's page.
    var chapter: String { id.split(separator: ".").prefix(2).joined(separator: ".") }

    var testDescription: String { id }
}

/// Every kata of the workbook, once, in order: the one list the tests that walk katas
/// take. `kata dev new` adds its kata's line (and imports) here.
let testedKatas: [TestedKata] = [
    TestedKata(coinFlipKata, reference: { CoinFlipKata.ReferenceSolution() }, pristine: { CoinFlipKataPristine.Solution() }),
    TestedKata(gaussianKata, reference: { GaussianKata.ReferenceSolution() }, pristine: { GaussianKataPristine.Solution() }),
    TestedKata(regressionKata, reference: { RegressionKata.ReferenceSolution() }, pristine: { RegressionKataPristine.Solution() }),
    TestedKata(logisticKata, reference: { LogisticKata.ReferenceSolution() }, pristine: { LogisticKataPristine.Solution() }),
    TestedKata(exponentialKata, reference: { ExponentialKata.ReferenceSolution() }, pristine: { ExponentialKataPristine.Solution() }),
    TestedKata(fisherInformationKata, reference: { FisherInformationKata.ReferenceSolution() }, pristine: { FisherInformationKataPristine.Solution() }),
    TestedKata(gammaKata, reference: { GammaKata.ReferenceSolution() }, pristine: { GammaKataPristine.Solution() }),
    TestedKata(trainingKata, reference: { TrainingKata.ReferenceSolution() }, pristine: { TrainingKataPristine.Solution() }),
]
