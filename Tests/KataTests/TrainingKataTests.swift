import Foundation
import Testing
import TrainingKata

@Suite("Kata 10.2.8, training: what a failure shows")
struct TrainingKataTests {
    let grader = Grader(kata: trainingKata)

    @Test("a matrix failure points at the first wrong entry and names the mistake")
    func entryIsNamed() throws {
        let failure = try #require(grader.gradeAll(TrainingWrong.SoftmaxOverColumns()).first { $0.exercise == "softmax" }).failure()
        #expect(failure.call == "softmax(logits: [[1.0, 2.0, 3.0]])[0][0]")
        #expect(failure.mistake?.name == "softmax over the wrong axis")
    }

    @Test("an epoch's failure shows the call with its order and batch size")
    func epochCall() throws {
        let failure = try #require(grader.gradeAll(TrainingWrong.Epoch(dropsLast: true)).first { $0.exercise == "sgdEpoch" && $0.outcome != .passed }).failure()
        #expect(failure.call.contains("order: [0, 1, 2, 3, 4], batchSize: 2, learningRate: 0.5).weights["))
        #expect(failure.mistake?.name == "the last partial batch dropped")
    }
}
