/// What running one check in-process produced. Crashes and time-outs are not here:
/// they end or stall the process, and the driver, which watches it, reports them.
public enum CheckOutcome: Sendable, Codable, Equatable {
    /// The solution got it right.
    case passed
    /// The solution got it wrong.
    case failed(CheckFailure)
    /// The check reached `todo()` at this location.
    case notAttempted(CodeLocation)
    /// The check did not finish within the time it was given (in-process grading only).
    case timedOut(seconds: Double)
}
