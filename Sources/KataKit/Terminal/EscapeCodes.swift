extension StringProtocol {
    /// The text without ANSI escape codes (colour, bold). `swift run` on a terminal plans
    /// the build with coloured diagnostics, and later builds reuse that plan even through
    /// a pipe; a painted word takes no more columns than a plain one.
    public var withoutEscapeCodes: String {
        String(self).replacing(#/\u{1B}\[[0-9;]*[A-Za-z]/#, with: "")
    }
}

/// How many columns `text` takes on a terminal: its characters without the escape codes,
/// which take none.
func visibleWidth<Text: StringProtocol>(_ text: Text) -> Int {
    text.withoutEscapeCodes.count
}
