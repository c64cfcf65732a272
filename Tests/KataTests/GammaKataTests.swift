import Foundation
import GammaKata
import Testing

@Suite("Kata 10.2.7, numerical MLE: what a failure shows")
struct GammaKataTests {
    let grader = Grader(kata: gammaKata)

    @Test("a failure names the call as typed, the tolerance, both values and the mistake")
    func failureDetails() throws {
        let graded = grader.gradeAll(GammaWrong.RateAsScale())
        let failed = try #require(graded.first { $0.exercise == "logLikelihood" })
        let failure = try failed.failure()
        #expect(failure.call == "logLikelihood(shape: 3.0, rate: 0.5, observations: [5.0])")
        let expected = 3 * log(0.5) - log(2) + 2 * log(5) - 2.5
        #expect(abs((Double(failure.expected) ?? .nan) - expected) < 1e-12)
        #expect(failure.tolerance == "within 1e-12, relative")
        #expect(failure.mistake?.name == "treated the rate as a scale")
    }

    @Test("the story's sample is shown by its name and a note with its numpy calls")
    func storySampleNamed() throws {
        let graded = grader.gradeAll(GammaWrong.MeanLogLikelihood())
        let failure = try #require(graded.first { $0.exercise == "logLikelihood" && $0.outcome != .passed }).failure()
        #expect(failure.call == "logLikelihood(shape: 3.0, rate: 0.5, observations: x)")
        #expect(failure.note?.contains("x = np.random.gamma(shape=3, scale=2, size=200)") == true)
    }

    @Test("a start and a Newton run are graded part by part, the call naming the part")
    func tupleParts() throws {
        let start = try #require(grader.gradeAll(GammaWrong.ScaleForRate()).first { $0.exercise == "methodOfMomentsStart" })
        #expect(try start.failure().call == "methodOfMomentsStart(observations: [1.0, 2.0, 3.0, 4.0]).rate")
        let newton = try #require(grader.gradeAll(GammaWrong.NewtonWithoutCap()).first { $0.exercise == "newtonRaphson" })
        let failure = try newton.failure()
        #expect(failure.call.hasPrefix("newtonRaphson(observations: [1.0, 2.0, 3.0, 4.0], start: 2.0, tolerance: 1e-10, maxIterations: 0)"))
        #expect(failure.mistake?.name == "no iteration cap")
        #expect(failure.mistake?.explanation.contains("where maxIterations is 0") == true)
    }

    @Test("the pristine stub and the reference stay apart: the stub is not attempted, the reference passes")
    func referenceAndStub() {
        #expect(grader.gradeAll(ReferenceSolution()).allSatisfy { $0.outcome == .passed })
    }
}
