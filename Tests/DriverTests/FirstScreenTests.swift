import Foundation
import KataKit
import Testing
@testable import kata

/// What `kata` shows after the learner has only read, and once they start: the results
/// are recorded as `kata run` and `kata check` record them, without building anything,
/// in a copy of the workbook whose every Solution.swift is the pristine stub.
@Suite("The first screen: not started until attempted")
struct FirstScreenTests {
    static let stubLine = CodeLocation(file: "Solution.swift", line: 1)
    static let wrong = CheckFailure(call: "countFlips(\"HT\")", expected: "(1, 1)", actual: "(0, 2)")

    /// The exercises of `kata` as its stub declares them, in order.
    static func exercises(of kata: KataEntry, in copy: TemporaryWorkbook) throws -> [String] {
        try copy.stub(of: kata).split(separator: "\n").compactMap { line in
            guard let start = line.range(of: "func ")?.upperBound, let end = line[start...].firstIndex(of: "(") else { return nil }
            return String(line[start..<end])
        }
    }

    /// `kata` graded with one verdict for every check of each exercise: `verdicts[name]`,
    /// else not attempted, as the pristine stub is.
    static func result(of kata: KataEntry, in copy: TemporaryWorkbook, _ verdicts: [String: CheckVerdict] = [:]) throws -> KataResult {
        let names = try exercises(of: kata, in: copy)
        let plan = KataPlan(id: kata.id, title: kata.title, exercises: names.map {
            .init(name: $0, summary: "The \($0).", hints: [], checks: ["first", "second"])
        })
        return .graded(plan: plan, exercises: plan.exercises.map { exercise in
            let verdict = verdicts[exercise.name] ?? .notAttempted(stubLine)
            return GradedExercise(exercise: exercise, checks: exercise.checks.map { GradedCheckResult(name: $0, verdict: verdict, output: "") })
        })
    }

    /// Records `results` one kata at a time, as `kata run 10.2` grades after each story
    /// (and `Driver.grade` records): the result, then the kata to come back to.
    static func record(_ results: [(id: String, result: KataResult)], in copy: TemporaryWorkbook) throws {
        var progress = ProgressFile(root: copy.root)
        for (id, result) in results {
            try progress.record(id, ProgressFile.Entry(result: result))
            try progress.recordWorkedOn(after: [(id: id, result: result)])
        }
    }

    /// Every kata read and its stub graded, as `kata run 10.2` on a fresh clone leaves them.
    static func readEverything(in copy: TemporaryWorkbook) throws {
        try record(copy.workbook.katas.map { (id: $0.id, result: try result(of: $0, in: copy)) }, in: copy)
    }

    /// What `kata` with no command shows, with the Next line's wrapping undone.
    static func welcome(in copy: TemporaryWorkbook) -> String {
        var output = ""
        _ = Driver(workbook: copy.workbook, style: .plain, write: { output += $0 }).welcome()
        return output.replacingOccurrences(of: "\n" + String(repeating: " ", count: "Next: ".count), with: " ")
    }

    /// The status line of kata `id` on the screen.
    static func line(of id: String, in screen: String) -> String {
        screen.split(separator: "\n").first { $0.hasPrefix("  \(id) ") }.map(String.init) ?? ""
    }

    /// The 1-based line of `func name(` in the learner's file of `kata`.
    static func functionLine(_ name: String, of kata: KataEntry, in copy: TemporaryWorkbook) -> Int? {
        copy.solution(of: kata)?.split(separator: "\n", omittingEmptySubsequences: false)
            .firstIndex { $0.contains("func \(name)(") }.map { $0 + 1 }
    }

    @Test("after only reading, every part is not started and Next is the first exercise of 10.2.1")
    func afterReading() throws {
        let copy = try TemporaryWorkbook()
        try Self.readEverything(in: copy)
        let screen = Self.welcome(in: copy)
        for kata in copy.workbook.katas {
            #expect(Self.line(of: kata.id, in: screen).hasSuffix("· not started"), "\(Self.line(of: kata.id, in: screen))")
        }
        #expect(screen.contains("0 of \(copy.workbook.katas.count) parts solved\n"), "no part counts as in progress")
        #expect(!screen.contains("in progress"))
        #expect(ProgressFile(root: copy.root).lastKata == nil, "reading is not working on a kata")
        let first = try copy.kata("10.2.1")
        let exercise = try #require(try Self.exercises(of: first, in: copy).first)
        let line = try #require(Self.functionLine(exercise, of: first, in: copy))
        #expect(screen.contains("Next: write `\(exercise)` in \(first.solutionFile):\(line), then \(Driver.invocation) check 10.2.1"),
                "\(screen)")
    }

    @Test("one attempt in 10.2.3 puts that part in progress, and Next there")
    func oneAttempt() throws {
        let copy = try TemporaryWorkbook()
        try Self.readEverything(in: copy)
        let third = try copy.kata("10.2.3")
        let exercises = try Self.exercises(of: third, in: copy)
        try Self.record([(id: third.id, result: try Self.result(of: third, in: copy, [exercises[0]: .failed(Self.wrong)]))], in: copy)
        // Reading the stories again grades the other stubs, and must not move the last kata or Next.
        try Self.record([(id: "10.2.5", result: try Self.result(of: copy.kata("10.2.5"), in: copy))], in: copy)

        let screen = Self.welcome(in: copy)
        #expect(Self.line(of: "10.2.3", in: screen).hasSuffix("◐ in progress (0 of \(exercises.count) pass)"))
        for id in ["10.2.1", "10.2.2", "10.2.4", "10.2.5"] {
            #expect(Self.line(of: id, in: screen).hasSuffix("· not started"), "\(Self.line(of: id, in: screen))")
        }
        #expect(screen.contains("0 of \(copy.workbook.katas.count) parts solved, 1 in progress"))
        // At 80 columns every kata's row stays on one line: a long title is cut, not wrapped.
        for kata in copy.workbook.katas {
            let row = Self.line(of: kata.id, in: screen)
            #expect(row.count <= 80 && (row.contains(kata.title) || row.contains("…")), "\(row)")
        }
        #expect(ProgressFile(root: copy.root).lastKata == "10.2.3")
        let line = try #require(Self.functionLine(exercises[0], of: third, in: copy))
        #expect(screen.contains("Next: keep going with `\(exercises[0])` in \(third.solutionFile):\(line), "
                                + "then \(Driver.invocation) check 10.2.3"), "\(screen)")
    }

    @Test("an attempt that leaves an earlier exercise untouched says to write that one")
    func untouchedBeforeTheAttempt() throws {
        let copy = try TemporaryWorkbook()
        let third = try copy.kata("10.2.3")
        let exercises = try Self.exercises(of: third, in: copy)
        try Self.record([(id: third.id, result: try Self.result(of: third, in: copy, [exercises[1]: .passed]))], in: copy)
        let screen = Self.welcome(in: copy)
        #expect(Self.line(of: "10.2.3", in: screen).hasSuffix("◐ in progress (1 of \(exercises.count) pass)"))
        #expect(screen.contains("Next: write `\(exercises[0])` in \(third.solutionFile):"), "\(screen)")
    }

    @Test("a pass on every exercise of a part makes it solved, and Next moves on")
    func passEverywhere() throws {
        let copy = try TemporaryWorkbook()
        try Self.readEverything(in: copy)
        let first = try copy.kata("10.2.1")
        let passes = Dictionary(uniqueKeysWithValues: try Self.exercises(of: first, in: copy).map { ($0, CheckVerdict.passed) })
        try Self.record([(id: first.id, result: try Self.result(of: first, in: copy, passes))], in: copy)

        let screen = Self.welcome(in: copy)
        #expect(Self.line(of: "10.2.1", in: screen).hasSuffix("✓ solved"))
        #expect(screen.contains("1 of \(copy.workbook.katas.count) parts solved\n"))
        let second = try copy.kata("10.2.2")
        let exercise = try #require(try Self.exercises(of: second, in: copy).first)
        #expect(screen.contains("Next: write `\(exercise)` in \(second.solutionFile):"), "\(screen)")
    }

    @Test("a last kata written by an older driver for a story only read does not hold Next")
    func staleLastKata() throws {
        let copy = try TemporaryWorkbook()
        try Self.readEverything(in: copy)
        var progress = ProgressFile(root: copy.root)
        try progress.recordWorkedOn("10.2.5")
        #expect(Self.welcome(in: copy).contains("Next: write `countFlips` in "))
    }
}
