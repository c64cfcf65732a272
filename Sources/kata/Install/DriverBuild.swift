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

    /// `swift build -c release --product kata` in the workbook: `.build/release/kata`.
    static var release: DriverBuild {
        DriverBuild { workbook, progress in
            let binary = workbook.path(".build/release/kata")
            progress.start("Building kata in release mode (the first time takes a few minutes)")
            defer { progress.stop() }
            let result: (status: ChildProcess.Termination, output: String)
            do {
                result = try SwiftBuild(workbook: workbook, progress: progress)
                    .run(["build", "-c", "release", "--product", "kata"])
            } catch {
                return .failure(Failure(report: "Could not start \(workbook.swiftExecutable): \(error)"))
            }
            guard result.status == .exited(0), FileManager.default.isExecutableFile(atPath: binary) else {
                return .failure(Failure(report: report(of: result.output)))
            }
            return .success(binary)
        }
    }

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
