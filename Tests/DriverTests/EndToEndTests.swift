import Foundation
import Testing
import KataKit
@testable import kata

/// The driver against a real kata binary, on a temporary copy of the package whose
/// Solution.swift is the pristine stub, edited as a learner would. The first build of
/// the copy takes a minute or two; each edit after it rebuilds one small module.
@Suite("Grading a learner's Solution.swift end to end", .serialized, .ownThreads)
final class EndToEndTests {
    static let kata = KataEntry(id: "10.2.1", slug: "coin-flip", title: "Coin flip: 9 heads in 13 flips")
    /// This test's turn with the shared copy of the package.
    let copy: PackageCopy.Turn
    let workbook: Workbook

    init() async throws {
        copy = try await PackageCopy.turn()
        workbook = try Workbook.locate(from: copy.root, executablePath: nil)
    }

    var root: String { copy.root }

    var solutionPath: String { "\(root)/\(Self.kata.solutionFile)" }
    var pristine: String { (try? String(contentsOfFile: "\(root)/\(Self.kata.folder)/Pristine/Solution.swift", encoding: .utf8)) ?? "" }

    /// Writes Solution.swift, making sure its time stamp moves so the driver sees it as new.
    func writeSolution(_ text: String) throws {
        try text.write(toFile: solutionPath, atomically: false, encoding: .utf8)
        try FileManager.default.setAttributes([.modificationDate: Date().addingTimeInterval(2)], ofItemAtPath: solutionPath)
    }

    /// The pristine stub with its first `todo()` replaced by `body`.
    func stubWithFirstExercise(_ body: String) -> String {
        guard let range = pristine.range(of: "todo()") else { return pristine }
        return pristine.replacingCharacters(in: range, with: body)
    }

    func lineNumber(of marker: String) -> Int? {
        (try? String(contentsOfFile: solutionPath, encoding: .utf8))?
            .split(separator: "\n", omittingEmptySubsequences: false).firstIndex { $0.contains(marker) }.map { $0 + 1 }
    }

    /// Grades the kata; `throughSwiftBuild` hands the build to swift build even when only
    /// Solution.swift changed, to compare with the recorded commands' build.
    func grade(timeout: Double = 5, throughSwiftBuild: Bool = false,
               onCheck: (Int, Int, CheckVerdict) -> Void = { _, _, _ in }) -> KataResult {
        let builder = KataBuilder(workbook: workbook, progress: BuildProgress(style: .plain, isTerminal: false),
                                  alwaysBuild: throughSwiftBuild)
        return KataGrader(workbook: workbook, builder: builder, timeout: timeout,
                          environment: KataGrader.childEnvironment(style: .plain, workbook: workbook)).grade(Self.kata, onCheck: onCheck)
    }

    func graded(_ result: KataResult, sourceLocation: Testing.SourceLocation = #_sourceLocation) throws -> [GradedExercise] {
        guard case .graded(_, let exercises) = result else {
            Issue.record("expected the kata to be graded, got \(result)", sourceLocation: sourceLocation)
            return []
        }
        return exercises
    }

    @Test("the whole learner's path: pristine, crash, infinite loop, compile error, right answer; exit codes")
    func learnerPath() throws {
        // Pristine: every check not attempted, never crashed or passed.
        let pristineExercises = try graded(grade())
        #expect(!pristineExercises.isEmpty)
        for check in pristineExercises.flatMap(\.checks) {
            guard case .notAttempted(let location) = check.verdict else {
                Issue.record("pristine check '\(check.name)' was \(check.verdict)")
                continue
            }
            #expect(location.file.hasSuffix("Solution.swift"))
        }
        var printed = ""
        #expect(Driver.main(arguments: ["check"], directory: root, executablePath: nil,
                            style: .plain, write: { printed += $0 }) == 1)
        #expect(printed.contains("not attempted yet"))
        #expect(printed.contains("Next: write `"))
        // SwiftPM's own description of this toolchain's build reads: later edits skip swift build.
        let commands = try #require(BuildStamp.load(for: workbook.binaryPath(for: Self.kata))?.commands)
        #expect(commands.solutionObject.hasSuffix("/kata_10_2_1.build/Solution.swift.o"))
        #expect(commands.compile.contains("-module-name") && !commands.compile.contains("-parseable-output"))
        // Every stub graded is nothing attempted: the first screen says not started.
        printed = ""
        #expect(Driver.main(arguments: [], directory: root, executablePath: nil, style: .plain, write: { printed += $0 }) == 0)
        #expect(printed.contains("0 of \(workbook.katas.count) parts solved\n") && !printed.contains("in progress"), "\(printed)")
        #expect(printed.contains("Next: write `countFlips` in \(Self.kata.solutionFile):"), "\(printed)")
        #expect(Driver.main(arguments: ["check", "10.9"], directory: root, executablePath: nil,
                            style: .plain, write: { _ in }) == 2)

        // --json: one document on standard output and nothing else, the same verdicts.
        printed = ""
        #expect(Driver.main(arguments: ["check", "10.2.1", "--json"], directory: root, executablePath: nil,
                            style: .plain, write: { printed += $0 }) == 1)
        let document = try #require(try JSONSerialization.jsonObject(with: Data(printed.utf8)) as? [String: Any])
        #expect(document["schema"] as? String == "kata-results" && document["version"] as? Int == 1)
        let kata = try #require((document["katas"] as? [[String: Any]])?.first)
        #expect(kata["status"] as? String == "not attempted")
        let checks = (kata["exercises"] as? [[String: Any]] ?? []).flatMap { $0["checks"] as? [[String: Any]] ?? [] }
        #expect(checks.count == pristineExercises.flatMap(\.checks).count)
        for check in checks {
            #expect(check["status"] as? String == "not attempted")
            #expect((check["location"] as? [String: Any])?["file"] as? String == Self.kata.solutionFile)
            #expect(check["durationSeconds"] is Double)
        }

        // A wrong answer that prints: each check shows what it printed, and only that.
        try writeSolution(stubWithFirstExercise("""
        print("counting \\(flips.count) flips")
                return (heads: 0, tails: flips.count)
        """))
        let printing = try #require(try graded(grade()).first)
        #expect(printing.checks.contains { if case .failed = $0.verdict { true } else { false } })
        for check in printing.checks {
            #expect(check.output.components(separatedBy: "counting ").count == 2, "\(check.name): \(check.output)")
        }

        // A crash in the first exercise: each of its checks crashed at the learner's
        // line, with what it printed; the checks after it still run.
        try writeSolution(stubWithFirstExercise("""
        print("counting…")
                let empty: [Int] = []
                _ = empty[1] // CRASH HERE
                todo()
        """))
        let crashed = try graded(grade())
        let crashLine = try #require(lineNumber(of: "CRASH HERE"))
        for check in try #require(crashed.first).checks {
            guard case .crashed(let report) = check.verdict else {
                Issue.record("'\(check.name)' was \(check.verdict), not crashed")
                continue
            }
            #expect(report.message == "Fatal error: Index out of range")
            #expect(report.location?.line == crashLine)
            #expect(report.location?.file.hasSuffix("Solution.swift") == true)
            #expect(check.output.contains("counting…"))
        }
        #expect(crashed.dropFirst().flatMap(\.checks).allSatisfy {
            if case .notAttempted = $0.verdict { true } else { false }
        })

        // An infinite loop: timed out, the process group killed, the next checks run.
        try writeSolution(stubWithFirstExercise("""
        var spins = 0
                while spins >= 0 { spins = (spins + 1) % 1000 } // LOOP HERE
                todo()
        """))
        let started = Date()
        var arrived: [(done: Int, total: Int, verdict: CheckVerdict)] = []
        let looped = try graded(grade(timeout: 1) { arrived.append(($0, $1, $2)) })
        // Each verdict was told as it came, in order, the time-out and the checks it skipped included.
        let every = looped.flatMap(\.checks).map(\.verdict)
        #expect(arrived.map(\.done) == Array(1...every.count))
        #expect(arrived.allSatisfy { $0.total == every.count })
        #expect(arrived.map(\.verdict) == every)
        let loopChecks = try #require(looped.first).checks
        if case .timedOut(let seconds, let report) = loopChecks[0].verdict {
            #expect(seconds == 1)
            // Where it was stuck: the learner's line or, when the loop's instructions carry
            // no line (Swift's backtrace gives none for some loops, more often on a busy
            // machine), the learner's function; a backtrace slower than the driver waits
            // for gives no report at all.
            if let report {
                #expect(report.location?.line == lineNumber(of: "LOOP HERE")
                        || (report.location == nil && report.function?.hasPrefix("countFlips") == true), "\(report)")
            }
        } else {
            Issue.record("'\(loopChecks[0].name)' was \(loopChecks[0].verdict), not timed out")
        }
        // The exercise's other checks are skipped rather than each left to time out.
        #expect(loopChecks.dropFirst().allSatisfy { if case .notRun = $0.verdict { true } else { false } })
        #expect(Date().timeIntervalSince(started) < 30)
        #expect(looped.dropFirst().flatMap(\.checks).allSatisfy {
            if case .notAttempted = $0.verdict { true } else { false }
        })

        // A compile error: the compiler's message, in the learner's file.
        try writeSolution(stubWithFirstExercise("retrun 0 // TYPO HERE"))
        guard case .didNotCompile(let errors) = grade() else {
            Issue.record("a typo should not compile")
            return
        }
        #expect(errors.contains { $0.file.hasSuffix(Self.kata.solutionFile) && $0.line == lineNumber(of: "TYPO HERE") })
        // The recorded commands (above) and swift build put the same errors in the learner's file.
        #expect(grade(throughSwiftBuild: true) == .didNotCompile(errors))
        // The story is told whole all the same, from the author's program, then the errors.
        printed = ""
        #expect(Driver.main(arguments: ["run", "10.2.1", "--no-pager"], directory: root, executablePath: nil,
                            style: .plain, write: { printed += $0 }) == 0)
        let story = try #require(printed.range(of: "Kata 10.2.1: the story, then your exercises"))
        let verdict = try #require(printed.range(of: "did not compile"))
        #expect(story.upperBound < verdict.lowerBound)
        #expect(!printed.contains("cannot run"))

        // The right answer: every check passes, and `kata check` exits 0.
        try writeSolution("import CoinFlipKata\n\ntypealias Solution = ReferenceSolution\n")
        let solved = grade()
        #expect(solved.isSolved)
        printed = ""
        let status = Driver.main(arguments: ["check", "10.2.1"], directory: root + "/katas", executablePath: nil,
                                 style: .plain, write: { printed += $0 })
        #expect(status == 0)
        #expect(printed.contains("Every kata is solved") || printed.contains("All checked katas are solved"))
        printed = ""
        #expect(Driver.main(arguments: ["check", "coin-flip", "--json"], directory: root, executablePath: nil,
                            style: .plain, write: { printed += $0 }) == 0)
        let solvedDocument = try #require(try JSONSerialization.jsonObject(with: Data(printed.utf8)) as? [String: Any])
        #expect(solvedDocument["passed"] as? Bool == true)

        // Watching: graded at once (solved), graded again when the file is saved with
        // a wrong answer, then again on r after the terminal narrowed from 80 columns to 60,
        // then q. On a terminal of 16 rows the wrong answer's report is cut; at 60 columns it
        // wraps at 60.
        printed = ""
        let keys = ScriptedKeys([
            { nil },
            { [self] in try? writeSolution(stubWithFirstExercise("return (heads: 0, tails: 0) // WATCHED")); return nil },
            { nil }, { nil }, { nil }, { nil }, { nil }, { nil }, { nil }, { nil },
            { UInt8(ascii: "r") }, { UInt8(ascii: "q") },
        ])
        var watcher = Driver(workbook: workbook, style: .plain, write: { printed += $0 })
        // Widths the environment could set (KATA_WIDTH, COLUMNS) would win over the terminal's.
        watcher.environment = [:]
        var screensDrawn = 0
        let watched = watcher.watch([Self.kata], startingAt: 0, timeout: 5, hint: { _ in }, keyboard: keys) {
            screensDrawn += 1
            return (screensDrawn < 3 ? 80 : 60, 16)
        }
        #expect(watched == 0)
        let screens = printed.components(separatedBy: "kata watch · 10.2.1")
        let widest = screens.dropFirst().map { $0.split(separator: "\n").map(\.count).max() ?? 0 }
        #expect(widest.count == 3 && widest[1] > 60 && widest[2] <= 60, "the widest line of each screen: \(widest)")
        // Each screen is its first line and what follows it, less the newline the cursor waits after.
        let rows = screens.dropFirst().map { $0.dropLast().split(separator: "\n", omittingEmptySubsequences: false).count }
        #expect(rows.allSatisfy { $0 <= 15 } && screens.last?.contains(" more lines: \(Driver.invocation) check 10.2.1") == true,
                "\(rows): \(printed)")
        #expect(screens.count == 4, "one screen at the start, one after the save and one on r: \(printed)")
        #expect(screens.dropFirst().first?.contains("All checked katas are solved. Next: press n for 10.2.2") == true)
        #expect(screens.last?.contains("✗ countFlips") == true)
        let unwrapped = screens.last?.replacingOccurrences(of: "\n      ", with: " ")
        #expect(unwrapped?.contains("then save the file: it is graded again at once") == true)
        #expect(keys.restored)
        try writeSolution("import CoinFlipKata\n\ntypealias Solution = ReferenceSolution\n")

        // The literate run, piped: the code of each step and its output, no section
        // break left in the text, then the verdicts.
        printed = ""
        #expect(Driver.main(arguments: ["run", "10.2.1"], directory: root, executablePath: nil,
                            style: .plain, write: { printed += $0 }) == 0)
        #expect(printed.contains("┏━ Swift\n┃ "))
        #expect(printed.contains("\n│ "))
        #expect(!printed.contains("\u{1E}"))
        #expect(printed.contains("Your solution"))

        // run --json: the story leaves standard output to the document, which says it held.
        printed = ""
        #expect(Driver.main(arguments: ["run", "10.2.1", "--json"], directory: root, executablePath: nil,
                            style: .plain, write: { printed += $0 }) == 0)
        let told = try #require(try JSONSerialization.jsonObject(with: Data(printed.utf8)) as? [String: Any])
        #expect(told["command"] as? String == "run" && told["storiesHeld"] as? Bool == true)
    }
}

/// Keys for `kata watch` from a script: each poll runs the next step, which may edit a
/// file, and gives its key (or none). When the script runs out, `q`.
final class ScriptedKeys: WatchKeys {
    private var steps: [() -> UInt8?]
    private(set) var restored = false

    init(_ steps: [() -> UInt8?]) {
        self.steps = steps
    }

    func key(waitingAtMost seconds: Double) -> UInt8? {
        guard !steps.isEmpty else { return UInt8(ascii: "q") }
        usleep(UInt32(seconds * 1_000_000))
        return steps.removeFirst()()
    }

    func restore() {
        restored = true
    }
}
