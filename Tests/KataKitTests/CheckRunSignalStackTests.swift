import Foundation
import Testing
@testable import KataKit

/// The alternate signal stack a check's thread runs on, so that a stack overflow in
/// learner code still reaches Swift's backtracer.
@Suite("A check thread's signal stack")
struct CheckRunSignalStackTests {
    /// The calling thread's alternate signal stack, as the kernel has it now.
    func currentSignalStack() -> stack_t {
        var stack = stack_t()
        sigaltstack(nil, &stack)
        return stack
    }

    @Test("a check runs on a signal stack of its own, and the thread gets its old one back after")
    func signalStackIsGivenBack() {
        let before = currentSignalStack()
        let during = CheckRun.withSignalStack { currentSignalStack() }
        let after = currentSignalStack()
        #expect(during.ss_sp != before.ss_sp)
        #expect(during.ss_flags & Int32(SS_DISABLE) == 0)
        // Not giving it back leaked the memory, and under the address sanitizer let the
        // thread's end unmap a piece of the heap (found by .ci/asan).
        #expect(after.ss_sp == before.ss_sp)
        #expect(after.ss_flags == before.ss_flags)
        #expect(after.ss_size == before.ss_size)
    }
}
