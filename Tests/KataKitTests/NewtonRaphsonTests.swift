import Foundation
import KataKit
import Testing

@Suite("Newton-Raphson")
struct NewtonRaphsonTests {
    /// Waiting times with Σx = 23.5 over n = 10: the exponential MLE is n/Σx = 1/x̄.
    static let waits = [0.5, 1.25, 3.0, 0.75, 4.5, 2.0, 1.5, 6.25, 0.25, 3.5]

    static func score(_ rate: Double) -> Double { Double(waits.count) / rate - waits.reduce(0, +) }
    static func scoreDerivative(_ rate: Double) -> Double { -Double(waits.count) / (rate * rate) }

    @Test("finds √2 from either side", arguments: [1.0, 3.0, -1.0])
    func squareRootOfTwo(start: Double) {
        let result = NewtonRaphson().root(of: { $0 * $0 - 2 }, derivative: { 2 * $0 }, from: start)
        #expect(result.converged)
        #expect(abs(abs(result.root) - 2.squareRoot()) <= 2.squareRoot().ulp)
        #expect(result.iterations <= 8)
        #expect(result.iterates.count == result.iterations + 1)
        #expect(result.iterates.first == start)
        #expect(result.iterates.last == result.root)
    }

    // Newton on n/α − Σx converges from any start in (0, 2/x̄) = (0, 0.851…).
    @Test("the exponential score's root is 1/x̄", arguments: [0.01, 0.2, 0.425, 0.8])
    func exponentialScore(start: Double) {
        let result = NewtonRaphson().root(of: Self.score, derivative: Self.scoreDerivative, from: start)
        let mle = Double(Self.waits.count) / Self.waits.reduce(0, +)
        #expect(result.converged)
        #expect(abs(result.root - mle) <= 4 * mle.ulp)
    }

    @Test("a start beyond 2/x̄ runs away, and is reported as not converged")
    func exponentialScoreRunsAway() {
        let result = NewtonRaphson().root(of: Self.score, derivative: Self.scoreDerivative, from: 1)
        #expect(!result.converged)
        #expect(result.root < 0 || !result.root.isFinite)
    }

    @Test("a zero derivative stops the search before a step")
    func zeroDerivative() {
        let result = NewtonRaphson().root(of: { $0 * $0 + 1 }, derivative: { 2 * $0 }, from: 0)
        #expect(result.stopReason == .zeroDerivative)
        #expect(!result.converged)
        #expect(result.iterations == 0)
        #expect(result.message == "The derivative is zero, so the Newton step f/f′ is undefined.")
    }

    @Test("a step into a function's undefined region is non-finite")
    func nonFinite() {
        // log's Newton step from 3 lands at 3 − 3·log 3 < 0, where log is NaN.
        let result = NewtonRaphson().root(of: { log($0) }, derivative: { 1 / $0 }, from: 3)
        #expect(result.stopReason == .nonFinite)
        #expect(result.iterations == 1)
    }

    @Test("an exact root at the start takes no step")
    func rootAtStart() {
        let result = NewtonRaphson().root(of: { $0 - 2 }, derivative: { _ in 1 }, from: 2)
        #expect(result.converged)
        #expect(result.iterations == 0)
        #expect(result.root == 2)
    }

    @Test("the iteration limit is reported")
    func iterationLimit() {
        let result = NewtonRaphson(maxIterations: 2).root(of: { $0 * $0 - 2 }, derivative: { 2 * $0 }, from: 100)
        #expect(result.stopReason == .maxIterations)
        #expect(result.iterations == 2)
    }

    @Test("a root far from zero is reached despite its coarse spacing")
    func largeRoot() {
        let result = NewtonRaphson().root(of: { $0 * $0 - 1e20 }, derivative: { 2 * $0 }, from: 3e10)
        #expect(result.converged)
        #expect(abs(result.root - 1e10) <= 1e10.ulp)
    }
}
