import Foundation
import Testing

/// A trait for suites whose tests mostly wait (on builds, child processes, time-outs):
/// each test runs on threads of its own instead of the few (one per core) that every
/// test shares. A test blocked in `waitpid` on one of those holds it, and on a machine
/// of two cores two such tests stop every other test, though the processor is idle.
///
/// The test is the same task, so `#expect` and `#require` record against it as ever.
struct ThreadsOfTheirOwn: SuiteTrait, TestTrait, TestScoping {
    /// Every test of the suite, and of its nested suites.
    var isRecursive: Bool { true }

    func provideScope(for test: Test, testCase: Test.Case?,
                      performing function: @Sendable () async throws -> Void) async throws {
        try await withTaskExecutorPreference(ThreadPerJob.executor) {
            try await function()
        }
    }
}

extension Trait where Self == ThreadsOfTheirOwn {
    /// Runs each test on threads of its own (see `ThreadsOfTheirOwn`).
    static var threadsOfTheirOwn: Self { ThreadsOfTheirOwn() }
}

/// Runs every job on a new thread: a job of a test that blocks then blocks only its own.
/// A test is a few jobs (one per suspension), so the threads are few and short-lived.
final class ThreadPerJob: TaskExecutor {
    /// The one executor the trait prefers.
    static let executor = ThreadPerJob()

    func enqueue(_ job: consuming ExecutorJob) {
        let job = UnownedJob(job)
        let executor = asUnownedTaskExecutor()
        let thread = Thread { job.runSynchronously(on: executor) }
        // Builds and the driver's own threads need more stack than the default 512 KiB.
        thread.stackSize = 8 << 20
        thread.start()
    }
}
