@testable import CoinFlipKata
import Foundation
import KataKit
import Testing

/// `kata explore 10.2.1`, key by key, on the screens `explore --keys` prints: each key
/// does what its help says, and every number on the screen is the kata's own.
@Suite("Kata 10.2.1: the explorable view")
struct CoinFlipExplorerTests {
    /// The screens after each of `keys`, drawn at 80×24 with the reference's functions.
    static func screens(_ keys: String, width: Int = 80, height: Int = 24) -> [String] {
        ExplorerScreens.of(CoinFlipExplorer(maths: ReferenceSolution()), keys: keys, width: width, height: height)
    }

    /// A screen's words on one line, as wrapping may split a sentence.
    static func flat(_ screen: String) -> String {
        ExplorerScreens.flat(screen)
    }

    /// θ as the screen's first readout shows it.
    static func theta(_ screen: String) -> Double? {
        screen.firstMatch(of: #/θ = ([0-9.]+) ·/#).flatMap { Double($0.1) }
    }

    @Test("each screen fits 80×24: 24 lines after its caption, none wider than 80")
    func fits() {
        for screen in Self.screens("→g+n") {
            let lines = screen.components(separatedBy: "\n").dropFirst()
            #expect(lines.count == 24)
            #expect(lines.allSatisfy { $0.count <= 80 }, "\(lines.map(\.count).max() ?? 0)")
        }
    }

    @Test("arrows move θ by 0.01 and 0.1; m goes to θ̂ = 9/13, where the slope is zero")
    func cursor() throws {
        let screens = Self.screens("→→↑←↓m")
        let thetas = screens.compactMap(Self.theta)
        #expect(thetas == [0.5, 0.51, 0.52, 0.62, 0.61, 0.51, 0.692])
        let last = try #require(screens.last)
        #expect(last.contains("θ − θ̂ = +0.0000"))
        #expect(last.contains("dℓ/dθ = 0\n") || last.contains("dℓ/dθ = 0 "), "the slope is zero at the peak, and never −0")
        // The readouts are the reference's numbers at the cursor.
        let maths = ReferenceSolution()
        let first = try #require(screens.first)
        #expect(first.contains("L(θ) = \(CoinFlipExplorer.text(maths.likelihood(theta: 0.5, heads: 9, tails: 4)))"))
        #expect(first.contains("ℓ(θ) = \(CoinFlipExplorer.text(maths.logLikelihood(theta: 0.5, heads: 9, tails: 4)))"))
    }

    @Test("h and t change the data, and the title, the estimate and the curves follow")
    func data() throws {
        let screens = Self.screens("hhtT")
        #expect(screens[1].contains("10 heads and 4 tails") && screens[1].contains("θ̂ = 10/14 = 0.7143"))
        #expect(screens[3].contains("11 heads and 5 tails"))
        #expect(screens[4].contains("11 heads and 4 tails") && screens[4].contains("θ̂ = 11/15 = 0.7333"))
    }

    @Test("gradient ascent climbs towards θ̂ step by step; too large a rate diverges and says so")
    func gradientAscent() throws {
        let climbing = Self.screens("gggg").compactMap(Self.theta)
        #expect(zip(climbing, climbing.dropFirst()).allSatisfy { $0 < $1 && $1 < 0.6924 }, "\(climbing)")
        // η = 0.01 × 2⁵ = 0.32 from θ = 0.5: the first step overshoots out of (0, 1).
        let diverging = try #require(Self.screens("+++++g").last)
        #expect(Self.flat(diverging).contains("the step would go to θ = 3.7, outside (0, 1): it diverges. Press - to shrink η."))
        #expect(Self.theta(diverging) == 0.5, "a refused step leaves θ where it was")
    }

    @Test("Newton-Raphson lands on θ̂ in a few steps, and the path is drawn")
    func newton() throws {
        let screens = Self.screens("nnnn")
        let last = try #require(screens.last)
        #expect(Self.theta(last) == 0.692)
        #expect(last.contains("Newton-Raphson: step 4"))
        #expect(last.contains("× the path"))
    }
}
