/// Newton-Raphson root finding for one parameter: x ← x − f(x)/f′(x).
///
/// For maximum likelihood, f is the score (the derivative of the log-likelihood) and
/// f′ its derivative, so the root is the MLE: for the exponential model the score is
/// n/α − Σx and the root is 1/x̄. Convergence is quadratic near a simple root; from a
/// poor start the steps can run away, which the result reports instead of trapping.
///
/// ```swift
/// let result = NewtonRaphson().root(of: { a in 10 / a - 25 }, derivative: { a in -10 / (a * a) }, from: 0.1)
/// // result.root == 0.4
/// ```
public struct NewtonRaphson: Sendable {
    /// Converged once a step is at most `tolerance · max(1, |x|)`.
    public var tolerance: Double
    /// The most steps taken before giving up.
    public var maxIterations: Int

    /// Creates a root finder.
    /// - Parameters:
    ///   - tolerance: Converged once |step| ≤ tolerance · max(1, |x|); 1e-12 unless given.
    ///     The relative part keeps a root far from zero reachable in floating point.
    ///   - maxIterations: The most steps taken, 100 unless given.
    public init(tolerance: Double = 1e-12, maxIterations: Int = 100) {
        self.tolerance = tolerance
        self.maxIterations = maxIterations
    }

    /// Finds a root of `function` by Newton's steps from `start`.
    ///
    /// It stops converged when a step is small enough or `function` is exactly zero; not
    /// converged on a zero derivative (`.zeroDerivative`), a NaN or infinite value, derivative or
    /// iterate (`.nonFinite`), or after `maxIterations` steps (`.maxIterations`).
    /// - Parameters:
    ///   - function: The function whose root is sought (for an MLE: the score).
    ///   - derivative: Its derivative.
    ///   - start: The first guess.
    /// - Returns: The last iterate, the function there, the steps taken and why it stopped.
    public func root(of function: (Double) -> Double, derivative: (Double) -> Double,
                     from start: Double) -> RootResult {
        var point = start
        var iterates = [start]
        var reason = StopReason.maxIterations
        var value = function(point)
        while iterates.count <= maxIterations {
            let slope = derivative(point)
            guard value.isFinite, slope.isFinite, point.isFinite else { reason = .nonFinite; break }
            if value == 0 { reason = .converged; break }
            guard slope != 0 else { reason = .zeroDerivative; break }
            let step = value / slope
            point -= step
            iterates.append(point)
            guard point.isFinite else { reason = .nonFinite; break }
            value = function(point)
            if abs(step) <= tolerance * max(1, abs(point)) {
                reason = value.isFinite ? .converged : .nonFinite
                break
            }
        }
        return RootResult(root: point, value: value, iterations: iterates.count - 1, iterates: iterates,
                          stopReason: reason)
    }
}
