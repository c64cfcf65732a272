import Foundation
@testable import KataKit
import Testing

@Suite("Nelder-Mead")
struct NelderMeadTests {
    // The port follows scipy's arithmetic operation for operation, and each objective
    // is computed in the order its Python twin computes it, so anything short of
    // bit-for-bit agreement (x, fun, nit and nfev) means the port has drifted.
    @Test("lands where scipy lands, bit for bit, with scipy's nit and nfev",
          arguments: ScipyReference.nelderMead)
    func matchesScipy(reference: ScipyNelderMeadCase) {
        let result = reference.minimizer.minimize(reference.problem.value(at:), from: reference.start)
        #expect(result.point == reference.x)
        #expect(result.value == reference.fun)
        #expect(result.iterations == reference.nit)
        #expect(result.evaluations == reference.nfev)
        #expect(result.converged == reference.success)
        #expect(result.message == reference.message)
        #expect(result.gradientEvaluations == 0)
    }

    @Test("the kata data are numpy's, so the kata problem is scipy's problem")
    func kataData() {
        #expect([KataRegressionData.x[0], KataRegressionData.x[99]] == ScipyReference.kataXEnds)
        #expect([KataRegressionData.noise[0], KataRegressionData.noise[99]] == ScipyReference.kataNoiseEnds)
    }

    @Test("the kata's fit of the NLL agrees with closed-form least squares to the tolerance it was run with")
    func kataFitMatchesLeastSquares() throws {
        let result = NelderMead().minimize(OptimizationProblem.regressionNLL.value(at:), from: [1, 1, 0])
        let line = try LeastSquares.line(x: KataRegressionData.x, y: KataRegressionData.y)
        // xatol = 1e-4 bounds the simplex, not the distance to the minimum; 1e-3 is ample.
        #expect(result.converged)
        #expect(abs(result.point[0] - line.slope) < 1e-3)
        #expect(abs(result.point[1] - line.intercept) < 1e-3)
    }

    @Test("known minima are found to within the tolerances", arguments: [
        (OptimizationProblem.rosenbrock, [-1.2, 1.0], [1.0, 1.0]),
        (.rosenbrock, [1.3, 0.7, 0.8, 1.9, 1.2], [1, 1, 1, 1, 1]),
        (.shiftedQuadratic, [1.0, 1.0, 1.0], [3, -1, 0.5]),
    ])
    func knownMinima(problem: OptimizationProblem, start: [Double], minimum: [Double]) {
        let tight = NelderMead(xTolerance: 1e-10, fTolerance: 1e-12, maxIterations: 20_000, maxEvaluations: 20_000)
        let result = tight.minimize(problem.value(at:), from: start)
        #expect(result.converged)
        for (found, expected) in zip(result.point, minimum) {
            #expect(abs(found - expected) < 1e-6, "\(result.point) should be \(minimum)")
        }
    }

    @Test("scipy's default simplex: nonzero coordinates times 1.05, zero ones set to 0.00025")
    func defaultSimplex() {
        let scale: Double = 1 + 0.05
        let expected: [[Double]] = [[2, 0, -4], [scale * 2, 0, -4], [2, 0.00025, -4], [2, 0, scale * -4]]
        #expect(Simplex.defaultVertices(around: [2, 0, -4]) == expected)
    }

    @Test("scipy's rule for limits: both 200·N, or the one given and no limit on the other",
          arguments: [
              (nil, nil, 200 * 3, 200 * 3), (50, nil, 50, Int.max), (nil, 70, Int.max, 70),
              (Int.max, nil, Int.max, 600), (nil, Int.max, 600, Int.max), (10, 20, 10, 20),
          ] as [(Int?, Int?, Int, Int)])
    func limits(maxIterations: Int?, maxEvaluations: Int?, iterations: Int, evaluations: Int) {
        let limits = NelderMead(maxIterations: maxIterations, maxEvaluations: maxEvaluations).limits(dimension: 3)
        #expect(limits.iterations == iterations)
        #expect(limits.evaluations == evaluations)
    }

    @Test("the simplex sorts stably, NaN after every number")
    func sortOrder() {
        var simplex = Simplex(vertices: [[0], [1], [2], [3], [4], [5]], values: [.nan, 2, -.infinity, 2, .nan, 1])
        simplex.sortByValue()
        let order: [[Double]] = [[2], [5], [1], [3], [0], [4]]
        let numbers: [Double] = [-.infinity, 1, 2, 2]
        #expect(simplex.vertices == order)
        #expect(Array(simplex.values[0...3]) == numbers)
        #expect(simplex.values[4...].allSatisfy { $0.isNaN })
    }

    // scipy's shrink assigns each vertex before evaluating it, so a budget that runs
    // out mid-shrink leaves a moved vertex with its old value. The best vertex, nit and
    // nfev do not show it (the reference cases cannot), so it is tested here.
    @Test("a shrink cut short by the budget keeps the moved vertex and its stale value")
    func shrinkCutShort() {
        var simplex = Simplex(vertices: [[0], [1]], values: [0, 1])
        var evaluations = 0
        // Every trial point is worse than the worst vertex: reflection, then an inside
        // contraction, both fail, so the simplex shrinks; the budget allows two calls.
        func evaluate(_ point: [Double]) throws(EvaluationBudgetExhausted) -> Double {
            guard evaluations < 2 else { throw EvaluationBudgetExhausted() }
            evaluations += 1
            return 5
        }
        #expect(throws: EvaluationBudgetExhausted.self) { try NelderMead.move(&simplex, evaluate: evaluate) }
        #expect(simplex.vertices == [[0], [0.5]])
        #expect(simplex.values == [0, 1])
    }

    @Test("a function that is NaN everywhere ends the search at the limits, without a trap")
    func nanEverywhere() {
        let result = NelderMead().minimize({ _ in .nan }, from: [1, 2])
        #expect(!result.converged)
        #expect(result.stopReason == .maxEvaluations)
        #expect(result.evaluations == 400)
        #expect(result.value.isNaN)
    }

    @Test("an infinite start value is left behind")
    func infiniteStart() {
        let result = NelderMead().minimize({ p in p[0] < 1.01 ? .infinity : (p[0] - 2) * (p[0] - 2) }, from: [1])
        #expect(result.converged)
        #expect(abs(result.point[0] - 2) < 1e-3)
    }

    @Test("input that describes no problem is reported, and the objective is never called")
    func invalidInput() {
        let empty = NelderMead().minimize({ _ in Issue.record("called"); return 0 }, from: [])
        #expect(empty.stopReason == .invalidInput("the start point has no coordinates"))
        #expect(empty.evaluations == 0)
        let misshapen = NelderMead(initialSimplex: [[0, 0], [1, 0]])
            .minimize({ _ in Issue.record("called"); return 0 }, from: [0, 0])
        #expect(!misshapen.converged)
        #expect(misshapen.message.hasPrefix("Invalid input: initialSimplex must have 3 rows of 2 coordinates"))
    }

    @Test("the history holds the best value after each iteration, never rising")
    func history() {
        let minimizer = NelderMead(recordsHistory: true)
        let result = minimizer.minimize(OptimizationProblem.rosenbrock.value(at:), from: [-1.2, 1])
        #expect(result.history.count == result.iterations)
        let startValues = Simplex.defaultVertices(around: [-1.2, 1]).map(OptimizationProblem.rosenbrock.value(at:))
        #expect(result.history.first == startValues.min())
        #expect(result.history.last == result.value)
        #expect(zip(result.history, result.history.dropFirst()).allSatisfy { $0 >= $1 })
        #expect(NelderMead().minimize(OptimizationProblem.rosenbrock.value(at:), from: [-1.2, 1]).history.isEmpty)
    }
}
