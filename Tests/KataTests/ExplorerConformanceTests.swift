import KataKit
import Testing

/// What every explorable view promises, whatever its kata: each key it lists works at its
/// minimum size and on a large terminal, a smaller terminal is told so, q quits, and colour changes
/// nothing but colour. A kata's own explorer tests hold what is particular to it.
@Suite("Every explorable view")
struct ExplorerConformanceTests {
    static let explored = testedKatas.filter { $0.explorer != nil }

    /// Every key the view's help lists but q, in order: a script that also reaches states
    /// no single key does (the optimiser after the data changed, say). Each kata's own
    /// tests press its keys at 80×24.
    private static func everyKey(_ explorer: any Explorer) -> String {
        explorer.keyHelp.map(\.key).joined().filter { !$0.isWhitespace && $0 != "q" }
    }

    @Test("every listed key, at the minimum size and at 120×40: each screen fills the terminal and no line is wider",
          arguments: explored)
    func everySize(kata: TestedKata) throws {
        let make = try #require(kata.explorer)
        let minimum = make().minimumSize
        let keys = Self.everyKey(make())
        for (width, height) in [(minimum.width, minimum.height), (120, 40)] {
            let screens = ExplorerScreens.of(make(), keys: keys, width: width, height: height)
            #expect(screens.count == keys.count + 1, "\(kata.id) at \(width)×\(height)")
            for screen in screens {
                let lines = screen.components(separatedBy: "\n").dropFirst()
                #expect(lines.count == height && lines.allSatisfy { $0.count <= width },
                        "\(kata.id) at \(width)×\(height): \(screen)")
            }
        }
    }

    @Test("a terminal smaller than the minimum says so instead of drawing; q quits", arguments: explored)
    func smallAndQuit(kata: TestedKata) throws {
        let make = try #require(kata.explorer)
        let minimum = make().minimumSize
        for (width, height) in [(minimum.width - 1, minimum.height), (minimum.width, minimum.height - 1)] {
            let screen = try #require(ExplorerScreens.of(make(), keys: "", width: width, height: height).first)
            #expect(ExplorerScreens.flat(screen).contains(
                "The terminal is \(width)×\(height); this view needs at least \(minimum.width)×\(minimum.height)."))
        }
        let text = ExplorerSession.script(make(), keys: ExplorerKey.keys(inScript: "q→"), width: 80, height: 24, style: .plain)
        #expect(text.contains("── q: quit") && !text.contains("after →"))
    }

    @Test("in colour every screen reads as it does without", arguments: explored)
    func colour(kata: TestedKata) throws {
        let make = try #require(kata.explorer)
        let keys = ExplorerKey.keys(inScript: Self.everyKey(make()))
        let draw = { (colour: Bool) in
            ExplorerSession.script(make(), keys: keys, width: 80, height: 24, style: TerminalStyle(colour: colour, width: 80))
        }
        let (plain, painted) = (draw(false), draw(true))
        #expect(painted != plain && painted.withoutEscapeCodes == plain)
    }
}
