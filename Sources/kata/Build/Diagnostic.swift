/// One compiler error, with the source lines the compiler showed around it.
struct Diagnostic: Equatable {
    /// The file, as the compiler named it.
    var file: String
    /// The 1-based line.
    var line: Int
    /// The 1-based column.
    var column: Int
    /// The compiler's message.
    var message: String
    /// The excerpt the compiler printed under the message (numbered source lines).
    var excerpt: [String]

    /// Reads the errors out of `swift build` output, once each: the compiler
    /// repeats a file's errors for every job that reads the file.
    /// - Parameter output: What `swift build` printed.
    /// - Returns: The errors, in the order first seen.
    static func errors(in output: String) -> [Diagnostic] {
        var found: [Diagnostic] = []
        var current: Diagnostic?
        func finish() {
            if let diagnostic = current, !found.contains(where: { $0.sameError(as: diagnostic) }) {
                found.append(diagnostic)
            }
            current = nil
        }
        for line in output.withoutEscapeCodes.split(separator: "\n", omittingEmptySubsequences: false) {
            if let match = line.wholeMatch(of: #/(.+?\.swift):(\d+):(\d+): (error|warning|note): (.*)/#) {
                finish()
                guard match.4 == "error", let number = Int(match.2), let column = Int(match.3) else { continue }
                current = Diagnostic(file: String(match.1), line: number, column: column,
                                     message: String(match.5), excerpt: [])
            } else if current != nil, line.wholeMatch(of: #/\s*\d*\s*\|.*/#) != nil {
                current?.excerpt.append(String(line))
            } else {
                finish()
            }
        }
        finish()
        return found
    }

    private func sameError(as other: Diagnostic) -> Bool {
        file == other.file && line == other.line && column == other.column && message == other.message
    }
}

extension String {
    /// The text without ANSI escape codes. `swift run` on a terminal plans the build
    /// with coloured diagnostics, and later builds reuse that plan even through a pipe.
    var withoutEscapeCodes: String {
        replacing(#/\u{1B}\[[0-9;]*[A-Za-z]/#, with: "")
    }
}
