@testable import kata
import Testing

@Suite("Help fits the terminal")
struct HelpLayoutTests {
    /// Every help text there is: the overview and each command's.
    static let topics: [String?] = [nil] + Command.names

    /// The words of `text`, whatever its line breaks.
    private static func words(_ text: String) -> [Substring] {
        text.split(whereSeparator: \.isWhitespace)
    }

    @Test("every line fits 80 or 60 columns but a command to copy; no word is lost, added or moved",
          arguments: topics, [80, 60])
    func fits(topic: String?, width: Int) {
        let text = Help.text(for: topic, invocation: "swift run kata")
        let reflowed = HelpLayout.reflow(text, width: width, invocation: "swift run kata")
        #expect(Self.words(reflowed) == Self.words(text))
        let long = reflowed.split(separator: "\n").filter {
            $0.count > width && !$0.drop { $0 == " " }.hasPrefix("swift run kata ")
        }
        #expect(long.isEmpty, "\(long)")
    }

    @Test("an option's text continues under itself; a usage block keeps a line per command")
    func layout() {
        let run = HelpLayout.reflow(Help.text(for: "run", invocation: "kata"), width: 60, invocation: "kata")
            .split(separator: "\n", omittingEmptySubsequences: false)
        // "  --json       the results…": the text starts at column 15, and so does its next line.
        let json = run.firstIndex { $0.hasPrefix("  --json       the results") }
        let next = json.map { run[$0 + 1] } ?? ""
        #expect(next.prefix { $0 == " " }.count == 15)
        let dev = HelpLayout.reflow(Help.text(for: "dev", invocation: "kata"), width: 80, invocation: "kata")
            .split(separator: "\n")
        #expect(dev.prefix(4).map { $0.hasPrefix("USAGE: kata dev ") || $0.hasPrefix("       kata dev ") } == [true, true, true, true])
    }

    @Test("a span in backticks is never broken, and a command to copy is never wrapped")
    func unbroken() {
        let text = "  dev <command>     (authors) check, new, update, docs: see `kata dev --help`\n"
            + "  new     writes it. Example:\n            kata dev new 10.3.1 poisson-counts --title \"Poisson counts\""
        let lines = HelpLayout.reflow(text, width: 66, invocation: "kata").split(separator: "\n")
        #expect(lines.contains { $0.hasSuffix("`kata dev --help`") })
        #expect(lines.last == "            kata dev new 10.3.1 poisson-counts --title \"Poisson counts\"")
    }
}
