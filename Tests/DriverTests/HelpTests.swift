import Foundation
import Testing
@testable import kata

@Suite("Help texts, their examples, and the README and guide that show the same")
struct HelpTests {
    /// A kata no workbook ships, so an example can only hold it by reading it.
    static let example = KataEntry(id: "3.1.4", slug: "pie-chart", title: "Pie")

    @Test("every command's help has usage and an example on the kata it is given, typed as installed",
          arguments: Command.names.filter { $0 != "help" })
    func examples(command: String) {
        let text = Help.text(for: command, invocation: "kata", example: Self.example)
        #expect(text.hasPrefix("USAGE: kata \(command)"))
        #expect(text.contains("EXAMPLE"))
        #expect(!text.contains("swift run kata \(command)"))
        if CompletionSpec.argument(of: command) == .kataIds {
            #expect(text.contains("kata \(command) 3.1.4"), "\(command)")
        }
    }

    @Test("the examples of run and check use the kata's id, its slug and its part")
    func runExamples() {
        let run = Help.text(for: "run", invocation: "swift run kata", example: Self.example)
        #expect(run.contains("  swift run kata run 3.1.4 "))
        #expect(run.contains("  swift run kata run pie-chart "))
        #expect(run.contains("  swift run kata run 3.1 --no-pager "))
        #expect(Help.text(for: "check", invocation: "kata", example: Self.example).contains("  kata check 3.1 --timeout 10 "))
    }

    @Test("help in a workbook takes its first kata; outside one, 10.2.1")
    func exampleFromWorkbook() throws {
        let copy = try TemporaryWorkbook()
        let manifest = "\(copy.root)/Package.swift"
        let text = try String(contentsOfFile: manifest, encoding: .utf8)
        try text.replacingOccurrences(of: #"Kata("10.2.1", "coin-flip""#, with: #"Kata("9.9.9", "first-one""#)
            .write(toFile: manifest, atomically: true, encoding: .utf8)
        var output = ""
        #expect(Driver.main(arguments: ["check", "--help"], directory: "\(copy.root)/katas", executablePath: nil,
                            style: .plain, write: { output += $0 }) == 0)
        #expect(output.contains("swift run kata check 9.9.9"))
        output = ""
        #expect(Driver.main(arguments: ["help", "run"], directory: "/", executablePath: nil, style: .plain,
                            write: { output += $0 }) == 0)
        #expect(output.contains("swift run kata run 10.2.1"))
        #expect(output.contains("swift run kata run coin-flip"))
    }

    /// The text of a file of the package.
    func read(_ path: String) throws -> String {
        try String(contentsOfFile: "\(WorkbookTests.packageRoot)/\(path)", encoding: .utf8)
    }

    @Test("the README starts with its two commands as they were, then offers kata install")
    func readme() throws {
        let readme = try read("README.md")
        let start = try #require(readme.range(of: "```sh\n"))
        #expect(readme[start.upperBound...].hasPrefix("""
            swift run kata run 10.2     # read the story of kata 10.2, with every number computed as it runs
            swift test                  # the workbook's own tests: every reference passes, every stub starts untouched
            ```
            """))
        let install = try #require(readme.range(of: "swift run kata install"))
        let check = try #require(readme.range(of: "kata check", range: install.upperBound..<readme.endIndex))
        #expect(readme.distance(from: start.lowerBound, to: check.lowerBound) < 1500)
    }

    @Test("the learner's guide has a section for every command",
          arguments: Command.names)
    func guide(command: String) throws {
        let guide = try read("Docs/learners-guide.md")
        #expect(guide.contains("### `swift run kata \(command)"), "no section for \(command)")
    }
}
