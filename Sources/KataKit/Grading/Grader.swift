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

    /// Runs every check of every exercise.
    /// - Parameters:
    ///   - solution: The solution to grade.
    ///   - timeout: Seconds to wait for each check.
    /// - Returns: Each check's exercise name, check name and outcome, in order.
    public func gradeAll(_ solution: Solver, timeout: Double = 10) -> [GradedCheck] {
        kata.allChecks.indices.map { index in
            let (exercise, check) = kata.allChecks[index]
            let graded = result(ofCheck: index, on: solution, timeout: timeout)
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
