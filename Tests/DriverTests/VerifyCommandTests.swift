import Foundation
import Testing
import KataKit
@testable import kata

/// `kata check --verify` through the driver, on temporary copies of the workbook.
@Suite("kata check --verify")
struct VerifyCommandTests {
    /// Runs `kata <arguments>` in `copy`.
    func kata(_ arguments: String..., in copy: TemporaryWorkbook) -> (code: Int32, output: String) {
        var output = ""
        let code = Driver.main(arguments: arguments, directory: copy.root, executablePath: nil,
                               style: .plain, write: { output += $0 })
        return (code, output)
    }

    /// The verification step alone, as `check --verify` runs it before grading.
    func verify(_ katas: [KataEntry]? = nil, in copy: TemporaryWorkbook)
        -> (verification: ShippedFilesVerification?, output: String) {
        var output = ""
        let driver = Driver(workbook: copy.workbook, style: .plain, write: { output += $0 })
        return (driver.verifyShippedFiles(of: katas ?? copy.workbook.katas), output)
    }

    @Test("after sealing, verification finds every kata and the grader as shipped")
    func updateThenVerify() throws {
        let copy = try ChecksumManifestTests.sealedCopy()
        try FileManager.default.removeItem(atPath: copy.workbook.path(ChecksumManifest.path))
        #expect(Driver(workbook: copy.workbook, style: .plain, write: { _ in }).sealShippedFiles() == 0)
        let manifest = try ChecksumManifest.read(from: copy.workbook)

        let (verification, output) = verify(in: copy)
        #expect(verification?.isIntact == true)
        #expect(verification?.fingerprint == manifest.fingerprint)
        for kata in copy.workbook.katas {
            #expect(output.contains("✓ \(kata.id) \(kata.title) — story, checks and reference as shipped"))
        }
        #expect(output.contains("✓ the grader (Package.swift and Sources/) — as shipped"))
        #expect(output.contains("fingerprint is \(manifest.fingerprint)."))
        #expect(output.contains("sha256sum -c katas/SHA256SUMS"))
        #expect(!output.contains("✗"))
    }

    @Test("a changed check is named on its kata's line; the learner's own edits are not; other katas stay ✓")
    func tamperedKata() throws {
        let copy = try ChecksumManifestTests.sealedCopy()
        let regression = try copy.kata("10.2.3")
        let checks = "\(regression.folder)/Kata/RegressionChecks.swift"
        try ChecksumManifestTests.write("// no checks\n", to: checks, in: copy)
        try FileManager.default.removeItem(atPath: "\(copy.root)/\(regression.folder)/main.swift")
        try ChecksumManifestTests.write("// mine\n", to: "\(regression.folder)/Kata/Extra.swift", in: copy)
        try copy.edit(copy.kata("10.2.1"), to: "// my answers\n")

        let (verification, output) = verify(in: copy)
        #expect(verification?.isIntact == false)
        #expect(output.contains("✗ 10.2.3 \(regression.title) — changed since it was shipped: "
                                + "katas/10.2.3-mle-mse/Kata/Extra.swift (added), \(checks), "
                                + "katas/10.2.3-mle-mse/main.swift (missing)"))
        #expect(output.contains("✓ 10.2.1 "))
        #expect(output.contains("✓ the grader"))
        #expect(output.contains("3 files are not as shipped"))

        // Verifying only 10.2.1 leaves 10.2.3 out, and finds 10.2.1 and the grader intact.
        let one = verify([try copy.kata("10.2.1")], in: copy)
        #expect(one.verification?.isIntact == true)
        #expect(!one.output.contains("10.2.3"))
    }

    @Test("a changed grader file is on the grader's line")
    func tamperedGrader() throws {
        let copy = try ChecksumManifestTests.sealedCopy()
        try ChecksumManifestTests.write("// anything passes\n", to: "Sources/KataKit/Grading/Tolerance.swift", in: copy)
        let (verification, output) = verify([try copy.kata("10.2.1")], in: copy)
        #expect(verification?.differences == [
            ShippedFileDifference(path: "Sources/KataKit/Grading/Tolerance.swift", kata: nil, change: .changed),
        ])
        #expect(output.contains("✗ the grader (Package.swift and Sources/) — changed since it was shipped: "
                                + "Sources/KataKit/Grading/Tolerance.swift"))
        #expect(output.contains("✓ 10.2.1 "))
    }

    @Test("check --verify with a damaged or missing manifest says so, grades nothing and exits 1", arguments: [false, true])
    func unreadableManifest(json: Bool) throws {
        let copy = try ChecksumManifestTests.sealedCopy()
        let path = copy.workbook.path(ChecksumManifest.path)
        try "not a checksum line\n".write(toFile: path, atomically: true, encoding: .utf8)
        let damaged = json ? kata("check", "10.2.1", "--verify", "--json", in: copy) : kata("check", "10.2.1", "--verify", in: copy)
        #expect(damaged.code == 1)
        // With --json the message goes to standard error, and standard output stays empty.
        if json {
            #expect(damaged.output.isEmpty)
        } else {
            #expect(damaged.output.contains("katas/SHA256SUMS is damaged: line 1 is not `<64 hex digits>  <path>`"))
            #expect(damaged.output.contains("Nothing was graded"))
            #expect(!damaged.output.contains("Kata 10.2.1 ·"))
        }
        try FileManager.default.removeItem(atPath: path)
        let missing = kata("check", "--verify", in: copy)
        #expect(missing.code == 1)
        #expect(missing.output.contains("katas/SHA256SUMS is missing"))
        #expect(!FileManager.default.fileExists(atPath: copy.root + "/.kata-progress.json"))
    }

    /// Grading after verification, without a minute-long build: the copy has no Sources/,
    /// its manifest covers what it has, and so the kata is verified intact and then graded
    /// as "could not run" (its build fails at once). The verification's lines come first.
    @Test("check --verify verifies, then grades as check does; with --json the document carries the verification")
    func verifiesThenGrades() throws {
        let copy = try TemporaryWorkbook()
        try ChecksumManifest.sealing(copy.workbook).write(to: copy.workbook)
        let plain = kata("check", "10.2.1", "--verify", in: copy)
        #expect(plain.code == 1)
        let verified = try #require(plain.output.range(of: "✓ 10.2.1 Coin flip: 9 heads in 13 flips — story, checks and reference as shipped"))
        let graded = try #require(plain.output.range(of: "Kata 10.2.1 · Coin flip"))
        #expect(verified.upperBound <= graded.lowerBound)
        #expect(plain.output.contains("could not be graded"))

        let json = kata("check", "10.2.1", "--verify", "--json", in: copy)
        #expect(json.code == 1)
        let document = try #require(try JSONSerialization.jsonObject(with: Data(json.output.utf8)) as? [String: Any])
        let verification = try #require(document["verification"] as? [String: Any])
        #expect(verification["intact"] as? Bool == true)
        #expect(verification["fingerprint"] as? String == (try ChecksumManifest.read(from: copy.workbook)).fingerprint)
        #expect((verification["differences"] as? [Any])?.isEmpty == true)
        #expect(document["version"] as? Int == 1)
        #expect((document["katas"] as? [Any])?.count == 1)
    }

    @Test("the document's verification: every field, and the grader's files with \"kata\": null")
    func verificationJSON() throws {
        let verification = ResultsDocument.Verification(ShippedFilesVerification(
            fingerprint: "0123456789abcdef", katas: ["10.2.3"],
            differences: [ShippedFileDifference(path: "Sources/kata/main.swift", kata: nil, change: .changed),
                          ShippedFileDifference(path: "katas/10.2.3-mle-mse/main.swift", kata: "10.2.3", change: .missing)]))
        let document = ResultsDocument(command: "check", workbook: ResultsDocumentTests.workbook, results: [],
                                       verification: verification)
        #expect(document.json.contains("""
              "verification" : {
                "differences" : [
                  {
                    "change" : "changed",
                    "kata" : null,
                    "path" : "Sources/kata/main.swift"
                  },
                  {
                    "change" : "missing",
                    "kata" : "10.2.3",
                    "path" : "katas/10.2.3-mle-mse/main.swift"
                  }
                ],
                "fingerprint" : "0123456789abcdef",
                "intact" : false
              },
            """))
        let plain = ResultsDocument(command: "check", workbook: ResultsDocumentTests.workbook, results: [])
        #expect(!plain.json.contains("verification"))
    }
}
