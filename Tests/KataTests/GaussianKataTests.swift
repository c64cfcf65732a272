@testable import GaussianKata
import Testing

@Suite("Kata 10.2.2, Gaussian MLE: what a failure shows")
struct GaussianKataTests {
    let grader = Grader(kata: gaussianKata)

    @Test("a failure names the call as typed, the tolerance, both values and the mistake")
    func failureDetails() throws {
        let graded = grader.gradeAll(EstimateOverNMinusOne())
        let failed = try #require(graded.first { $0.exercise == "maximumLikelihoodEstimate" })
        let failure = try failed.failure()
        #expect(failure.call == "maximumLikelihoodEstimate(of: [2.1, 3.5, 2.8, 3.1, 2.9]).variance")
        #expect(failure.expected == "\(0.20959999999999995)")
        #expect(failure.actual == "\(0.26199999999999996)")
        #expect(failure.tolerance == "within 1e-12 absolute or 1e-09 relative")
        #expect(failure.mistake?.name == "divided by n − 1")
        #expect(failure.mistake?.explanation.contains("ddof=1") == true)
    }

    @Test("catastrophic cancellation is shown with the data near 10⁹ and its own advice")
    func cancellationDetails() throws {
        let graded = grader.gradeAll(EstimateInOnePass())
        let failed = try #require(graded.first {
            if case .failed = $0.outcome { true } else { false }
        })
        let failure = try failed.failure()
        #expect(failure.call == "maximumLikelihoodEstimate(of: [1000000002.1, 1000000003.5, 1000000002.8, 1000000003.1, 1000000002.9]).variance")
        #expect(failure.mistake?.name == "catastrophic cancellation")
        #expect(failure.mistake?.explanation.contains("Welford") == true)
        #expect(failure.mistake?.explanation.contains("two passes") == true)
    }

    @Test("near 10⁹ only the one-pass formula's own value is called cancellation, not every variance that far off")
    func cancellationOnlyWhenItFits() throws {
        let data = [2.1, 3.5, 2.8, 3.1, 2.9].map { 1e9 + $0 }
        let expected = ReferenceSolution().maximumLikelihoodEstimate(of: data).variance
        let mistake = GaussianMistakes.catastrophicCancellation(of: data)
        let onePass = EstimateInOnePass().maximumLikelihoodEstimate(of: data).variance
        #expect(mistake.matches(onePass, expected))
        // The mean absolute deviation, and Σ(x − x̄)² without the / n: wrong, but not cancellation.
        let mean = data.reduce(0, +) / Double(data.count)
        let deviation = data.map { abs($0 - mean) }.reduce(0, +) / Double(data.count)
        #expect(!mistake.matches(deviation, expected))
        #expect(!mistake.matches(expected * Double(data.count), expected))
    }
}
