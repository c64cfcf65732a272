/// Newton's method for minimising in several parameters: x ← x − H(x)⁻¹·∇f(x).
///
/// Each step solves H·Δ = ∇f by Gaussian elimination with partial pivoting (no inverse
/// is formed). On a convex objective such as the logistic negative log-likelihood it
/// converges in a handful of steps; it takes full steps with no line search, so it
/// is meant for such problems, not for a general non-convex minimum.
///
/// ```swift
/// let newton = NewtonMinimizer()
/// let result = newton.minimize(negativeLogLikelihood, gradient: gradient, hessian: hessian, from: [0, 0])
/// ```
public struct NewtonMinimizer: Sendable {
    /// Converged once a step's norm is at most `tolerance · max(1, ‖x‖₂)`, or the gradient is zero.
    public var tolerance: Double
    /// The most steps taken before giving up.
    public var maxIterations: Int
    /// Whether to evaluate the objective at the start and after every step.
    public var recordsHistory: Bool

    /// Creates a Newton minimiser.
    /// - Parameters:
    ///   - tolerance: Converged once ‖Δ‖₂ ≤ tolerance · max(1, ‖x‖₂); 1e-10 unless given.
    ///   - maxIterations: The most steps taken, 100 unless given.
    ///   - recordsHistory: Whether `history` holds the objective after each step.
    public init(tolerance: Double = 1e-10, maxIterations: Int = 100, recordsHistory: Bool = false) {
        self.tolerance = tolerance
        self.maxIterations = maxIterations
        self.recordsHistory = recordsHistory
    }

    /// Minimises `objective` by Newton steps from `start`.
    ///
    /// Not converged on a singular Hessian (`.singularHessian`), a NaN or infinite
    /// gradient, Hessian or point (`.nonFinite`), mis-shaped derivatives (`.invalidInput`),
    /// or after `maxIterations` steps.
    /// - Parameters:
    ///   - objective: The function minimised, used for the reported value and the history.
    ///   - gradient: Its gradient, one entry per coordinate.
    ///   - hessian: Its matrix of second derivatives, n rows of n entries.
    ///   - start: The starting point.
    /// - Returns: The last point, its value, `iterations` = steps taken, and why it stopped.
    public func minimize(_ objective: ([Double]) -> Double, gradient: ([Double]) -> [Double],
                         hessian: ([Double]) -> [[Double]], from start: [Double]) -> OptimizationResult {
        minimize(objective, derivatives: { (gradient($0), hessian($0)) }, from: start)
    }

    /// Minimises `objective` by Newton steps from `start`, with the gradient and the Hessian
    /// from one call: for an objective whose two share most of their work, such as a sum
    /// over data points where each point's term needs the same exp for both.
    ///
    /// Stops as the other `minimize` does.
    /// - Parameters:
    ///   - objective: The function minimised, used for the reported value and the history.
    ///   - derivatives: Its gradient (one entry per coordinate) and its matrix of second
    ///     derivatives (n rows of n entries) at a point.
    ///   - start: The starting point.
    /// - Returns: The last point, its value, `iterations` = steps taken, and why it stopped.
    public func minimize(_ objective: ([Double]) -> Double,
                         derivatives: ([Double]) -> (gradient: [Double], hessian: [[Double]]),
                         from start: [Double]) -> OptimizationResult {
        guard !start.isEmpty else { return .invalid("the start point has no coordinates", start: start) }
        var point = start
        var steps = 0
        var gradientEvaluations = 0
        var history = recordsHistory ? [objective(point)] : []

        let reason: StopReason
        while true {
            if steps >= maxIterations { reason = .maxIterations; break }
            let (slope, curvature) = derivatives(point)
            gradientEvaluations += 1
            guard slope.count == point.count, curvature.count == point.count,
                  curvature.allSatisfy({ $0.count == point.count }) else {
                reason = .invalidInput("the gradient or Hessian does not match the \(point.count) coordinates")
                break
            }
            guard VectorArithmetic.isFinite(slope), curvature.allSatisfy(VectorArithmetic.isFinite) else {
                reason = .nonFinite
                break
            }
            if slope.allSatisfy({ $0 == 0 }) { reason = .converged; break }
            guard let step = LinearSystem.solve(curvature, slope) else { reason = .singularHessian; break }

            point = zip(point, step).map { $0 - $1 }
            steps += 1
            if recordsHistory { history.append(objective(point)) }
            guard VectorArithmetic.isFinite(point) else { reason = .nonFinite; break }
            if VectorArithmetic.norm(step) <= tolerance * max(1, VectorArithmetic.norm(point)) {
                reason = .converged
                break
            }
        }

        let value = history.last ?? objective(point)
        return OptimizationResult(point: point, value: value, iterations: steps,
                                  evaluations: recordsHistory ? history.count : 1,
                                  gradientEvaluations: gradientEvaluations, stopReason: reason, history: history)
    }
}
