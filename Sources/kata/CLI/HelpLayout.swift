import KataKit

/// Fits a help text to the terminal's width. The texts are written as prose paragraphs
/// and hanging lists (`  --json       the results as…`, `  h   the next hint`,
/// `  swift run kata list   # a comment`); a line too long for the width is wrapped with
/// the rest of its entry, its continuation lines indented to where the entry's text starts.
enum HelpLayout {
    /// The text, each entry wrapped to `width` columns.
    /// - Parameters:
    ///   - text: A help text, as `Help.text(for:)` writes it.
    ///   - width: The terminal's width.
    ///   - invocation: What the learner types for the driver: a line that starts with it
    ///     is a command to copy.
    /// - Returns: The text with every line at most `width` columns, but for a command to
    ///   copy and a single word longer than that.
    static func reflow(_ text: String, width: Int, invocation: String = Driver.invocation) -> String {
        var lines: [String] = []
        var entry: Entry?
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            // The lines of a usage block, and commands to copy, are never joined or broken.
            let usage = line.hasPrefix("USAGE: ") || (entry?.isWhole == true && line.hasPrefix("       ") && entry?.hang == 7)
            let command = line.first == " " && line.drop { $0 == " " }.hasPrefix(invocation + " ")
            let next = Entry(line, isWhole: usage || command)
            if line.allSatisfy(\.isWhitespace) {
                lines += entry?.wrapped(width: width) ?? []
                entry = nil
                lines.append("")
            } else if var current = entry, next.isContinuation(of: current) {
                current.words += next.words
                entry = current
            } else {
                lines += entry?.wrapped(width: width) ?? []
                entry = next
            }
        }
        lines += entry?.wrapped(width: width) ?? []
        return lines.joined(separator: "\n")
    }

    /// One paragraph or list entry: its first line's lead (the indent, and a list item's
    /// name up to where its text starts), then its words.
    private struct Entry {
        /// What comes before the text on the first line.
        let lead: String
        /// Where the text starts: the column continuation lines are indented to.
        let hang: Int
        /// Leading spaces of the first line.
        let indent: Int
        /// The words of the text, from every line of the entry; a span in backticks is one.
        var words: [Substring]
        /// Whether the entry is a line of its own: a usage line (broken only where it must
        /// be) or a command to copy (never broken: the terminal wraps it, and a copy works).
        let isWhole: Bool

        init(_ line: Substring, isWhole: Bool) {
            self.isWhole = isWhole
            indent = line.prefix { $0 == " " }.count
            let body = line.dropFirst(indent)
            var start = indent
            if line.hasPrefix("USAGE: ") {
                start = "USAGE: ".count
            } else if indent > 0, let gap = body.firstRange(of: "  ") {
                // A list item: its text starts after the first run of two or more spaces.
                start = line.distance(from: line.startIndex, to: gap.lowerBound)
                    + body[gap.lowerBound...].prefix { $0 == " " }.count
            }
            lead = String(line.prefix(start))
            let text = line.dropFirst(start)
            // A comment's continuation lines go under its text, not under its #.
            hang = text.hasPrefix("# ") ? start + 2 : start
            words = Self.words(text)
        }

        /// The words of `text`, a span in backticks kept as one.
        private static func words(_ text: Substring) -> [Substring] {
            var words: [Substring] = []
            var open = false
            for word in text.split(separator: " ") {
                if open, let last = words.last {
                    words[words.count - 1] = text[last.startIndex..<word.endIndex]
                } else {
                    words.append(word)
                }
                if word.filter({ $0 == "`" }).count % 2 == 1 { open.toggle() }
            }
            return words
        }

        /// Whether this line goes on the entry `entry` started: no lead of its own, and
        /// indented to where that entry's text starts.
        func isContinuation(of entry: Entry) -> Bool {
            !isWhole && !entry.isWhole && lead.count == indent && indent == entry.hang
        }

        /// The entry in lines of at most `width` columns.
        func wrapped(width: Int) -> [String] {
            let width = isWhole && !lead.hasPrefix("USAGE: ") && hang == indent ? Int.max : width
            // A hang that leaves too little room: continue under the indent instead.
            let continuation = String(repeating: " ", count: width - hang >= 24 ? hang : indent + 4)
            var lines: [String] = []
            var line = lead
            var empty = true
            for word in words {
                if !empty && line.count + 1 + word.count > width {
                    lines.append(line)
                    line = continuation
                    empty = true
                }
                line += (empty ? "" : " ") + word
                empty = false
            }
            lines.append(line)
            return lines
        }
    }
}
