import LogisticKata
import Foundation
import Testing

@Suite("Kata 10.2.4, cross-entropy: what a failure shows")
struct LogisticKataTests {
    let grader = Grader(kata: logisticKata)

    @Test("when the story's run passes, the learner sees where their descent went, next to Newton's maximum")
    func descentPassShowsTheLanding() throws {
        let graded = grader.gradeAll(ReferenceSolution())
        let check = try #require(graded.first { $0.check.hasPrefix("the story's run") })
        let note = try #require(check.notes.first)
        // numpy's values (LogisticReference), as the note prints them.
        #expect(note.contains("took \(LogisticReference.descentSteps) steps"))
        #expect(note.contains("reached w = \(prose: LogisticReference.descentWeight, decimals: 8), "
                              + "b = \(prose: LogisticReference.descentBias, decimals: 8)"))
        #expect(note.contains("maximum at w = \(prose: LogisticReference.exactWeight, decimals: 8), "
                              + "b = \(prose: LogisticReference.exactBias, decimals: 8)"))
        #expect(note.contains("b = −0.07415064"))
        let wrong = grader.gradeAll(LogisticWrong.GradientAscent())
        #expect(wrong.first { $0.check.hasPrefix("the story's run") }?.notes == [])
    }

    @Test("a failure names the call as typed, the tolerance, both values and the mistake")
    func failureDetails() throws {
        let graded = grader.gradeAll(LogisticWrong.ClippedProbabilities())
        let failed = try #require(graded.first { $0.exercise == "negativeLogLikelihood" && $0.outcome != .passed })
        let failure = try failed.failure()
        #expect(failure.call == "negativeLogLikelihood(weight: 1.0, bias: 0.0, x: [1000.0, -1000.0, 1000.0], labels: [0, 1, 1])")
        #expect(failure.expected == "2000.0")
        // Two misses at −log(1e-7) ≈ 16.118 each, and a hit at −log(1 − 1e-7) ≈ 1e-7.
        #expect(failure.actual.hasPrefix(String(format: "%.6f", -2 * log(1e-7))))
        #expect(failure.tolerance == "within 1e-12, relative")
        #expect(failure.mistake?.name == "clipping changed the answer")
        #expect(failure.mistake?.explanation.contains("16.1") == true)
    }

    @Test("the story's points are named x and labels, with a note giving their numpy calls")
    func storyDataIsNamed() throws {
        let graded = grader.gradeAll(LogisticWrong.MeanNegativeLogLikelihood())
        let story = try #require(graded.first { $0.check == "the story's 200 points at the true (w, b) = (1.5, −0.5)" })
        let failure = try story.failure()
        #expect(failure.call == "negativeLogLikelihood(weight: 1.5, bias: -0.5, x: x, labels: labels)")
        #expect(failure.note?.contains("np.random.randn(200, 1)") == true)
        let random = try #require(graded.first { $0.check == "50 random problems from a fixed seed" && $0.exercise == "negativeLogLikelihood" })
        let randomFailure = try random.failure()
        #expect(randomFailure.call.contains("values in all") || randomFailure.call.contains("labels: ["))
    }
}
