extension StoryBlock {
    /// The block as the learner's terminal shows it.
    /// - Parameter style: Colour, Unicode and width.
    /// - Returns: The text, without a final newline.
    public func render(style: TerminalStyle) -> String {
        switch self {
        case .heading(let title):
            let rule = String(repeating: style.symbol("─", ascii: "-"), count: min(title.count, style.width))
            return "\n" + style.paint(title, .bold, .blue) + "\n" + style.paint(rule, .blue)
        case .prose(let text):
            return ProseMarkup.render(wrap(text, width: style.width), style: style).joined(separator: "\n") + "\n"
        case .code(let code):
            let gutter = style.paint(style.symbol("┃ ", ascii: "| "), .cyan)
            let label = style.paint(style.symbol("┏━ ", ascii: "+- ") + "Swift", .cyan)
            return label + "\n" + code.split(separator: "\n", omittingEmptySubsequences: false)
                .map { gutter + $0 }.joined(separator: "\n")
        case .output(let text):
            let bar = style.paint(style.symbol("│ ", ascii: "| "), .dim)
            return text.split(separator: "\n", omittingEmptySubsequences: false)
                .map { bar + $0 }.joined(separator: "\n") + "\n"
        case .plot(let plot):
            return plot.render(style: style) + "\n"
        case .claim(let statement, true):
            let label = style.symbol("✓ checked: ", ascii: "[ok] checked: ")
            return wrap(statement, width: style.width, after: style.paint(label, .green)) + "\n"
        case .unchecked(let statement, let reason):
            let label = style.symbol("– not so here: ", ascii: "[--] not so here: ")
            return wrap("\(statement) (\(reason))", width: style.width, after: style.paint(label, .yellow)) + "\n"
        case .claim(let statement, false):
            let label = style.symbol("✗ CLAIM FAILED: ", ascii: "[FAILED] CLAIM: ")
            return wrap(statement, width: style.width, after: style.paint(label, .bold, .red))
                + "\n" + style.paint("  The story says this, but the code just computed otherwise.", .red) + "\n"
        }
    }
}
