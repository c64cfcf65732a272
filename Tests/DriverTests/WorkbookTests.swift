import Foundation
import Testing
@testable import kata

@Suite("The workbook's kata list and ids")
struct WorkbookTests {
    static let packageRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().path

    static func workbook() throws -> Workbook {
        try Workbook.locate(from: packageRoot + "/katas", executablePath: nil)
    }

    @Test("Package.swift lists every kata folder, and the driver reads the same list")
    func listMatchesFolders() throws {
        let workbook = try Self.workbook()
        // Folders only: katas/ also holds the manifest of shipped files, SHA256SUMS.
        let folders = try FileManager.default.contentsOfDirectory(atPath: Self.packageRoot + "/katas")
            .filter { name in
                var isFolder: ObjCBool = false
                return !name.hasPrefix(".")
                    && FileManager.default.fileExists(atPath: Self.packageRoot + "/katas/" + name, isDirectory: &isFolder)
                    && isFolder.boolValue
            }.sorted()
        #expect(workbook.katas.map(\.folder).sorted() == folders.map { "katas/\($0)" })
        #expect(workbook.root == Self.packageRoot)
        #expect(workbook.katas.contains { $0.id == "10.2.1" && $0.slug == "coin-flip" && $0.product == "kata-10.2.1" })
    }

    @Test("ids, prefixes, slugs and folder names all select katas")
    func selection() throws {
        let workbook = try Self.workbook()
        for query in ["10.2.1", "coin-flip", "10.2.1-coin-flip", "katas/10.2.1-coin-flip/"] {
            #expect(try workbook.select(query).map(\.id) == ["10.2.1"])
        }
        #expect(try workbook.select("10.2").map(\.id) == workbook.katas.filter { $0.id.hasPrefix("10.2.") }.map(\.id))
    }

    @Test("a wrong id gets a suggestion")
    func didYouMean() throws {
        let workbook = try Self.workbook()
        #expect {
            try workbook.select("10.2.11")
        } throws: { error in
            "\(error)".contains("There is no kata '10.2.11'. Did you mean 10.2.1?")
        }
        #expect(throws: UsageError.self) { try workbook.select("coin") .isEmpty }
    }

    @Test("outside a workbook is a usage error that says where to go, not a crash; the driver exits 2")
    func outside() {
        #expect {
            try Workbook.locate(from: "/", executablePath: nil)
        } throws: { error in
            "\(error)".contains("not inside the workbook") && "\(error)".contains("Go with `cd` to the workbook's folder")
        }
        var printed = ""
        #expect(Driver.main(arguments: ["check"], directory: "/", executablePath: nil, style: .plain,
                            write: { printed += $0 }) == 2)
        #expect(printed.isEmpty)
    }

    @Test("any folder inside the workbook finds its root", arguments: ["", "/katas", "/katas/10.2.1-coin-flip/Kata", "/Sources/kata/CLI"])
    func fromInside(folder: String) throws {
        #expect(try Workbook.locate(from: Self.packageRoot + folder, executablePath: nil).root == Self.packageRoot)
    }

    @Test("an unknown id is a usage error: exit 2, nothing on standard output")
    func unknownIdExitCode() {
        var printed = ""
        #expect(Driver.main(arguments: ["check", "10.2.11", "--json"], directory: Self.packageRoot, executablePath: nil,
                            style: .plain, write: { printed += $0 }) == 2)
        #expect(printed.isEmpty)
    }

    @Test("the manifest parser reads titles and ignores other lines")
    func manifestParsing() {
        let manifest = """
        let katas: [Kata] = [
            Kata("1.2.3", "a-b", module: "AB", title: "A: b"),
            // Kata("9.9", "commented", module: "X", title: "no"),
        ]
        """
        #expect(KataEntry.parse(manifest: manifest) == [KataEntry(id: "1.2.3", slug: "a-b", title: "A: b")])
    }

    @Test("edit distance", arguments: [("check", "chek", 1), ("", "abc", 3), ("10.2.1", "10.2.1", 0)])
    func distance(a: String, b: String, expected: Int) {
        #expect(editDistance(a, b) == expected)
    }
}
