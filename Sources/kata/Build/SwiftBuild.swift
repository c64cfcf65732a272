import Foundation
import KataKit

/// `swift build` run in a workbook, as the driver runs it: for a kata's binary and for the
/// driver that `kata install` copies.
struct SwiftBuild {
    /// The workbook built.
    let workbook: Workbook
    /// Ticks while the build runs, and says when it waits for another one.
    let progress: BuildProgress

    /// Runs `swift <arguments>` in the workbook's root, its output merged and kept.
    /// - Parameter arguments: Such as `["build", "--product", "kata-10.2.1"]`.
    /// - Returns: How it ended, and what it printed without terminal escape codes.
    /// - Throws: `ChildProcessError` when swift cannot be started.
    func run(_ arguments: [String]) throws(ChildProcessError) -> (status: ChildProcess.Termination, output: String) {
        try run(executable: workbook.swiftExecutable, arguments)
    }

    /// Runs `executable` with `arguments` as `run(_:)` runs swift: for the compiler
    /// commands SwiftPM recorded.
    func run(executable: String, _ arguments: [String]) throws(ChildProcessError) -> (status: ChildProcess.Termination, output: String) {
        let child = try ChildProcess.spawn(
            executable, arguments: arguments, environment: environment(),
            workingDirectory: workbook.root, output: .merge)
        return Interrupts.guarding(child) {
            let output = child.readOutput(limit: 4 << 20) { chunk in
                // Another kata (or swift build) building in this workbook holds SwiftPM's lock.
                if String(decoding: chunk, as: UTF8.self).contains("Another instance of SwiftPM") {
                    progress.waiting("another build in this workbook to finish")
                }
                progress.tick()
            }
            return (child.wait(), output.withoutEscapeCodes)
        }
    }

    /// What `KATA_SWIFT_BUILD_FLAGS` adds to every kata build, split at spaces: for
    /// `.ci/asan`, whose kata binaries are built with `-Xswiftc -sanitize=address`.
    static func extraFlags(_ environment: [String: String] = ProcessInfo.processInfo.environment) -> [String] {
        (environment["KATA_SWIFT_BUILD_FLAGS"] ?? "").split(separator: " ").map(String.init)
    }

    /// The environment `swift build` runs in: the driver's own, with `_` naming swift, as a
    /// shell sets it for a `swift build` typed there.
    ///
    /// SwiftPM loads the package and plans the build again whenever the environment
    /// differs from the last build's: a few tenths of a second that a build with nothing
    /// to do does not pay otherwise (seconds while the package had build plugins, whose
    /// tools were relinked and rerun too). A shell sets `_` to the command it runs, so the
    /// installed `kata` (run as itself) would otherwise pay that on every build that follows
    /// a `swift run kata` or a `swift build`, and the other way round.
    /// - Parameter environment: The driver's environment.
    /// - Returns: The environment for `swift build`.
    func environment(_ environment: [String: String] = ProcessInfo.processInfo.environment) -> [String: String] {
        var environment = environment
        environment["_"] = workbook.swiftExecutable
        return environment
    }
}
