import Foundation
import KataKit
import Testing

@Suite("Narrator.step: the code shown is the code that ran")
struct StoryStepTests {
    /// This very file's folder, found as a kata library finds its own.
    static let sources = CompiledSources(folderOf: #filePath, environment: [:])

    @Test("a step shows its code, then its output lines as one block, then its plot")
    func step() {
        var written = ""
        let narrator = Narrator(style: .plain, sources: Self.sources, write: { written += $0 })
        let doubled = narrator.step { show in
            let twice = 2 * 21
            show("twice 21 is", twice)
            show("and that is all")
            show(BarChart(bars: [("a", 1), ("b", 2)], width: 10))
            return twice
        }
        #expect(doubled == 42)
        #expect(narrator.failedClaims.isEmpty)
        guard narrator.blocks.count == 3, case .code(let code) = narrator.blocks[0],
              case .output(let output) = narrator.blocks[1], case .plot = narrator.blocks[2] else {
            Issue.record("expected code, output, plot; got \(narrator.blocks)")
            return
        }
        #expect(code.hasPrefix("let twice = 2 * 21\nshow(\"twice 21 is\", twice)\n"))
        #expect(code.hasSuffix("return twice"))
        #expect(output == "twice 21 is 42\nand that is all")
        #expect(written.contains("┃ let twice = 2 * 21\n"))
        #expect(written.contains("│ twice 21 is 42\n│ and that is all\n"))
    }

    @Test("a step whose line holds no closure in its file fails the story loudly instead of showing nothing")
    func missingCode() {
        let narrator = Narrator(style: .plain, sources: CompiledSources(["StoryStepTests.swift": "// changed since\n"]),
                                write: { _ in })
        narrator.step { show in
            show("ran anyway")
        }
        #expect(narrator.failedClaims.count == 1)
        #expect(narrator.failedClaims.first?.contains("StoryStepTests.swift") == true)
    }

    @Test("a step whose file is nowhere shows one line in place of its code, runs, and fails nothing")
    func missingFile() {
        var written = ""
        let sources = CompiledSources(folderOf: "/nonexistent/katas/0.0.1-gone/Kata/Kata.swift", environment: [:])
        let narrator = Narrator(style: .plain, sources: sources, write: { written += $0 })
        let ran = narrator.step { show in
            show("ran anyway")
            return true
        }
        #expect(ran)
        #expect(narrator.failedClaims.isEmpty)
        guard case .code(let message) = narrator.blocks.first else {
            Issue.record("expected a code block first; got \(narrator.blocks)")
            return
        }
        #expect(!message.contains("\n"))
        #expect(message.contains("StoryStepTests.swift is not in /nonexistent/katas/0.0.1-gone/Kata"))
        #expect(written.contains("│ ran anyway\n"))
    }

    @Test("a line is written between sections, not before the first")
    func sectionBreaks() {
        var written = ""
        let narrator = Narrator(style: .plain, sectionBreak: "<break>", write: { written += $0 })
        narrator.heading("One")
        narrator.prose("text")
        narrator.heading("Two")
        #expect(written.components(separatedBy: "<break>").count == 2)
        #expect(written.range(of: "<break>")?.lowerBound ?? written.startIndex > written.range(of: "text")?.lowerBound ?? written.endIndex)
    }
}

@Suite("A kata's banner")
struct KataBannerTests {
    @Test("the title in bold over a rule as long as it, then the id; plain without colour")
    func banner() {
        #expect(doublingKata.banner(style: .plain) == "Doubling\n━━━━━━━━\nKata 0.0.1: the story, then your exercises\n")
        let ascii = TerminalStyle(colour: false, unicode: false)
        #expect(doublingKata.banner(style: ascii).contains("Doubling\n========\n"))
        #expect(doublingKata.banner(style: TerminalStyle(colour: true)).hasPrefix("\u{1B}[1mDoubling\u{1B}[0m\n"))
    }
}
