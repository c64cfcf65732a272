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
