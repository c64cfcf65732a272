import Foundation

/// Puts compiler errors that the learner's Solution.swift causes in terms of that file.
///
/// An error in the kata's own main.swift is always the learner's doing: main.swift is
/// never edited and builds with the stub, so the learner's file declares no `Solution`
/// (it is empty, say) or one main.swift cannot use. Such an error is pointed at the
/// learner's file and says what it must declare. A `Solution` that lacks an exercise
/// (one deleted or renamed) gets the exercise's name and where the stub has it.
struct LearnerDiagnostics {
    /// The workbook.
    let workbook: Workbook
    /// The kata that was built.
    let kata: KataEntry

    /// The errors, with the ones the learner's file causes put in its terms.
    /// - Parameter errors: The compiler's errors, as `Diagnostic.errors(in:)` read them.
    /// - Returns: As many errors, in the same order.
    func explain(_ errors: [Diagnostic]) -> [Diagnostic] {
        errors.map { error in
            if error.file.hasSuffix("\(kata.folder)/main.swift") { return fromMain(error) }
            guard error.file.hasSuffix(kata.solutionFile) else { return error }
            var explained = error
            explained.notes = error.notes.map(missingRequirement)
            if error.message.contains("unable to type-check this expression in reasonable time") {
                explained.notes.append(Self.typeCheckTimeOut)
            }
            return explained
        }
    }

    /// What the type checker's time-out usually means in a learner's maths.
    static let typeCheckTimeOut = "Swift gave up choosing types for this expression. In these exercises that is "
        + "almost always an Int and a Double in one formula (a label or a count times a Double): Swift never "
        + "converts between them by itself. Write Double(label) or Double(count) where an Int meets a Double, "
        + "or split the expression into a few `let`s with their types."

    /// The stub as shipped, relative to the workbook root.
    private var stubFile: String { "\(kata.folder)/Pristine/Solution.swift" }

    /// An error in main.swift, pointed at the learner's `Solution` (or the file's first
    /// line) and saying what the file must declare.
    private func fromMain(_ error: Diagnostic) -> Diagnostic {
        let protocolName = firstMatch(of: #/struct Solution\s*:\s*(\w+)/#, inFile: stubFile) ?? "its exercises protocol"
        let message = error.message.contains("cannot find 'Solution' in scope")
            ? "this file declares no `Solution`, which the kata needs"
            : "the kata cannot use your `Solution`: \(error.message) (in \(kata.folder)/main.swift)"
        let line = lineNumber(inFile: kata.solutionFile) {
            $0.contains(#/\b(struct|class|enum|typealias|func|let|var)\s+Solution\b/#)
        } ?? 1
        return Diagnostic(file: workbook.path(kata.solutionFile), line: line, column: 1, message: message, excerpt: [], notes: [
            "It must declare `struct Solution: \(protocolName)` with every exercise in it, as the stub \(stubFile) does.",
            "`\(Driver.invocation) reset \(kata.id)` puts the stub back, after keeping your file in \(SolutionReset.backupFolder)/.",
        ])
    }

    /// `protocol requires function 'f(x:)' with type …` as the exercise the learner's
    /// file lacks and where the stub has it.
    private func missingRequirement(_ note: String) -> String {
        guard let name = note.firstMatch(of: #/protocol requires \w+ '([^']+)'/#).map({ String($0.1) }) else { return note }
        let baseName = String(name.prefix { $0 != "(" })
        let place = lineNumber(inFile: stubFile) { $0.contains("func \(baseName)(") }.map { "\(stubFile):\($0)" } ?? stubFile
        return "Your Solution has no `\(name)`: if you deleted or renamed it, put it back; the stub has it at \(place)."
    }

    /// The first capture of `pattern` in a workbook file, if the file is there and has it.
    private func firstMatch(of pattern: Regex<(Substring, Substring)>, inFile file: String) -> String? {
        guard let text = try? String(contentsOfFile: workbook.path(file), encoding: .utf8) else { return nil }
        return text.firstMatch(of: pattern).map { String($0.1) }
    }

    /// The 1-based number of the first line of a workbook file that `matches`.
    private func lineNumber(inFile file: String, where matches: (Substring) -> Bool) -> Int? {
        guard let text = try? String(contentsOfFile: workbook.path(file), encoding: .utf8) else { return nil }
        return text.split(separator: "\n", omittingEmptySubsequences: false).firstIndex(where: matches).map { $0 + 1 }
    }
}
