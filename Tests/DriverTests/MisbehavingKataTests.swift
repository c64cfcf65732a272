import Foundation
import Glibc
import Testing
@testable import kata

/// The driver against a kata program that crashes, hangs, floods, forges events or
/// leaves early on request (`MisbehavingKata`): each check gets the verdict that tells
/// what happened, the checks after it are still graded, and nothing is left running.
/// No package copy, no build: a case takes about a second.
@Suite("A misbehaving kata program cannot break the grader")
struct MisbehavingKataTests {
    /// A folder of its own for each case's program and scratch files.
    private static func withFolder<T>(_ body: (String) throws -> T) throws -> T {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("kata-misbehaving-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        return try body(folder)
    }

    /// Every check's verdict, in plan order; none when the kata was not graded.
    private static func verdicts(_ result: KataResult) -> [CheckVerdict] {
        guard case .graded(_, let exercises) = result else { return [] }
        return exercises.flatMap(\.checks).map(\.verdict)
    }

    /// The crash report of a crashed verdict.
    private static func crash(_ verdict: CheckVerdict?) -> CrashReport? {
        if case .crashed(let report)? = verdict { report } else { nil }
    }

    @Test("a crash is that check's verdict, in words; the program is started again after it")
    func crashes() throws {
        let kata = MisbehavingKata(exercises: [("a", [.pass, .crash(signal: "SEGV"), .pass]),
                                               ("b", [.exit(status: 0), .fail])])
        let verdicts = try Self.withFolder { try Self.verdicts(kata.grade(in: $0)) }
        #expect(verdicts.count == 5)
        #expect(verdicts.first == .passed)
        #expect(Self.crash(verdicts[1])?.message == "the program was stopped by signal 11 (segmentation fault)")
        #expect(verdicts[2] == .passed, "the check after a crash is graded")
        #expect(Self.crash(verdicts[3])?.message == "the program exited with status 0 in the middle of this check")
        guard case .failed(let failure) = verdicts[4] else { Issue.record("got \(verdicts[4])"); return }
        #expect(failure.call == "misbehave()")
    }

    @Test("a hang times out; the rest of its exercise is skipped, the next exercise graded")
    func hangs() throws {
        let kata = MisbehavingKata(exercises: [("a", [.pass, .hang, .pass]), ("b", [.pass])])
        let verdicts = try Self.withFolder { try Self.verdicts(kata.grade(in: $0, timeout: 1)) }
        #expect(verdicts.count == 4)
        guard case .timedOut(let seconds, _) = verdicts[1] else { Issue.record("got \(verdicts[1])"); return }
        #expect(seconds == 1)
        #expect(verdicts[2] == .notRun("Skipped: an earlier check of this exercise timed out."))
        #expect(verdicts[3] == .passed)
    }

    @Test("a program that ignores SIGQUIT and SIGTERM is killed all the same, with nothing left running")
    func stubbornHang() throws {
        let kata = MisbehavingKata(exercises: [("a", [.stubbornHang, .pass]), ("b", [.pass])])
        let started = Date()
        let (verdicts, left) = try Self.withFolder { folder in
            (try Self.verdicts(kata.grade(in: folder, timeout: 1)), RobustnessPackage.processesLeft(mentioning: folder))
        }
        guard case .timedOut = verdicts.first else { Issue.record("got \(verdicts)"); return }
        #expect(verdicts.last == .passed)
        #expect(left.isEmpty, "still running: \(left)")
        // The time-out, then the grace a backtrace is given, and no more.
        let limit = 1 + GradingSegment.backtraceGrace + 3
        #expect(Date().timeIntervalSince(started) < limit)
    }

    @Test("a flood of output is kept to the limit, counted, and the verdict still arrives")
    func flood() throws {
        let bytes = 50_000_000
        let kata = MisbehavingKata(exercises: [("a", [.flood(bytes: bytes), .fail])])
        let result = try Self.withFolder { try kata.grade(in: $0) }
        guard case .graded(_, let exercises) = result, let flooded = exercises.first?.checks.first else {
            Issue.record("got \(result)"); return
        }
        #expect(flooded.verdict == .passed)
        let (kept, dropped) = CappedBuffer.split(flooded.output)
        #expect(kept.utf8.count == GradingSegment.outputLimit)
        #expect(dropped == bytes - GradingSegment.outputLimit)
        guard case .failed = exercises[0].checks[1].verdict else { Issue.record("got \(exercises[0].checks[1])"); return }
    }

    @Test("events printed without the run's marker are output, not events: a forged pass does not pass")
    func forgedEvents() throws {
        let forged = "\u{1E}kata-report-guess\u{1E}" + MisbehavingKata.passedEvent(check: 0)
        let kata = MisbehavingKata(exercises: [("a", [.print(forged), .pass])])
        let result = try Self.withFolder { try kata.grade(in: $0) }
        guard case .graded(_, let exercises) = result else { Issue.record("got \(result)"); return }
        guard case .failed = exercises[0].checks[0].verdict else { Issue.record("got \(exercises[0].checks[0])"); return }
        #expect(exercises[0].checks[0].output.contains("kata-report-guess"))
        #expect(exercises[0].checks[1].verdict == .passed)
    }

    @Test("a program that crashes or hangs before its plan could not run, and says which")
    func beforePlan() throws {
        let crashing = MisbehavingKata(exercises: [("a", [.pass])], beforePlan: .crash(signal: "ABRT"))
        let hanging = MisbehavingKata(exercises: [("a", [.pass])], beforePlan: .hang)
        let (crashed, hung) = try Self.withFolder { folder in
            (try crashing.grade(in: folder), try hanging.grade(in: folder, timeout: 1))
        }
        #expect(crashed == .couldNotRun("The kata program stopped before its first check: the program was stopped by signal 6 (abort)."))
        // A hang before the plan is given the time-out and the time a program takes to start.
        #expect(hung == .couldNotRun("The kata program did not start within \(Int(1 + GradingSegment.startAllowance)) s."))
    }

    @Test("a child left holding the output open after the last check does not keep grading waiting, nor outlive it")
    func lingeringChild() throws {
        let kata = MisbehavingKata(exercises: [("a", [.pass, .fail])], atEnd: "sleep 1000 &")
        let started = Date()
        let (verdicts, left) = try Self.withFolder { folder in
            (try Self.verdicts(kata.grade(in: folder, timeout: 1)), RobustnessPackage.processesLeft(mentioning: folder))
        }
        #expect(verdicts.first == .passed)
        if case .failed? = verdicts.last {} else { Issue.record("got \(verdicts)") }
        #expect(left.isEmpty, "still running: \(left)")
        #expect(Date().timeIntervalSince(started) < 1 + GradingSegment.backtraceGrace + 3)
    }
}
