import Foundation
@testable import kata

/// A throwaway copy of the workbook's Package.swift and katas/ (or other items), every
/// learner file back to its pristine stub: enough for the commands that build nothing
/// (reset, solution). Removed when released.
final class TemporaryWorkbook {
    /// The copy's root.
    let root: String
    /// The copy, located as the driver locates it.
    let workbook: Workbook

    /// Makes the copy of `items` of the package.
    /// - Throws: When it cannot be copied or located.
    init(holding items: [String] = ["Package.swift", "katas"]) throws {
        root = try PackageCopy.throwaway(holding: items)
        workbook = try Workbook.locate(from: root, executablePath: nil)
    }

    deinit {
        try? FileManager.default.removeItem(atPath: root)
    }

    /// The kata with `id`.
    func kata(_ id: String) throws -> KataEntry {
        try workbook.select(id)[0]
    }

    /// The learner's file of `kata`, as text; `nil` when missing.
    func solution(of kata: KataEntry) -> String? {
        try? String(contentsOfFile: "\(root)/\(kata.solutionFile)", encoding: .utf8)
    }

    /// `kata`'s pristine stub, as text.
    func stub(of kata: KataEntry) throws -> String {
        try String(contentsOfFile: "\(root)/\(kata.folder)/Pristine/Solution.swift", encoding: .utf8)
    }

    /// Writes the learner's file of `kata`.
    func edit(_ kata: KataEntry, to text: String) throws {
        try text.write(toFile: "\(root)/\(kata.solutionFile)", atomically: true, encoding: .utf8)
    }

    /// The files in `kata`'s backup folder, sorted; empty when there is none.
    func backups(of kata: KataEntry) -> [String] {
        let folder = "\(root)/\(SolutionReset.backupFolder)/\(kata.id)-\(kata.slug)"
        return ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []).sorted()
    }
}
