/// What running one check produced: its outcome, and the notes it left for the
/// learner with `showWhenPassed(_:)`.
public struct CheckResult: Sendable, Equatable {
    /// Passed, failed, not attempted or timed out.
    public var outcome: CheckOutcome
    /// Lines the learner reads under the exercise; empty unless the check passed.
    public var notes: [String]

    /// Creates a result.
    public init(outcome: CheckOutcome, notes: [String]) {
        self.outcome = outcome
        self.notes = notes
    }
}

/// Shows `text` to the learner under the exercise's verdict if the running check
/// passes: what their code did, such as where an optimiser driven by their function
/// landed. A failing check shows its failure instead, and outside a check this does
/// nothing.
///
/// Use it for the moments a kata wants a learner to see their own code at work,
/// not for praise: a pass already says "right".
/// - Parameter text: One short paragraph; the driver wraps it to the terminal.
public func showWhenPassed(_ text: String) {
    CheckRun.current?.addNote(text)
}
