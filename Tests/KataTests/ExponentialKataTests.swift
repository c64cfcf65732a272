import ExponentialKata
import Foundation
import Testing

@Suite("Kata 10.2.5, exponential: what a failure shows")
struct ExponentialKataTests {
    let grader = Grader(kata: exponentialKata)

    @Test("a failure names the call as typed, the tolerance, both values and the mistake")
    func failureDetails() throws {
        let graded = grader.gradeAll(ExponentialWrong.ScaleInsteadOfRate())
        let failed = try #require(graded.first { $0.exercise == "maximumLikelihoodEstimate" })
        let failure = try failed.failure()
        #expect(failure.call == "maximumLikelihoodEstimate(observations: [3.0])")
        #expect(failure.expected == "\(1.0 / 3.0)")
        #expect(failure.actual == "3.0")
        #expect(failure.tolerance == "within 1e-12, relative")
        #expect(failure.mistake?.name == "the scale x̄, not the rate 1/x̄")
        #expect(failure.mistake?.explanation.contains("n / Σx") == true)
    }

    @Test("a long sample is shown by its first waits and its size, and the story's by a note with its numpy call")
    func longSamplesAreSummarised() throws {
        let graded = grader.gradeAll(ExponentialWrong.MeanOfReciprocals())
        let failed = try #require(graded.first { $0.exercise == "maximumLikelihoodEstimate" && $0.outcome != .passed })
        let failure = try failed.failure()
        #expect(failure.call == "maximumLikelihoodEstimate(observations: x)")
        #expect(failure.note?.contains("x = np.random.exponential(scale=2, size=100)") == true)
        let random = try #require(graded.first { $0.check == "100 random samples from a fixed seed" })
        let randomFailure = try random.failure()
        #expect(randomFailure.call.contains("waits in all, mean"))
    }
}
