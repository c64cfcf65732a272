import Foundation
import KataKit
import Testing
@testable import TrainingKata

/// `kata explore 10.2.8`, key by key, on the screens `explore --keys` prints: each key
/// does what its help says, and every number on the screen is the kata's own.
@Suite("Kata 10.2.8: the explorable view")
struct TrainingExplorerTests {
    /// The screens after each of `keys`, drawn at `width`×`height` with `maths`'s functions.
    static func screens(_ keys: String, width: Int = 80, height: Int = 24,
                        maths: any TrainingExercises = ReferenceSolution()) -> [String] {
        ExplorerScreens.of(TrainingExplorer(maths: maths), keys: keys, width: width, height: height).map(ExplorerScreens.flat)
    }

    @Test("each screen fits 80×24: 24 lines after its caption, none wider than the terminal")
    func fits() {
        let width = 80
        for screen in ExplorerScreens.of(TrainingExplorer(maths: ReferenceSolution()), keys: "se→b+B-r", width: width, height: 24) {
            let lines = screen.components(separatedBy: "\n").dropFirst()
            #expect(lines.count == 24)
            #expect(lines.allSatisfy { $0.count <= width }, "\(lines.map(\.count).max() ?? 0)")
        }
    }

    @Test("s takes one step of sgdEpoch on the first batch of numpy's permutation, e finishes the epoch")
    func steps() {
        let data = NonSeparableData()
        var shuffler = NumPyRandom(seed: shuffleSeed)
        let first = Array(shuffler.permutation(data.labels.count).prefix(20))
        let start = TrainingExplorer.start
        let stepped = ReferenceSolution().sgdEpoch(weights: [[-start.weight / 2, start.weight / 2]],
                                                   bias: [-start.bias / 2, start.bias / 2], x: data.x, labels: data.labels,
                                                   order: first, batchSize: 20, learningRate: 0.1)
        let pair = logisticPair(weights: stepped.weights, bias: stepped.bias)
        let screens = Self.screens("se")
        #expect(screens[1].contains(String(format: "w = %.3f · b = %.3f", pair.weight, pair.bias)))
        #expect(screens[1].contains("steps = 1 ") && screens[1].contains("epochs = 0"))
        #expect(screens[2].contains("steps = \(data.labels.count / 20) ") && screens[2].contains("epochs = 1"))
    }

    @Test("b, B, + and - step the batch size and the learning rate through their lists, r restarts")
    func settings() {
        let screens = Self.screens("bbbb+++BB--r")
        let batches = screens.compactMap { $0.firstMatch(of: #/batch = ([0-9]+)/#).flatMap { Int($0.1) } }
        #expect(batches == [20, 50, 200, 200, 200, 200, 200, 200, 50, 20, 20, 20, 20])
        let rates = screens.compactMap { $0.firstMatch(of: #/η = ([0-9.]+)/#).flatMap { Double($0.1) } }
        #expect(rates == [0.1, 0.1, 0.1, 0.1, 0.1, 0.3, 1, 3, 3, 3, 1, 0.3, 0.3])
        #expect(screens.last?.contains("steps = 0") == true)
    }

    @Test("--mine draws with the learner's functions: an ascending epoch climbs the loss")
    func mine() throws {
        let mine = try #require(Self.screens("e", maths: TrainingWrong.Epoch(direction: 1)).last)
        let reference = try #require(Self.screens("e").last)
        let loss = { (screen: String) in screen.firstMatch(of: #/loss = ([0-9.]+)/#).flatMap { Double($0.1) } ?? 0 }
        #expect(loss(mine) > loss(reference))
    }
}
