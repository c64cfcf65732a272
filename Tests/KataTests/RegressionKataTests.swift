import Foundation
import MLETutorialData
@testable import RegressionKata
import Testing

@Suite("Kata 10.2.3, MLE = MSE: what a failure shows")
struct RegressionKataTests {
    let grader = Grader(kata: regressionKata)

    /// The failure of the first failing check of `exercise` for `solution`.
    private func firstFailure(_ solution: any RegressionExercises, _ exercise: String) throws -> CheckFailure {
        let graded = grader.gradeAll(solution)
        let failed = try #require(graded.first { $0.exercise == exercise && $0.outcome != .passed })
        return try failed.failure()
    }

    @Test("a failure names the call as typed, the tolerance, both values and the mistake")
    func failureDetails() throws {
        let failure = try firstFailure(RegressionWrong.varianceOverNMinusTwo, "noiseVariance")
        #expect(failure.call == "noiseVariance(x: [1.0, 2.0, 3.0, 4.0], y: [3.0, 4.0, 8.0, 9.0])")
        #expect(failure.expected == "\(ReferenceSolution().noiseVariance(x: [1, 2, 3, 4], y: [3, 4, 8, 9]))")
        #expect(failure.actual.hasPrefix("0.9"))
        #expect(failure.tolerance == "within 1e-12 absolute or 1e-09 relative")
        #expect(failure.mistake?.name == "divided by n − 2")
        #expect(failure.mistake?.explanation.contains("RSS/n") == true)
    }

    @Test("Nelder-Mead's failure shows both points, the tolerance and which function to look at")
    func nelderMeadFailure() throws {
        let failure = try firstFailure(RegressionWrong.negativeLogLikelihoodSwapped, "leastSquares")
        let line = ReferenceSolution().leastSquares(x: storyX, y: storyY)
        #expect(failure.call.hasPrefix("NelderMead().minimize(your negativeLogLikelihood over (m, b, log σ), from: [1, 1, 0])"))
        #expect(failure.expected == String(format: "(m, b) = (%.8g, %.8g), your leastSquares line", line.slope, line.intercept))
        // It lands near (b̂, m̂): the swapped line.
        #expect(failure.actual.hasPrefix("(m, b) = (7.00"))
        #expect(failure.actual.contains("converged after"))
        #expect(failure.tolerance == "within 0.001 in slope and in intercept, absolute")
        #expect(failure.mistake?.name == "your negativeLogLikelihood swaps slope and intercept")
        #expect(failure.note?.contains("sigma: exp(logσ)") == true)

        let runaway = try firstFailure(RegressionWrong.returnsLogLikelihood, "leastSquares")
        #expect(runaway.actual.contains("not converged"))
        #expect(runaway.mistake?.explanation.contains("n/2 · ln(2πσ²) + RSS/(2σ²)") == true)
    }

    @Test("when it passes, the learner sees where Nelder-Mead on their NLL landed, next to their own line")
    func nelderMeadPassShowsTheLanding() throws {
        let graded = grader.gradeAll(RegressionWrong.RightAnotherWay())
        let check = try #require(graded.first { $0.check.hasPrefix("Nelder-Mead on your") })
        #expect(check.outcome == .passed)
        let note = try #require(check.notes.first)
        let search = NelderMead().minimize({ p in
            RegressionWrong.RightAnotherWay().negativeLogLikelihood(x: storyX, y: storyY, slope: p[0], intercept: p[1],
                                                                  sigma: exp(p[2]))
        }, from: [1, 1, 0])
        #expect(note.contains("landed at m = \(prose: search.point[0], decimals: 6), b = \(prose: search.point[1], decimals: 6)"))
        #expect(note.contains("after \(search.iterations) iterations"))
        let line = ReferenceSolution().leastSquares(x: storyX, y: storyY)
        #expect(note.contains("m̂ = \(prose: line.slope, decimals: 6), b̂ = \(prose: line.intercept, decimals: 6)"))
    }

    @Test("the story's data are named in the call and spelt out in a note; long data are summarised")
    func dataAreDescribed() throws {
        let graded = grader.gradeAll(RegressionWrong.SumNotMean())
        let story = try #require(graded.first { $0.check.hasPrefix("the story's 100 points") })
        let failure = try story.failure()
        #expect(failure.call == "meanSquaredError(x: x, y: y, slope: 3.0, intercept: 7.0)")
        #expect(failure.note?.contains("x = np.random.uniform(0, 10, 100)") == true)
        let random = try #require(graded.first { $0.check == "50 random data sets and lines from a fixed seed" })
        let randomFailure = try random.failure()
        #expect(randomFailure.call.contains("values in all], y: ["))
    }

    @Test("the data near 10⁶ are numpy's: seed 1023, uniform then normal")
    func farFromZeroData() {
        let data = RegressionChecks.farFromZero
        #expect(data.x.count == 50)
        #expect(data.x.allSatisfy { $0 >= 1e6 && $0 < 1e6 + 10 })
        #expect(data.x.first == RegressionReference.farFromZeroFirstX)
        #expect(data.y.first == RegressionReference.farFromZeroFirstY)
    }
}

/// The story's data.
let storyX = TutorialStream().regressionX
let storyY = TutorialStream().regressionY
