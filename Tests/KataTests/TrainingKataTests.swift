import Foundation
import Testing
@testable import TrainingKata

@Suite("Kata 10.2.8, training: what a failure shows")
struct TrainingKataTests {
    let grader = Grader(kata: trainingKata)

    @Test("a matrix failure points at the first wrong entry and names the mistake")
    func entryIsNamed() throws {
        let failure = try #require(grader.gradeAll(TrainingWrong.SoftmaxOverColumns()).first { $0.exercise == "softmax" }).failure()
        #expect(failure.call == "softmax(logits: [[1.0, 2.0, 3.0]])[0][0]")
        #expect(failure.mistake?.name == "softmax over the wrong axis")
    }

    @Test("a matrix of the wrong shape says both shapes in words, a single row as one")
    func shapeInWords() throws {
        let failure = try #require(grader.gradeAll(TrainingWrong.SoftmaxDropsLastRow()).first { $0.exercise == "softmax" }).failure()
        #expect(failure.call == "softmax(logits: [[1.0, 2.0, 3.0]])")
        #expect(failure.expected == "1 row of 3")
        #expect(failure.actual == "no rows")
        #expect(shape([[1, 2], [3, 4], [5, 6]]) == "3 rows of 2")
        #expect(shape([[1, 2], [3]]) == "2 rows of lengths [2, 1]")
    }

    @Test("an epoch's failure shows the call with its order and batch size")
    func epochCall() throws {
        let failure = try #require(grader.gradeAll(TrainingWrong.Epoch(dropsLast: true)).first { $0.exercise == "sgdEpoch" && $0.outcome != .passed }).failure()
        #expect(failure.call.contains("order: [0, 1, 2, 3, 4], batchSize: 2, learningRate: 0.5).weights["))
        #expect(failure.mistake?.name == "the last partial batch dropped")
    }
}
