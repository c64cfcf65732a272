import KataKit

/// The driver's verdict on one check, including what only the driver can see.
enum CheckVerdict: Equatable {
    /// Right.
    case passed
    /// Wrong: what was expected, what came back, the likely mistake.
    case failed(CheckFailure)
    /// The check reached `todo()` here.
    case notAttempted(CodeLocation)
    /// The program crashed during the check.
    case crashed(CrashReport)
    /// The check ran past its time limit; `report` says where it was, if known.
    case timedOut(seconds: Double, report: CrashReport?)
    /// The kata program never reached this check (it could not start).
    case notRun(String)

    /// Whether this verdict counts as passed.
    var isPassed: Bool { self == .passed }
}

/// A graded check: its name, verdict, and what it printed.
struct GradedCheckResult: Equatable {
    /// The check's name.
    var name: String
    /// The verdict.
    var verdict: CheckVerdict
    /// What the learner's code printed during the check.
    var output: String
    /// What the check showed the learner because it passed (`showWhenPassed(_:)`).
    var notes: [String] = []
    /// Seconds between the check's `started` and `finished` events (or its crash or
    /// hang), measured by the driver; `nil` for a check that never started.
    var duration: Double? = nil
}

/// A graded exercise: its place in the plan and its checks' results.
struct GradedExercise: Equatable {
    /// The exercise as the plan describes it.
    var exercise: KataPlan.Exercise
    /// Its checks, in order.
    var checks: [GradedCheckResult]

    /// Whether every check passed.
    var isPassed: Bool { checks.allSatisfy(\.verdict.isPassed) }
    /// Whether no check got past `todo()`.
    var isUntouched: Bool {
        checks.allSatisfy { if case .notAttempted = $0.verdict { true } else { false } }
    }
}

/// What grading one kata produced.
enum KataResult: Equatable {
    /// The kata built and ran: a verdict per check.
    case graded(plan: KataPlan, exercises: [GradedExercise])
    /// The kata did not compile: the compiler's diagnostics.
    case didNotCompile([Diagnostic])
    /// The kata's program could not be run at all.
    case couldNotRun(String)

    /// Whether every check of every exercise passed.
    var isSolved: Bool {
        guard case .graded(_, let exercises) = self else { return false }
        return exercises.allSatisfy(\.isPassed)
    }
}
