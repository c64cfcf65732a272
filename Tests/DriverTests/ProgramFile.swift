import Foundation
@testable import kata

/// Executable scripts the tests write and then run.
enum ProgramFile {
    /// Writes `text` to `path` as an executable, by way of `install`, so that this process
    /// never holds the program open for writing: a test forking at that moment on
    /// another thread would hold it open too, and running it would fail with "Text file
    /// busy" (ETXTBSY).
    /// - Throws: When it cannot be written.
    static func write(_ text: String, to path: String) throws {
        let data = "\(path).\(UUID().uuidString).txt"
        try text.write(toFile: data, atomically: false, encoding: .utf8)
        defer { try? FileManager.default.removeItem(atPath: data) }
        let installed = try ChildProcess.spawn("/usr/bin/install", arguments: ["-m", "755", data, path],
                                               environment: [:], workingDirectory: "/", output: .merge)
        let done = RobustnessPackage.finish(installed, within: 60)
        guard done.termination == .exited(0) else { throw CocoaError(.fileWriteUnknown, userInfo: ["output": done.output]) }
    }
}
