import Foundation
import KataKit

/// What `kata dev check` holds one kata to, judged from what its author program
/// reported: its plan keeps `KataPlan.problems`' rules, the reference passes every
/// check, the stub as shipped is not attempted on every check, and every check, made
/// to fail, says what went wrong. The tests hold every kata to the same
/// (`KataConformanceTests`).
struct AuthorCheck {
    /// The kata.
    let kata: KataEntry
    /// The reference solution graded.
    let reference: KataResult
    /// The stub as shipped, graded.
    let pristine: KataResult
    /// The reference graded with every comparison failing on purpose.
    let probe: KataResult
    /// The knowledge check as the author program gives it, or why it could not; `nil`
    /// when not asked for.
    var quiz: Result<[QuizItem], KataResultFailure>? = nil

    /// Everything wrong, each a sentence that names the exercise and check and says
    /// what to change; empty when the kata holds.
    var problems: [String] {
        guard case .graded(let plan, let referenceGraded) = reference else {
            return [describe(reference, of: "The reference solution")]
        }
        var problems = plan.problems
        problems += referenceGraded.flatMap { exercise in
            exercise.checks.compactMap { check in
                check.verdict.isPassed ? nil
                    : "\(exercise.exercise.name): the reference solution does not pass \"\(check.name)\": \(brief(check.verdict))."
            }
        }
        problems += pristineProblems()
        problems += probeProblems()
        switch quiz {
        case .success(let items): problems += items.problems
        case .failure(let failure): problems.append(describe(failure.result, of: "The knowledge check"))
        case nil: break
        }
        return problems
    }

    /// What holds, in one line, for a kata with no problems.
    var summary: String {
        guard case .graded(let plan, _) = reference else { return "" }
        return "\(plan.checkCount) checks pass on the reference, find the stub not attempted, "
            + "and fail with a message; \(plan.exercises.count) exercise\(plan.exercises.count == 1 ? "" : "s") with hints"
            + ((try? quiz?.get()).map { "; \($0.count) questions, each explained" } ?? "")
    }

    private func pristineProblems() -> [String] {
        guard case .graded(_, let exercises) = pristine else {
            return [describe(pristine, of: "The stub as shipped (Pristine/Solution.swift)")]
        }
        return exercises.flatMap { exercise in
            exercise.checks.compactMap { check in
                if case .notAttempted = check.verdict { return nil }
                return "\(exercise.exercise.name): the stub as shipped should be not attempted on \"\(check.name)\", "
                    + "but it \(brief(check.verdict)). Every exercise in Pristine/Solution.swift must be a bare todo()."
            }
        }
    }

    private func probeProblems() -> [String] {
        guard case .graded(_, let exercises) = probe else {
            return [describe(probe, of: "The checks, made to fail,")]
        }
        return exercises.flatMap { exercise in
            exercise.checks.compactMap { check in
                let name = "\(exercise.exercise.name): \"\(check.name)\""
                guard case .failed(let failure) = check.verdict else {
                    if check.verdict.isPassed {
                        return "\(name) passed even with every comparison failing: it never calls expect(…), "
                            + "so no wrong answer can fail it. Compare through expect(…) (or withinTolerance(…) for a shortcut)."
                    }
                    return "\(name), made to fail, \(brief(check.verdict)) instead of failing."
                }
                let empty = [("call", failure.call), ("expected", failure.expected), ("actual", failure.actual)]
                    .filter { $0.1.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty }.map(\.0)
                return empty.isEmpty ? nil
                    : "\(name) fails with an empty \(empty.joined(separator: " and ")): a learner would not know what went wrong."
            }
        }
    }

    /// A kata result that graded nothing, as a sentence about `subject`.
    private func describe(_ result: KataResult, of subject: String) -> String {
        switch result {
        case .graded: return ""
        case .didNotCompile(let errors):
            let first = errors.first.map { ": \($0.file):\($0.line): \($0.message)" } ?? ""
            return "\(subject) could not be graded: \(kata.authorProduct) did not compile\(first)."
        case .couldNotRun(let why):
            return "\(subject) could not be graded: \(why.trimmingCharacters(in: .whitespacesAndNewlines))"
        }
    }

    /// A verdict in a few words, for a sentence.
    private func brief(_ verdict: CheckVerdict) -> String {
        switch verdict {
        case .passed: return "passed"
        case .failed(let failure):
            return "failed: \(failure.call) should be \(failure.expected), got \(failure.actual)"
        case .notAttempted(let location): return "reached todo() at \(location)"
        case .crashed(let report): return "crashed: \(report.message)" + (report.location.map { " at \($0)" } ?? "")
        case .timedOut(let seconds, _): return "timed out after \(Int(seconds)) s"
        case .notRun(let why): return "did not run (\(why))"
        }
    }
}
