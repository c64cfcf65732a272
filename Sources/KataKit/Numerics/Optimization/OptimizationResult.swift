/// Where a minimiser stopped, at what cost, and whether it trusts that point.
///
/// The fields mirror scipy's `OptimizeResult` (`x`, `fun`, `nit`, `nfev`, `success`,
/// `message`), so a story can print the same numbers a Python tutorial prints.
public struct OptimizationResult: Sendable, Equatable {
    /// The best point found (scipy's `x`).
    public let point: [Double]
    /// The objective at `point` (scipy's `fun`).
    public let value: Double
    /// Iterations, counted as the method documents it (scipy's `nit` for Nelder-Mead).
    public let iterations: Int
    /// How many times the objective itself was evaluated (scipy's `nfev`).
    public let evaluations: Int
    /// How many times the gradient was evaluated; 0 for Nelder-Mead, which uses none.
    public let gradientEvaluations: Int
    /// Why the method stopped.
    public let stopReason: StopReason
    /// The objective at the start and after each iteration, when the method was asked
    /// to record it (for a story that prints or plots the descent); otherwise empty.
    public let history: [Double]

    /// Whether the method's stopping test was met (scipy's `success`).
    public var converged: Bool { stopReason == .converged }

    /// Why the method stopped, in one sentence (scipy's `message`).
    public var message: String { stopReason.message }

    /// A result for input that describes no problem: no evaluations, nothing converged.
    static func invalid(_ problem: String, start: [Double]) -> OptimizationResult {
        OptimizationResult(point: start, value: .nan, iterations: 0, evaluations: 0, gradientEvaluations: 0,
                           stopReason: .invalidInput(problem), history: [])
    }
}
