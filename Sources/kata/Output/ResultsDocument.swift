import Foundation

/// The results of `kata check --json` and `kata run --json`: schema `kata-results`,
/// described field by field in Docs/results-schema.md. Editors, CI and classroom
/// graders read it, so a field is never renamed or given a new meaning within a
/// version; see the version policy there before changing anything here.
struct ResultsDocument: Encodable, Equatable {
    /// The schema's name, so a reader can tell this document from others.
    var schema = "kata-results"
    /// The schema's version: raised when a field is removed, renamed or changes meaning.
    var version = ResultsDocument.version
    /// The command that wrote it: `check` or `run`.
    var command: String
    /// The package root, absolute; every other path is relative to it.
    var root: String
    /// Whether every check of every kata passed (the exit code of `check`).
    var passed: Bool
    /// `run` only: whether every story ran and its self-checks held (the exit code of `run`).
    var storiesHeld: Bool?
    /// Counts over all katas.
    var summary: Summary
    /// The katas, in the order they were graded.
    var katas: [Kata]
    /// `check --verify` only: whether the shipped files are as katas/SHA256SUMS says.
    var verification: Verification?

    /// The version this driver writes.
    static let version = 1

    /// Counts over all katas.
    struct Summary: Encodable, Equatable {
        /// Katas graded.
        var katas: Int
        /// Katas whose every check passed.
        var katasSolved: Int
        /// Exercises in the katas that were graded (not in those that did not compile).
        var exercises: Int
        /// Exercises whose every check passed.
        var exercisesPassed: Int
        /// Checks in the katas that were graded.
        var checks: Int
        /// Checks that passed.
        var checksPassed: Int
    }

    /// One kata's results.
    struct Kata: Encodable, Equatable {
        /// The dotted id: `10.2.1`.
        var id: String
        /// The title.
        var title: String
        /// The learner's file, relative to the root.
        var solutionFile: String
        /// The kata's status.
        var status: KataStatus
        /// `could not run` only: why.
        var message: String?
        /// `did not compile` only: the compiler's errors.
        var diagnostics: [CompilerError]?
        /// `run` only: whether the story ran and its self-checks held.
        var storyHeld: Bool?
        /// `run` only: the value each of the story's parameters was told with, by name
        /// (the learner's from `--set`, or the story's own); empty when it has none.
        var storyParameters: [String: Double]? = nil
        /// The exercises, in order; empty when the kata did not compile or could not run.
        var exercises: [Exercise]
    }

    /// What a kata came to.
    enum KataStatus: String, Encodable, Equatable {
        /// Every check passed.
        case solved
        /// Graded, and some check did not pass.
        case failing
        /// Graded, and every check reached `todo()`.
        case notAttempted = "not attempted"
        /// The kata did not build.
        case didNotCompile = "did not compile"
        /// It built, but its program could not be run or reported nothing.
        case couldNotRun = "could not run"
    }

    /// One compiler error.
    struct CompilerError: Encodable, Equatable {
        /// The file, relative to the root when inside it.
        var file: String
        /// The 1-based line.
        var line: Int
        /// The 1-based column.
        var column: Int
        /// The compiler's message.
        var message: String
        /// What the terminal shows under it: the compiler's notes, or the driver's own in
        /// the learner's terms (an exercise renamed: where the stub has it); absent when none.
        var notes: [String]? = nil
    }

    /// One exercise's results.
    struct Exercise: Encodable, Equatable {
        /// The requirement's name in Solution.swift.
        var name: String
        /// What to write, in one line.
        var summary: String
        /// The exercise's status.
        var status: ExerciseStatus
        /// Its checks, in order.
        var checks: [Check]
    }

    /// What an exercise came to.
    enum ExerciseStatus: String, Encodable, Equatable {
        /// Every check passed.
        case passed
        /// Some check did not pass.
        case failing
        /// Every check reached `todo()`.
        case notAttempted = "not attempted"
    }

    /// One check's result.
    struct Check: Encodable, Equatable {
        /// Its position among all of the kata's checks, from 0.
        var index: Int
        /// Its name.
        var name: String
        /// The verdict.
        var status: CheckStatus
        /// The verdict in one line of words; absent when passed.
        var message: String?
        /// `failed`: the call that was graded.
        var call: String?
        /// `failed`: the expected result, formatted.
        var expected: String?
        /// `failed`: the learner's result, formatted.
        var actual: String?
        /// `failed`, when the check states one: the accepted tolerance in words.
        var tolerance: String?
        /// `failed`, when recognised: the likely mistake.
        var mistake: Mistake?
        /// `failed`: a further explanation the check gives.
        var note: String?
        /// `crashed`, `not attempted`, `timed out`: where, when known.
        var location: Location?
        /// `crashed`, `timed out`: the learner's function, when the backtrace gives no line.
        var function: String?
        /// `crashed`: what the crash usually means.
        var explanation: String?
        /// What the learner's code printed during the check; absent when nothing.
        var output: String?
        /// `passed`: what the check chose to show; absent when nothing.
        var notes: [String]?
        /// Seconds from the check's start to its end, measured by the driver; absent
        /// for a check that never started.
        var durationSeconds: Double?
    }

    /// A check's verdict.
    enum CheckStatus: String, Encodable, Equatable {
        /// Right.
        case passed
        /// Wrong.
        case failed
        /// Reached `todo()`.
        case notAttempted = "not attempted"
        /// The program crashed during it.
        case crashed
        /// It ran past its time limit.
        case timedOut = "timed out"
        /// The program never reached it.
        case notRun = "not run"
    }

    /// A recognised mistake.
    struct Mistake: Encodable, Equatable {
        /// A short name.
        var name: String
        /// What the learner probably did and how to fix it.
        var explanation: String
    }

    /// A place in a source file.
    struct Location: Encodable, Equatable {
        /// The file, relative to the root when inside it.
        var file: String
        /// The 1-based line.
        var line: Int
    }

    /// The document as JSON: keys sorted, two-space indent, one trailing newline.
    var json: String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
        guard let data = try? encoder.encode(self), let text = String(data: data, encoding: .utf8) else {
            // Encoding plain structs of strings and numbers cannot fail; say so if it ever does.
            return #"{"schema":"kata-results","version":\#(Self.version),"error":"the results could not be encoded"}"# + "\n"
        }
        return text + "\n"
    }
}
