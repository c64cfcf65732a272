import Foundation

extension Workbook {
    /// The folder under `.build` that kata binaries run in.
    static let scratchFolderName = ".build/kata-scratch"

    /// The folder kata binaries run in, made when it is missing.
    ///
    /// Not the workbook root: a file the learner's code writes with a relative path
    /// (`notes.txt`) lands here, never on or beside the learner's files, and nothing of
    /// the workbook is found by a relative path from it. Absolute paths, and relative
    /// ones that climb out with `..`, are not sandboxed: a kata binary can write
    /// wherever the learner can. Nothing a kata binary is given depends on this folder:
    /// the driver hands it absolute paths.
    /// - Returns: `.build/kata-scratch` in the workbook or, when that cannot be made,
    ///   the system's temporary folder (never the workbook root).
    func scratchFolder() -> String {
        let folder = path(Self.scratchFolderName)
        do {
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
            return folder
        } catch {
            return FileManager.default.temporaryDirectory.path
        }
    }
}
