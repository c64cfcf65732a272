import Foundation

/// Which files of the workbook are shipped, and so sealed in `katas/SHA256SUMS`: the
/// parts of each kata a learner never edits (its story, checks, hints and reference
/// under `Kata/`, the stub as shipped under `Pristine/`, its `main.swift`) and the
/// grader itself (`Package.swift` and everything under `Sources/`).
///
/// A kata's `Solution.swift` is the learner's, so it is never sealed: writing it is the
/// point. Tests/, Docs/ and the README do not change what `kata check` grades, and the
/// learner's progress and backups are theirs.
enum ShippedFiles {
    /// One shipped file.
    struct File: Equatable {
        /// The path relative to the package root, with `/` between folders.
        var path: String
        /// The id of the kata the file belongs to, or `nil` for the grader's files.
        var kata: String?
    }

    /// The shipped files now in `workbook`, sorted by path (byte order, as `LC_ALL=C sort`).
    /// - Parameter workbook: The workbook, for its root and kata list.
    /// - Returns: Every shipped file that exists; a folder that is missing adds none.
    static func files(in workbook: Workbook) -> [File] {
        var files = ["Package.swift"].filter { isFile(workbook.path($0)) }.map { File(path: $0, kata: nil) }
        files += filesUnder("Sources", in: workbook).map { File(path: $0, kata: nil) }
        for kata in workbook.katas {
            let folders = ["\(kata.folder)/Kata", "\(kata.folder)/Pristine"]
            let paths = folders.flatMap { filesUnder($0, in: workbook) }
                + ["\(kata.folder)/main.swift"].filter { isFile(workbook.path($0)) }
            files += paths.map { File(path: $0, kata: kata.id) }
        }
        return files.sorted { $0.path.utf8.lexicographicallyPrecedes($1.path.utf8) }
    }

    /// Whether `path` (relative to the root) is a shipped file by the rules above,
    /// whether or not it exists.
    /// - Parameters:
    ///   - path: The path relative to the package root.
    ///   - workbook: The workbook, for its kata list.
    /// - Returns: The file with its owner, or `nil` when `path` is not shipped.
    static func file(at path: String, in workbook: Workbook) -> File? {
        let components = path.split(separator: "/", omittingEmptySubsequences: false)
        guard !components.contains(where: { $0.isEmpty || $0 == "." || $0 == ".." }), isKept(path) else { return nil }
        if path == "Package.swift" || path.hasPrefix("Sources/") { return File(path: path, kata: nil) }
        let kata = workbook.katas.first { kata in
            path == "\(kata.folder)/main.swift" || path.hasPrefix("\(kata.folder)/Kata/")
                || path.hasPrefix("\(kata.folder)/Pristine/")
        }
        return kata.map { File(path: path, kata: $0.id) }
    }

    /// Whether a file at `path` is worth sealing. Hidden files (a name or a folder
    /// starting with ".") and editor droppings (names ending in "~", ".swp", ".orig")
    /// are skipped: editors and Finder make and remove them while a teacher has the
    /// workbook open, which would report an untouched kata as changed, and SwiftPM
    /// compiles none of them (it ignores hidden files, and none of them ends in .swift),
    /// so they cannot change what the checks do.
    /// - Parameter path: A path relative to the package root.
    /// - Returns: `false` for a hidden file or an editor dropping.
    static func isKept(_ path: String) -> Bool {
        let components = path.split(separator: "/")
        guard let name = components.last else { return false }
        if components.contains(where: { $0.hasPrefix(".") }) { return false }
        return !["~", ".swp", ".orig"].contains { name.hasSuffix($0) }
    }

    /// The kept files under `folder` (relative to the root), at any depth, as paths
    /// relative to the root.
    private static func filesUnder(_ folder: String, in workbook: Workbook) -> [String] {
        let absolute = workbook.path(folder)
        let subpaths = (try? FileManager.default.subpathsOfDirectory(atPath: absolute)) ?? []
        return subpaths.map { "\(folder)/\($0)" }.filter { isKept($0) && isFile(workbook.path($0)) }
    }

    /// Whether `path` is a file (or a link to one), not a folder.
    private static func isFile(_ path: String) -> Bool {
        var isFolder: ObjCBool = false
        return FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) && !isFolder.boolValue
    }
}
