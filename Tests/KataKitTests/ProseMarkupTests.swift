import KataKit
import Testing

@Suite("Prose markup: emphasis and code set apart in the terminal")
struct ProseMarkupTests {
    static let colour = TerminalStyle(colour: true, width: 80)

    @Test("in colour the marks become italics and cyan, and spans resume on the next line")
    func colour() {
        let lines = ProseMarkup.render(["a *word* and `code", "goes on` here"], style: Self.colour)
        #expect(lines[0] == "a \u{1B}[3mword\u{1B}[23m and \u{1B}[36mcode\u{1B}[0m")
        #expect(lines[1] == "\u{1B}[36mgoes on\u{1B}[39m here")
    }

    @Test("displays and products keep their asterisks; plain text keeps its marks")
    func untouched() {
        #expect(ProseMarkup.render(["  a * b = *c*"], style: Self.colour) == ["  a * b = *c*"])
        #expect(ProseMarkup.render(["2 * 3 is six"], style: Self.colour) == ["2 * 3 is six"])
        #expect(ProseMarkup.render(["a *word*"], style: .plain) == ["a *word*"])
    }
}
