/// The little markup prose may use: `*emphasis*` and `` `code` ``, the same in the
/// terminal and in the Markdown of the rendered workbook.
///
/// Lines that start with two spaces are displays (formulas, commands) and are never
/// read as markup, so `a * b` in a formula stays as written.
public enum ProseMarkup {
    /// Sets wrapped prose lines apart for a terminal: emphasis in italics, code in
    /// cyan, the marks themselves dropped. Without colour the lines keep their marks,
    /// which read well as plain text.
    /// - Parameters:
    ///   - lines: Lines from ``wrap(_:width:indent:)``.
    ///   - style: The terminal's style.
    /// - Returns: The lines to print.
    public static func render(_ lines: [String], style: TerminalStyle) -> [String] {
        guard style.colour else { return lines }
        var emphasis = false
        var code = false
        return lines.map { line in
            if line.hasPrefix("  ") || line.isEmpty {
                (emphasis, code) = (false, false)
                return line
            }
            // A span that went on past the last line's end resumes here.
            var rendered = (emphasis ? "\u{1B}[3m" : "") + (code ? "\u{1B}[36m" : "")
            let characters = Array(line)
            for (index, character) in characters.enumerated() {
                let previous = index > 0 ? characters[index - 1] : " "
                let next = index + 1 < characters.count ? characters[index + 1] : " "
                if character == "`" {
                    code.toggle()
                    rendered += code ? "\u{1B}[36m" : "\u{1B}[39m"
                } else if character == "*", !code, marksEmphasis(previous: previous, next: next, opening: !emphasis) {
                    emphasis.toggle()
                    rendered += emphasis ? "\u{1B}[3m" : "\u{1B}[23m"
                } else {
                    rendered.append(character)
                }
            }
            return rendered + (emphasis || code ? "\u{1B}[0m" : "")
        }
    }

    /// Whether a `*` between `previous` and `next` marks emphasis: it opens before a
    /// word and closes after one, as Markdown reads it.
    static func marksEmphasis(previous: Character, next: Character, opening: Bool) -> Bool {
        opening ? !next.isWhitespace && (previous.isWhitespace || previous.isPunctuation)
             : !previous.isWhitespace && (next.isWhitespace || next.isPunctuation)
    }
}
