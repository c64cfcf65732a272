import Foundation
import Testing
@testable import kata

@Suite("The folder lock")
struct FolderLockTests {
    /// What two threads share: whether the first has let go of the lock yet.
    private final class Flag: @unchecked Sendable {
        private let lock = NSLock()
        private var value = false
        var isSet: Bool { lock.withLock { value } }
        func set() { lock.withLock { value = true } }
    }

    @Test("a second holder waits until the first lets go")
    func secondWaits() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("kata-lock-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let held = DispatchSemaphore(value: 0)
        let done = DispatchSemaphore(value: 0)
        let released = Flag()
        Thread.detachNewThread {
            FolderLock.holding(folder) {
                held.signal()
                // Long enough that a second holder not kept waiting would get in first.
                usleep(300_000)
                released.set()
            }
            done.signal()
        }
        held.wait()
        let sawRelease = FolderLock.holding(folder) { released.isSet }
        done.wait()
        #expect(sawRelease)
    }

    @Test("a folder that does not exist is not locked, and the work is still done")
    func missingFolder() {
        #expect(FolderLock.holding("/nonexistent/kata-lock") { 42 } == 42)
    }
}
