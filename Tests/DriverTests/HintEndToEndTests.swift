import Foundation
import Testing
@testable import kata

/// `kata hint`, `kata list` and the progress file against a real kata binary, on a
/// temporary copy of the package (see `EndToEndTests`; its first build takes minutes).
@Suite("Hints and progress end to end", .serialized, .ownThreads)
final class HintEndToEndTests {
    /// This test's turn with the shared copy of the package.
    let copy: PackageCopy.Turn

    init() async throws {
        copy = try await PackageCopy.turn()
    }

    var root: String { copy.root }

    /// Runs `kata` in the copy, as a learner would with output piped.
    func kata(_ arguments: String...) -> (status: Int32, output: String) {
        var output = ""
        let status = Driver.main(arguments: arguments, directory: root, executablePath: nil, style: .plain,
                                 write: { output += $0 })
        return (status, output)
    }

    /// Replaces the learner's Solution.swift, moving its time stamp so the driver rebuilds.
    func writeSolution(_ text: String) throws {
        let path = "\(root)/\(EndToEndTests.kata.solutionFile)"
        try text.write(toFile: path, atomically: false, encoding: .utf8)
        try FileManager.default.setAttributes([.modificationDate: Date().addingTimeInterval(2)], ofItemAtPath: path)
    }

    @Test("hints go one tier further each time, survive a compile error, and show in the progress; a damaged file is set aside")
    func hintsAndProgress() throws {
        let progressPath = "\(root)/\(ProgressFile.fileName)"
        try "{\"katas\": {\"10.2.1\": ".write(toFile: progressPath, atomically: false, encoding: .utf8)

        let first = kata("hint", "10.2.1")
        #expect(first.status == 0)
        #expect(first.output.contains("was damaged (not JSON), so it is kept as .kata-progress.json.damaged-"))
        #expect(first.output.contains("Hint 1 of 3 for countFlips (katas/10.2.1-coin-flip/Solution.swift:"))
        #expect(kata("hint", "10.2.1").output.contains("Hint 2 of 3 for countFlips"))
        #expect(kata("hint", "coin-flip", "likelihood").output.contains("Hint 1 of 3 for likelihood"))
        #expect(kata("hint", "10.2.1", "likelyhood").status == 2)
        #expect(kata("hint", "10.2").status == 2)

        // In `kata watch`, saving grades again and `h` is the next hint.
        var watched = ""
        let workbook = try Workbook.locate(from: root, executablePath: nil)
        _ = Driver(workbook: workbook, style: .plain, write: { watched += $0 })
            .hint(EndToEndTests.kata, exercise: "logLikelihood", watching: true)
        #expect(watched.contains("Next: try it, then save the file; h again gives hint 2 of "))

        // A file that no longer compiles still gets hints, from the plan kept at the last build.
        try writeSolution("import CoinFlipKata\n\nthis does not compile\n")
        let broken = kata("hint", "10.2.1", "likelihood")
        #expect(broken.status == 0)
        #expect(broken.output.contains("Hint 2 of 3 for likelihood"))

        let started = kata("list")
        let parts = try Workbook.locate(from: root, executablePath: nil).katas.count
        #expect(started.output.contains("0 of \(parts) parts solved, 1 in progress"))
        #expect(started.output.contains("◐ in progress (hints seen)"))
        let progress = ProgressFile(root: root)
        #expect(progress.hintsSeen(kata: "10.2.1", exercise: "countFlips") == 2)
        #expect(progress.hintsSeen(kata: "10.2.1", exercise: "likelihood") == 2)
        #expect(progress.lastKata == "10.2.1")

        // Solved: the list says so, and hint with no exercise has nothing left to hint at.
        try writeSolution("import CoinFlipKata\n\ntypealias Solution = ReferenceSolution\n")
        #expect(kata("check", "10.2.1").status == 0)
        let solved = kata()
        #expect(solved.output.contains("1 of \(parts) parts solved"))
        #expect(solved.output.contains("✓ solved"))
        #expect(solved.output.contains("swift run kata run 10.2.2"))
        #expect(kata("hint", "10.2.1").output.contains("Every exercise of 10.2.1 passed at your last check."))
    }
}
