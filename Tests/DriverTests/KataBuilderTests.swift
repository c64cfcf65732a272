@testable import kata
import Foundation
import KataKit
import Testing

@Suite("When a kata needs building")
struct KataBuilderTests {
    /// A workbook on disk with one kata and a binary, every file dated `base`.
    private static func workbook(base: Date) throws -> (Workbook, KataEntry, binary: String) {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("kata-builder-\(UUID().uuidString)").path
        let entry = KataEntry(id: "10.2.1", slug: "coin-flip", title: "Coin flip")
        for folder in [entry.folder, "Sources/KataKit", ".build/debug"] {
            try FileManager.default.createDirectory(atPath: "\(root)/\(folder)", withIntermediateDirectories: true)
        }
        let files = ["Package.swift", "\(entry.folder)/Solution.swift", "Sources/KataKit/Kata.swift", ".build/debug/\(entry.product)"]
        for file in files {
            _ = FileManager.default.createFile(atPath: "\(root)/\(file)", contents: Data())
            try date("\(root)/\(file)", base)
        }
        // A folder's own date counts too (a deleted file changes only its folder).
        for folder in [entry.folder, "Sources/KataKit"] { try date("\(root)/\(folder)", base) }
        let workbook = Workbook(root: root, katas: [entry], binaryDirectory: "\(root)/.build/debug", swiftExecutable: "swift")
        return (workbook, entry, workbook.binaryPath(for: entry))
    }

    private static func date(_ path: String, _ date: Date) throws {
        try FileManager.default.setAttributes([.modificationDate: date], ofItemAtPath: path)
    }

    /// Marks `binary` as built by the driver at `date`.
    private static func stamp(_ binary: String, _ date: Date) throws {
        _ = FileManager.default.createFile(atPath: binary + ".kata-built", contents: Data())
        try Self.date(binary + ".kata-built", date)
    }

    @Test("a binary built after its sources is fresh; an edit after it makes it stale")
    func editsMakeStale() throws {
        let base = Date(timeIntervalSince1970: 1_000_000)
        let (workbook, entry, binary) = try Self.workbook(base: base)
        defer { try? FileManager.default.removeItem(atPath: workbook.root) }
        let builder = KataBuilder(workbook: workbook, progress: BuildProgress(style: .plain, isTerminal: false))
        try Self.date(binary, base + 10)
        try Self.stamp(binary, base + 10)
        #expect(!builder.isStale(binary: binary, kata: entry))
        try Self.date(workbook.path("\(entry.folder)/Solution.swift"), base + 20)
        #expect(builder.isStale(binary: binary, kata: entry))
    }

    @Test("a stamp newer than the sources keeps an untouched binary fresh after an edit that changed nothing it compiles")
    func stampKeepsFresh() throws {
        let base = Date(timeIntervalSince1970: 1_000_000)
        let (workbook, entry, binary) = try Self.workbook(base: base)
        defer { try? FileManager.default.removeItem(atPath: workbook.root) }
        let builder = KataBuilder(workbook: workbook, progress: BuildProgress(style: .plain, isTerminal: false))
        try Self.date(workbook.path("Package.swift"), base + 10)
        #expect(builder.isStale(binary: binary, kata: entry))
        try Self.stamp(binary, base + 20)
        #expect(!builder.isStale(binary: binary, kata: entry))
    }

    @Test("a fresh binary is not rebuilt, unless every kata is to be handed to swift build (check --verify)")
    func alwaysBuild() throws {
        let base = Date(timeIntervalSince1970: 1_000_000)
        let (fresh, entry, binary) = try Self.workbook(base: base)
        defer { try? FileManager.default.removeItem(atPath: fresh.root) }
        try Self.date(binary, base + 10)
        try Self.stamp(binary, base + 20)
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: binary)
        // A stand-in for swift that notes how it was called and builds nothing.
        let swift = fresh.path("fake-swift")
        try "#!/bin/sh\necho \"$@\" > \"$(dirname \"$0\")/swift-was-called\"\n".write(toFile: swift, atomically: true, encoding: .utf8)
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: swift)
        let workbook = Workbook(root: fresh.root, katas: fresh.katas, binaryDirectory: fresh.binaryDirectory, swiftExecutable: swift)
        let progress = BuildProgress(style: .plain, isTerminal: false)
        let called = workbook.path("swift-was-called")

        #expect(KataBuilder(workbook: workbook, progress: progress).build(entry) == .ready(binary))
        #expect(!FileManager.default.fileExists(atPath: called))
        #expect(KataBuilder(workbook: workbook, progress: progress, alwaysBuild: true).build(entry) == .ready(binary))
        #expect(try String(contentsOfFile: called, encoding: .utf8) == "build --product kata-10.2.1\n")
    }

    @Test("a binary with no stamp, or changed after its stamp (a build stopped while linking), is built again")
    func unstampedIsStale() throws {
        let base = Date(timeIntervalSince1970: 1_000_000)
        let (workbook, entry, binary) = try Self.workbook(base: base)
        defer { try? FileManager.default.removeItem(atPath: workbook.root) }
        let builder = KataBuilder(workbook: workbook, progress: BuildProgress(style: .plain, isTerminal: false))
        try Self.date(binary, base + 10)
        #expect(builder.isStale(binary: binary, kata: entry))
        try Self.stamp(binary, base + 20)
        #expect(!builder.isStale(binary: binary, kata: entry))
        try Self.date(binary, base + 30)
        #expect(builder.isStale(binary: binary, kata: entry))
    }

    @Test("a build folder that cannot be written is named before swift build runs")
    func unwritableBuildFolder() throws {
        let (workbook, entry, binary) = try Self.workbook(base: Date(timeIntervalSince1970: 1_000_000))
        defer { try? FileManager.default.removeItem(atPath: workbook.root) }
        #expect(BuildFolder.unwritable(in: workbook) == nil)
        // A file where the build folder should be: it cannot be written into, even by root.
        try FileManager.default.removeItem(atPath: workbook.path(".build"))
        _ = FileManager.default.createFile(atPath: workbook.path(".build"), contents: Data())
        let folder = try #require(BuildFolder.unwritable(in: workbook))
        #expect(folder == ".build (Not a directory)")
        let builder = KataBuilder(workbook: workbook, progress: BuildProgress(style: .plain, isTerminal: false))
        guard case .failed(let errors, let output) = builder.build(entry) else {
            Issue.record("\(binary) cannot be built, yet the build did not fail")
            return
        }
        #expect(errors.isEmpty)
        #expect(output.contains("kata-10.2.1 needs building"))
        #expect(output.contains("cannot write to .build (Not a directory)"))
    }

    @Test("swift build runs with the driver's environment, `_` naming swift as a shell would")
    func buildEnvironmentNamesSwift() throws {
        let (workbook, _, _) = try Self.workbook(base: Date(timeIntervalSince1970: 1_000_000))
        defer { try? FileManager.default.removeItem(atPath: workbook.root) }
        let build = SwiftBuild(workbook: workbook, progress: BuildProgress(style: .plain))
        // As the installed `kata` is started by a shell: `_` is its own path.
        let environment = build.environment(["_": "/home/learner/.local/bin/kata", "PATH": "/usr/bin", "TERM": "xterm"])
        #expect(environment == ["_": workbook.swiftExecutable, "PATH": "/usr/bin", "TERM": "xterm"])
    }
}
