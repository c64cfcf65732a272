import Foundation

/// The text of a kata's Swift files, so a story can show the code of a step as it ran.
///
/// A kata library finds its own with `CompiledSources(folderOf: #filePath)` and reads
/// them from disk when the story asks (see ``SourceFolder``); the driver rebuilds a kata
/// whose files are newer than its binary before running it, so the text read is the text
/// compiled. Tests may give the text itself. A story looks up a step by the file and line
/// of its call.
public struct CompiledSources: Sendable {
    /// Where the text comes from.
    private enum Origin: Sendable {
        case texts([String: String])
        case folder(SourceFolder)
    }

    private let origin: Origin

    /// Sources given as text, for tests and for stories told without files.
    /// - Parameter files: Each file's text, keyed by file name.
    public init(_ files: [String: String]) {
        origin = .texts(files)
    }

    /// The sources of the folder holding `filePath`, read from disk when asked for.
    /// - Parameters:
    ///   - filePath: `#filePath` of a file in the kata library.
    ///   - environment: Where `KATA_WORKBOOK` is read, for a workbook that has moved.
    public init(folderOf filePath: String, environment: [String: String] = ProcessInfo.processInfo.environment) {
        origin = .folder(SourceFolder(folderOf: filePath, environment: environment))
    }

    /// No sources: a story told with these shows, in place of each step's code, that
    /// it has none.
    public static let none = CompiledSources([:])

    /// Each file's text, keyed by file name ("CoinFlipStory.swift"): every Swift file
    /// of the folder, read now, or the text given.
    public var files: [String: String] {
        switch origin {
        case .texts(let files): files
        case .folder(let folder): folder.files
        }
    }

    /// The text of one file, read now.
    /// - Parameter file: The file, as `#fileID` gives it ("CoinFlipKata/CoinFlipStory.swift")
    ///   or by name alone.
    /// - Returns: Its text, or `nil` when it cannot be found or read.
    public func text(ofFile file: String) -> String? {
        let name = Self.name(of: file)
        switch origin {
        case .texts(let files): return files[name]
        case .folder(let folder): return folder.text(ofFile: name)
        }
    }

    /// The one line to show in place of a step's code when its file cannot be read:
    /// which file, and where it was looked for.
    /// - Parameter file: The file, as `#fileID` gives it or by name alone.
    public func missingMessage(forFile file: String) -> String {
        let name = Self.name(of: file)
        switch origin {
        case .texts: return "// The code of this step is not shown: this story was told without \(name)."
        case .folder(let folder): return folder.missingMessage(forFile: name)
        }
    }

    /// "CoinFlipStory.swift" from "CoinFlipKata/CoinFlipStory.swift".
    private static func name(of file: String) -> String {
        file.split(separator: "/").last.map(String.init) ?? file
    }

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
        text(ofFile: file).flatMap { Self.closureBody(in: $0, atLine: line) }
    }

    /// The body of the closure that opens on `line` of `text`, as
    /// ``closureBody(inFile:atLine:)`` finds it in a file.
    /// - Parameters:
    ///   - text: A Swift file's text.
    ///   - line: The line, counted from 1, where the call begins.
    /// - Returns: The closure's lines, dedented, or `nil` when none opens there.
    public static func closureBody(in text: String, atLine line: Int) -> String? {
        guard line >= 1 else { return nil }
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
