import Foundation
import KataKit
@testable import RegressionKata
import Testing

/// `kata explore 10.2.3`, key by key, on the screens `explore --keys` prints: each key
/// does what its help says, and every number on the screen is the kata's own.
@Suite("Kata 10.2.3: the explorable view")
struct RegressionExplorerTests {
    /// The screens after each of `keys`, drawn at 80×24 with the reference's functions.
    static func screens(_ keys: String, width: Int = 80, height: Int = 24) -> [String] {
        ExplorerScreens.of(RegressionExplorer(maths: ReferenceSolution()), keys: keys, width: width, height: height)
    }

    /// The slope m as the screen's first readout shows it.
    static func slope(_ screen: String) -> Double? {
        screen.firstMatch(of: #/m = ([0-9.]+) · b/#).flatMap { Double($0.1) }
    }

    /// The noise level σ as the screen's first readout shows it.
    static func sigma(_ screen: String) -> Double? {
        screen.firstMatch(of: #/σ = ([0-9.]+) · NLL/#).flatMap { Double($0.1) }
    }

    /// The kata's reference, whose numbers the screens must show.
    static var maths: ReferenceSolution { ReferenceSolution() }
    /// The story's hundred points.
    static var data: (x: [Double], y: [Double]) { storyData() }

    @Test("each screen fits 80×24: 24 lines after its caption, none wider than 80")
    func fits() {
        for screen in Self.screens("→↑msl↓↓↓↓↓↓↓↓↓") {
            let lines = screen.components(separatedBy: "\n").dropFirst()
            #expect(lines.count == 24)
            #expect(lines.allSatisfy { $0.count <= 80 }, "\(lines.map(\.count).max() ?? 0)")
        }
    }

    @Test("←→ move the slope by 0.05, and the line through the data follows; m goes to m̂, where the losses bottom out")
    func slopeMoves() throws {
        let screens = Self.screens("→→←m")
        #expect(screens.compactMap(Self.slope) == [2.5, 2.55, 2.6, 2.55, 3.03])
        #expect(screens[2].contains("y = 2.60x + b̂"), "the fit plot draws the line at the cursor's slope")
        let (x, y) = Self.data
        let fit = Self.maths.leastSquares(x: x, y: y)
        let last = try #require(screens.last)
        #expect(last.contains("NLL − NLL(m̂) = 0 ·") && last.contains("MSE − MSE(m̂) = 0\n"), "never −0")
        #expect(last.contains("m̂ = \(String(format: "%.4f", fit.slope))"))
        #expect(last.contains("b = b̂ = \(String(format: "%.4f", fit.intercept))"))
        // The readouts are the reference's numbers at the cursor.
        let first = try #require(screens.first)
        let nll = Self.maths.negativeLogLikelihood(x: x, y: y, slope: 2.5, intercept: fit.intercept, sigma: 2)
        let mse = Self.maths.meanSquaredError(x: x, y: y, slope: 2.5, intercept: fit.intercept)
        #expect(first.contains("NLL = \(RegressionExplorer.text(nll)) · MSE = \(RegressionExplorer.text(mse))"))
        let noise = Self.maths.noiseVariance(x: x, y: y).squareRoot()
        #expect(first.contains("σ̂ = √(RSS/n) = \(String(format: "%.4f", noise))"))
    }

    @Test("↑↓ change σ by 0.25, which moves the NLL but not its bottom; s sets σ to σ̂")
    func noise() throws {
        let screens = Self.screens("↑↓↓s")
        #expect(screens.compactMap(Self.sigma) == [2, 2.25, 2, 1.75, 1.98])
        #expect(screens[1].contains("NLL(m), σ = 2.25"))
        let (x, y) = Self.data
        let fit = Self.maths.leastSquares(x: x, y: y)
        for (screen, sigma) in zip(screens.prefix(4), [2.0, 2.25, 2.0, 1.75]) {
            let nll = { Self.maths.negativeLogLikelihood(x: x, y: y, slope: $0, intercept: fit.intercept,
                                                         sigma: sigma) }
            let excess = nll(2.5) - nll(fit.slope)
            #expect(screen.contains("NLL − NLL(m̂) = \(RegressionExplorer.text(excess))"))
            #expect(screen.contains("▲"), "the cursor is marked on the loss")
        }
    }

    @Test("l switches the plotted loss between the NLL and the MSE")
    func loss() {
        let screens = Self.screens("ll")
        #expect(screens[0].contains("explore the NLL") && screens[0].contains("NLL(m), σ = 2.00"))
        #expect(screens[1].contains("explore the MSE") && screens[1].contains("MSE(m)"))
        #expect(screens[1].contains("l plot the NLL"), "the help says what l does next")
        #expect(screens[2].contains("explore the NLL"))
    }

    @Test("the cursor keeps to the plot's slopes and to σ > 0")
    func ends() {
        var explorer = RegressionExplorer(maths: ReferenceSolution())
        var slopes: [Double] = [], sigmas: [Double] = []
        // Pressed without drawing: only where the cursor goes matters here.
        for key in ExplorerKey.keys(inScript: String(repeating: "←", count: 12) + String(repeating: "→", count: 45)
                                    + String(repeating: "↓", count: 10) + String(repeating: "↑", count: 45)) {
            _ = explorer.handle(key)
            slopes.append(explorer.slope)
            sigmas.append(explorer.sigma)
        }
        #expect(slopes.min() == 2 && slopes.max() == 4 && sigmas.min() == 0.25 && sigmas.max() == 10)
    }
}
