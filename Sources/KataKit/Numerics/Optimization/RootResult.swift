/// Where a one-parameter root finder stopped, how it got there, and whether it trusts the root.
public struct RootResult: Sendable, Equatable {
    /// The last iterate: the root when `converged`.
    public let root: Double
    /// The function at `root`; near zero when `converged`.
    public let value: Double
    /// How many Newton steps were taken.
    public let iterations: Int
    /// The start, then the point after each step (for a story that prints the approach).
    public let iterates: [Double]
    /// Why the method stopped.
    public let stopReason: StopReason

    /// Whether the step became small enough, or the function exactly zero.
    public var converged: Bool { stopReason == .converged }

    /// Why the method stopped, in one sentence.
    public var message: String { stopReason.message }
}
