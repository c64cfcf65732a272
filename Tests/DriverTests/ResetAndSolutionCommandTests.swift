import Foundation
import Testing
@testable import kata

/// `kata reset` and `kata solution` through the driver, on a temporary copy of the
/// workbook, answering the confirmation as a learner would (or not at all, as in CI).
@Suite("kata reset and kata solution, end to end")
struct ResetAndSolutionCommandTests {
    /// No terminal: any attempt to read an answer is a failure of the test.
    static var noTerminal: ConfirmationPrompt {
        ConfirmationPrompt(isInteractive: false, readAnswer: {
            Issue.record("asked for an answer with no terminal")
            return nil
        })
    }

    /// Runs `kata <arguments>` in `copy`.
    func kata(_ arguments: String..., in copy: TemporaryWorkbook, confirmation: ConfirmationPrompt = noTerminal)
        -> (code: Int32, output: String) {
        var output = ""
        let code = Driver.main(arguments: arguments, directory: copy.root + "/katas", executablePath: nil,
                               style: .plain, write: { output += $0 }, confirmation: confirmation)
        return (code, output)
    }

    @Test("reset: refuses with no terminal and no --yes; asks once for all; backs up; leaves stubs alone")
    func reset() throws {
        let copy = try TemporaryWorkbook()
        let first = try copy.kata("10.2.1"), third = try copy.kata("10.2.3")
        let mine = try copy.stub(of: first) + "// mine\n", alsoMine = try copy.stub(of: third) + "// also mine\n"
        try copy.edit(first, to: mine)
        try copy.edit(third, to: alsoMine)

        #expect(kata("reset", "10.2", in: copy).code == 2)
        #expect(copy.solution(of: first) == mine)
        #expect(copy.backups(of: first).isEmpty)

        let declined = kata("reset", "10.2", in: copy, confirmation: .answering("n"))
        #expect(declined.code == 0)
        #expect(declined.output.contains("Nothing was changed."))
        #expect(copy.solution(of: first) == mine && copy.solution(of: third) == alsoMine)

        var questions = 0
        let agreed = kata("reset", "--all", in: copy, confirmation: ConfirmationPrompt(isInteractive: true) {
            questions += 1
            return "y"
        })
        #expect(agreed.code == 0)
        #expect(questions == 1)
        #expect(agreed.output.contains("Reset these 2 files to the pristine stub? [y/N] "))
        let untouched = copy.workbook.katas.map(\.id).filter { $0 != first.id && $0 != third.id }
        #expect(agreed.output.contains("Already the pristine stub, nothing to reset: \(untouched.joined(separator: ", "))."))
        for (kata, text) in [(first, mine), (third, alsoMine)] {
            #expect(try copy.solution(of: kata) == copy.stub(of: kata))
            let backup = try #require(copy.backups(of: kata).first)
            #expect(copy.backups(of: kata).count == 1)
            let relative = ".kata-backups/\(kata.id)-\(kata.slug)/\(backup)"
            #expect(agreed.output.contains("your version is kept in \(relative)"))
            #expect(try String(contentsOfFile: "\(copy.root)/\(relative)", encoding: .utf8) == text)
        }

        let again = kata("reset", "coin-flip", "--yes", in: copy)
        #expect(again.code == 0)
        #expect(again.output.contains("katas/10.2.1-coin-flip/Solution.swift is already the pristine stub"))
        #expect(copy.backups(of: first).count == 1)

        try copy.edit(first, to: mine + "// more\n")
        var progress = ProgressFile(root: copy.root)
        try progress.record("10.2.1", ProgressFile.Entry(exercisesPassed: 3, exercises: 3, compiled: true, checkedAt: Date()))
        #expect(kata("reset", "10.2.1", "--yes", in: copy).code == 0)
        #expect(copy.backups(of: first).count == 2)
        #expect(try copy.solution(of: first) == copy.stub(of: first))
        // The solved result went with the file it described.
        #expect(ProgressFile(root: copy.root).katas["10.2.1"] == nil)
    }

    @Test("reset: a missing file gets its stub back without asking, since nothing of the learner's is lost")
    func resetMissing() throws {
        let copy = try TemporaryWorkbook()
        let kata = try copy.kata("10.2.5")
        try FileManager.default.removeItem(atPath: "\(copy.root)/\(kata.solutionFile)")
        let restored = self.kata("reset", "10.2.5", in: copy)
        #expect(restored.code == 0)
        #expect(restored.output.contains("katas/10.2.5-exponential/Solution.swift was missing; the pristine stub is back"))
        #expect(try copy.solution(of: kata) == copy.stub(of: kata))
        #expect(copy.backups(of: kata).isEmpty)
    }

    @Test("solution: asks (or needs --force) until the kata is solved, and records nothing")
    func solution() throws {
        let copy = try TemporaryWorkbook()
        let file = "katas/10.2.1-coin-flip/Kata/ReferenceSolution.swift"
        let reference = try String(contentsOfFile: "\(copy.root)/\(file)", encoding: .utf8)
        let header = "── \(file) ──"

        let refused = kata("solution", "10.2.1", in: copy)
        #expect(refused.code == 2)
        #expect(refused.output.contains("nothing is recorded"))
        #expect(!refused.output.contains(reference))

        let declined = kata("solution", "10.2.1", in: copy, confirmation: .answering(""))
        #expect(declined.code == 0)
        #expect(!declined.output.contains(reference))

        for shown in [kata("solution", "coin-flip", in: copy, confirmation: .answering("y")),
                      kata("solution", "10.2.1", "--force", in: copy)] {
            #expect(shown.code == 0)
            #expect(shown.output.contains("does not count against anything"))
            #expect(shown.output.contains(header + "\n\n" + reference))
            #expect(shown.output.contains("To open it in your editor: \(file)"))
        }
        #expect(!FileManager.default.fileExists(atPath: "\(copy.root)/\(ProgressFile.fileName)"))

        var progress = ProgressFile(root: copy.root)
        try progress.record("10.2.1", ProgressFile.Entry(exercisesPassed: 3, exercises: 3, compiled: true, checkedAt: Date()))
        let solved = kata("solution", "10.2.1", in: copy)
        #expect(solved.code == 0)
        #expect(solved.output.hasPrefix(header))
        #expect(!solved.output.contains("not solved"))

        let part = kata("solution", "10.2", in: copy)
        #expect(part.code == 2)
        let unsolved = copy.workbook.katas.map(\.id).filter { $0.hasPrefix("10.2.") && $0 != "10.2.1" }
        // Unwrapped: with more katas the list wraps at the report's width.
        let unwrapped = part.output.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        #expect(unwrapped.contains("You have not solved \(unsolved.joined(separator: ", ")) yet"), "\(part.output)")
    }
}
