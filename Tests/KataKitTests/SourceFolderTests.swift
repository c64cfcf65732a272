import Foundation
import KataKit
import Testing

@Suite("SourceFolder: a kata's files, found through #filePath or KATA_WORKBOOK")
struct SourceFolderTests {
    /// A throwaway workbook holding `katas/0.0.9-moved/Kata/`, with a story in a
    /// sub-folder; removed by `remove()`.
    struct MovedWorkbook {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("kata-sources-\(UUID().uuidString)").path
        var kataFolder: String { "\(root)/katas/0.0.9-moved/Kata" }
        let story = "func tellMovedStory() {}\n"

        init() throws {
            try FileManager.default.createDirectory(atPath: "\(kataFolder)/Story", withIntermediateDirectories: true)
            try story.write(toFile: "\(kataFolder)/Story/MovedStory.swift", atomically: true, encoding: .utf8)
            try "let movedKata = 1\n".write(toFile: "\(kataFolder)/MovedKata.swift", atomically: true, encoding: .utf8)
        }

        func remove() {
            try? FileManager.default.removeItem(atPath: root)
        }
    }

    /// `#filePath` of MovedKata.swift as it was compiled, in a clone that is gone.
    static let compiledInGoneClone = "/nonexistent/old-clone/katas/0.0.9-moved/Kata/MovedKata.swift"

    @Test("the folder of #filePath: this test's own file and its neighbours, read from disk")
    func throughFilePath() throws {
        let folder = SourceFolder(folderOf: #filePath, environment: [:])
        let own = try String(contentsOfFile: #filePath, encoding: .utf8)
        #expect(folder.text(ofFile: "SourceFolderTests.swift") == own)
        #expect(folder.files["SourceFolderTests.swift"] == own)
        #expect(folder.files["StoryStepTests.swift"] != nil)
        #expect(folder.workbookPath == nil)
    }

    @Test("a clone that moved: the same folder under KATA_WORKBOOK, sub-folders searched by file name")
    func workbookFallback() throws {
        let workbook = try MovedWorkbook()
        defer { workbook.remove() }
        let folder = SourceFolder(folderOf: Self.compiledInGoneClone,
                                  environment: [SourceFolder.workbookVariable: workbook.root])
        #expect(folder.workbookPath == workbook.kataFolder)
        #expect(folder.text(ofFile: "MovedStory.swift") == workbook.story)
        #expect(folder.text(ofFile: "MovedKata.swift") == "let movedKata = 1\n")
        #expect(Set(folder.files.keys) == ["MovedStory.swift", "MovedKata.swift"])
        #expect(folder.text(ofFile: "Other.swift") == nil)
    }

    @Test("the folder as compiled comes first when it is still there")
    func compiledFirst() throws {
        let compiled = try MovedWorkbook()
        let elsewhere = try MovedWorkbook()
        defer {
            compiled.remove()
            elsewhere.remove()
        }
        try "// elsewhere\n".write(toFile: "\(elsewhere.kataFolder)/MovedKata.swift", atomically: true, encoding: .utf8)
        let folder = SourceFolder(folderOf: "\(compiled.kataFolder)/MovedKata.swift",
                                  environment: [SourceFolder.workbookVariable: elsewhere.root])
        #expect(folder.candidates == [compiled.kataFolder, elsewhere.kataFolder])
        #expect(folder.text(ofFile: "MovedKata.swift") == "let movedKata = 1\n")
    }

    @Test("found nowhere: no text, no files, and one line saying where it looked")
    func missing() {
        let withWorkbook = SourceFolder(folderOf: Self.compiledInGoneClone,
                                        environment: [SourceFolder.workbookVariable: "/nonexistent/new-clone"])
        #expect(withWorkbook.text(ofFile: "MovedStory.swift") == nil)
        #expect(withWorkbook.files.isEmpty)
        let message = withWorkbook.missingMessage(forFile: "MovedStory.swift")
        #expect(message == "// The code of this step is not shown: MovedStory.swift is not in "
                + "/nonexistent/old-clone/katas/0.0.9-moved/Kata nor in /nonexistent/new-clone/katas/0.0.9-moved/Kata.")
        let alone = SourceFolder(folderOf: Self.compiledInGoneClone, environment: [:])
        #expect(alone.missingMessage(forFile: "MovedStory.swift").hasSuffix("and KATA_WORKBOOK names no workbook to look in."))
        // A path with no katas folder has nothing to carry over to another workbook.
        let outside = SourceFolder(folderOf: "/nonexistent/Sources/X.swift", environment: [SourceFolder.workbookVariable: "/w"])
        #expect(outside.workbookPath == nil)
    }

    @Test("CompiledSources(folderOf:) reads through the folder; a missing file gives its message")
    func compiledSources() throws {
        let workbook = try MovedWorkbook()
        defer { workbook.remove() }
        let sources = CompiledSources(folderOf: Self.compiledInGoneClone,
                                      environment: [SourceFolder.workbookVariable: workbook.root])
        #expect(sources.text(ofFile: "MovedKata/MovedStory.swift") == workbook.story)
        #expect(sources.files.count == 2)
        #expect(sources.missingMessage(forFile: "MovedKata/Gone.swift").contains("Gone.swift is not in"))
        #expect(CompiledSources.none.missingMessage(forFile: "X/Story.swift")
                == "// The code of this step is not shown: this story was told without Story.swift.")
    }
}
