import Foundation
import Testing
@testable import kata

@Suite("The driver's sources fingerprint, recorded by kata install and computed at run time")
struct DriverFingerprintTests {
    @Test("sixteen hex digits over this package, the same each time")
    func overThisPackage() throws {
        let computed = try #require(SourcesFingerprint.ofWorkbook(at: WorkbookTests.packageRoot))
        #expect(computed.count == 16)
        #expect(computed.allSatisfy { $0.isHexDigit })
        #expect(SourcesFingerprint.ofWorkbook(at: WorkbookTests.packageRoot) == computed)
    }

    @Test("the fingerprint moves with any Swift file of the driver or KataKit, and only with those")
    func coversTheDriverSources() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("kata-fingerprint-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: root) }
        for folder in ["kata/CLI", "KataKit/Grading", "KataBench"] {
            try FileManager.default.createDirectory(atPath: "\(root)/Sources/\(folder)", withIntermediateDirectories: true)
        }
        func write(_ text: String, _ path: String) throws {
            try text.write(toFile: "\(root)/Sources/\(path)", atomically: true, encoding: .utf8)
        }
        try write("let a = 1\n", "kata/CLI/A.swift")
        try write("let b = 2\n", "KataKit/Grading/B.swift")
        let first = try #require(SourcesFingerprint.ofWorkbook(at: root))
        try write("notes", "kata/CLI/README.md")
        try write("editor lock", "kata/CLI/.#A.swift")
        try write("let bench = 3\n", "KataBench/main.swift")
        #expect(SourcesFingerprint.ofWorkbook(at: root) == first)
        try write("let b = 3\n", "KataKit/Grading/B.swift")
        #expect(SourcesFingerprint.ofWorkbook(at: root) != first)
        try write("let b = 2\n", "KataKit/Grading/B.swift")
        try write("let c = 4\n", "kata/C.swift")
        #expect(SourcesFingerprint.ofWorkbook(at: root) != first)
    }

    @Test("FNV-1a 64: the offset basis for no files, and a vector computed elsewhere")
    func knownValues() {
        #expect(SourcesFingerprint.fingerprint(of: []) == "cbf29ce484222325")
        // Computed independently (Python) over the bytes "kata/A.swift", 0, "let a = 1\n", 0.
        #expect(SourcesFingerprint.fingerprint(of: [(path: "kata/A.swift", contents: Data("let a = 1\n".utf8))])
                == "bca6af7116e2f1f3")
    }

    @Test("an installed driver built from other sources says how to update it, with its prefix")
    func warning() throws {
        let root = WorkbookTests.packageRoot
        let current = try #require(SourcesFingerprint.ofWorkbook(at: root))
        #expect(DriverFreshness.warning(workbookRoot: root, builtFrom: current, installedIn: "/home/ada/.local/bin",
                                        environment: ["HOME": "/home/ada"]) == nil)
        // No install record (swift run, swift test): no note.
        #expect(DriverFreshness.warning(workbookRoot: root, builtFrom: nil, installedIn: nil, environment: [:]) == nil)
        #expect(DriverFreshness.warning(workbookRoot: root, installedIn: nil, environment: [:]) == nil)
        let stale = try #require(DriverFreshness.warning(workbookRoot: root, builtFrom: "0000000000000000",
                                                         installedIn: "/home/ada/.local/bin", environment: ["HOME": "/home/ada"]))
        #expect(stale.contains("built from an older driver than this workbook's"))
        #expect(stale.contains("`swift run kata install` here"))
        #expect(!stale.contains("\n"))
        let elsewhere = try #require(DriverFreshness.warning(workbookRoot: root, builtFrom: "0000000000000000",
                                                             installedIn: "/opt/bin", environment: ["HOME": "/home/ada"]))
        #expect(elsewhere.contains("`swift run kata install --prefix /opt/bin` here"))
        // A workbook whose sources cannot be read: no note, never a failure.
        #expect(DriverFreshness.warning(workbookRoot: "/nonexistent", builtFrom: "0", installedIn: nil, environment: [:]) == nil)
    }
}
