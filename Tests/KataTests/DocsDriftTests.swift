import Foundation
import KataKit
import Testing

/// The rendered workbook in Docs/ must be what the katas write now: a number changed
/// in a kata fails here until `swift run kata dev docs` is run and Docs/ committed.
@Suite("Docs: the committed workbook pages are what the katas write now")
struct DocsDriftTests {
    /// Docs/, beside the package's Tests/.
    static let docs = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("../../Docs").standardizedFileURL

    @Test("each kata's page and figures equal the committed ones, and no stale figure is left",
          arguments: testedKatas)
    func pageMatches(kata: TestedKata) throws {
        let id = kata.id, part = "Docs/\(kata.chapter)"
        let folder = Self.docs.appendingPathComponent(kata.chapter)
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        let name = try #require(names.first { $0.hasPrefix("\(id)-") && $0.hasSuffix(".md") }?.dropLast(3),
                                "\(part) has no page for \(id). \(TextDrift.remedy)")
        let page = kata.page(String(name))
        #expect(page.failedClaims.isEmpty)
        for file in page.files {
            let committed = (try? String(contentsOf: folder.appendingPathComponent(file.path), encoding: .utf8)) ?? ""
            let drift = TextDrift.firstDifference(committed: committed, generated: file.text, path: "\(part)/\(file.path)")
            #expect(drift == nil, "\(drift ?? "") \(TextDrift.remedy)")
        }
        let figures = (try? FileManager.default.contentsOfDirectory(atPath: folder.appendingPathComponent(String(name)).path)) ?? []
        let stale = Set(figures.map { "\(name)/\($0)" }).subtracting(page.files.map(\.path))
        #expect(stale.isEmpty, "\(part) holds figures the story no longer draws: \(stale.sorted()). \(TextDrift.remedy)")
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
