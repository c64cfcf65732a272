import CoinFlipKata
import Foundation
import Testing

@Suite("Kata 10.2.1, coin flip: what a failure shows")
struct CoinFlipKataTests {
    let grader = Grader(kata: coinFlipKata)

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
