import CoinFlipKata
import ExponentialKata
import GaussianKata
import KataKit
import LogisticKata
import RegressionKata
import Testing

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

    init<Solver>(_ kata: Kata<Solver>) {
        id = kata.id
        sources = kata.sources
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
/// take. `kata dev new` adds its kata's line (and import) here.
let testedKatas: [TestedKata] = [
    TestedKata(coinFlipKata),
    TestedKata(gaussianKata),
    TestedKata(regressionKata),
    TestedKata(logisticKata),
    TestedKata(exponentialKata),
]
