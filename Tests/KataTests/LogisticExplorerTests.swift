import Foundation
import KataKit
@testable import LogisticKata
import MLETutorialData
import Testing

/// `kata explore 10.2.4`, key by key, on the screens `explore --keys` prints: each key
/// does what its help says, and every number on the screen is the kata's own.
@Suite("Kata 10.2.4: the explorable view")
struct LogisticExplorerTests {
    /// The screens after each of `keys`, drawn at 80×24 with the reference's functions.
    static func screens(_ keys: String, width: Int = 80, height: Int = 24) -> [String] {
        ExplorerScreens.of(LogisticExplorer(maths: ReferenceSolution()), keys: keys, width: width, height: height)
    }

    /// The weight w as the screen's first readout shows it.
    static func weight(_ screen: String) -> Double? {
        screen.firstMatch(of: #/w = (−?[0-9.]+) · b/#).flatMap { Double($0.1.replacingOccurrences(of: "−", with: "-")) }
    }

    /// The kata's reference, whose numbers the screens must show.
    static var maths: ReferenceSolution { ReferenceSolution() }

    @Test("the fit is the story's: gradient descent lands on Newton's (ŵ, b̂)")
    func fit() {
        let explorer = LogisticExplorer(maths: ReferenceSolution())
        let newton = newtonFit(x: explorer.x, labels: explorer.labels).point
        #expect(abs(explorer.fit.weight - newton[0]) < 1e-9 && abs(explorer.fit.bias - newton[1]) < 1e-9)
    }

    @Test("each screen fits 80×24: 24 lines after its caption, none wider than 80")
    func fits() {
        for screen in Self.screens("→↑mtl↓↓↓↓↓") {
            let lines = screen.components(separatedBy: "\n").dropFirst()
            #expect(lines.count == 24)
            #expect(lines.allSatisfy { $0.count <= 80 }, "\(lines.map(\.count).max() ?? 0)")
        }
    }

    @Test("←→ move w by 0.05 and ↑↓ by 0.5, and the sigmoid over the labels follows")
    func weightMoves() throws {
        let screens = Self.screens("→→←↑↓↓")
        #expect(screens.compactMap(Self.weight) == [0, 0.05, 0.1, 0.05, 0.55, 0.05, -0.45])
        #expect(screens[4].contains("σ(0.55x + b̂)"), "the fit plot draws the sigmoid at the cursor's weight")
        #expect(screens[6].contains("σ(−0.45x + b̂)"))
        // The readouts are the reference's numbers at the cursor and the fitted bias.
        let explorer = LogisticExplorer(maths: ReferenceSolution())
        let (x, labels, bias) = (explorer.x, explorer.labels, explorer.fit.bias)
        let first = try #require(screens.first)
        let nll = Self.maths.negativeLogLikelihood(weight: 0, bias: bias, x: x, labels: labels)
        let probabilities = x.map { Self.maths.sigmoid(0 * $0 + bias) }
        let entropy = Self.maths.binaryCrossEntropy(labels: labels, probabilities: probabilities)
        let slope = Self.maths.gradient(weight: 0, bias: bias, x: x, labels: labels).weight
        #expect(first.contains("b = b̂ = \(LogisticExplorer.fixed(bias, 4))"))
        #expect(first.contains("NLL = \(LogisticExplorer.text(nll))"))
        #expect(first.contains("cross-entropy = \(LogisticExplorer.text(entropy))"))
        #expect(first.contains("∂NLL/∂w = \(LogisticExplorer.text(slope))"))
        #expect(abs(entropy - nll / 200) < 1e-12, "the cross-entropy is the NLL ÷ n")
    }

    @Test("m goes to ŵ, where the NLL bottoms out; t goes to the truth w = 1.5")
    func snaps() throws {
        let screens = Self.screens("mt")
        let explorer = LogisticExplorer(maths: ReferenceSolution())
        #expect(Self.weight(screens[1]) == Double(String(format: "%.2f", explorer.fit.weight)))
        #expect(screens[1].contains("ŵ = \(String(format: "%.4f", explorer.fit.weight))"))
        #expect(screens[1].contains("NLL − NLL(ŵ) = 0 ·"), "never −0")
        #expect(Self.weight(screens[2]) == TutorialStream.logisticWeight)
        let (x, labels, fit) = (explorer.x, explorer.labels, explorer.fit)
        let excess = Self.maths.negativeLogLikelihood(weight: 1.5, bias: fit.bias, x: x, labels: labels)
            - Self.maths.negativeLogLikelihood(weight: fit.weight, bias: fit.bias, x: x, labels: labels)
        #expect(excess > 0 && screens[2].contains("NLL − NLL(ŵ) = \(LogisticExplorer.text(excess))"),
                "the truth fits these labels worse than the estimate")
    }

    @Test("l switches the plotted loss between the NLL and the mean cross-entropy")
    func loss() {
        let screens = Self.screens("ll")
        #expect(screens[0].contains("explore the NLL") && screens[0].contains("NLL(w)"))
        #expect(screens[1].contains("explore the cross-entropy") && screens[1].contains("cross-entropy(w)"))
        #expect(screens[1].contains("l plot the NLL"), "the help says what l does next")
        #expect(screens[2].contains("explore the NLL"))
    }

    @Test("the cursor keeps to the plot's weights")
    func ends() {
        var explorer = LogisticExplorer(maths: ReferenceSolution())
        var weights: [Double] = []
        // Pressed without drawing: only where the cursor goes matters here.
        for key in ExplorerKey.keys(inScript: "↓↓" + String(repeating: "↑", count: 10)) {
            _ = explorer.handle(key)
            weights.append(explorer.weight)
        }
        #expect(weights.min() == -0.5 && weights.max() == 3.5)
    }
}
