/// The text of a kata's Swift files as they were compiled, so a story can show the
/// code of a step exactly as it ran.
///
/// Kata libraries get theirs from the build (`compiledSourceFiles`, written by
/// `CompiledSourcesPlugin`); a story looks up a step by the file and line of its call.
public struct CompiledSources: Sendable {
    /// Each file's text, keyed by file name ("CoinFlipStory.swift").
    public let files: [String: String]

    /// Creates a library of sources.
    /// - Parameter files: Each file's text, keyed by file name.
    public init(_ files: [String: String]) {
        self.files = files
    }

    /// No sources: a story told with these cannot show its steps' code.
    public static let none = CompiledSources([:])

    /// The body of the closure that opens on `line` of `file`, without its braces and
    /// dedented: the code of a step written
    ///
    /// ```swift
    /// narrator.step { show in
    ///     …
    /// }
    /// ```
    /// - Parameters:
    ///   - file: The file, as `#fileID` gives it ("CoinFlipKata/CoinFlipStory.swift")
    ///     or by name alone.
    ///   - line: The line, counted from 1, where the call begins.
    /// - Returns: The lines strictly between the opening brace's line and the closing
    ///   brace's, or `nil` when the file is unknown or no closure opens there.
    public func closureBody(inFile file: String, atLine line: Int) -> String? {
        let name = file.split(separator: "/").last.map(String.init) ?? file
        guard let text = files[name], line >= 1 else { return nil }
        let scalars = Array(text.unicodeScalars)
        var start = 0
        var lineNumber = 1
        while lineNumber < line, start < scalars.count {
            if scalars[start] == "\n" { lineNumber += 1 }
            start += 1
        }
        guard lineNumber == line, let (open, close) = SwiftBraceScanner(scalars).firstClosure(from: start) else {
            return nil
        }
        let inside = String(String.UnicodeScalarView(scalars[open + 1 ..< close]))
        var lines = inside.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        // The opening line (`{ show in`) and the closing brace's line are not the step's code.
        lines.removeFirst()
        if lines.last?.allSatisfy(\.isWhitespace) == true { lines.removeLast() }
        while lines.first?.allSatisfy(\.isWhitespace) == true { lines.removeFirst() }
        guard !lines.isEmpty else { return nil }
        let indent = lines.filter { !$0.allSatisfy(\.isWhitespace) }
            .map { $0.prefix { $0 == " " }.count }.min() ?? 0
        return lines.map { $0.allSatisfy(\.isWhitespace) ? "" : String($0.dropFirst(indent)) }
            .joined(separator: "\n")
    }
}
