import Foundation
import KataKit

/// Says what the learner should do next, in one or two lines with the command to type.
struct NextStep {
    /// The workbook.
    let workbook: Workbook
    /// How to draw.
    let style: TerminalStyle
    /// Set in `kata watch`, where saving the file grades it again and `n` moves on.
    var watching = false

    /// The next step after a check, wrapped to the width.
    func after(_ results: [(kata: KataEntry, result: KataResult)]) -> String {
        wrapped(unwrappedAfter(results))
    }

    /// The next step when nothing has been graded in this run: from saved progress.
    func fromProgress(_ progress: ProgressFile) -> String {
        wrapped(unwrappedFromProgress(progress))
    }

    private func wrapped(_ text: String) -> String {
        text.split(separator: "\n").map { line in
            line.hasPrefix("Next: ") ? wrap(String(line.dropFirst(6)), width: style.width, after: "Next: ") : String(line)
        }.joined(separator: "\n")
    }

    private func unwrappedAfter(_ results: [(kata: KataEntry, result: KataResult)]) -> String {
        guard let (kata, result) = results.first(where: { !$0.result.isSolved }) else {
            let more = workbook.katas.first { kata in !results.contains { $0.kata == kata } }
            return more.map { "All checked katas are solved. Next: " + (watching ? "press n for \($0.id)" : command("run \($0.id)")) }
                ?? style.paint("Every kata is solved. Well done!", .green)
        }
        let file = kata.solutionFile
        switch result {
        case .didNotCompile(let errors):
            let place = errors.first.map { "\(workbook.relative($0.file)):\($0.line)" } ?? file
            return "Next: fix the compile error at \(place), then " + regrade(kata)
        case .couldNotRun:
            return "Next: see the message above, then " + regrade(kata)
        case .graded(_, let exercises):
            guard let exercise = exercises.first(where: { !$0.isPassed }) else { return "" }
            let line = functionLine(exercise.exercise.name, in: workbook.path(file)).map { ":\($0)" } ?? ""
            let verb = exercise.isUntouched ? "write" : "fix"
            return "Next: \(verb) `\(exercise.exercise.name)` in \(file)\(line) (\(exercise.exercise.summary)),"
                + " then " + regrade(kata)
        }
    }

    /// The kata last worked on while it is in progress, else the first unsolved one; in
    /// it, the first exercise that did not pass when that is known.
    private func unwrappedFromProgress(_ progress: ProgressFile) -> String {
        let unsolved = workbook.katas.filter { progress.state(of: $0.id) != .solved }
        // In progress, not just unsolved: an older driver made the last story read the
        // last kata worked on, and a reset kata is not being worked on.
        let current = unsolved.first { $0.id == progress.lastKata && progress.state(of: $0.id) == .inProgress }
        guard let kata = current ?? unsolved.first else {
            return style.paint("Every kata is solved. Well done!", .green)
        }
        guard let entry = progress.katas[kata.id] else {
            return "Next: read the story with " + command("run \(kata.id)")
                + ", then edit \(kata.solutionFile) and " + command("check \(kata.id)")
        }
        guard let exercise = entry.firstUnpassedExercise else {
            return "Next: keep going in \(kata.solutionFile), then " + command("check \(kata.id)")
        }
        let line = functionLine(exercise.name, in: workbook.path(kata.solutionFile)).map { ":\($0)" } ?? ""
        let doing = exercise.isAttempted ? "keep going with" : "write"
        return "Next: \(doing) `\(exercise.name)` in \(kata.solutionFile)\(line), then " + command("check \(kata.id)")
            + " (stuck? " + command("hint \(kata.id)") + ")"
    }

    /// How to have `kata` grade again: check it, or (in watch) just save.
    private func regrade(_ kata: KataEntry) -> String {
        watching ? "save the file: it is graded again at once" : command("check \(kata.id)")
    }

    private func command(_ arguments: String) -> String {
        style.paint("\(Driver.invocation) \(arguments)", .bold, .cyan)
    }

    /// The 1-based line of `func name` in the file, if it is there.
    private func functionLine(_ name: String, in path: String) -> Int? {
        guard let text = try? String(contentsOfFile: path, encoding: .utf8) else { return nil }
        return text.split(separator: "\n", omittingEmptySubsequences: false)
            .firstIndex { $0.contains("func \(name)(") }.map { $0 + 1 }
    }
}
