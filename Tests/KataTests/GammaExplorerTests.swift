@testable import GammaKata
import Foundation
import KataKit
import Testing

/// `kata explore 10.2.7`, key by key, on the screens `explore --keys` prints: each key
/// does what its help says, and every number on the screen is the kata's own.
@Suite("Kata 10.2.7: the explorable view")
struct GammaExplorerTests {
    /// The screens after each of `keys`, drawn at `width` × `height` with the reference's functions.
    static func screens(_ keys: String, width: Int = 80, height: Int = 24) -> [String] {
        ExplorerScreens.of(GammaExplorer(maths: ReferenceSolution()), keys: keys, width: width, height: height)
    }

    /// A screen's words on one line, as wrapping may split a sentence.
    static func flat(_ screen: String) -> String {
        ExplorerScreens.flat(screen)
    }

    /// α as the screen's first readout shows it.
    static func shape(_ screen: String) -> Double? {
        screen.firstMatch(of: #/α = ([0-9.]+) ·/#).flatMap { Double($0.1) }
    }

    /// The story's 200 draws, and the reference whose numbers the screens must show.
    static let draws = GammaExplorer.draw(200)
    static var maths: ReferenceSolution { ReferenceSolution() }
    static var estimate: Double {
        maths.newtonRaphson(observations: draws, start: maths.methodOfMomentsStart(observations: draws).shape,
                            tolerance: 1e-12, maxIterations: 50).shape
    }
    static func fourDecimals(_ value: Double) -> Double { Double(String(format: "%.4f", value)) ?? .nan }

    @Test("the draws are the story's seeded sample, and more draws extend the same stream")
    func sample() {
        #expect(Self.draws == SeededData().gamma)
        #expect(Array(GammaExplorer.draw(1000).prefix(200)) == Self.draws)
    }

    @Test("each screen fits 80×24: 24 lines after its caption, none wider")
    func fits() {
        for screen in Self.screens("→g+nwWW↑↑↑↑↑↑↑↑↑↑n-g") {
            let lines = screen.components(separatedBy: "\n").dropFirst()
            #expect(lines.count == 24)
            #expect(lines.allSatisfy { $0.count <= 80 }, "\(lines.map(\.count).max() ?? 0)")
        }
    }

    @Test("arrows move α by 0.05 and 0.5; s goes to α₀ and m to α̂, where the score is zero")
    func cursor() throws {
        let screens = Self.screens("→→↑←↓sm")
        let start = Self.maths.methodOfMomentsStart(observations: Self.draws).shape
        #expect(screens.compactMap(Self.shape) == [1, 1.05, 1.1, 1.6, 1.55, 1.05, Self.fourDecimals(start),
                                                   Self.fourDecimals(Self.estimate)])
        let first = try #require(screens.first)
        let mean = Self.draws.reduce(0, +) / 200
        let text = { GammaExplorer.text($0) }
        #expect(first.contains("ℓₚ(α) = \(text(Self.maths.logLikelihood(shape: 1, rate: 1 / mean, observations: Self.draws)))"))
        #expect(first.contains("score = \(text(Self.maths.profileScore(shape: 1, observations: Self.draws)))"))
        #expect(first.contains("α̂ = \(String(format: "%.4f", Self.estimate))"))
        #expect(first.contains("α₀ = \(String(format: "%.4f", start))"))
        #expect(first.contains("x̄ = \(String(format: "%.4f", mean))"))
        let last = try #require(screens.last)
        let score = Self.maths.profileScore(shape: Self.estimate, observations: Self.draws)
        #expect(abs(score) < 1e-9 && last.contains("score = \(text(score))"))
    }

    @Test("the arrows stop at the ends of the cursor's range")
    func ends() {
        var explorer = GammaExplorer(maths: ReferenceSolution())
        var shapes: [Double] = []
        for key in ExplorerKey.keys(inScript: "↓↓↓" + String(repeating: "↑", count: 30)) {
            _ = explorer.handle(key)
            shapes.append(explorer.shape)
        }
        #expect(shapes.min() == 0.1 && shapes.max() == 12)
    }

    @Test("Newton-Raphson lands on α̂ in a few steps with the kata's newtonRaphson, and the path is drawn")
    func newton() throws {
        let screens = Self.screens("nnnnnn")
        let last = try #require(screens.last)
        #expect(Self.shape(last) == Self.fourDecimals(Self.estimate))
        #expect(last.contains("Newton-Raphson: step 6"))
        #expect(last.contains("× the path"))
        let one = Self.maths.newtonRaphson(observations: Self.draws, start: 1, tolerance: 1e-12, maxIterations: 1).shape
        #expect(Self.shape(screens[1]) == Self.fourDecimals(one))
    }

    @Test("gradient ascent climbs towards α̂ with η · score/n; + and - double and halve η")
    func gradientAscent() throws {
        let climbing = Self.screens("gggg").compactMap(Self.shape)
        #expect(zip(climbing, climbing.dropFirst()).allSatisfy { $0 < $1 && $1 <= Self.estimate + 1e-4 }, "\(climbing)")
        let first = try #require(Self.screens("g").last)
        let step = 4 * Self.maths.profileScore(shape: 1, observations: Self.draws) / 200
        #expect(first.contains("gradient ascent: step 1: α moved by +\(String(format: "%.4f", step))."))
        let rates = Self.screens("+--")
        #expect(rates[0].contains("η = 4 ") || rates[0].contains("η = 4\n"))
        #expect(rates[1].contains("η = 8") && rates[3].contains("η = 2"))
    }

    @Test("from α = 12 a long step goes below 0: refused, said to diverge, α left where it was")
    func divergence() throws {
        let up = String(repeating: "↑", count: 22)
        let newton = try #require(Self.screens(up + "n").last)
        let next = Self.maths.newtonRaphson(observations: Self.draws, start: 12, tolerance: 1e-12, maxIterations: 1).shape
        #expect(next < 0)
        #expect(Self.flat(newton).contains("the step would go to α = \(GammaExplorer.text(next)), not above 0: it diverges. "
                                           + "Start Newton nearer α̂ (press s)."))
        #expect(Self.shape(newton) == 12 && !newton.contains("× the path"))
        let gradient = try #require(Self.screens(up + "+++++g").last)
        #expect(Self.flat(gradient).contains("not above 0: it diverges. Press - to shrink η."))
        #expect(Self.shape(gradient) == 12)
    }

    @Test("w and W draw the stream again with more or fewer draws, and the estimate follows")
    func drawCount() throws {
        let screens = Self.screens("wwwWWWWWWW")
        let counts = screens.compactMap { $0.firstMatch(of: #/of (\d+) Gamma draws/#).flatMap { Int($0.1) } }
        #expect(counts == [200, 500, 1000, 1000, 500, 200, 100, 50, 20, 10, 10])
        let ten = GammaExplorer.draw(10)
        let estimate = Self.maths.newtonRaphson(observations: ten, start: Self.maths.methodOfMomentsStart(observations: ten).shape,
                                                tolerance: 1e-12, maxIterations: 50).shape
        #expect(screens[9].contains("α̂ = \(String(format: "%.4f", estimate))"))
    }
}
