import Foundation
import Testing

/// Runs each test of a suite on threads of its own instead of the shared pool that Swift
/// Testing runs tests on, which has one thread per core.
///
/// For the tests that wait: on a child process (a build, a kata binary), or on their turn
/// with the shared copy of the package. On the shared pool such a test holds one of the
/// two threads while it waits, and when its turn comes it is queued behind every test
/// not yet started: the shared copy, which the end-to-end suites take turns with, sat
/// unused for 37 s of a 127 s `swift test` while the in-process tests ran.
struct OwnThreadsTrait: SuiteTrait, TestTrait, TestScoping {
    /// Each test of the suite, not the suite as a whole.
    var isRecursive: Bool { true }

    func provideScope(for test: Test, testCase: Test.Case?,
                      performing function: @Sendable () async throws -> Void) async throws {
        try await withTaskExecutorPreference(ThreadPerJobExecutor.shared, operation: function)
    }
}

extension Trait where Self == OwnThreadsTrait {
    /// Each test on threads of its own, not on Swift Testing's shared pool.
    static var ownThreads: Self { Self() }
}

/// Runs every job on a new thread. A test's jobs run one at a time, so this is a thread
/// per test at any moment, and one that blocks (on a child process, on a lock held by
/// another of its tasks) holds up nothing else.
final class ThreadPerJobExecutor: TaskExecutor {
    /// The one the trait uses.
    static let shared = ThreadPerJobExecutor()

    func enqueue(_ job: consuming ExecutorJob) {
        let job = UnownedJob(job)
        let executor = asUnownedTaskExecutor()
        Thread { job.runSynchronously(on: executor) }.start()
    }
}
