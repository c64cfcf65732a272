import CoinFlipKata
import ExponentialKata
import Foundation
import GaussianKata
import KataKit
import LogisticKata
import RegressionKata
import Testing

/// The rendered workbook in Docs/ must be what the katas write now: a number changed
/// in a kata fails here until `swift run kata dev docs` is run and Docs/ committed.
@Suite("Docs: the committed workbook pages are what the katas write now")
struct DocsDriftTests {
    /// Each kata's id and its page as rendered now.
    static let pages: [(id: String, render: @Sendable (_ name: String) -> WorkbookPage)] = [
        ("10.2.1", { WorkbookPage(coinFlipKata, name: $0, source: "katas/\($0)") }),
        ("10.2.2", { WorkbookPage(gaussianKata, name: $0, source: "katas/\($0)") }),
        ("10.2.3", { WorkbookPage(regressionKata, name: $0, source: "katas/\($0)") }),
        ("10.2.4", { WorkbookPage(logisticKata, name: $0, source: "katas/\($0)") }),
        ("10.2.5", { WorkbookPage(exponentialKata, name: $0, source: "katas/\($0)") }),
    ]

    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("../../Docs/10.2").standardizedFileURL

    @Test("each kata's page and figures equal the committed ones, and no stale figure is left",
          arguments: pages.map(\.id))
    func pageMatches(id: String) throws {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: Self.folder.path)) ?? []
        let name = try #require(names.first { $0.hasPrefix("\(id)-") && $0.hasSuffix(".md") }?.dropLast(3),
                                "Docs/10.2 has no page for \(id). \(TextDrift.remedy)")
        let page = try #require(Self.pages.first { $0.id == id }).render(String(name))
        #expect(page.failedClaims.isEmpty)
        for file in page.files {
            let committed = (try? String(contentsOf: Self.folder.appendingPathComponent(file.path), encoding: .utf8)) ?? ""
            let drift = TextDrift.firstDifference(committed: committed, generated: file.text, path: "Docs/10.2/\(file.path)")
            #expect(drift == nil, "\(drift ?? "") \(TextDrift.remedy)")
        }
        let figures = (try? FileManager.default.contentsOfDirectory(atPath: Self.folder.appendingPathComponent(String(name)).path)) ?? []
        let stale = Set(figures.map { "\(name)/\($0)" }).subtracting(page.files.map(\.path))
        #expect(stale.isEmpty, "Docs/10.2 holds figures the story no longer draws: \(stale.sorted()). \(TextDrift.remedy)")
    }

    @Test("a changed number is caught, with its line and both versions")
    func driftIsNamed() {
        let drift = TextDrift.firstDifference(committed: "a\nθ̂ = 0.6923\nc", generated: "a\nθ̂ = 0.6924\nc", path: "p.md")
        #expect(drift == "p.md line 2: committed «θ̂ = 0.6923», but the katas now write «θ̂ = 0.6924».")
        #expect(TextDrift.firstDifference(committed: "a", generated: "a\nb", path: "p.md")
                == "p.md line 2: committed nothing (the file ends), but the katas now write «b».")
        #expect(TextDrift.firstDifference(committed: "same", generated: "same", path: "p.md") == nil)
    }
}
