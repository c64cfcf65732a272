import Foundation
import Glibc
@testable import kata

/// The package copy `DriverRobustnessTests` works on: the shared `PackageCopy`, whose
/// path has spaces in two of its folders, so that every case also shows that such a path
/// works. The real `kata` binary is built in it and started as a shell starts a job: a
/// process of its own, in a process group of its own.
struct RobustnessPackage: Sendable {
    /// The folder holding the throwaway copies, removed when the test run ends.
    static let parent: String = {
        // Also when a case failed with a copy read-only: put write permission back first.
        atexit {
            PackageCopy.giveWriteBack(RobustnessPackage.parent)
            try? FileManager.default.removeItem(atPath: RobustnessPackage.parent)
        }
        return FileManager.default.temporaryDirectory.appendingPathComponent("kata robustness \(UUID().uuidString)").path
    }()

    /// The copy's root: the root of a turn with the shared `PackageCopy`.
    let root: String

    /// The `kata` binary built in the copy.
    var driver: String { "\(root)/.build/debug/kata" }

    /// What a finished `kata` came to.
    struct Finished {
        /// How it ended.
        var termination: ChildProcess.Termination
        /// Its standard output and error, interleaved.
        var output: String
        /// Whether it ran past its time and was killed.
        var killed = false
    }

    /// Makes a throwaway copy of the package (learner files pristine, never built) at
    /// `<parent>/<name>`.
    /// - Throws: When it cannot be copied.
    static func copy(named name: String) throws -> String {
        try FileManager.default.createDirectory(atPath: parent, withIntermediateDirectories: true)
        let root = "\(parent)/\(name)"
        try FileManager.default.moveItem(atPath: PackageCopy.throwaway(), toPath: root)
        return root
    }

    /// The copy of `turn`, every program built (see `PackageCopy.turn()`).
    init(_ turn: PackageCopy.Turn) {
        root = turn.root
    }

    /// Starts `kata` with `arguments` in `directory` (the copy's root by default).
    /// - Parameters:
    ///   - arguments: The command and its arguments.
    ///   - directory: Where it starts.
    ///   - user: A command that runs what follows it as another user (`setpriv …`), or none.
    /// - Throws: When it cannot be started.
    func start(_ arguments: [String], in directory: String? = nil, as user: [String] = []) throws -> ChildProcess {
        let command = user + [driver] + arguments
        return try ChildProcess.spawn(command[0], arguments: Array(command.dropFirst()),
                                      environment: ProcessInfo.processInfo.environment,
                                      workingDirectory: directory ?? root, output: .merge)
    }

    /// Runs `kata` with `arguments` to its end (at most ten minutes: a first build is slow).
    /// - Throws: When it cannot be started.
    func kata(_ arguments: String..., in directory: String? = nil, as user: [String] = []) throws -> Finished {
        Self.finish(try start(arguments, in: directory, as: user), within: 600)
    }

    /// Reads `child`'s output to its end and waits for it, killing its process group if
    /// it runs past `seconds`, so that a hung driver fails a test instead of hanging it.
    static func finish(_ child: ChildProcess, within seconds: Double) -> Finished {
        guard let descriptor = child.standardOutput else { return Finished(termination: child.wait(), output: "") }
        var output: [UInt8] = []
        var killed = false
        let deadline = Date(timeIntervalSinceNow: seconds)
        while true {
            guard case .ready = DescriptorReader.wait(for: [descriptor], until: deadline) else {
                child.killGroup()
                killed = true
                break
            }
            guard let chunk = DescriptorReader.readChunk(descriptor) else { continue }
            if chunk.isEmpty { break }
            output += chunk
        }
        return Finished(termination: child.wait(), output: String(decoding: output, as: UTF8.self), killed: killed)
    }

    /// Every process but this one whose command line or working folder names `path`:
    /// each as its command line, to show in a failure.
    static func processes(mentioning path: String) -> [String] {
        let pids = (try? FileManager.default.contentsOfDirectory(atPath: "/proc"))?.compactMap(Int32.init) ?? []
        return pids.filter { $0 != getpid() }.compactMap { pid in
            // A process that has ended (or is a zombie) has no command line: it is not running.
            guard let bytes = FileManager.default.contents(atPath: "/proc/\(pid)/cmdline"), !bytes.isEmpty else { return nil }
            let commandLine = String(decoding: bytes.map { $0 == 0 ? 32 : $0 }, as: UTF8.self)
            let folder = (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/\(pid)/cwd")) ?? ""
            return commandLine.contains(path) || folder.hasPrefix(path) ? "\(pid): \(commandLine)" : nil
        }
    }

    /// Whether process `pid` is running: not ended, and not ended but unreaped (a zombie),
    /// asked without reaping it as `waitpid` would.
    static func isRunning(_ pid: pid_t) -> Bool {
        guard let stat = FileManager.default.contents(atPath: "/proc/\(pid)/stat") else { return false }
        // The state follows the command name, which is in parentheses and may hold spaces.
        let text = String(decoding: stat, as: UTF8.self)
        guard let close = text.range(of: ") ", options: .backwards) else { return false }
        return !text[close.upperBound...].hasPrefix("Z")
    }

    /// Waits (at most `seconds`) until no process names `path`, as those killed a moment
    /// ago take a moment to go; then the ones still there.
    static func processesLeft(mentioning path: String, waitingAtMost seconds: Double = 20) -> [String] {
        let deadline = Date(timeIntervalSinceNow: seconds)
        var left = processes(mentioning: path)
        while !left.isEmpty, Date() < deadline {
            usleep(100_000)
            left = processes(mentioning: path)
        }
        return left
    }
}
