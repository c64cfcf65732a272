import Foundation
import Testing
@testable import kata

/// Backups and resets of one learner file, on a temporary copy of the workbook.
@Suite("Resetting a Solution.swift keeps a backup first")
struct SolutionResetTests {
    /// 2025-03-04 05:06:07 UTC.
    static let date = Date(timeIntervalSince1970: 1_741_064_767)
    static let utc = TimeZone(identifier: "UTC") ?? .current

    @Test("time stamps are yyyyMMdd-HHmmss in the given time zone, so names sort in time order")
    func stamp() throws {
        #expect(SolutionReset.stamp(Self.date, timeZone: Self.utc) == "20250304-050607")
        let paris = try #require(TimeZone(identifier: "Europe/Paris"))
        #expect(SolutionReset.stamp(Self.date, timeZone: paris) == "20250304-060607")
    }

    @Test("a changed file is backed up under its time stamp, then is the stub again")
    func backsUpThenResets() throws {
        let copy = try TemporaryWorkbook()
        let kata = try copy.kata("10.2.1")
        let mine = try copy.stub(of: kata) + "\n// my work\n"
        try copy.edit(kata, to: mine)
        let reset = SolutionReset(workbook: copy.workbook, timeZone: Self.utc)
        #expect(try !reset.isPristine(kata))

        let outcome = try reset.reset(kata, at: Self.date)

        #expect(outcome == .reset(backup: ".kata-backups/10.2.1-coin-flip/Solution-20250304-050607.swift"))
        #expect(copy.backups(of: kata) == ["Solution-20250304-050607.swift"])
        let backup = try String(contentsOfFile: "\(copy.root)/.kata-backups/10.2.1-coin-flip/Solution-20250304-050607.swift",
                                encoding: .utf8)
        #expect(backup == mine)
        #expect(try copy.solution(of: kata) == copy.stub(of: kata))
        #expect(try reset.isPristine(kata))
    }

    @Test("a backup is never overwritten: the same second gets a counter")
    func neverOverwritesABackup() throws {
        let copy = try TemporaryWorkbook()
        let kata = try copy.kata("coin-flip")
        let reset = SolutionReset(workbook: copy.workbook, timeZone: Self.utc)
        let stub = try copy.stub(of: kata)
        for attempt in 1...3 {
            try copy.edit(kata, to: stub + "// attempt \(attempt)\n")
            _ = try reset.reset(kata, at: Self.date)
        }
        let names = ["Solution-20250304-050607-2.swift", "Solution-20250304-050607-3.swift", "Solution-20250304-050607.swift"]
        #expect(copy.backups(of: kata) == names)
        let folder = "\(copy.root)/.kata-backups/10.2.1-coin-flip"
        #expect(try String(contentsOfFile: "\(folder)/\(names[2])", encoding: .utf8).hasSuffix("// attempt 1\n"))
        #expect(try String(contentsOfFile: "\(folder)/\(names[0])", encoding: .utf8).hasSuffix("// attempt 2\n"))
        #expect(try String(contentsOfFile: "\(folder)/\(names[1])", encoding: .utf8).hasSuffix("// attempt 3\n"))
    }

    @Test("a file that already is the stub is left alone, with no backup")
    func unchangedFileHasNoBackup() throws {
        let copy = try TemporaryWorkbook()
        let kata = try copy.kata("10.2.2")
        let reset = SolutionReset(workbook: copy.workbook, timeZone: Self.utc)
        #expect(try reset.isPristine(kata))
        #expect(try reset.reset(kata, at: Self.date) == .alreadyPristine)
        #expect(!FileManager.default.fileExists(atPath: "\(copy.root)/\(SolutionReset.backupFolder)"))
    }

    @Test("a missing file gets the stub back, with nothing to back up")
    func missingFile() throws {
        let copy = try TemporaryWorkbook()
        let kata = try copy.kata("10.2.3")
        try FileManager.default.removeItem(atPath: "\(copy.root)/\(kata.solutionFile)")
        #expect(try SolutionReset(workbook: copy.workbook).reset(kata) == .restoredMissing)
        #expect(try copy.solution(of: kata) == copy.stub(of: kata))
        #expect(copy.backups(of: kata).isEmpty)
    }

    @Test("when the backup cannot be made, the learner's file is not touched")
    func failedBackupLeavesTheFile() throws {
        let copy = try TemporaryWorkbook()
        let kata = try copy.kata("10.2.1")
        let mine = try copy.stub(of: kata) + "// precious\n"
        try copy.edit(kata, to: mine)
        // A file where the backup folder should be: the folder cannot be made.
        try "in the way".write(toFile: "\(copy.root)/\(SolutionReset.backupFolder)", atomically: true, encoding: .utf8)
        #expect {
            try SolutionReset(workbook: copy.workbook).reset(kata)
        } throws: { error in
            (error as? SolutionReset.Failure)?.message.contains("was left as it is") ?? false
        }
        #expect(copy.solution(of: kata) == mine)
    }
}
