@testable import GaussianKata
import Foundation
import KataKit
import MLETutorialData
import Testing

/// `kata explore 10.2.2`, key by key, on the screens `explore --keys` prints: each key
/// does what its help says, and every number on the screen is the kata's own.
@Suite("Kata 10.2.2: the explorable view")
struct GaussianExplorerTests {
    /// The screens after each of `keys`, drawn at 80×24 with the reference's functions.
    static func screens(_ keys: String, width: Int = 80, height: Int = 24) -> [String] {
        ExplorerScreens.of(GaussianExplorer(maths: ReferenceSolution()), keys: keys, width: width, height: height)
    }

    /// The cursor (μ, σ) as the screen's first readout shows it.
    static func cursor(_ screen: String) -> [Double]? {
        screen.firstMatch(of: #/μ = ([0-9.]+) · σ = ([0-9.]+) /#).flatMap { match in
            Double(match.1).flatMap { mu in Double(match.2).map { [mu, $0] } }
        }
    }

    /// The tutorial's 50 measurements.
    static var sample: [Double] { TutorialStream().gaussianSample }
    /// The kata's reference, whose numbers the screens must show.
    static var maths: ReferenceSolution { ReferenceSolution() }

    @Test("each screen fits 80×24: 24 lines after its caption, none wider than 80")
    func fits() {
        for screen in Self.screens("→↑m++++---t") {
            let lines = screen.components(separatedBy: "\n").dropFirst()
            #expect(lines.count == 24)
            #expect(lines.allSatisfy { $0.count <= 80 }, "\(lines.map(\.count).max() ?? 0)")
        }
    }

    @Test("←→ move μ by 0.1 and ↑↓ move σ by 0.1, on the map and in both profiles")
    func cursorMoves() throws {
        let screens = Self.screens("→→↑←↓↓")
        #expect(screens.compactMap(Self.cursor)
                == [[4, 3], [4.1, 3], [4.2, 3], [4.2, 3.1], [4.1, 3.1], [4.1, 3], [4.1, 2.9]])
        let moved = screens[3]
        #expect(moved.contains("● marks μ = 4.2, σ = 3.1"), "the heat map marks the cursor")
        #expect(moved.contains("μ at σ = 3.10 (• top)") && moved.contains("σ at μ = 4.20 (• top)"),
                "each profile passes through the cursor")
        // The readouts are the reference's numbers at the cursor.
        let first = try #require(screens.first)
        let here = Self.maths.logLikelihood(of: Self.sample, mean: 4, variance: 9)
        let estimate = Self.maths.maximumLikelihoodEstimate(of: Self.sample)
        let top = Self.maths.logLikelihood(of: Self.sample, mean: estimate.mean, variance: estimate.variance)
        #expect(first.contains("σ = 3.00 (σ² = 9.000) · ℓ = \(GaussianExplorer.text(here))"))
        #expect(first.contains("ℓ − ℓ̂ = \(GaussianExplorer.text(here - top))"))
        #expect(first.contains("ℓ̂ = ℓ(μ̂, σ̂²) = \(GaussianExplorer.text(top))"))
        #expect(first.contains("μ̂ = x̄ = \(String(format: "%.4f", estimate.mean))"))
        #expect(first.contains("σ̂ = \(String(format: "%.4f", estimate.variance.squareRoot()))"))
        let interval = Self.maths.confidenceInterval95(of: Self.sample)
        #expect(first.contains("95% interval for μ: \(String(format: "%.3f", interval.lower)) to "
                               + String(format: "%.3f", interval.upper)))
        #expect(first.contains("ℓ − ℓ̂ from −10 (·) to 0 (█)"), "the shades span the 10 below the top")
    }

    @Test("the cursor keeps to the map")
    func ends() {
        var explorer = GaussianExplorer(maths: ReferenceSolution())
        var means: [Double] = [], deviations: [Double] = []
        // Pressed without drawing: only where the cursor goes matters here.
        for key in ExplorerKey.keys(inScript: String(repeating: "←", count: 15) + String(repeating: "↓", count: 25)
                                    + String(repeating: "→", count: 45) + String(repeating: "↑", count: 30)) {
            _ = explorer.handle(key)
            means.append(explorer.mean)
            deviations.append(explorer.deviation)
        }
        #expect(means.min() == 3 && means.max() == 7 && deviations.min() == 1 && deviations.max() == 3.5)
    }

    @Test("m snaps to the estimate, where ℓ − ℓ̂ is zero; t goes to the truth (5, 2)")
    func snaps() throws {
        let screens = Self.screens("mt")
        let estimate = Self.maths.maximumLikelihoodEstimate(of: Self.sample)
        let snapped = try #require(Self.cursor(screens[1]))
        #expect(snapped == [Double(String(format: "%.2f", estimate.mean)),
                            Double(String(format: "%.2f", estimate.variance.squareRoot()))])
        #expect(screens[1].contains("ℓ − ℓ̂ = 0\n") || screens[1].contains("ℓ − ℓ̂ = 0 "), "never −0")
        #expect(Self.cursor(screens[2]) == [5, 2])
        let truth = Self.maths.logLikelihood(of: Self.sample, mean: 5, variance: 4)
        #expect(screens[2].contains("ℓ = \(GaussianExplorer.text(truth))"))
    }

    @Test("+ and - draw the tutorial's sample again with more or fewer values, and the estimates follow")
    func sampleSize() throws {
        let screens = Self.screens("++++------")
        let counts = screens.compactMap { $0.firstMatch(of: #/of (\d+) measurements/#).flatMap { Int($0.1) } }
        #expect(counts == [50, 100, 200, 500, 500, 200, 100, 50, 20, 10, 5])
        for (screen, count) in zip(screens, counts) {
            let sample = TutorialStream(gaussianCount: count).gaussianSample
            let estimate = Self.maths.maximumLikelihoodEstimate(of: sample)
            #expect(screen.contains("n = \(count) ·"))
            #expect(screen.contains("μ̂ = x̄ = \(String(format: "%.4f", estimate.mean))"), "n = \(count)")
        }
        #expect(Array(TutorialStream(gaussianCount: 500).gaussianSample.prefix(50)) == Self.sample,
                "more values extend the same stream")
    }
}
