import Foundation

/// The folder of a kata library's Swift files on disk, where a story reads the code of
/// its steps while it runs.
///
/// It is found from `#filePath` of a file in the library: the path the compiler saw.
/// When the workbook has moved since (a clone moved or renamed), that path is gone; the
/// same folder is then looked for in the workbook that `KATA_WORKBOOK` names, which the
/// `kata` driver sets for every kata binary it starts. A kata folder lies in the
/// workbook's `katas/`, so the part of the path from its last `katas` folder on is the
/// part that moves with the workbook.
public struct SourceFolder: Sendable, Equatable {
    /// The environment variable naming the workbook's root folder, for a kata binary
    /// whose sources are no longer where they were compiled.
    public static let workbookVariable = "KATA_WORKBOOK"

    /// The folder as compiled: the folder of the `#filePath` given.
    public let compiledPath: String
    /// The same folder in the workbook `KATA_WORKBOOK` names; `nil` when it is not set,
    /// or the compiled path has no `katas` folder to start from.
    public let workbookPath: String?

    /// The folder holding `filePath`.
    /// - Parameters:
    ///   - filePath: `#filePath` of a file in the folder.
    ///   - environment: Where `KATA_WORKBOOK` is read; the process's by default.
    public init(folderOf filePath: String, environment: [String: String] = ProcessInfo.processInfo.environment) {
        let folder = URL(fileURLWithPath: filePath).deletingLastPathComponent().standardizedFileURL
        compiledPath = folder.path
        let components = folder.pathComponents
        if let root = environment[Self.workbookVariable], !root.isEmpty,
           let katas = components.lastIndex(of: "katas") {
            workbookPath = URL(fileURLWithPath: root).appendingPathComponent(components[katas...].joined(separator: "/"))
                .standardizedFileURL.path
        } else {
            workbookPath = nil
        }
    }

    /// The folders looked in, in order: as compiled, then in `KATA_WORKBOOK`'s workbook.
    public var candidates: [String] {
        [compiledPath] + (workbookPath.map { [$0] } ?? [])
    }

    /// The text of the Swift file `name` of the folder, read now.
    /// - Parameter name: A file name, such as "CoinFlipStory.swift"; the file may be in
    ///   a sub-folder, as a module's file names are unique.
    /// - Returns: Its text from the first folder that has it, or `nil` when none does.
    public func text(ofFile name: String) -> String? {
        for folder in candidates {
            if let text = try? String(contentsOfFile: "\(folder)/\(name)", encoding: .utf8) { return text }
            if let path = swiftFiles(in: folder)[name], let text = try? String(contentsOfFile: path, encoding: .utf8) {
                return text
            }
        }
        return nil
    }

    /// Every Swift file of the folder, read now, keyed by file name: from the first
    /// folder that exists.
    public var files: [String: String] {
        guard let folder = candidates.first(where: { FileManager.default.fileExists(atPath: $0) }) else { return [:] }
        return swiftFiles(in: folder).compactMapValues { try? String(contentsOfFile: $0, encoding: .utf8) }
    }

    /// The one line a story shows in place of a step's code when `name` is found nowhere.
    /// - Parameter name: The file name.
    public func missingMessage(forFile name: String) -> String {
        let elsewhere = workbookPath.map { " nor in \($0)" }
            ?? " and \(Self.workbookVariable) names no workbook to look in"
        return "// The code of this step is not shown: \(name) is not in \(compiledPath)\(elsewhere)."
    }

    /// The paths of the Swift files under `folder`, keyed by file name.
    private func swiftFiles(in folder: String) -> [String: String] {
        guard let enumerator = FileManager.default.enumerator(atPath: folder) else { return [:] }
        var paths: [String: String] = [:]
        for case let relative as String in enumerator where relative.hasSuffix(".swift") {
            paths[URL(fileURLWithPath: relative).lastPathComponent] = "\(folder)/\(relative)"
        }
        return paths
    }
}
