import Foundation

/// Runs one check on a thread of its own, so that `todo()` can end the check
/// without ending the program: it reports "not attempted" and parks its thread.
///
/// The thread gets the main thread's 8 MiB of stack (more would make a runaway
/// recursion's backtrace take many seconds) and an alternate signal stack, so that a
/// stack overflow still reaches Swift's backtracer and names the learner's line.
final class CheckRun: @unchecked Sendable {
    private static let threadKey = "KataKit.CheckRun"
    private static let stackSize = 8 << 20
    private static let signalStackSize = 256 << 10

    /// Whether every comparison in the check fails on purpose (see `Grader.probe`).
    let failsEveryComparison: Bool
    private let finished = DispatchSemaphore(value: 0)
    private let lock = NSLock()
    private var outcome: CheckOutcome?
    private var notes: [String] = []

    /// The run whose thread is calling, if the caller is a check's thread.
    static var current: CheckRun? {
        Thread.current.threadDictionary[threadKey] as? CheckRun
    }

    /// Whether the calling check's comparisons are all to fail (false outside a check).
    static var failsEveryComparison: Bool {
        current?.failsEveryComparison ?? false
    }

    private init(failsEveryComparison: Bool) {
        self.failsEveryComparison = failsEveryComparison
    }

    /// Runs `body` on a new thread and waits for its outcome.
    /// - Parameters:
    ///   - timeout: How long to wait, in seconds; `nil` waits for ever (the driver
    ///     enforces time limits on kata binaries by killing them).
    ///   - failsEveryComparison: Makes every `expect` in the check fail, to see what the
    ///     check says when it fails.
    ///   - body: The check, bound to the solution it grades; it throws `CheckFailure`.
    /// - Returns: What the check produced, and the notes it left if it passed (a failing
    ///   check's notes are dropped here, once, for every caller).
    static func run(timeout: Double?, failsEveryComparison: Bool = false,
                    _ body: @escaping () throws -> Void) -> CheckResult {
        let run = CheckRun(failsEveryComparison: failsEveryComparison)
        let unsafeBody = UncheckedSendable(body)
        let thread = Thread {
            withSignalStack {
                Thread.current.threadDictionary[threadKey] = run
                do {
                    try unsafeBody.value()
                    run.finish(.passed)
                } catch let failure as CheckFailure {
                    run.finish(.failed(failure))
                } catch {
                    run.finish(.failed(CheckFailure(call: "the check", expected: "no error", actual: "\(error)")))
                }
            }
        }
        thread.stackSize = stackSize
        thread.start()
        if let timeout {
            guard run.finished.wait(timeout: .now() + timeout) == .success else {
                return CheckResult(outcome: .timedOut(seconds: timeout), notes: [])
            }
        } else {
            run.finished.wait()
        }
        return run.lock.withLock {
            let outcome = run.outcome ?? .passed
            return CheckResult(outcome: outcome, notes: outcome == .passed ? run.notes : [])
        }
    }

    /// Keeps a line for the learner to read if the check passes.
    func addNote(_ text: String) {
        lock.withLock { notes.append(text) }
    }

    /// Records the outcome (the first one wins) and wakes the waiting thread.
    func finish(_ outcome: CheckOutcome) {
        let first = lock.withLock {
            guard self.outcome == nil else { return false }
            self.outcome = outcome
            return true
        }
        if first { finished.signal() }
    }

    /// Blocks the calling check thread for good; its check is over.
    static func parkForever() -> Never {
        while true { sleep(UInt32.max) }
    }

    /// Runs `body` with an alternate signal stack of its own, then gives the thread
    /// back the one it had and frees the memory.
    ///
    /// Giving it back matters: a finished check's thread would otherwise leak the
    /// memory, and under the address sanitizer, which unmaps whatever signal stack a
    /// thread holds when it ends, part of the heap would be unmapped. A check parked
    /// by `todo()` never returns here; its stack frame keeps the memory referenced.
    /// - Parameter body: The work to run while the signal stack is in place.
    /// - Returns: What `body` returned.
    static func withSignalStack<Result>(_ body: () throws -> Result) rethrows -> Result {
        let memory = UnsafeMutableRawPointer.allocate(byteCount: signalStackSize, alignment: 16)
        var stack = stack_t()
        stack.ss_sp = memory
        stack.ss_size = signalStackSize
        stack.ss_flags = 0
        var previous = stack_t()
        sigaltstack(&stack, &previous)
        defer {
            sigaltstack(&previous, nil)
            memory.deallocate()
        }
        return try body()
    }
}

/// Carries a value across a thread boundary that the compiler cannot prove safe:
/// checks run one at a time, so nothing is shared while it runs.
struct UncheckedSendable<Value>: @unchecked Sendable {
    let value: Value
    init(_ value: Value) { self.value = value }
}
