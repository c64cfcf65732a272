import Foundation
import Testing
@testable import kata

/// katas/SHA256SUMS: which files it seals, its `sha256sum` format, and the differences it
/// finds, on a temporary copy of the workbook that has the grader's Sources/ too.
@Suite("The manifest of shipped files")
struct ChecksumManifestTests {
    /// A temporary workbook with Sources/ copied as well, so every shipped file is there,
    /// and a manifest freshly sealed from it.
    static func sealedCopy() throws -> TemporaryWorkbook {
        let copy = try TemporaryWorkbook(holding: ["Package.swift", "katas", "Sources"])
        try ChecksumManifest.sealing(copy.workbook).write(to: copy.workbook)
        return copy
    }

    /// Writes `text` to `path` (relative to the copy's root), making its folder if needed.
    static func write(_ text: String, to path: String, in copy: TemporaryWorkbook) throws {
        let url = URL(fileURLWithPath: "\(copy.root)/\(path)")
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try text.write(to: url, atomically: true, encoding: .utf8)
    }

    @Test("sealing covers Package.swift, Sources/ and each kata's Kata/, Pristine/ and main.swift, never Solution.swift")
    func coveredFiles() throws {
        let copy = try Self.sealedCopy()
        let files = ShippedFiles.files(in: copy.workbook)
        let paths = files.map(\.path)
        #expect(paths == paths.sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) })
        #expect(paths.contains("Package.swift"))
        #expect(paths.contains("Sources/kata/Verify/SHA256.swift"))
        for kata in copy.workbook.katas {
            #expect(paths.contains("\(kata.folder)/main.swift"))
            #expect(paths.contains("\(kata.folder)/Pristine/Solution.swift"))
            #expect(paths.contains("\(kata.folder)/Kata/ReferenceSolution.swift"))
            #expect(!paths.contains(kata.solutionFile))
            #expect(files.filter { $0.path.hasPrefix(kata.folder + "/") }.allSatisfy { $0.kata == kata.id })
        }
        #expect(!paths.contains(ChecksumManifest.path))
        #expect(!paths.contains { $0.hasPrefix("Tests/") || $0.hasPrefix("Docs/") || $0.hasPrefix(".") })
        #expect(files.filter { $0.kata == nil }.allSatisfy { $0.path == "Package.swift" || $0.path.hasPrefix("Sources/") })
    }

    @Test("sealed, written, read back: the same lines and fingerprint, and nothing differs")
    func roundTrip() throws {
        let copy = try Self.sealedCopy()
        let sealed = try ChecksumManifest.sealing(copy.workbook)
        let read = try ChecksumManifest.read(from: copy.workbook)
        #expect(read == sealed)
        #expect(read.entries.count == ShippedFiles.files(in: copy.workbook).count)
        let file = try Data(contentsOf: URL(fileURLWithPath: copy.workbook.path(ChecksumManifest.path)))
        #expect(String(decoding: file, as: UTF8.self) == sealed.text)
        #expect(read.fingerprint == String(SHA256.hexDigest(of: file).prefix(16)))
        let line = try #require(sealed.text.split(separator: "\n").first)
        #expect(line.wholeMatch(of: #/[0-9a-f]{64}  Package\.swift/#) != nil)
        #expect(try ChecksumManifest.differences(in: copy.workbook).isEmpty)
    }

    @Test("a changed check, a missing file, an added file and a changed grader file, each against its owner")
    func differences() throws {
        let copy = try Self.sealedCopy()
        let checks = "katas/10.2.3-mle-mse/Kata/RegressionChecks.swift"
        let removed = "katas/10.2.2-gaussian-mle/Kata/GaussianMistakes.swift"
        let added = "katas/10.2.1-coin-flip/Kata/Extra.swift"
        let grader = "Sources/KataKit/Grading/Tolerance.swift"
        let checksText = try String(contentsOfFile: "\(copy.root)/\(checks)", encoding: .utf8)
        try Self.write(checksText + "// every check passes now\n", to: checks, in: copy)
        try FileManager.default.removeItem(atPath: "\(copy.root)/\(removed)")
        try Self.write("let extra = 1\n", to: added, in: copy)
        try Self.write("// tolerant\n", to: grader, in: copy)

        #expect(try ChecksumManifest.differences(in: copy.workbook) == [
            ShippedFileDifference(path: grader, kata: nil, change: .changed),
            ShippedFileDifference(path: added, kata: "10.2.1", change: .added),
            ShippedFileDifference(path: removed, kata: "10.2.2", change: .missing),
            ShippedFileDifference(path: checks, kata: "10.2.3", change: .changed),
        ])
    }

    @Test("the learner's files, hidden files and editor droppings never count")
    func learnerFilesIgnored() throws {
        let copy = try Self.sealedCopy()
        let coinFlip = try copy.kata("10.2.1")
        try copy.edit(coinFlip, to: "// my own answer\n")
        try Self.write("// a helper of mine\n", to: "\(coinFlip.folder)/MyHelpers.swift", in: copy)
        for dropping in ["Kata/.CoinFlipKata.swift.swp", "Kata/CoinFlipKata.swift~", "Kata/CoinFlipKata.swift.orig",
                         "Kata/.DS_Store", "Kata/.hidden/Thing.swift"] {
            try Self.write("x", to: "\(coinFlip.folder)/\(dropping)", in: copy)
        }
        try Self.write("{}", to: ".kata-progress.json", in: copy)
        try Self.write("# notes\n", to: "Docs/notes.md", in: copy)
        #expect(try ChecksumManifest.differences(in: copy.workbook).isEmpty)
    }

    @Test("a manifest line naming a learner's file is ignored: an edited manifest cannot make their edits tampering")
    func manifestNamingSolutionIgnored() throws {
        let copy = try Self.sealedCopy()
        let sealed = try ChecksumManifest.sealing(copy.workbook)
        let coinFlip = try copy.kata("10.2.1")
        let extra = ChecksumManifest.Entry(digest: String(repeating: "0", count: 64), path: coinFlip.solutionFile)
        try ChecksumManifest(entries: sealed.entries + [extra]).write(to: copy.workbook)
        try copy.edit(coinFlip, to: "// my own answer\n")
        #expect(try ChecksumManifest.differences(in: copy.workbook).isEmpty)
    }

    @Test("a damaged manifest is a clear message naming the line", arguments: [
        ("zz" + String(repeating: "0", count: 62) + "  Package.swift\n", "line 1 is not `<64 hex digits>  <path>`"),
        (String(repeating: "0", count: 63) + "  Package.swift\n", "line 1 is not `<64 hex digits>  <path>`"),
        (String(repeating: "0", count: 64) + " Package.swift\n", "line 1 is not `<64 hex digits>  <path>`"),
        (String(repeating: "0", count: 64) + "  \n", "line 1 is not `<64 hex digits>  <path>`"),
        (String(repeating: "a", count: 64) + "  Package.swift\n\n", "line 2 is not"),
        (String(repeating: "a", count: 64) + "  Package.swift\r\n", "line 1 is not"),
        (String(repeating: "a", count: 64) + "  Package.swift\n" + String(repeating: "b", count: 64) + "  Package.swift\n",
         "line 2 lists Package.swift a second time"),
        ("", "it has no lines"),
    ])
    func damaged(text: String, problem: String) {
        #expect {
            try ChecksumManifest(parsing: Data(text.utf8))
        } throws: { error in
            let message = (error as? ManifestError)?.description ?? ""
            return message.hasPrefix("katas/SHA256SUMS is damaged: ") && message.contains(problem)
                && message.contains("Take it again from the workbook as published")
        }
    }

    @Test("a manifest that is not UTF-8, or is missing, is a clear message too")
    func unreadable() throws {
        #expect(throws: ManifestError.self) { try ChecksumManifest(parsing: Data([0xff, 0xfe, 0x00])) }
        let copy = try TemporaryWorkbook()
        try? FileManager.default.removeItem(atPath: copy.workbook.path(ChecksumManifest.path))
        #expect {
            try ChecksumManifest.read(from: copy.workbook)
        } throws: { error in
            (error as? ManifestError)?.description.contains("katas/SHA256SUMS is missing") ?? false
        }
    }

    @Test("names with a new line or a backslash are escaped exactly as GNU sha256sum escapes them")
    func escapedNames() throws {
        // Printed by `sha256sum` (GNU coreutils 9.1) for a file "Sources/a<new line>b"
        // holding "x" and a file "Sources/c\d.swift" holding "y".
        let coreutils = #"""
            \2d711642b726b04401627ca9fbac32f5c8530fb1903cc4db02258717921a4881  Sources/a\nb
            \a1fce4363854ff888cff4b8e7875d600c2682390412a8cf79b37d0b11148b0fa  Sources/c\\d.swift

            """#
        let manifest = try ChecksumManifest(parsing: Data(coreutils.utf8))
        #expect(manifest.entries == [
            ChecksumManifest.Entry(digest: SHA256.hexDigest(of: Data("x".utf8)), path: "Sources/a\nb"),
            ChecksumManifest.Entry(digest: SHA256.hexDigest(of: Data("y".utf8)), path: "Sources/c\\d.swift"),
        ])
        #expect(manifest.text == coreutils)
        #expect(throws: ManifestError.self) {
            try ChecksumManifest(parsing: Data(#"\\#(String(repeating: "0", count: 64))  Sources/a\tb"#.utf8))
        }
    }

    @Test("binary-mode lines (` *path`) and upper-case digits are read as sha256sum reads them")
    func binaryMode() throws {
        let digest = SHA256.hexDigest(of: Data("x".utf8))
        let manifest = try ChecksumManifest(parsing: Data("\(digest.uppercased()) *Package.swift\n".utf8))
        #expect(manifest.entries == [ChecksumManifest.Entry(digest: digest, path: "Package.swift")])
    }
}
