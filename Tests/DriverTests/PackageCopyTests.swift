import Foundation
import Synchronization
import Testing

/// What the end-to-end suites stand on: one test at a time has the shared copy.
@Suite("Turns with the shared copy of the package", .ownThreads)
struct PackageCopyTests {
    /// Set once a turn has been given.
    final class Given: Sendable {
        let value = Mutex(false)
    }

    @Test("a second turn waits until the first is released, then gets the same copy")
    func turnsAreExclusive() async throws {
        var first: PackageCopy.Turn? = try await PackageCopy.turn()
        let root = try #require(first?.root)
        let given = Given()
        let second = Task {
            let turn = try await PackageCopy.turn()
            given.value.withLock { $0 = true }
            return turn
        }
        // Far longer than a turn takes to bring a built copy up to date.
        try await Task.sleep(for: .seconds(1))
        #expect(!given.value.withLock { $0 }, "the second turn came while the first was held")
        first = nil
        let next = try await second.value
        #expect(given.value.withLock { $0 })
        #expect(next.root == root)
    }
}

@Suite("Kept copies of packages that are gone")
struct AbandonedCopyTests {
    @Test("a kept copy whose package is gone is removed; one whose package is there, one that names none and one held are kept")
    func removesOnlyAbandoned() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("abandoned-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let gone = "\(folder)/no such clone \(UUID().uuidString)"
        func keep(_ name: String, package: String?) throws -> String {
            let kept = "\(folder)/\(name)"
            try FileManager.default.createDirectory(atPath: "\(PackageCopy.copy(in: kept))/.build", withIntermediateDirectories: true)
            try Data("built".utf8).write(to: URL(fileURLWithPath: "\(PackageCopy.copy(in: kept))/.build/kata"))
            if let package { try Data(package.utf8).write(to: URL(fileURLWithPath: "\(kept)/\(PackageCopy.packageRecord)")) }
            return kept
        }
        let abandoned = try keep("\(PackageCopy.keptPrefix)1", package: gone)
        let current = try keep("\(PackageCopy.keptPrefix)2", package: WorkbookTests.packageRoot)
        let unnamed = try keep("\(PackageCopy.keptPrefix)3", package: nil)
        let held = try keep("\(PackageCopy.keptPrefix)4", package: gone)
        let other = try keep("not-a-kept-copy", package: gone)
        let lock = open(PackageCopy.lockFile(of: PackageCopy.copy(in: held)), O_RDWR | O_CREAT | O_CLOEXEC, 0o644)
        try #require(lock >= 0 && flock(lock, LOCK_EX | LOCK_NB) == 0)
        defer { close(lock) }

        PackageCopy.removeAbandoned(in: folder)
        #expect(!FileManager.default.fileExists(atPath: abandoned))
        for kept in [current, unnamed, held, other] {
            #expect(FileManager.default.fileExists(atPath: "\(PackageCopy.copy(in: kept))/.build/kata"), "\(kept)")
        }
    }
}
