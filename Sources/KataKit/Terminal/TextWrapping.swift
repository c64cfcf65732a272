/// Wraps prose to a width, keeping its paragraphs.
///
/// Paragraphs are separated by blank lines; the lines of a paragraph are joined and
/// refilled. A line that starts with two spaces (a formula, a table row) is kept as
/// it is.
/// - Parameters:
///   - text: The prose.
///   - width: The largest line length, in characters.
///   - indent: Put before every line.
/// - Returns: The wrapped lines.
public func wrap(_ text: String, width: Int, indent: String = "") -> [String] {
    var lines: [String] = []
    var words: [Substring] = []
    func flushParagraph() {
        var line = ""
        for word in words {
            if !line.isEmpty && indent.count + visibleWidth(line) + 1 + visibleWidth(word) > width {
                lines.append(indent + line)
                line = ""
            }
            line += line.isEmpty ? String(word) : " " + word
        }
        if !line.isEmpty { lines.append(indent + line) }
        words = []
    }
    for rawLine in text.split(separator: "\n", omittingEmptySubsequences: false) {
        if rawLine.allSatisfy(\.isWhitespace) {
            flushParagraph()
            if lines.last != "" && !lines.isEmpty { lines.append("") }
        } else if rawLine.hasPrefix("  ") {
            flushParagraph()
            lines.append(indent + rawLine)
        } else {
            words += rawLine.split(separator: " ")
        }
    }
    flushParagraph()
    while lines.last == "" { lines.removeLast() }
    return lines
}

/// Wraps `text` to `width` behind `label`: the first line follows the label and the
/// others are indented to line up under the text.
/// - Parameters:
///   - text: The prose.
///   - width: The largest line length, in characters, label included.
///   - label: What goes before the first line, such as "✓ checked: ", painted or not.
/// - Returns: The label and the wrapped text, lines joined by newlines.
public func wrap(_ text: String, width: Int, after label: String) -> String {
    let indent = String(repeating: " ", count: visibleWidth(label))
    return label + wrap(text, width: width, indent: indent).joined(separator: "\n").dropFirst(indent.count)
}
