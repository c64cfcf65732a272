import Foundation
import Testing
@testable import kata

/// Sealing, the half of `kata dev update` that needs no build, on a temporary copy of
/// the workbook (the Docs half is tried in `AuthorToolsEndToEndTests`), and the
/// committed katas/SHA256SUMS against the package as it is.
@Suite("kata dev update")
struct DevUpdateCommandTests {
    @Test("the committed katas/SHA256SUMS seals the package as it is")
    func committedManifestIsCurrent() throws {
        let workbook = try WorkbookTests.workbook()
        let sealed = try ChecksumManifest.sealing(workbook)
        let committed = try String(contentsOfFile: workbook.path(ChecksumManifest.path), encoding: .utf8)
        let differences = (try? ChecksumManifest.differences(in: workbook))?.map { "\($0.change) \($0.path)" } ?? []
        #expect(committed == sealed.text,
                """
                katas/SHA256SUMS does not match the shipped files (Package.swift, Sources/, and each kata's Kata/, \
                Pristine/ and main.swift): \(differences.joined(separator: ", ")). Run `swift run kata dev update` \
                in the package's folder and commit katas/SHA256SUMS with your change.
                """)
    }

    @Test("sealing seals the copy as it is, says what it wrote, and replaces an outdated manifest")
    func update() throws {
        let copy = try ChecksumManifestTests.sealedCopy()
        try ChecksumManifestTests.write("// changed\n", to: "katas/10.2.1-coin-flip/Kata/CoinFlipMistakes.swift", in: copy)
        #expect(try !ChecksumManifest.differences(in: copy.workbook).isEmpty)
        var output = ""
        let code = Driver(workbook: copy.workbook, style: .plain, write: { output += $0 }).sealShippedFiles()
        #expect(code == 0)
        let manifest = try ChecksumManifest.read(from: copy.workbook)
        #expect(manifest == (try ChecksumManifest.sealing(copy.workbook)))
        #expect(try ChecksumManifest.differences(in: copy.workbook).isEmpty)
        #expect(output.contains("Sealed \(manifest.entries.count) files of \(copy.workbook.katas.count) katas and the grader into katas/SHA256SUMS "
                                + "(fingerprint \(manifest.fingerprint))."))
        #expect(!FileManager.default.fileExists(atPath: copy.workbook.path(ChecksumManifest.path) + ".writing-\(getpid())"))
    }
}
