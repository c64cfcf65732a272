/// Grades a solution against a kata's checks in-process.
///
/// Kata binaries use it to report to the driver; tests use it to grade reference
/// solutions, pristine stubs and deliberately wrong solutions.
public struct Grader<Solver> {
    /// The kata whose checks are run.
    public let kata: Kata<Solver>

    /// Creates a grader for `kata`.
    public init(kata: Kata<Solver>) {
        self.kata = kata
    }

    /// Runs one check.
    /// - Parameters:
    ///   - index: The check's index in `kata.allChecks`.
    ///   - solution: The solution to grade.
    ///   - timeout: Seconds to wait; `nil` waits for ever.
    /// - Returns: The check's outcome.
    public func run(check index: Int, on solution: Solver, timeout: Double? = nil) -> CheckOutcome {
        result(ofCheck: index, on: solution, timeout: timeout).outcome
    }

    /// Runs one check and keeps the notes it left with `showWhenPassed(_:)`.
    /// - Parameters:
    ///   - index: The check's index in `kata.allChecks`.
    ///   - solution: The solution to grade.
    ///   - timeout: Seconds to wait; `nil` waits for ever.
    /// - Returns: The check's outcome and notes.
    public func result(ofCheck index: Int, on solution: Solver, timeout: Double? = nil) -> CheckResult {
        let check = kata.allChecks[index].check
        return CheckRun.run(timeout: timeout) { try check.body(solution) }
    }

    /// Runs one check with every comparison in it failing on purpose, to see what the
    /// check tells a learner who gets it wrong.
    ///
    /// `kata dev check` probes every check of the reference this way: a check that
    /// still passes compares nothing through `expect`, so no wrong answer could fail
    /// it; one that fails must say something in each part of its message.
    /// - Parameters:
    ///   - index: The check's index in `kata.allChecks`.
    ///   - solution: The solution to run it on; the reference, so the values are sound.
    ///   - timeout: Seconds to wait; `nil` waits for ever.
    /// - Returns: The check's outcome: failed, with the message its first comparison gives.
    public func probe(check index: Int, on solution: Solver, timeout: Double? = nil) -> CheckResult {
        let check = kata.allChecks[index].check
        return CheckRun.run(timeout: timeout, failsEveryComparison: true) { try check.body(solution) }
    }

    /// Runs every check of every exercise.
    /// - Parameters:
    ///   - solution: The solution to grade.
    ///   - timeout: Seconds to wait for each check.
    ///   - probing: Whether to make every comparison fail on purpose, as `probe` does.
    /// - Returns: Each check's exercise name, check name and outcome, in order.
    public func gradeAll(_ solution: Solver, timeout: Double = 10, probing: Bool = false) -> [GradedCheck] {
        kata.allChecks.indices.map { index in
            let (exercise, check) = kata.allChecks[index]
            let graded = probing ? probe(check: index, on: solution, timeout: timeout)
                : result(ofCheck: index, on: solution, timeout: timeout)
            return GradedCheck(exercise: kata.exercises[exercise].name, check: check.name,
                               outcome: graded.outcome, notes: graded.notes)
        }
    }
}

/// One check's outcome with the names that identify it.
public struct GradedCheck: Sendable, Equatable {
    /// The exercise's name: `countFlips`.
    public var exercise: String
    /// The check's name.
    public var check: String
    /// What happened.
    public var outcome: CheckOutcome
    /// What the check showed the learner with `showWhenPassed(_:)`; empty unless it passed.
    public var notes: [String] = []
}
