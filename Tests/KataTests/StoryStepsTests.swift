import KataKit
import Testing

/// Every kata's story is literate: its outputs come from steps whose code is shown,
/// and that code fits the terminal and the page.
@Suite("Stories: every step shows its code")
struct StoryStepsTests {
    /// The widest line of code a step may show: 80 columns less the gutter.
    static let widestCodeLine = 76

    @Test("several steps, each with code no wider than 76 columns; every output and plot follows a step",
          arguments: testedKatas)
    func literate(kata: TestedKata) throws {
        let id = kata.id
        let blocks = kata.told()
        let code = blocks.compactMap { if case .code(let text) = $0 { text } else { nil } }
        #expect(code.count >= 5, "\(id) shows the code of only \(code.count) steps")
        // Read from the kata's folder through #filePath: every step's file was found.
        #expect(!code.contains { $0.hasPrefix("// The code of this step is not shown") }, "\(id) could not read its sources")
        for line in code.flatMap({ $0.split(separator: "\n") }) where line.count > Self.widestCodeLine {
            Issue.record("\(id): a step's line is \(line.count) columns, wider than \(Self.widestCodeLine): \(line)")
        }
        var inStep = false
        for block in blocks {
            switch block {
            case .code: inStep = true
            case .output, .plot:
                #expect(inStep, "\(id) shows output that no step's code printed: \(block)")
            default: inStep = false
            }
        }
    }
}
