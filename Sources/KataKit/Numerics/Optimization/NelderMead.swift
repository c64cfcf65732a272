/// The Nelder-Mead simplex minimiser, a port of scipy's `minimize(method='Nelder-Mead')`.
///
/// With its defaults it follows scipy's `_minimize_neldermead` (non-adaptive) step for
/// step: the same initial simplex (each nonzero coordinate of the start times 1.05, a
/// zero one set to 0.00025), reflection 1, expansion 2, contraction 0.5, shrink 0.5,
/// the same order of evaluations and comparisons, the same stopping test (every
/// vertex within `xTolerance` of the best in every coordinate, and every value within
/// `fTolerance` of the best) and the same limits (200 × dimension iterations and
/// evaluations). It reports `nit` and `nfev` as scipy counts them. So a kata minimising
/// the same function from the same start lands where scipy lands, to the last bit when
/// the function is computed in the same order.
///
/// ```swift
/// let result = NelderMead().minimize({ p in (p[0] - 3) * (p[0] - 3) + p[1] * p[1] }, from: [1, 1])
/// ```
///
/// Differences from scipy, both deliberate:
/// - ties between vertex values are broken by a stable sort (earlier vertex first);
///   numpy's `argsort` is not stable and, with SIMD sorting, orders ties differently
///   on different CPUs, so scipy itself is not reproducible there;
/// - `value` is the objective at `point`; scipy's `fun` is `min(fsim)`, which is NaN
///   whenever any vertex's value is NaN even though its `x` is a finite best vertex.
///
/// NaN values are ordered last, as numpy orders them, and compare as IEEE says (a NaN
/// reflection counts as no improvement), so a function that is undefined somewhere
/// never stops the search. Bounds, callbacks and the adaptive variant are not ported.
public struct NelderMead: Sendable {
    /// How close, coordinate by coordinate, every vertex must be to the best (scipy's `xatol`).
    public var xTolerance: Double
    /// How close every vertex's value must be to the best value (scipy's `fatol`).
    public var fTolerance: Double
    /// The iteration limit (scipy's `maxiter`); see `init` for how `nil` is read.
    public var maxIterations: Int?
    /// The limit on objective evaluations (scipy's `maxfev`); see `init` for how `nil` is read.
    public var maxEvaluations: Int?
    /// The N + 1 starting vertices, overriding the simplex built around the start
    /// (scipy's `initial_simplex`).
    public var initialSimplex: [[Double]]?
    /// Whether to record the best value after the first sort and after each iteration.
    public var recordsHistory: Bool

    /// Creates a minimiser; every default is scipy's.
    ///
    /// The limits follow scipy's rule: with neither given, both are 200 × dimension;
    /// with only one given, the other is unlimited (unless the given one is `Int.max`,
    /// which then leaves the other at 200 × dimension).
    /// - Parameters:
    ///   - xTolerance: scipy's `xatol`, 1e-4.
    ///   - fTolerance: scipy's `fatol`, 1e-4.
    ///   - maxIterations: scipy's `maxiter`.
    ///   - maxEvaluations: scipy's `maxfev`.
    ///   - initialSimplex: scipy's `initial_simplex`: N + 1 rows of N coordinates.
    ///   - recordsHistory: Whether the result's `history` holds the best value per iteration.
    public init(xTolerance: Double = 1e-4, fTolerance: Double = 1e-4, maxIterations: Int? = nil,
                maxEvaluations: Int? = nil, initialSimplex: [[Double]]? = nil, recordsHistory: Bool = false) {
        self.xTolerance = xTolerance
        self.fTolerance = fTolerance
        self.maxIterations = maxIterations
        self.maxEvaluations = maxEvaluations
        self.initialSimplex = initialSimplex
        self.recordsHistory = recordsHistory
    }

    /// Minimises `objective` starting from `start`.
    ///
    /// `iterations` is scipy's `nit`, which starts counting at 1 (so it is one more than
    /// the number of completed simplex moves), and `evaluations` is scipy's `nfev`.
    /// An empty start or a mis-shaped `initialSimplex` gives an `.invalidInput` result
    /// without calling `objective`.
    /// - Parameters:
    ///   - objective: The function to minimise; NaN and infinite values are allowed.
    ///   - start: The starting point (scipy's `x0`).
    /// - Returns: The best vertex, its value, scipy's counts and why the search stopped.
    public func minimize(_ objective: ([Double]) -> Double, from start: [Double]) -> OptimizationResult {
        let vertices: [[Double]]
        do {
            vertices = try startingVertices(around: start)
        } catch {
            return .invalid(error.problem, start: start)
        }
        let dimension = start.count
        let limits = self.limits(dimension: dimension)

        var evaluations = 0
        // scipy's `_wrap_scalar_function_maxfun_validation`: a call over budget raises
        // before evaluating, abandoning the rest of the iteration (not counted in nit).
        func evaluate(_ point: [Double]) throws(EvaluationBudgetExhausted) -> Double {
            guard evaluations < limits.evaluations else { throw EvaluationBudgetExhausted() }
            evaluations += 1
            return objective(point)
        }

        var simplex = Simplex(vertices: vertices, values: Array(repeating: .infinity, count: dimension + 1))
        do {
            for k in 0...dimension { simplex.values[k] = try evaluate(simplex.vertices[k]) }
        } catch {}
        simplex.sortByValue()
        var history = recordsHistory ? [simplex.values[0]] : []

        var iterations = 1
        while evaluations < limits.evaluations && iterations < limits.iterations {
            if simplex.isConverged(xTolerance: xTolerance, fTolerance: fTolerance) { break }
            do {
                try Self.move(&simplex, evaluate: evaluate)
                iterations += 1
            } catch {}
            simplex.sortByValue()
            if recordsHistory { history.append(simplex.values[0]) }
        }

        // scipy tests the evaluation budget first: running out of both reports evaluations.
        let reason: StopReason = evaluations >= limits.evaluations ? .maxEvaluations
            : iterations >= limits.iterations ? .maxIterations : .converged
        return OptimizationResult(point: simplex.vertices[0], value: simplex.values[0], iterations: iterations,
                                  evaluations: evaluations, gradientEvaluations: 0, stopReason: reason,
                                  history: history)
    }

    /// The iteration and evaluation limits for a problem of this dimension, by scipy's rule.
    func limits(dimension: Int) -> (iterations: Int, evaluations: Int) {
        let standard = 200 * dimension
        switch (maxIterations, maxEvaluations) {
        case (nil, nil): return (standard, standard)
        case (nil, let evaluations?): return (evaluations == .max ? standard : .max, evaluations)
        case (let iterations?, nil): return (iterations, iterations == .max ? standard : .max)
        case (let iterations?, let evaluations?): return (iterations, evaluations)
        }
    }

    /// The given initial simplex after checking its shape, or scipy's default one around `start`.
    private func startingVertices(around start: [Double]) throws(InvalidStart) -> [[Double]] {
        guard !start.isEmpty else { throw InvalidStart(problem: "the start point has no coordinates") }
        guard let given = initialSimplex else { return Simplex.defaultVertices(around: start) }
        guard given.count == start.count + 1, given.allSatisfy({ $0.count == start.count }) else {
            throw InvalidStart(problem: "initialSimplex must have \(start.count + 1) rows of \(start.count) "
                + "coordinates, one more row than the start point has coordinates")
        }
        return given
    }
}

/// Thrown by the evaluation wrapper when the evaluation budget is spent (scipy's `_MaxFuncCallError`).
struct EvaluationBudgetExhausted: Error {}

/// Why a start point or initial simplex describes no problem.
private struct InvalidStart: Error {
    let problem: String
}
