import CoinFlipKata
@testable import CoinFlipKataPristine
import Foundation
import Testing

@Suite("Kata 10.2.1, coin flip: reference, stub and plan")
struct CoinFlipKataTests {
    let grader = Grader(kata: coinFlipKata)

    @Test("the reference solution passes every check")
    func referencePasses() {
        KataConformance.expectPassesEverything(ReferenceSolution(), in: coinFlipKata)
    }

    @Test("the pristine stub is not attempted on every check, never passed or failed")
    func pristineIsNotAttempted() {
        KataConformance.expectNotAttempted(CoinFlipKataPristine.Solution(), in: coinFlipKata, file: "Pristine/Solution.swift")
    }

    @Test("the exercises are the protocol's requirements, in order, each with checks and 2 or 3 hints")
    func plan() {
        KataConformance.expectPlan(of: coinFlipKata, id: "10.2.1", exercises: [
            "countFlips", "likelihood", "logLikelihood", "maximumLikelihoodEstimate",
            "negativeLogLikelihoodGradient", "gradientDescent",
        ])
    }

    @Test("a failure names the call as typed, the tolerance, both values and the mistake")
    func failureDetails() throws {
        let graded = grader.gradeAll(EstimateByIntegerDivision())
        let failed = try #require(graded.first { $0.exercise == "maximumLikelihoodEstimate" })
        let failure = try failed.failure()
        #expect(failure.call == "maximumLikelihoodEstimate(heads: 9, tails: 4)")
        #expect(failure.expected == "\(9.0 / 13.0)")
        #expect(failure.actual == "0.0")
        #expect(failure.tolerance == "within 1e-12, relative")
        #expect(failure.mistake?.name == "integer division")
        #expect(failure.mistake?.explanation.contains("Double(heads)") == true)
    }
}
