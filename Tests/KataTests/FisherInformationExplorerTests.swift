@testable import FisherInformationKata
import Foundation
import KataKit
import Testing

/// `kata explore 10.2.6`, key by key, on the screens `explore --keys` prints: each key
/// does what its help says, and every number on the screen is the kata's own.
@Suite("Kata 10.2.6: the explorable view")
struct FisherInformationExplorerTests {
    /// The screens after each of `keys`, drawn at `width`×`height` with `maths`'s functions.
    static func screens(_ keys: String, width: Int = 80, height: Int = 24,
                        maths: any FisherInformationExercises = ReferenceSolution()) -> [String] {
        ExplorerScreens.of(FisherInformationExplorer(maths: maths), keys: keys, width: width, height: height)
    }

    /// A screen's words on one line, as wrapping may split a sentence.
    static func flat(_ screen: String) -> String {
        ExplorerScreens.flat(screen)
    }

    /// The exact coverage of `kind` as the screen writes it.
    static func percent(_ kind: BernoulliIntervals.Kind, flips: Int, p: Double) -> String {
        String(format: "%.1f%%", 100 * BernoulliIntervals.exactCoverage(kind, flips: flips, p: p, maths: ReferenceSolution()))
    }

    @Test("each screen fits 80×24: 24 lines after its caption, none wider than the terminal")
    func fits() {
        let width = 80
        for screen in Self.screens("→↑nNNs", width: width) {
            let lines = screen.components(separatedBy: "\n").dropFirst()
            #expect(lines.count == 24)
            #expect(lines.allSatisfy { $0.count <= width }, "\(lines.map(\.count).max() ?? 0)")
        }
    }

    @Test("arrows move p by 0.01 and 0.1, and the readouts are the exact coverages at the cursor")
    func cursor() throws {
        let screens = Self.screens("→↑←↓↓").map(Self.flat)
        for (screen, p) in zip(screens, [0.1, 0.11, 0.21, 0.2, 0.1, 0.01]) {
            #expect(screen.contains("p = \(String(format: "%.2f", p)) · n = 10"))
            #expect(screen.contains("Wald covers \(Self.percent(.wald, flips: 10, p: p))"), "p = \(p)")
            #expect(screen.contains("Wilson covers \(Self.percent(.wilson, flips: 10, p: p))"), "p = \(p)")
        }
        #expect(screens[5].contains("P(no heads) = \(String(format: "%.1f%%", 100 * pow(0.99, 10)))"))
    }

    @Test("n and N step through the sample sizes, and stop at the ends")
    func sizes() {
        let screens = Self.screens("nnNNNNN").map(Self.flat)
        let sizes = screens.compactMap { $0.firstMatch(of: #/n = ([0-9]+)$/#.anchorsMatchLineEndings()).flatMap { Int($0.1) } }
        let titles = screens.compactMap { $0.firstMatch(of: #/for a coin, n = ([0-9]+)/#).flatMap { Int($0.1) } }
        #expect(titles == [10, 20, 30, 20, 10, 5, 2, 2])
        #expect(sizes.isEmpty || sizes == titles)
    }

    @Test("s simulates with the kata's coverage, within four simulation errors of the exact numbers")
    func simulation() throws {
        let screen = Self.flat(try #require(Self.screens("s").last))
        let match = try #require(screen.firstMatch(of: #/over 2000 samples: Wald ([0-9.]+)%, Wilson ([0-9.]+)%/#))
        for (kind, shown) in [(BernoulliIntervals.Kind.wald, match.1), (.wilson, match.2)] {
            let exact = BernoulliIntervals.exactCoverage(kind, flips: 10, p: 0.1, maths: ReferenceSolution())
            let simulated = try #require(Double(shown)) / 100
            #expect(abs(simulated - exact) <= 4 * (exact * (1 - exact) / 2000).squareRoot() + 0.0005, "\(kind)")
        }
        // Moving the cursor puts the simulation away: it was for another p.
        #expect(!Self.flat(try #require(Self.screens("s→").last)).contains("over 2000 samples: Wald"))
    }

    @Test("--mine draws with the learner's interval: one with z = 1.645 covers less")
    func mine() throws {
        let screen = Self.flat(try #require(Self.screens("", maths: FisherWrong.NinetyPercent()).first))
        let mine = BernoulliIntervals.exactCoverage(.wald, flips: 10, p: 0.1, maths: FisherWrong.NinetyPercent())
        #expect(mine < BernoulliIntervals.exactCoverage(.wald, flips: 10, p: 0.1, maths: ReferenceSolution()))
        #expect(screen.contains("Wald covers \(String(format: "%.1f%%", 100 * mine))"))
    }
}
