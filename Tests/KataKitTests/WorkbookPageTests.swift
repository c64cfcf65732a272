import KataKit
import Testing

@Suite("WorkbookPage: a told story as Markdown with SVG figures")
struct WorkbookPageTests {
    static let page = WorkbookPage(blocks: [
        .heading("A heading"),
        .prose("""
        One paragraph \
        on one line, with *emphasis*, `a_b` and x_1 < y.

          ℓ(θ) = h ln θ
          (a display)
        Then more.
        """),
        .code("let x = 1\nshow(x)"),
        .output("1"),
        .plot(BarChart(bars: [("a", 1)], width: 10)),
        .claim("it holds", holds: true),
    ], name: "1.2.3-page", title: "1.2.3 A page", source: "katas/1.2.3-page", contents: "README.md")

    @Test("parameters are listed under the title; the knowledge check ends the page, each answer folded away")
    func parametersAndQuiz() throws {
        let quiz = [QuizItem(id: "q", prompt: "Which?", code: "show(1)", choices: [
            .wrong("2", "That doubles it."), .right("1", "It prints 1."),
        ], explanation: "show prints its argument.")]
        let page = WorkbookPage(blocks: [.prose("Text.")], name: "1.2.3-page", title: "1.2.3 A page", source: "s",
                                contents: "README.md",
                                parameters: ("1.2.3", [.int("n", 5...500, default: 50, "how many")]), quiz: quiz)
        let text = try #require(page.files.first?.text)
        #expect(text.contains("`swift run kata run 1.2.3 --set n=500`"))
        #expect(text.contains("| `n` | 50 | a whole number from 5 to 500 | how many |"))
        let check = try #require(text.range(of: "## Knowledge check"))
        #expect(text.range(of: "Text.")!.lowerBound < check.lowerBound)
        #expect(text.contains("**1.** Which?\n\n```swift\nshow(1)\n```\n\n- (a) 2\n- (b) 1"))
        let folded = try #require(text.range(of: "<details><summary>Answer</summary>"))
        #expect(text[folded.upperBound...].contains("**(b) 1**: show prints its argument.\n\nNot (a): That doubles it."))
        #expect(!text[..<folded.lowerBound].contains("show prints its argument"), "the answer is folded away")
    }

    @Test("headings, paragraphs joined, displays fenced, code and output fenced, claims quoted")
    func markdown() throws {
        let markdown = try #require(Self.page.files.first)
        #expect(markdown.path == "1.2.3-page.md")
        let parts = markdown.text.components(separatedBy: "\n\n")
        #expect(parts[0].contains("katas/1.2.3-page"))
        #expect(parts[1] == "# 1.2.3 A page")
        #expect(parts[3] == "## A heading")
        #expect(parts[4] == "One paragraph on one line, with *emphasis*, `a_b` and x\\_1 &lt; y.")
        #expect(parts[5] == "```text\nℓ(θ) = h ln θ\n(a display)\n```")
        #expect(parts[6] == "Then more.")
        #expect(parts[7] == "```swift\nlet x = 1\nshow(x)\n```")
        #expect(parts[8] == "```text\n1\n```")
        #expect(parts[9] == "![Figure 1](1.2.3-page/figure-1.svg)")
        #expect(parts[10] == "> ✓ checked: it holds\n")
    }

    @Test("each plot is written as an SVG file next to the page")
    func figures() {
        #expect(Self.page.files.count == 2)
        #expect(Self.page.files.last?.path == "1.2.3-page/figure-1.svg")
        #expect(Self.page.files.last?.text.contains("<svg ") == true)
        #expect(Self.page.failedClaims.isEmpty)
    }
}
