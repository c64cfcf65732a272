import Foundation

/// How the running driver was started: through `swift run` in a workbook, or as an
/// installed `kata` command. Tips, messages and help show the learner what to type.
enum Invocation {
    /// What the learner types under `swift run`.
    static let swiftRun = "swift run kata"
    /// What the learner types once `kata install` has put the command on their PATH.
    static let installed = "kata"

    /// The running executable, with every symbolic link resolved; `nil` where Linux's
    /// /proc is not mounted.
    static let executablePath: String? = try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")

    /// Whether the running driver lives in a workbook's .build folder, as under `swift run`
    /// (and under `swift test`, whose test binary is built there too).
    static let isUnderSwiftRun = isInsideBuildFolder(executablePath)

    /// What to show for the driver in tips: "swift run kata" or "kata".
    static let current = isUnderSwiftRun ? swiftRun : installed

    /// Whether `path` lies inside a folder named .build that sits beside a Package.swift.
    /// A path we cannot read counts as `swift run`, the way the README starts.
    /// - Parameter path: An executable's path.
    /// - Returns: `true` for a binary SwiftPM built and runs in place.
    static func isInsideBuildFolder(_ path: String?) -> Bool {
        guard let path else { return true }
        var folder = URL(fileURLWithPath: path).deletingLastPathComponent()
        while folder.path != "/" {
            if folder.lastPathComponent == ".build",
               FileManager.default.fileExists(atPath: folder.deletingLastPathComponent().appendingPathComponent("Package.swift").path) {
                return true
            }
            folder.deleteLastPathComponent()
        }
        return false
    }
}
