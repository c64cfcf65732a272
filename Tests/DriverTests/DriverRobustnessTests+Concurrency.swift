import Foundation
import Glibc
import Testing
@testable import kata

/// Two `kata` processes at once, and Ctrl-C: see `DriverRobustnessTests`.
extension DriverRobustnessTests {
    @Test("two checks at once both build, both grade right, and the progress file keeps both results")
    func twoChecksAtOnce() throws {
        try startFresh()
        // Both katas are stale, so both processes run swift build on the one .build folder.
        try writeSolution("10.2.1", Self.neverBuilt(Self.solvedCoinFlip))
        try writeSolution("10.2.2", Self.neverBuilt(try pristine("10.2.2")))
        let first = try package.start(["check", "10.2.1"])
        let second = try package.start(["check", "10.2.2"])
        // Read one after the other: a check of one kata prints far less than a pipe holds,
        // so the second never waits on its output while the first is read.
        let solved = RobustnessPackage.finish(first, within: 600)
        let unsolved = RobustnessPackage.finish(second, within: 600)
        #expect(solved.termination == .exited(0), "\(solved.output)")
        #expect(solved.output.contains("All checked katas are solved"))
        #expect(unsolved.termination == .exited(1), "\(unsolved.output)")
        #expect(unsolved.output.contains("not attempted yet (todo() on line"))
        #expect(savedProgress() != nil, "the progress file parses")
        #expect(recordedKatas() == ["10.2.1", "10.2.2"], "neither result lost to the other's save")

        // The same kata twice at once, stale again: the same verdicts from both.
        try writeSolution("10.2.1", Self.neverBuilt(try pristine("10.2.1")))
        let twins = try [package.start(["check", "10.2.1"]), package.start(["check", "10.2.1"])]
            .map { RobustnessPackage.finish($0, within: 600) }
        for twin in twins {
            #expect(twin.termination == .exited(1), "\(twin.output)")
            #expect(twin.output.contains("0 of 6 exercises pass"), "\(twin.output)")
        }
        let entry = (savedProgress()?["katas"] as? [String: Any])?["10.2.1"] as? [String: Any]
        #expect(entry?["exercisesPassed"] as? Int == 0)
    }

    /// `text` with a comment no build has seen: the copy is kept between runs and shared
    /// by the suites, so a file as such may already have a fresh binary.
    static func neverBuilt(_ text: String) -> String {
        text + "\n// \(UUID())\n"
    }

    /// Starts `kata check 10.2.1 --timeout 60`, waits until a process matching `stage`
    /// runs, then sends SIGINT to the driver's whole process group, as a terminal does
    /// for Ctrl-C. Checks that the driver exits at once with 130 and leaves no child.
    func interrupt(when stage: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let before = try String(contentsOfFile: try solutionPath("10.2.1"), encoding: .utf8)
        let driver = try package.start(["check", "10.2.1", "--timeout", "60"])
        let deadline = Date(timeIntervalSinceNow: 300)
        var seen = false
        while !seen, Date() < deadline, RobustnessPackage.isRunning(driver.pid) {
            seen = RobustnessPackage.processes(mentioning: root).contains { $0.contains(stage) }
            if !seen { usleep(50_000) }
        }
        #expect(seen, "no \(stage) process was seen", sourceLocation: sourceLocation)
        let signalled = Date()
        kill(-driver.pid, SIGINT)
        let stopped = RobustnessPackage.finish(driver, within: 60)
        let seconds = Date().timeIntervalSince(signalled)
        #expect(stopped.termination == .exited(130), "\(stopped.output)", sourceLocation: sourceLocation)
        #expect(!stopped.killed, sourceLocation: sourceLocation)
        // Far more than the few milliseconds it takes, far less than the check's time-out.
        #expect(seconds < 30, "it took \(seconds) s to stop", sourceLocation: sourceLocation)
        #expect(RobustnessPackage.processesLeft(mentioning: root) == [], sourceLocation: sourceLocation)
        #expect(try String(contentsOfFile: try solutionPath("10.2.1"), encoding: .utf8) == before,
                sourceLocation: sourceLocation)
    }

    @Test("Ctrl-C during a build stops it with nothing left running, and the next check builds afresh")
    func interruptDuringBuild() throws {
        try startFresh()
        // A real change, so swift build compiles and links rather than finding nothing to do.
        try writeSolution("10.2.1", Self.neverBuilt(Self.solvedCoinFlip))
        try interrupt(when: "swift-frontend")
        #expect(!FileManager.default.fileExists(atPath: progressPath) || savedProgress() != nil)
        // However far that build got, the next check must not run a binary it left
        // half-written: the worst case (stopped while linking), made on purpose.
        let binary = workbook.binaryPath(for: try entry("10.2.1"))
        try Data("\u{7F}ELF, cut short by Ctrl-C".utf8).write(to: URL(fileURLWithPath: binary))
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: binary)
        let after = try package.kata("check", "10.2.1")
        #expect(after.termination == .exited(0), "\(after.output)")
        #expect(after.output.contains("All checked katas are solved"))
    }

    @Test("Ctrl-C while a check runs forever stops it at once with nothing left running; the next check works")
    func interruptDuringRun() throws {
        try startFresh()
        try writeSolution("10.2.1", try loopingCoinFlip())
        // Built first, so that the interrupt finds the check running, not the build.
        _ = try package.kata("check", "10.2.1", "--timeout", "1")
        try interrupt(when: "kata-10.2.1 grade")
        #expect(savedProgress() != nil, "the progress file saved by the first check still parses")
        try writeSolution("10.2.1", Self.solvedCoinFlip)
        let after = try package.kata("check", "10.2.1")
        #expect(after.termination == .exited(0), "\(after.output)")
    }
}
