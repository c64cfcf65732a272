import KataKit
import MLETutorialData
import Testing

@Suite("TutorialStream replays the tutorial's seed-42 data")
struct TutorialStreamTests {
    let stream = TutorialStream()

    @Test("the draws are numpy's, in the tutorial's order")
    func drawsMatchTheSharedStream() throws {
        let shared = try #require(NumPyVectorCase.shared.first { $0.name == "one seeded stream, in this order" })
        // Double's == is exact, so equal arrays are numpy's values bit for bit.
        #expect(stream.gaussianSample == shared.values(of: "normal(5, 2, 50)").doubles)
        #expect(stream.regressionX == shared.values(of: "uniform(0, 10, 100)").doubles)
        for (size, flips) in zip(TutorialStream.flipSizes, stream.flips) {
            #expect(flips == shared.values(of: "binomial(1, 0.7, \(size))").integers)
        }
        #expect(stream.logisticX == shared.values(of: "randn(200, 1) * 2").doubles)
    }

    @Test("the derived values are numpy's: y = 3x + 7 + noise, and the logistic labels")
    func derivedValuesMatch() throws {
        let derived = try #require(NumPyVectorCase.tutorial.first)
        let y = derived.values(of: "regression y = 3 * x + 7 + normal(0, 2, 100)").doubles
        #expect(y.count == 100)
        #expect(stream.regressionY == y)
        #expect(stream.logisticX == derived.values(of: "logistic x = randn(200, 1) * 2").doubles)
        let labels = derived.values(of: "logistic labels binomial(1, 1 / (1 + exp(-(1.5 x - 0.5))))").integers
        #expect(labels.count == 200)
        #expect(stream.logisticLabels == labels)
    }

    @Test("the sizes are the tutorial's")
    func shapes() {
        #expect(stream.gaussianSample.count == 50)
        #expect(stream.flips.map(\.count) == [5, 10, 30, 100, 500])
        #expect(stream.logisticLabels.count == stream.logisticX.count)
    }
}
