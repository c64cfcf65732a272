import KataKit
import Testing

@Suite("Gradient descent")
struct GradientDescentTests {
    /// (x − 3)² + 2(y + 1)², minimum 0 at (3, −1).
    static func bowl(_ p: [Double]) -> Double { (p[0] - 3) * (p[0] - 3) + 2 * (p[1] + 1) * (p[1] + 1) }
    static func bowlGradient(_ p: [Double]) -> [Double] { [2 * (p[0] - 3), 4 * (p[1] + 1)] }

    @Test("reaches the minimum of a quadratic bowl", arguments: [0.05, 0.1, 0.2])
    func bowlMinimum(learningRate: Double) {
        let result = GradientDescent(learningRate: learningRate)
            .minimize(Self.bowl, gradient: Self.bowlGradient, from: [0, 0])
        #expect(result.converged)
        #expect(abs(result.point[0] - 3) < 1e-8)
        #expect(abs(result.point[1] + 1) < 1e-8)
        #expect(result.value < 1e-15)
    }

    // On x²/2 with η = 1/2 each step halves x: 3·2⁻²⁹ ≈ 5.6e-9 is the first |x| below 1e-8.
    @Test("stops at the first gradient below the tolerance, counting steps and evaluations")
    func stepCount() {
        let result = GradientDescent(learningRate: 0.5, gradientTolerance: 1e-8)
            .minimize({ p in p[0] * p[0] / 2 }, gradient: { p in p }, from: [3])
        #expect(result.converged)
        #expect(result.iterations == 29)
        #expect(result.gradientEvaluations == 30)
        #expect(result.evaluations == 1)
        #expect(result.point == [3 * 0x1p-29])
    }

    @Test("the history holds the value at the start and after each step")
    func history() {
        let result = GradientDescent(learningRate: 0.1, maxSteps: 5, recordsHistory: true)
            .minimize(Self.bowl, gradient: Self.bowlGradient, from: [0, 0])
        #expect(result.stopReason == .maxIterations)
        #expect(result.iterations == 5)
        #expect(result.history.count == 6)
        #expect(result.history.first == 11)
        #expect(result.history.last == result.value)
        #expect(zip(result.history, result.history.dropFirst()).allSatisfy { $0 > $1 })
    }

    @Test("a small step ends the descent when the gradient tolerance is off")
    func stepTolerance() {
        let result = GradientDescent(learningRate: 0.1, gradientTolerance: 0, stepTolerance: 1e-6)
            .minimize(Self.bowl, gradient: Self.bowlGradient, from: [0, 0])
        #expect(result.converged)
        #expect(abs(result.point[0] - 3) < 1e-4)
    }

    @Test("too large a learning rate diverges and is reported, not trapped", arguments: [
        (2.0, StopReason.nonFinite), (1.0, .maxIterations),
    ])
    func divergence(learningRate: Double, reason: StopReason) {
        // On x², η = 1 flips x to −x forever; η = 2 triples |x| each step until it overflows.
        let result = GradientDescent(learningRate: learningRate, maxSteps: 2000)
            .minimize({ p in p[0] * p[0] }, gradient: { p in [2 * p[0]] }, from: [1])
        #expect(!result.converged)
        #expect(result.stopReason == reason)
    }

    @Test("a gradient of the wrong length or an empty start is invalid input")
    func invalidInput() {
        let short = GradientDescent(learningRate: 0.1).minimize({ _ in 0 }, gradient: { _ in [1] }, from: [0, 0])
        #expect(short.stopReason == .invalidInput("the gradient has 1 entries for 2 coordinates"))
        let empty = GradientDescent(learningRate: 0.1).minimize({ _ in 0 }, gradient: { _ in [] }, from: [])
        #expect(!empty.converged)
    }
}
