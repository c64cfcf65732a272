import Foundation
import Testing
@testable import kata

/// `kata dev new` and `kata dev check` on a temporary copy of the package, with its
/// Docs (see `EndToEndTests`; the first build takes minutes).
@Suite("Author tools end to end", .serialized, .ownThreads)
final class AuthorToolsEndToEndTests {
    /// This test's turn with the shared copy of the package.
    let copy: PackageCopy.Turn

    init() async throws {
        copy = try await PackageCopy.turn()
    }

    var root: String { copy.root }

    /// Runs `kata` in the copy with output piped, its lines unwrapped: every run of
    /// white space becomes one space.
    func kata(_ arguments: String...) -> (status: Int32, output: String) {
        var output = ""
        let status = Driver.main(arguments: arguments, directory: root, executablePath: nil, style: .plain,
                                 write: { output += $0 })
        return (status, output.split(whereSeparator: \.isWhitespace).joined(separator: " "))
    }

    /// Replaces `old` with `new` in the copy's file at `path`, moving its time stamp so
    /// the driver rebuilds.
    func edit(_ path: String, replacing old: String, with new: String,
              sourceLocation: SourceLocation = #_sourceLocation) throws {
        let file = "\(root)/\(path)"
        let text = try String(contentsOfFile: file, encoding: .utf8)
        #expect(text.contains(old), "\(path) has no «\(old)»", sourceLocation: sourceLocation)
        try text.replacingOccurrences(of: old, with: new).write(toFile: file, atomically: false, encoding: .utf8)
        try FileManager.default.setAttributes([.modificationDate: Date().addingTimeInterval(2)], ofItemAtPath: file)
    }

    @Test("dev new makes a kata that dev check passes; a kata broken on purpose fails it, precisely")
    func newThenBroken() throws {
        let created = kata("dev", "new", "99.9.1", "trial-run", "--title", "Trial run")
        #expect(created.status == 0, "\(created.output)")
        #expect(created.output.contains("Created kata 99.9.1 in katas/99.9.1-trial-run/"))
        #expect(created.output.contains("Wrote Docs/99.9/: 1 page, 0 figures"))
        let manifest = try String(contentsOfFile: "\(root)/Package.swift", encoding: .utf8)
        #expect(manifest.contains("""
            Kata("99.9.1", "trial-run", module: "TrialRunKata", title: "Trial run"),
        """))
        let workbook = try Workbook.locate(from: root, executablePath: nil)
        // A chapter no real kata uses, so the test holds whatever katas the workbook has.
        #expect(workbook.katas.last?.id == "99.9.1")
        let tested = try String(contentsOfFile: "\(root)/\(KataScaffold.testList)", encoding: .utf8)
        #expect(tested.contains("\(KataScaffold(id: "99.9.1", slug: "trial-run", title: "Trial run").testedLine)\n]"))
        #expect(tested.contains("import TrialRunKata\n@testable import TrialRunKataPristine\n"))

        let held = kata("dev", "check")
        #expect(held.status == 0, "\(held.output)")
        #expect(held.output.contains("✓ 99.9.1 Trial run: 3 checks pass on the reference, find the stub not attempted, and fail with a message; 1 exercise with hints"))
        #expect(held.output.contains("Every kata holds, and Docs/ and katas/SHA256SUMS are current."))
        #expect(kata("run", "99.9.1", "--no-pager").output.contains("✓ checked: the sample mean lands near the true mean"))

        // Broken on purpose: a hint list emptied, a stub that answers, a check that
        // compares nothing, and a page edited by hand.
        try edit("katas/99.9.1-trial-run/Kata/TrialRunChecks.swift",
                 replacing: "\"Add the values up, then divide by how many there are.\",", with: "")
        try edit("katas/99.9.1-trial-run/Kata/TrialRunChecks.swift",
                 replacing: "\"`values.reduce(0, +) / Double(values.count)`\",", with: "")
        try edit("katas/99.9.1-trial-run/Pristine/Solution.swift", replacing: "todo()", with: "values.first ?? 0")
        try edit("katas/99.9.1-trial-run/Kata/TrialRunChecks.swift",
                 replacing: "Check(\"one value\") { try expectMean($0, [7.5]) }",
                 with: "Check(\"one value\") { _ = $0.sampleMean([7.5]) }")
        try edit("Docs/10.2/10.2.2-gaussian-mle.md", replacing: "# 10.2.2 Gaussian MLE", with: "# 10.2.2 Gaussian maximum likelihood")
        let broken = kata("dev", "check")
        #expect(broken.status == 1)
        for problem in [
            "✗ 99.9.1 Trial run:",
            "- sampleMean: no hints. Give it 2 or 3, gentle first, explicit last.",
            "- sampleMean: the stub as shipped should be not attempted on \"four values: [1, 2, 3, 4]\", but it failed: sampleMean([1.0, 2.0, 3.0, 4.0]) should be 2.5, got 1.0.",
            "- sampleMean: \"one value\" passed even with every comparison failing: it never calls expect(…), so no wrong answer can fail it.",
            "✗ Docs/ no longer match what the katas write:",
            "- Docs/10.2/10.2.2-gaussian-mle.md line 3: committed «# 10.2.2 Gaussian maximum likelihood",
            "✗ katas/SHA256SUMS no longer seals the shipped files; a teacher's `kata check --verify` would flag them:",
            "- katas/99.9.1-trial-run/Kata/TrialRunChecks.swift (changed)",
            "kata dev check failed for 99.9.1, Docs/, katas/SHA256SUMS.",
        ] {
            #expect(broken.output.contains(problem), "\(problem)\n\(broken.output)")
        }
        #expect(broken.output.contains("✓ 10.2.1 Coin flip"), "the other katas still hold")
    }
}
