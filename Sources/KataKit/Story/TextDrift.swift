/// Where a committed file first differs from what the generator writes now, in words
/// an author can act on.
public enum TextDrift {
    /// The first line where `committed` and `generated` differ.
    /// - Parameters:
    ///   - committed: The file as committed.
    ///   - generated: The file as the generator writes it now.
    ///   - path: The file's path, for the message.
    /// - Returns: `nil` when they are equal; otherwise the line number and both lines.
    public static func firstDifference(committed: String, generated: String, path: String) -> String? {
        guard committed != generated else { return nil }
        let old = committed.split(separator: "\n", omittingEmptySubsequences: false)
        let new = generated.split(separator: "\n", omittingEmptySubsequences: false)
        let line = zip(old, new).enumerated().first { $0.element.0 != $0.element.1 }?.offset ?? min(old.count, new.count)
        func shown(_ lines: [Substring]) -> String {
            line < lines.count ? "«\(lines[line].prefix(160))»" : "nothing (the file ends)"
        }
        return "\(path) line \(line + 1): committed \(shown(old)), but the katas now write \(shown(new))."
    }

    /// What to do about drift.
    public static let remedy = "Run `swift run kata dev update` (or `dev docs`) and commit Docs/ with the change that caused it."
}
