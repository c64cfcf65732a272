import KataKit

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
    /// More about the error, a line each: at first the compiler's notes on what a
    /// protocol requires (`protocol requires function 'f(x:)' with type '(Double) -> Double'`),
    /// which `LearnerDiagnostics` puts in the learner's terms.
    var notes: [String] = []

    /// Reads the errors out of `swift build` output, once each: the compiler
    /// repeats a file's errors for every job that reads the file.
    /// - Parameter output: What `swift build` printed.
    /// - Returns: The errors, in the order first seen, each with the notes that follow
    ///   it and name a requirement of a protocol (what a type that does not conform lacks).
    static func errors(in output: String) -> [Diagnostic] {
        var found: [Diagnostic] = []
        var current: Diagnostic?
        // The error the notes that follow belong to, as an index into `found`.
        var owner: Int?
        func finish() {
            guard let diagnostic = current else { return }
            if let index = found.firstIndex(where: { $0.sameError(as: diagnostic) }) {
                owner = index
            } else {
                found.append(diagnostic)
                owner = found.count - 1
            }
            current = nil
        }
        for line in output.withoutEscapeCodes.split(separator: "\n", omittingEmptySubsequences: false) {
            if let match = line.wholeMatch(of: #/(.+?\.swift):(\d+):(\d+): (error|warning|note): (.*)/#) {
                finish()
                if match.4 == "note" {
                    let note = String(match.5)
                    if note.hasPrefix("protocol requires "), let owner, !found[owner].notes.contains(note) {
                        found[owner].notes.append(note)
                    }
                    continue
                }
                owner = nil
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
