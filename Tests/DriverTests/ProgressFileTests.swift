import Foundation
import KataKit
import Testing
@testable import kata

@Suite("The progress file")
struct ProgressFileTests {
    private func temporaryRoot() throws -> String {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("kata-progress-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: root, withIntermediateDirectories: true)
        return root
    }

    private func files(in root: String) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: root).sorted()
    }

    private func write(_ text: String, in root: String) throws {
        try text.write(toFile: "\(root)/\(ProgressFile.fileName)", atomically: false, encoding: .utf8)
    }

    @Test("a recorded result is read back")
    func roundTrip() throws {
        let root = try temporaryRoot()
        var progress = ProgressFile(root: root)
        let entry = ProgressFile.Entry(exercisesPassed: 2, exercises: 6, compiled: true, checkedAt: Date(timeIntervalSince1970: 1_000_000),
                                       exerciseResults: [.init(name: "countFlips", passed: true), .init(name: "likelihood", passed: false)])
        try progress.record("10.2.1", entry)
        let reread = ProgressFile(root: root)
        #expect(reread.katas["10.2.1"] == entry)
        #expect(reread.problem == nil)
        #expect(reread.katas["10.2.1"]?.isSolved == false)
        #expect(reread.katas["10.2.1"]?.firstUnpassedExercise?.name == "likelihood")
    }

    @Test("a version 1 file is read forward, then written back as the current version")
    func versionOne() throws {
        let root = try temporaryRoot()
        try write("""
            {
              "katas" : {
                "10.2.1" : { "checkedAt" : "2026-01-02T03:04:05Z", "compiled" : true, "exercises" : 6, "exercisesPassed" : 6 },
                "10.2.2" : { "checkedAt" : "2026-01-02T03:04:05Z", "compiled" : false, "exercises" : 0, "exercisesPassed" : 0 }
              },
              "version" : 1
            }
            """, in: root)
        var progress = ProgressFile(root: root)
        #expect(progress.problem == nil)
        #expect(progress.katas["10.2.1"]?.isSolved == true)
        #expect(progress.katas["10.2.1"]?.exerciseResults == nil)
        #expect(progress.state(of: "10.2.2") == .inProgress)
        #expect(progress.lastKata == nil)
        try progress.recordHintsSeen(kata: "10.2.2", exercise: "mean", tiers: 1)
        let text = try String(contentsOfFile: "\(root)/\(ProgressFile.fileName)", encoding: .utf8)
        #expect(text.contains("\"version\" : \(ProgressContents.currentVersion)"))
        let reread = ProgressFile(root: root)
        #expect(reread.katas["10.2.1"]?.isSolved == true)
        #expect(reread.hintsSeen(kata: "10.2.2", exercise: "mean") == 1)
        #expect(reread.lastKata == "10.2.2")
    }

    @Test("an exercise a check found untouched is recorded as not attempted, under a key only it gets")
    func notAttempted() throws {
        let root = try temporaryRoot()
        let plan = KataPlan(id: "10.2.1", title: "Coin flip", exercises: [
            .init(name: "countFlips", summary: "Count.", hints: [], checks: ["one"]),
            .init(name: "likelihood", summary: "L.", hints: [], checks: ["one"]),
        ])
        let result = KataResult.graded(plan: plan, exercises: [
            GradedExercise(exercise: plan.exercises[0], checks: [.init(name: "one", verdict: .failed(CheckFailure(call: "c", expected: "1", actual: "2")), output: "")]),
            GradedExercise(exercise: plan.exercises[1], checks: [.init(name: "one", verdict: .notAttempted(CodeLocation(file: "S.swift", line: 3)), output: "")]),
        ])
        var progress = ProgressFile(root: root)
        try progress.record("10.2.1", ProgressFile.Entry(result: result))
        let text = try String(contentsOfFile: "\(root)/\(ProgressFile.fileName)", encoding: .utf8)
        #expect(text.components(separatedBy: "\"notAttempted\" : true").count == 2, "only the untouched exercise: \(text)")
        #expect(!text.contains("\"notAttempted\" : false"))
        let reread = try #require(ProgressFile(root: root).katas["10.2.1"]?.exerciseResults)
        #expect(reread.map(\.isAttempted) == [true, false])
        #expect(result.isAttempted)
    }

    @Test("a version 2 file from before not-attempted was recorded still loads, its results counting as attempted")
    func versionTwoBeforeNotAttempted() throws {
        let root = try temporaryRoot()
        try write("""
            {
              "hints" : {},
              "katas" : {
                "10.2.1" : {
                  "checkedAt" : "2026-01-02T03:04:05Z", "compiled" : true, "exercises" : 2, "exercisesPassed" : 0,
                  "exerciseResults" : [ { "name" : "countFlips", "passed" : false }, { "name" : "likelihood", "passed" : false } ]
                },
                "10.2.2" : {
                  "checkedAt" : "2026-01-02T03:04:05Z", "compiled" : true, "exercises" : 1, "exercisesPassed" : 1,
                  "exerciseResults" : [ { "name" : "mean", "passed" : true } ]
                }
              },
              "lastKata" : "10.2.1",
              "version" : 2
            }
            """, in: root)
        var progress = ProgressFile(root: root)
        #expect(progress.problem == nil)
        #expect(progress.lastKata == "10.2.1")
        #expect(progress.katas["10.2.1"]?.exerciseResults?.map(\.isAttempted) == [true, true])
        #expect(progress.katas["10.2.1"]?.firstUnpassedExercise?.name == "countFlips")
        // The file did not say what was attempted: a failing result stays in progress.
        #expect(progress.state(of: "10.2.1") == .inProgress)
        #expect(progress.state(of: "10.2.2") == .solved)
        try progress.recordWorkedOn("10.2.2")
        let reread = ProgressFile(root: root)
        #expect(reread.problem == nil)
        #expect(reread.katas == progress.katas)
        #expect(try !String(contentsOfFile: "\(root)/\(ProgressFile.fileName)", encoding: .utf8).contains("notAttempted"))
    }

    @Test("an unreadable file is reported in one line, kept aside under the ignored name, and rebuilt", arguments: [
        ("{ not json", "damaged", "was damaged"),
        ("", "damaged", "was damaged"),
        ("[1, 2, 3]", "foreign", "no format version"),
        (#"{"name": "my-app", "dependencies": {}}"#, "foreign", "no format version"),
        (#"{"version": 3, "katas": {}}"#, "foreign", "newer kata"),
        (#"{"version": 2, "katas": "all of them"}"#, "foreign", "does not expect"),
    ])
    func unreadable(text: String, kind: String, reason: String) throws {
        let root = try temporaryRoot()
        try write(text, in: root)
        var progress = ProgressFile(root: root)
        let problem = try #require(progress.problem)
        #expect(problem.contains(reason))
        #expect(!problem.contains("\n"))
        #expect(progress.katas.isEmpty)
        let aside = try #require(try files(in: root).first { $0.hasPrefix("\(ProgressFile.fileName).\(kind)-") })
        #expect(problem.contains(aside))
        #expect(try String(contentsOfFile: "\(root)/\(aside)", encoding: .utf8) == text)
        // Rebuilt at once: the next run reads it without a word.
        #expect(ProgressFile(root: root).problem == nil)
        try progress.record("10.2.1", ProgressFile.Entry(exercisesPassed: 6, exercises: 6, compiled: true, checkedAt: Date()))
        #expect(ProgressFile(root: root).problem == nil)
        #expect(ProgressFile(root: root).katas["10.2.1"]?.isSolved == true)
    }

    @Test(".gitignore keeps the progress file and everything set aside from it out of git")
    func ignored() throws {
        let ignore = try String(contentsOfFile: "\(WorkbookTests.packageRoot)/.gitignore", encoding: .utf8)
        let lines = ignore.split(separator: "\n").map(String.init)
        #expect(lines.contains(ProgressFile.fileName))
        #expect(lines.contains("\(ProgressFile.fileName).*"))
    }

    @Test("a second file set aside in the same second gets a name of its own")
    func asideNamesDoNotClash() throws {
        let root = try temporaryRoot()
        let now = Date(timeIntervalSince1970: 1_800_000_000)
        let first = ProgressFile.asideName(for: .damaged, in: root, now: now)
        #expect(first == ".kata-progress.json.damaged-20270115-080000")
        try "x".write(toFile: "\(root)/\(first)", atomically: false, encoding: .utf8)
        #expect(ProgressFile.asideName(for: .damaged, in: root, now: now) == first + "-2")
    }

    @Test("hints seen are remembered per kata and exercise, and never go down")
    func hints() throws {
        let root = try temporaryRoot()
        var progress = ProgressFile(root: root)
        try progress.recordHintsSeen(kata: "10.2.1", exercise: "likelihood", tiers: 2)
        try progress.recordHintsSeen(kata: "10.2.1", exercise: "likelihood", tiers: 1)
        try progress.recordHintsSeen(kata: "10.2.3", exercise: "fit", tiers: 1)
        let reread = ProgressFile(root: root)
        #expect(reread.hintsSeen(kata: "10.2.1", exercise: "likelihood") == 2)
        #expect(reread.hintsSeen(kata: "10.2.1", exercise: "countFlips") == 0)
        #expect(reread.hintsSeen(kata: "10.2.3", exercise: "fit") == 1)
        #expect(reread.lastKata == "10.2.3")
        #expect(reread.state(of: "10.2.1") == .inProgress)
        #expect(reread.state(of: "10.2.2") == .notStarted)
    }

    @Test("a write replaces the file in one step and leaves no temporary file behind")
    func atomicWrite() throws {
        let root = try temporaryRoot()
        var progress = ProgressFile(root: root)
        for passed in 0...3 {
            try progress.record("10.2.1", ProgressFile.Entry(exercisesPassed: passed, exercises: 3, compiled: true, checkedAt: Date()))
        }
        try progress.recordWorkedOn("10.2.1")
        #expect(try files(in: root) == [ProgressFile.fileName])
        #expect(ProgressFile(root: root).katas["10.2.1"]?.isSolved == true)
    }

    @Test("a folder where the file should be is reported, read as no progress, and left as it is")
    func folderInTheWay() throws {
        let root = try temporaryRoot()
        try FileManager.default.createDirectory(atPath: "\(root)/\(ProgressFile.fileName)/keep", withIntermediateDirectories: true)
        var progress = ProgressFile(root: root)
        #expect(progress.katas.isEmpty)
        let problem = try #require(progress.problem)
        #expect(problem.contains("A folder named \(ProgressFile.fileName)"))
        #expect(problem.contains("move that folder out of the way"))
        #expect(!problem.contains("\n"))
        try progress.recordWorkedOn("10.2.1")
        #expect(progress.lastKata == "10.2.1")
        #expect(progress.unsaved == nil, "the problem already said it; no second message")
        #expect(try files(in: root) == [ProgressFile.fileName])
        #expect(FileManager.default.fileExists(atPath: "\(root)/\(ProgressFile.fileName)/keep"))
    }

    @Test("a save that fails says once, in one line, what could not be written and what to do")
    func unsaved() throws {
        let root = try temporaryRoot()
        var progress = ProgressFile(root: "\(root)/missing")
        #expect(throws: AtomicFile.WriteError.self) {
            try progress.record("10.2.1", ProgressFile.Entry(exercisesPassed: 0, exercises: 6, compiled: true, checkedAt: Date()))
        }
        let first = try #require(progress.unsaved)
        #expect(first.contains("could not create \(root)/missing/\(ProgressFile.fileName)"))
        #expect(first.contains("Make the workbook folder writable"))
        #expect(!first.contains("\n"))
        #expect(throws: AtomicFile.WriteError.self) { try progress.recordWorkedOn("10.2.2") }
        #expect(progress.unsaved == first)
    }

    @Test("two runs that read the file before either saved both keep what they recorded")
    func concurrentRuns() throws {
        let root = try temporaryRoot()
        var first = ProgressFile(root: root)
        var second = ProgressFile(root: root)
        let entry = ProgressFile.Entry(exercisesPassed: 1, exercises: 2, compiled: true, checkedAt: Date(timeIntervalSince1970: 1_000_000))
        try first.record("10.2.1", entry)
        try second.record("10.2.2", entry)
        try first.recordHintsSeen(kata: "10.2.1", exercise: "likelihood", tiers: 1)
        try second.recordHintsSeen(kata: "10.2.1", exercise: "likelihood", tiers: 2)
        try first.recordHintsSeen(kata: "10.2.1", exercise: "countFlips", tiers: 1)
        let reread = ProgressFile(root: root)
        #expect(reread.katas == ["10.2.1": entry, "10.2.2": entry])
        #expect(reread.hintsSeen(kata: "10.2.1", exercise: "likelihood") == 2)
        #expect(reread.hintsSeen(kata: "10.2.1", exercise: "countFlips") == 1)
        #expect(first.katas == reread.katas, "each run also sees what the other saved")
    }

    @Test("a write into a folder that is gone fails with a reason and leaves nothing")
    func failedWrite() throws {
        let root = try temporaryRoot()
        #expect(throws: AtomicFile.WriteError.self) {
            try AtomicFile.write(Data("{}".utf8), to: "\(root)/missing/\(ProgressFile.fileName)")
        }
        #expect(try files(in: root).isEmpty)
    }
}
