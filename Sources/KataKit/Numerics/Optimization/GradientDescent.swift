/// Gradient descent with a fixed learning rate: x ← x − η·∇f(x).
///
/// It stops, converged, when the gradient's norm is at most `gradientTolerance`
/// (tested before each step and after the last one) or a step's norm is at most
/// `stepTolerance`; it gives up after `maxSteps` steps, or as soon as a gradient or
/// the point stops being finite (a learning rate too large for the problem diverges).
///
/// ```swift
/// let descent = GradientDescent(learningRate: 0.1, recordsHistory: true)
/// let result = descent.minimize({ p in p[0] * p[0] }, gradient: { p in [2 * p[0]] }, from: [3])
/// ```
public struct GradientDescent: Sendable {
    /// The learning rate η, the fixed multiple of the gradient taken at each step.
    public var learningRate: Double
    /// The most steps taken before giving up.
    public var maxSteps: Int
    /// Converged once ‖∇f(x)‖₂ is at most this.
    public var gradientTolerance: Double
    /// Converged once a step's length ‖η·∇f(x)‖₂ is at most this.
    public var stepTolerance: Double
    /// Whether to evaluate the objective at the start and after every step.
    public var recordsHistory: Bool

    /// Creates a gradient descent.
    /// - Parameters:
    ///   - learningRate: The step multiple η; too large diverges, too small crawls.
    ///   - maxSteps: The most steps taken, 10 000 unless given.
    ///   - gradientTolerance: Converged once the gradient's norm is at most this, 1e-8 unless given.
    ///   - stepTolerance: Converged once a step's length is at most this, 1e-12 unless given.
    ///   - recordsHistory: Whether `history` holds the objective after each step (costs one
    ///     evaluation per step); otherwise the objective is evaluated once, at the end.
    public init(learningRate: Double, maxSteps: Int = 10_000, gradientTolerance: Double = 1e-8,
                stepTolerance: Double = 1e-12, recordsHistory: Bool = false) {
        self.learningRate = learningRate
        self.maxSteps = maxSteps
        self.gradientTolerance = gradientTolerance
        self.stepTolerance = stepTolerance
        self.recordsHistory = recordsHistory
    }

    /// Minimises `objective` by following `gradient` downhill from `start`.
    /// - Parameters:
    ///   - objective: The function minimised, used for the reported value and the history.
    ///   - gradient: Its gradient, one partial derivative per coordinate.
    ///   - start: The starting point.
    /// - Returns: The last point, its value, `iterations` = steps taken, and why it stopped.
    public func minimize(_ objective: ([Double]) -> Double, gradient: ([Double]) -> [Double],
                         from start: [Double]) -> OptimizationResult {
        guard !start.isEmpty else { return .invalid("the start point has no coordinates", start: start) }
        var point = start
        var steps = 0
        var gradientEvaluations = 0
        var evaluations = 0
        var history: [Double] = []
        func record() {
            guard recordsHistory else { return }
            history.append(objective(point))
            evaluations += 1
        }
        record()

        let reason: StopReason
        while true {
            let slope = gradient(point)
            gradientEvaluations += 1
            guard slope.count == point.count else {
                reason = .invalidInput("the gradient has \(slope.count) entries for \(point.count) coordinates")
                break
            }
            let slopeNorm = VectorArithmetic.norm(slope)
            guard slopeNorm.isFinite else { reason = .nonFinite; break }
            if slopeNorm <= gradientTolerance { reason = .converged; break }
            if steps >= maxSteps { reason = .maxIterations; break }

            let step = slope.map { learningRate * $0 }
            point = zip(point, step).map { $0 - $1 }
            steps += 1
            record()
            guard VectorArithmetic.isFinite(point) else { reason = .nonFinite; break }
            if VectorArithmetic.norm(step) <= stepTolerance { reason = .converged; break }
        }

        let value = history.last ?? objective(point)
        if !recordsHistory { evaluations += 1 }
        return OptimizationResult(point: point, value: value, iterations: steps, evaluations: evaluations,
                                  gradientEvaluations: gradientEvaluations, stopReason: reason, history: history)
    }
}
