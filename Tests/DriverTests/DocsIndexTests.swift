import Foundation
import KataKit
import Testing
@testable import kata

@Suite("Docs: the contents page of each part")
struct DocsIndexTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("../..").standardizedFileURL.path

    @Test("the committed contents page is what `kata dev docs` writes now")
    func indexMatches() throws {
        let workbook = try Workbook.locate(from: Self.root, executablePath: nil)
        let parts = PartIndex.parts(of: workbook)
        // One part per chapter of the katas, in order.
        let chapters = workbook.katas.map { $0.id.split(separator: ".").prefix(2).joined(separator: ".") }
        #expect(parts.map(\.part) == chapters.reduce(into: []) { if $0.last != $1 { $0.append($1) } })
        for part in parts {
            let path = "Docs/\(part.part)/README.md"
            let committed = (try? String(contentsOfFile: "\(Self.root)/\(path)", encoding: .utf8)) ?? ""
            let drift = TextDrift.firstDifference(committed: committed, generated: part.markdown, path: path)
            #expect(drift == nil, "\(drift ?? "") \(TextDrift.remedy)")
        }
    }

    @Test("katas group into parts by their id without its last number, in order")
    func grouping() {
        let katas = [KataEntry(id: "1.1.1", slug: "a", title: "A"), KataEntry(id: "1.1.2", slug: "b", title: "B"),
                     KataEntry(id: "1.2.1", slug: "c", title: "C")]
        let workbook = Workbook(root: "/w", katas: katas, binaryDirectory: "/w/.build/debug", swiftExecutable: "swift")
        let parts = PartIndex.parts(of: workbook)
        #expect(parts.map(\.part) == ["1.1", "1.2"])
        #expect(parts.map { $0.katas.map(\.slug) } == [["a", "b"], ["c"]])
        #expect(parts[0].markdown.contains("| [1.1.2](1.1.2-b.md) | B | `swift run kata run 1.1.2` | `katas/1.1.2-b/Solution.swift` |"))
    }
}
