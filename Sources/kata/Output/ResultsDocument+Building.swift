import Foundation
import KataKit

extension ResultsDocument {
    /// The document for graded katas.
    /// - Parameters:
    ///   - command: `check` or `run`.
    ///   - workbook: The workbook, for the root and relative paths.
    ///   - results: Each kata and what grading it produced, in order.
    ///   - stories: `run` only: whether each kata's story held, by kata id.
    ///   - parameters: `run` only: the value each story's parameters were told with, by kata id.
    ///   - verification: `check --verify` only: what the verification found.
    init(command: String, workbook: Workbook, results: [(kata: KataEntry, result: KataResult)],
         stories: [String: Bool]? = nil, parameters: [String: [String: Double]]? = nil, verification: Verification? = nil) {
        let katas = results.map {
            var kata = Kata(kata: $0.kata, result: $0.result, workbook: workbook, storyHeld: stories?[$0.kata.id])
            kata.storyParameters = parameters?[$0.kata.id]
            return kata
        }
        let exercises = katas.flatMap(\.exercises)
        let checks = exercises.flatMap(\.checks)
        self.init(
            command: command, root: workbook.root, passed: results.allSatisfy { $0.result.isSolved },
            storiesHeld: stories.map { $0.values.allSatisfy { $0 } },
            summary: Summary(katas: katas.count, katasSolved: katas.filter { $0.status == .solved }.count,
                             exercises: exercises.count, exercisesPassed: exercises.filter { $0.status == .passed }.count,
                             checks: checks.count, checksPassed: checks.filter { $0.status == .passed }.count),
            katas: katas, verification: verification)
    }
}

extension ResultsDocument.Kata {
    /// One kata's entry.
    init(kata: KataEntry, result: KataResult, workbook: Workbook, storyHeld: Bool?) {
        self.init(id: kata.id, title: kata.title, solutionFile: kata.solutionFile, status: .couldNotRun,
                  storyHeld: storyHeld, exercises: [])
        switch result {
        case .didNotCompile(let errors):
            status = .didNotCompile
            diagnostics = errors.map {
                ResultsDocument.CompilerError(file: workbook.relative($0.file), line: $0.line, column: $0.column,
                                              message: $0.message, notes: $0.notes.isEmpty ? nil : $0.notes)
            }
        case .couldNotRun(let reason):
            message = reason
        case .graded(_, let graded):
            var index = 0
            exercises = graded.map { exercise in
                ResultsDocument.Exercise(
                    name: exercise.exercise.name, summary: exercise.exercise.summary,
                    status: exercise.isPassed ? .passed : exercise.isUntouched ? .notAttempted : .failing,
                    checks: exercise.checks.map { check in
                        defer { index += 1 }
                        return ResultsDocument.Check(index: index, check: check, workbook: workbook)
                    })
            }
            status = result.isSolved ? .solved : exercises.allSatisfy({ $0.status == .notAttempted }) ? .notAttempted : .failing
        }
    }
}

extension ResultsDocument.Check {
    /// One check's entry.
    init(index: Int, check: GradedCheckResult, workbook: Workbook) {
        self.init(index: index, name: check.name, status: .passed)
        func place(_ location: CodeLocation?) -> ResultsDocument.Location? {
            location.map { ResultsDocument.Location(file: workbook.relative($0.file), line: $0.line) }
        }
        switch check.verdict {
        case .passed:
            break
        case .failed(let failure):
            status = .failed
            message = "\(failure.call): expected \(failure.expected)"
                + (failure.tolerance.map { " (\($0))" } ?? "") + ", got \(failure.actual)"
            call = failure.call
            expected = failure.expected
            actual = failure.actual
            tolerance = failure.tolerance
            mistake = failure.mistake.map { ResultsDocument.Mistake(name: $0.name, explanation: $0.explanation) }
            note = failure.note
        case .notAttempted(let location):
            status = .notAttempted
            message = "not attempted yet (todo() on line \(location.line))"
            self.location = place(location)
        case .crashed(let report):
            status = .crashed
            message = report.message
            location = place(report.location)
            function = report.function
            explanation = report.explanation
        case .timedOut(let seconds, let report):
            status = .timedOut
            message = "timed out after \(seconds == seconds.rounded() ? "\(Int(seconds))" : "\(seconds)") s"
            location = place(report?.location)
            function = report?.function
        case .notRun(let reason):
            status = .notRun
            message = reason
        }
        // What the learner printed, without the runtime's crash report after it: the
        // fields above already say what it says.
        let printed = VerdictReport(style: .plain, workbook: workbook).learnerOutput(check.output)
        output = printed.isEmpty ? nil : printed
        notes = check.notes.isEmpty ? nil : check.notes
        durationSeconds = check.duration
    }
}
