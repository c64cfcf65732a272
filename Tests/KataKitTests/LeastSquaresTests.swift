import KataKit
import Testing

@Suite("Least squares")
struct LeastSquaresTests {
    // numpy's lstsq goes through an SVD and KataKit through centring and QR: the two
    // round differently, so agreement is to 1e-12 relative, not to the bit.
    static let agreement = Tolerance.relative(1e-12)

    @Test("the kata's line agrees with numpy's lstsq")
    func kataLine() throws {
        let line = try LeastSquares.line(x: KataRegressionData.x, y: KataRegressionData.y)
        #expect(Self.agreement.accepts(line.slope, expected: ScipyReference.kataLine.slope))
        #expect(Self.agreement.accepts(line.intercept, expected: ScipyReference.kataLine.intercept))

        let fit = try LeastSquares.fit(features: KataRegressionData.x.map { [$0] }, targets: KataRegressionData.y)
        #expect(Self.agreement.accepts(fit.weights[0], expected: ScipyReference.kataLine.slope))
        #expect(Self.agreement.accepts(fit.intercept, expected: ScipyReference.kataLine.intercept))
    }

    @Test("several features, with and without an intercept, agree with numpy's lstsq")
    func severalFeatures() throws {
        let withIntercept = try LeastSquares.fit(features: ScipyReference.features, targets: ScipyReference.targets)
        for (found, expected) in zip(withIntercept.weights + [withIntercept.intercept],
                                     ScipyReference.weightsAndIntercept) {
            #expect(Self.agreement.accepts(found, expected: expected), "\(found) should be \(expected)")
        }
        let without = try LeastSquares.fit(features: ScipyReference.features, targets: ScipyReference.targets,
                                           includesIntercept: false)
        #expect(without.intercept == 0)
        for (found, expected) in zip(without.weights, ScipyReference.weightsWithoutIntercept) {
            #expect(Self.agreement.accepts(found, expected: expected), "\(found) should be \(expected)")
        }
    }

    // Σx² − n·x̄² cancels catastrophically at x ≈ 10⁸; centring first does not.
    @Test("data far from zero keep their accuracy")
    func farFromZero() throws {
        let x = (0..<10).map { 1e8 + Double($0) }
        let y = x.map { 2 * $0 + 5 }
        let line = try LeastSquares.line(x: x, y: y)
        #expect(line.slope == 2)
        #expect(abs(line.intercept - 5) < 1e-6)
        let fit = try LeastSquares.fit(features: x.map { [$0] }, targets: y)
        #expect(abs(fit.weights[0] - 2) < 1e-14)
        #expect(abs(fit.intercept - 5) < 1e-6)
    }

    @Test("a line through exact points is recovered exactly")
    func exactLine() throws {
        let line = try LeastSquares.line(x: [0, 1, 2, 3], y: [1, 3, 5, 7])
        #expect(line == LineFit(slope: 2, intercept: 1))
    }

    @Test("a line fit that has no unique answer throws, never traps", arguments: [
        ([1.0, 2], [1.0], LeastSquaresError.shapeMismatch("x has 2 values but y has 1")),
        ([1], [1], .tooFewObservations(observations: 1, parameters: 2)),
        ([0.1, 0.1, 0.1], [1, 2, 3], .rankDeficient("all x are equal")),
        ([1, .nan], [1, 2], .nonFiniteData),
    ])
    func lineFailures(x: [Double], y: [Double], error: LeastSquaresError) {
        #expect(throws: error) { try LeastSquares.line(x: x, y: y) }
    }

    @Test("a multiple fit that has no unique answer throws, never traps", arguments: [
        ([[1.0, 2], [2, 4], [3, 6]], true, "a feature is constant or a combination of the others"),
        ([[1.0, 5], [2, 5], [3, 5]], true, "a feature is constant or a combination of the others"),
        ([[1.0, 2], [2, 4], [3, 6]], false, "a feature is zero or a combination of the others"),
        ([[1.0, 0], [2, 0], [3, 0]], false, "a feature is zero or a combination of the others"),
    ])
    func rankDeficient(features: [[Double]], includesIntercept: Bool, detail: String) {
        #expect(throws: LeastSquaresError.rankDeficient(detail)) {
            try LeastSquares.fit(features: features, targets: [1, 2, 4], includesIntercept: includesIntercept)
        }
    }

    @Test("mis-shaped, too small or non-finite input throws", arguments: [
        ([[1.0], [2]], [1.0, 2, 3], LeastSquaresError.shapeMismatch("features has 2 rows but targets has 3 values")),
        ([[1, 2], [3]], [1, 2], .shapeMismatch("row 1 has 1 features but row 0 has 2")),
        ([[1, 2], [3, 4]], [1, 2], .tooFewObservations(observations: 2, parameters: 3)),
        ([[1], [.infinity], [3]], [1, 2, 3], .nonFiniteData),
        ([], [], .tooFewObservations(observations: 0, parameters: 1)),
    ])
    func badInput(features: [[Double]], targets: [Double], error: LeastSquaresError) {
        #expect(throws: error) { try LeastSquares.fit(features: features, targets: targets) }
    }

    @Test("with no features, the intercept alone is the mean")
    func interceptOnly() throws {
        let fit = try LeastSquares.fit(features: [[], [], []], targets: [1, 2, 6])
        #expect(fit == LinearFit(weights: [], intercept: 3))
    }
}
