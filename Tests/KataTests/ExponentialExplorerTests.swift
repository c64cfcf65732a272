@testable import ExponentialKata
import Foundation
import KataKit
import Testing

/// `kata explore 10.2.5`, key by key, on the screens `explore --keys` prints: each key
/// does what its help says, and every number on the screen is the kata's own.
@Suite("Kata 10.2.5: the explorable view")
struct ExponentialExplorerTests {
    /// The screens after each of `keys`, drawn at 80×24 with the reference's functions.
    static func screens(_ keys: String, width: Int = 80, height: Int = 24) -> [String] {
        ExplorerScreens.of(ExponentialExplorer(maths: ReferenceSolution()), keys: keys, width: width, height: height)
    }

    /// A screen's words on one line, as wrapping may split a sentence.
    static func flat(_ screen: String) -> String {
        ExplorerScreens.flat(screen)
    }

    /// α as the screen's first readout shows it.
    static func rate(_ screen: String) -> Double? {
        screen.firstMatch(of: #/α = ([0-9.]+) ·/#).flatMap { Double($0.1) }
    }

    /// The story's 100 waits.
    static let waits = ExponentialExplorer.draw(100)
    /// The kata's reference, whose numbers the screens must show.
    static var maths: ReferenceSolution { ReferenceSolution() }

    @Test("the waits are the story's seeded sample")
    func sample() {
        #expect(Self.waits == seededSample())
    }

    @Test("each screen fits 80×24: 24 lines after its caption, none wider than 80")
    func fits() {
        for screen in Self.screens("→g+nwWW↑↑↑↑↑↑↑↑↑↑n") {
            let lines = screen.components(separatedBy: "\n").dropFirst()
            #expect(lines.count == 24)
            #expect(lines.allSatisfy { $0.count <= 80 }, "\(lines.map(\.count).max() ?? 0)")
        }
    }

    @Test("arrows move α by 0.01 and 0.1; m goes to α̂ = 1/x̄, where the score is zero")
    func cursor() throws {
        let screens = Self.screens("→→↑←↓m")
        let estimate = Self.maths.maximumLikelihoodEstimate(observations: Self.waits)
        let rates = screens.compactMap(Self.rate)
        #expect(rates == [0.2, 0.21, 0.22, 0.32, 0.31, 0.21, Double(String(format: "%.3f", estimate))])
        let last = try #require(screens.last)
        #expect(last.contains("α − α̂ = +0.0000 = +0.00 SE"))
        #expect(last.contains("score dℓ/dα = 0\n"), "the score is zero at the peak, and never −0")
        // The readouts are the reference's numbers at the cursor.
        let first = try #require(screens.first)
        let text = ExponentialExplorer.text
        #expect(first.contains("ℓ(α) = \(text(Self.maths.logLikelihood(rate: 0.2, observations: Self.waits), true))"))
        #expect(first.contains("score dℓ/dα = \(text(Self.maths.score(rate: 0.2, observations: Self.waits), true))"))
        #expect(first.contains("α̂ = 1/x̄ = \(String(format: "%.4f", estimate))"))
        #expect(first.contains("SE = \(text(Self.maths.standardError(observations: Self.waits), true))"))
        let distance = (0.2 - estimate) / Self.maths.standardError(observations: Self.waits)
        #expect(first.contains("= −\(String(format: "%.2f", -distance)) SE"))
        #expect(first.contains("2/x̄ = \(String(format: "%.4f", 2 / (Self.waits.reduce(0, +) / 100)))"))
    }

    @Test("the arrows stop at the ends of the cursor's range")
    func ends() {
        var explorer = ExponentialExplorer(maths: ReferenceSolution())
        var rates: [Double] = []
        // Pressed without drawing: only where the cursor goes matters here.
        for key in ExplorerKey.keys(inScript: "↓↓↓" + String(repeating: "↑", count: 35)) {
            _ = explorer.handle(key)
            rates.append(explorer.rate)
        }
        #expect(rates.min() == 0.01 && rates.max() == 3.0)
    }

    @Test("w and W draw the seeded sample again with more or fewer waits, and the estimate follows")
    func waitCount() throws {
        let screens = Self.screens("wwWWWWWWWW")
        let counts = screens.compactMap { $0.firstMatch(of: #/of (\d+) waits/#).flatMap { Int($0.1) } }
        #expect(counts == [100, 200, 500, 200, 100, 50, 20, 10, 5, 5, 5])
        let ten = ExponentialExplorer.draw(10)
        let estimate = Self.maths.maximumLikelihoodEstimate(observations: ten)
        #expect(screens[7].contains("α̂ = 1/x̄ = \(String(format: "%.4f", estimate))"))
        #expect(screens[7].contains("SE = \(ExponentialExplorer.text(Self.maths.standardError(observations: ten)))"))
        #expect(Array(ExponentialExplorer.draw(500).prefix(100)) == Self.waits, "more waits extend the same stream")
    }

    @Test("gradient ascent climbs towards α̂ step by step; too large a rate diverges and says so")
    func gradientAscent() throws {
        let estimate = Self.maths.maximumLikelihoodEstimate(observations: Self.waits)
        let climbing = Self.screens("gggg").compactMap(Self.rate)
        #expect(zip(climbing, climbing.dropFirst()).allSatisfy { $0 < $1 && $1 <= estimate }, "\(climbing)")
        let first = try #require(Self.screens("g").last)
        let step = 0.001 * Self.maths.score(rate: 0.2, observations: Self.waits)
        #expect(first.contains("gradient ascent: step 1: α moved by +\(String(format: "%.4f", step))."))
        // From α = 1.2 with η = 0.016 the step overshoots below 0.
        let diverging = try #require(Self.screens(String(repeating: "↑", count: 10) + "++++g").last)
        #expect(Self.flat(diverging).contains("not above 0: it diverges. Press - to shrink η."))
        #expect(Self.rate(diverging) == 1.2, "a refused step leaves α where it was")
    }

    @Test("Newton-Raphson lands on α̂ in a few steps with the kata's newtonRaphson, and the path is drawn")
    func newton() throws {
        let estimate = Self.maths.maximumLikelihoodEstimate(observations: Self.waits)
        let screens = Self.screens("nnnnnn")
        let last = try #require(screens.last)
        #expect(Self.rate(last) == Double(String(format: "%.3f", estimate)))
        #expect(last.contains("Newton-Raphson: step 6"))
        #expect(last.contains("× the path"))
        let one = Self.maths.newtonRaphson(observations: Self.waits, start: 0.2, steps: 1)
        #expect(Self.rate(screens[1]) == Double(String(format: "%.3f", one)))
    }

    @Test("from above 2/x̄ Newton's first step goes negative: refused, and said to diverge")
    func newtonDiverges() throws {
        let screen = try #require(Self.screens(String(repeating: "↑", count: 10) + "n").last)
        let next = Self.maths.newtonRaphson(observations: Self.waits, start: 1.2, steps: 1)
        #expect(next < 0)
        #expect(Self.flat(screen).contains("the step would go to α = \(ExponentialExplorer.text(next)), not above 0: "
                                           + "it diverges. Newton closes in only from 0 < α < 2/x̄ ="))
        #expect(Self.rate(screen) == 1.2 && !screen.contains("× the path"))
    }

    @Test("+ and - double and halve the learning rate")
    func learningRate() {
        let screens = Self.screens("+--")
        #expect(screens[0].contains("η = 0.001") && screens[1].contains("η = 0.002"))
        #expect(screens[3].contains("η = 5.000e−04"))
    }
}
