import Foundation
import Testing
@testable import TrainingKata

@Suite("Kata 10.2.8, training: the story")
struct TrainingStoryTests {
    /// The story as told to a plain 80-column terminal.
    static let told = StoryTranscript(trainingKata)
    typealias Numpy = TrainingReference

    /// Within `relative` of `expected`, relative.
    static func close(_ actual: Double, _ expected: Double, _ relative: Double = 1e-9) -> Bool {
        abs(actual - expected) <= relative * max(abs(expected), 1e-300)
    }

    @Test("every claim the story makes holds")
    func claimsHold() {
        #expect(Self.told.failedClaims.isEmpty, "\(Self.told.failedClaims)")
        #expect(Self.told.claims >= 8)
    }

    @Test("the data are numpy's: X = randn(200, 5) from seed 42, y = (X·w > 0)")
    func dataAreNumpys() {
        let data = SeparableData()
        #expect(Array(data.row(0)) == Numpy.firstRow)
        #expect(Int(data.labels.reduce(0, +)) == Numpy.ones)
    }

    @Test("the loss and accuracy at epochs 200 to 1000, the final weights and bias, and ‖w‖ after 10⁴ and 10⁵ steps are numpy's")
    func trainingIsNumpys() {
        let trainer = BinaryTraining(data: SeparableData(), learningRate: 0.01)
        let (reports, snapshots) = trainer.run(steps: Numpy.longSteps.max() ?? 0, reportEvery: 200, reportUntil: 1000,
                                               snapshots: Set([1000] + Numpy.longSteps))
        #expect(reports.map(\.epoch) == Numpy.reportedEpochs)
        for (report, (loss, accuracy)) in zip(reports, zip(Numpy.losses, Numpy.accuracies)) {
            #expect(Self.close(report.loss, loss), "epoch \(report.epoch)")
            #expect(report.accuracy == accuracy, "epoch \(report.epoch)")
            #expect(Self.told.text.contains(String(format: "epoch %d:  loss %.4f  accuracy %.1f%%", report.epoch, loss, 100 * accuracy)))
        }
        guard let final = snapshots[1000] else { Issue.record("no snapshot after 1000 steps"); return }
        for (mine, theirs) in zip(final.weights, Numpy.finalWeights) { #expect(Self.close(mine, theirs)) }
        #expect(Self.close(final.bias, Numpy.finalBias))
        #expect(Self.told.text.contains(String(format: "cos(w, true w) = %.4f", Numpy.cosine)))
        for (index, steps) in Numpy.longSteps.enumerated() {
            guard let snapshot = snapshots[steps] else { Issue.record("no snapshot after \(steps) steps"); return }
            #expect(Self.close(snapshot.norm, Numpy.longNorms[index]), "‖w‖ after \(snapshot.steps)")
            #expect(Self.close(snapshot.loss, Numpy.longLosses[index]), "loss after \(snapshot.steps)")
            #expect(snapshot.accuracy == Numpy.longAccuracies[index])
            #expect(Self.told.text.contains(String(format: "‖w‖ %.3f", Numpy.longNorms[index])))
        }
    }

    @Test("the MAP fits are numpy's Newton fits")
    func mapFitsAreNumpys() {
        for (index, penalty) in Numpy.penalties.enumerated() {
            let theta = mapFit(SeparableData(), penalty: penalty)
            let norm = theta.prefix(5).reduce(0) { $0 + $1 * $1 }.squareRoot()
            #expect(Self.close(norm, Numpy.mapNorms[index], 1e-10), "λ = \(penalty)")
            #expect(Self.close(theta[5], Numpy.mapBiases[index], 1e-9), "λ = \(penalty)")
        }
    }

    @Test("the minibatch run's exact maximum is 10.2.4's")
    func minibatch() {
        let exact = NonSeparableData().exactFit()
        #expect(abs(exact.weight - LogisticReference.exactWeight) <= 1e-12)
        #expect(abs(exact.bias - LogisticReference.exactBias) <= 1e-12)
    }

    @Test("told with other batch sizes, epochs and learning rates, each claim holds or says it is the story's own only",
          arguments: [(1, 200, 0.05), (200, 5, 0.001), (20, 20_000, 0.01)])
    func otherSettings(size: Int, epochs: Int, rate: Double) {
        let told = StoryTranscript(trainingKata, settings: [batchSize.name: Double(size), epochCount.name: Double(epochs),
                                                            learningRate.name: rate])
        #expect(told.failedClaims.isEmpty, "\(told.failedClaims)")
        #expect(told.text.contains("batches of \(size) for"))
        #expect(told.text.contains("after \(grouped(epochs)) steps:"))
    }
}
