import Foundation
import KataKit
import Testing

@Suite("Newton's method for minimising")
struct NewtonMinimizerTests {
    /// A small logistic-regression problem whose labels are not separable, so the
    /// maximum-likelihood (w, b) is finite.
    enum Logistic {
        static let x = [-2.0, -1.5, -1, -0.5, 0, 0.5, 1, 1.5, 2, 2.5]
        static let y = [0.0, 0, 1, 0, 0, 1, 0, 1, 1, 1]

        static func sigmoid(_ z: Double) -> Double { 1 / (1 + exp(-z)) }

        /// Σ[log(1 + e^z) − y·z] with z = w·x + b.
        static func negativeLogLikelihood(_ p: [Double]) -> Double {
            zip(x, y).reduce(0) { sum, point in
                let z = p[0] * point.0 + p[1]
                return sum + log1p(exp(z)) - point.1 * z
            }
        }

        static func gradient(_ p: [Double]) -> [Double] {
            zip(x, y).reduce([0, 0]) { g, point in
                let residual = sigmoid(p[0] * point.0 + p[1]) - point.1
                return [g[0] + residual * point.0, g[1] + residual]
            }
        }

        static func hessian(_ p: [Double]) -> [[Double]] {
            x.reduce([[0, 0], [0, 0]]) { h, xi in
                let s = sigmoid(p[0] * xi + p[1])
                let weight = s * (1 - s)
                return [[h[0][0] + weight * xi * xi, h[0][1] + weight * xi],
                        [h[1][0] + weight * xi, h[1][1] + weight]]
            }
        }
    }

    @Test("one step solves a quadratic, the next confirms it")
    func quadratic() {
        // ½xᵀAx − bᵀx with A = [[4, 1], [1, 3]], b = (1, 2): the minimum solves A·x = b.
        let result = NewtonMinimizer().minimize(
            { p in 0.5 * (4 * p[0] * p[0] + 2 * p[0] * p[1] + 3 * p[1] * p[1]) - p[0] - 2 * p[1] },
            gradient: { p in [4 * p[0] + p[1] - 1, p[0] + 3 * p[1] - 2] },
            hessian: { _ in [[4, 1], [1, 3]] }, from: [10, -10])
        #expect(result.converged)
        #expect(result.iterations <= 2)
        #expect(abs(result.point[0] - 1.0 / 11) < 1e-15)
        #expect(abs(result.point[1] - 7.0 / 11) < 1e-15)
    }

    @Test("fits logistic regression: the gradient vanishes, and Nelder-Mead and gradient descent agree")
    func logisticRegression() throws {
        let newton = NewtonMinimizer(recordsHistory: true).minimize(
            Logistic.negativeLogLikelihood, gradient: Logistic.gradient, hessian: Logistic.hessian, from: [0, 0])
        #expect(newton.converged)
        #expect(newton.iterations < 10)
        #expect(VectorNorm.of(Logistic.gradient(newton.point)) < 1e-12)
        #expect(zip(newton.history, newton.history.dropFirst()).allSatisfy { $0 >= $1 })

        let simplex = NelderMead(xTolerance: 1e-10, fTolerance: 1e-12)
            .minimize(Logistic.negativeLogLikelihood, from: [0, 0])
        let descent = GradientDescent(learningRate: 0.1, gradientTolerance: 1e-10)
            .minimize(Logistic.negativeLogLikelihood, gradient: Logistic.gradient, from: [0, 0])
        #expect(simplex.converged && descent.converged)
        for other in [simplex.point, descent.point] {
            #expect(abs(other[0] - newton.point[0]) < 1e-7 && abs(other[1] - newton.point[1]) < 1e-7,
                    "\(other) should be \(newton.point)")
        }
    }

    @Test("a singular Hessian stops the search without a step")
    func singularHessian() {
        let result = NewtonMinimizer().minimize(
            { p in (p[0] + p[1]) * (p[0] + p[1]) }, gradient: { p in [2 * (p[0] + p[1]), 2 * (p[0] + p[1])] },
            hessian: { _ in [[2, 2], [2, 2]] }, from: [1, 2])
        #expect(result.stopReason == .singularHessian)
        #expect(result.iterations == 0)
        #expect(result.point == [1, 2])
    }

    @Test("non-finite or mis-shaped derivatives are reported", arguments: [
        ([Double.nan, 0], [[1.0, 0], [0, 1]], StopReason.nonFinite),
        ([1, 0], [[1, 0], [0, .infinity]], .nonFinite),
        ([1], [[1, 0], [0, 1]], .invalidInput("the gradient or Hessian does not match the 2 coordinates")),
        ([1, 0], [[1, 0]], .invalidInput("the gradient or Hessian does not match the 2 coordinates")),
    ])
    func badDerivatives(gradient: [Double], hessian: [[Double]], reason: StopReason) {
        let result = NewtonMinimizer().minimize({ _ in 0 }, gradient: { _ in gradient }, hessian: { _ in hessian },
                                                from: [0, 0])
        #expect(result.stopReason == reason)
    }
}

/// The Euclidean norm, for checking that a gradient vanishes.
enum VectorNorm {
    static func of(_ v: [Double]) -> Double { v.reduce(0) { $0 + $1 * $1 }.squareRoot() }
}
