import FisherInformationKata
import Foundation
import Testing

@Suite("Kata 10.2.6, Fisher information: what a failure shows")
struct FisherInformationKataTests {
    let grader = Grader(kata: fisherInformationKata)

    @Test("a finite difference's failure names the step the learner's code took, read from its calls")
    func stepIsNamed() throws {
        let graded = grader.gradeAll(FisherWrong.TinyStep())
        let failed = try #require(graded.first { $0.exercise == "observedInformation" && $0.outcome != .passed })
        let failure = try failed.failure()
        #expect(failure.call.hasPrefix("observedInformation(of: { logLikelihood(mean: $0, counts: k) }, at: 2.78)"))
        #expect(failure.tolerance == "within 1e-05, relative")
        #expect(failure.mistake?.name == "a step so small that cancellation wins")
        #expect(failure.mistake?.explanation.contains("Your smallest step was 1e-09 for θ = 2.78") == true)
        #expect(failure.note?.contains("np.random.poisson(3, 50)") == true)
    }

    @Test("an interval's failure names the end and says why 1.96 passes")
    func intervalEnd() throws {
        let failure = try #require(grader.gradeAll(FisherWrong.NinetyPercent()).first { $0.exercise == "waldInterval" }).failure()
        #expect(failure.call == "waldInterval(estimate: 5.1, observedInformation: 25.0).lower")
        #expect(failure.note?.contains("z = 1.96 passes") == true)
    }

    @Test("a coverage failure says how many samples were drawn, and holds another way of drawing to its Monte Carlo error")
    func coverageNote() throws {
        let failure = try #require(grader.gradeAll(FisherWrong.OneSampleForAll()).first { $0.exercise == "coverage" }).failure()
        #expect(failure.note?.contains("You drew 1 sample for 1000 trials") == true)
        #expect(failure.note?.contains("four Monte Carlo standard errors") == true)
        #expect(failure.mistake?.name == "drew fewer samples than trials")
    }
}
