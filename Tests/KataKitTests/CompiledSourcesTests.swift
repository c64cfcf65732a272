import KataKit
import Testing

@Suite("CompiledSources: a step's code, found by the line of its call")
struct CompiledSourcesTests {
    static let file = #"""
    func story(_ narrator: Narrator) {
        let total = narrator.step { show in
            let text = "a { brace and a } in a string, \(1 + (2 * 3)) interpolated"
            // a } in a comment
            /* and { in /* a nested */ block comment */
            let raw = #"a raw "}" string"#
            let block = """
                a multi-line } string
                """
            show(text, raw, block)
            return [1, 2].reduce(0) { $0 + $1 }
        }
        narrator.step(file: "x", line: 1) { _ in 0 }
        narrator.prose("no closure here")
    }
    """#

    static let sources = CompiledSources(["Story.swift": file])

    @Test("the body between the braces, dedented, with braces in strings and comments skipped")
    func body() throws {
        let body = try #require(Self.sources.closureBody(inFile: "SomeKata/Story.swift", atLine: 2))
        let lines = body.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines.first == #"let text = "a { brace and a } in a string, \(1 + (2 * 3)) interpolated""#)
        #expect(lines.last == "return [1, 2].reduce(0) { $0 + $1 }")
        #expect(lines.count == 9)
        #expect(lines[5] == "    a multi-line } string")
    }

    @Test("no code for an unknown file, a line past the end, a one-line closure or a line with none")
    func nothing() {
        #expect(Self.sources.closureBody(inFile: "Other.swift", atLine: 2) == nil)
        #expect(Self.sources.closureBody(inFile: "Story.swift", atLine: 99) == nil)
        #expect(Self.sources.closureBody(inFile: "Story.swift", atLine: 13) == nil)
        #expect(Self.sources.closureBody(inFile: "Story.swift", atLine: 0) == nil)
    }
}
