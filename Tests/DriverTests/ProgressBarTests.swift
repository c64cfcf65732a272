import KataKit
import Testing
@testable import kata

@Suite("The progress bar")
struct ProgressBarTests {
    @Test("solved parts fill the bar, parts in progress shade it, counts follow")
    func unicode() {
        let line = ProgressBar(style: .plain, cells: 10).render([.solved, .inProgress, .notStarted, .notStarted, .solved])
        #expect(line == "████▒▒░░░░  2 of 5 parts solved, 1 in progress")
    }

    @Test("without Unicode it is ASCII in brackets")
    func ascii() {
        let style = TerminalStyle(colour: false, unicode: false, width: 80)
        #expect(ProgressBar(style: style, cells: 4).render([.solved, .notStarted]) == "[##..]  1 of 2 parts solved")
    }

    @Test("one part in progress among many still shows")
    func smallShare() {
        let states = [PartState.inProgress] + Array(repeating: .notStarted, count: 29)
        #expect(ProgressBar(style: .plain, cells: 10).render(states).hasPrefix("▒░░░░░░░░░"))
    }
}
