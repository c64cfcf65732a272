import Foundation
import Testing
@testable import kata

@Suite("The progress file")
struct ProgressFileTests {
    private func temporaryRoot() throws -> String {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("kata-progress-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: root, withIntermediateDirectories: true)
        return root
    }

    @Test("a recorded result is read back")
    func roundTrip() throws {
        let root = try temporaryRoot()
        var progress = ProgressFile(root: root)
        let entry = ProgressFile.Entry(exercisesPassed: 2, exercises: 6, compiled: true, checkedAt: Date(timeIntervalSince1970: 1_000_000))
        try progress.record("10.2.1", entry)
        let reread = ProgressFile(root: root)
        #expect(reread.katas["10.2.1"] == entry)
        #expect(reread.problem == nil)
        #expect(reread.katas["10.2.1"]?.isSolved == false)
    }

    @Test("a damaged file is reported and rebuilt, never a crash")
    func damaged() throws {
        let root = try temporaryRoot()
        try "{ not json".write(toFile: "\(root)/\(ProgressFile.fileName)", atomically: true, encoding: .utf8)
        var progress = ProgressFile(root: root)
        #expect(progress.katas.isEmpty)
        #expect(progress.problem?.contains("damaged") == true)
        try progress.record("10.2.1", ProgressFile.Entry(exercisesPassed: 6, exercises: 6, compiled: true, checkedAt: Date()))
        #expect(ProgressFile(root: root).problem == nil)
        #expect(ProgressFile(root: root).katas["10.2.1"]?.isSolved == true)
    }
}
