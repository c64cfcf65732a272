import Foundation

/// Builds the driver that `kata install` copies. Tests give one that hands over a
/// prebuilt file, since a release build takes minutes.
struct DriverBuild {
    /// Why the driver did not build: what to show the learner.
    struct Failure: Error {
        /// The compiler's error lines, or else the end of the build's output.
        let report: String
    }

    /// Builds the driver in `workbook`, showing `progress` while it waits.
    let build: (_ workbook: Workbook, _ progress: BuildProgress) -> Result<String, Failure>

    /// `swift build -c release --product kata` in the workbook, in a build folder of its
    /// own: `.build-install/release/kata`. SwiftPM locks a build folder while it builds, so
    /// in `.build` this minute-long build would hold up every build of the learner's loop
    /// (a `kata watch` in another terminal), and wait for them.
    static var release: DriverBuild {
        DriverBuild { workbook, progress in
            let folder = workbook.path(scratchFolder)
            let binary = folder + "/release/kata"
            progress.start("Building kata in release mode (the first time takes a few minutes)")
            defer { progress.stop() }
            let result: (status: ChildProcess.Termination, output: String)
            do {
                result = try SwiftBuild(workbook: workbook, progress: progress)
                    .run(["build", "-c", "release", "--product", "kata", "--scratch-path", folder])
            } catch {
                return .failure(Failure(report: "Could not start \(workbook.swiftExecutable): \(error)"))
            }
            guard result.status == .exited(0), FileManager.default.isExecutableFile(atPath: binary) else {
                return .failure(Failure(report: report(of: result.output)))
            }
            return .success(binary)
        }
    }

    /// The build folder of `release`, in the workbook's root (ignored by git, as `.build-*` is).
    static let scratchFolder = ".build-install"

    /// The lines of a failed build worth showing: each error once, or the last lines.
    /// - Parameter output: What `swift build` printed.
    static func report(of output: String) -> String {
        var seen = Set<String>()
        let errors = output.split(separator: "\n").map(String.init)
            .filter { $0.contains("error:") && seen.insert($0).inserted }
        let lines = errors.isEmpty ? Array(output.split(separator: "\n").suffix(30).map(String.init)) : errors
        return lines.joined(separator: "\n")
    }
}
