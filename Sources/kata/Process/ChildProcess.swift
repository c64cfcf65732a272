import Foundation

/// A child process started with `posix_spawn`, in a process group of its own.
///
/// Its own group lets the driver kill everything the child started, on a time-out
/// and on Ctrl-C. Standard input is always /dev/null, so a `readLine()` in learner
/// code gets `nil` instead of waiting for ever.
struct ChildProcess {
    /// What becomes of the child's standard output and error.
    enum Output {
        /// Straight to the driver's own terminal.
        case inherit
        /// The driver's terminal, keyboard included, for a full-screen view: the child
        /// reads the driver's standard input and stays in its process group, the one the
        /// terminal lets read (a group of its own would be stopped for reading).
        case terminal
        /// Into one pipe, output and error interleaved as written.
        case merge
        /// Into one pipe, shared with the report channel on descriptor 3, so that
        /// reports and output arrive in the order they were written.
        case mergeWithReport
    }

    /// How the child ended.
    enum Termination: Equatable {
        /// It exited with this status.
        case exited(Int32)
        /// A signal ended it.
        case signalled(Int32)
    }

    /// The child's process id, also its process group id.
    let pid: pid_t
    /// The read end of the pipe its output goes into, unless it is inherited.
    let standardOutput: Int32?

    /// The descriptor kata binaries write their report to.
    static let reportDescriptor: Int32 = 3

    /// Starts a child.
    /// - Parameters:
    ///   - executable: The program's path.
    ///   - arguments: Its arguments, without the program name.
    ///   - environment: Its whole environment.
    ///   - workingDirectory: Where it starts.
    ///   - output: What becomes of its output.
    /// - Throws: `ChildProcessError` when it cannot be started.
    /// glibc's `posix_spawn_file_actions_addclosefrom_np` (2.34 and later), which Swift's
    /// Glibc module does not declare; `nil` where the C library has none.
    private static let closeFrom: (@convention(c) (UnsafeMutablePointer<posix_spawn_file_actions_t>, Int32) -> Int32)? = {
        guard let symbol = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "posix_spawn_file_actions_addclosefrom_np") else { return nil }
        return unsafeBitCast(symbol, to: (@convention(c) (UnsafeMutablePointer<posix_spawn_file_actions_t>, Int32) -> Int32).self)
    }()

    static func spawn(
        _ executable: String, arguments: [String], environment: [String: String],
        workingDirectory: String, output: Output
    ) throws(ChildProcessError) -> ChildProcess {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }

        var parentEnds: [Int32] = []
        var childEnds: [Int32] = []
        func pipeFor(_ targets: [Int32]) throws(ChildProcessError) -> Int32 {
            let (readEnd, writeEnd) = try makePipe()
            parentEnds.append(readEnd)
            childEnds.append(writeEnd)
            for target in targets { posix_spawn_file_actions_adddup2(&actions, writeEnd, target) }
            return readEnd
        }
        if output != .terminal { posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0) }
        var standardOutput: Int32?
        do {
            switch output {
            case .inherit, .terminal: break
            case .merge:
                standardOutput = try pipeFor([1, 2])
            case .mergeWithReport:
                standardOutput = try pipeFor([1, 2, reportDescriptor])
            }
        } catch {
            (parentEnds + childEnds).forEach { close($0) }
            throw error
        }
        // Nothing else the driver has open reaches the child: a file another thread is
        // writing, inherited, would keep it busy ("Text file busy") for whoever runs it next.
        _ = Self.closeFrom?(&actions, (childEnds.isEmpty ? 2 : reportDescriptor) + 1)
        guard addChangeDirectory(&actions, workingDirectory) == 0 else {
            (parentEnds + childEnds).forEach { close($0) }
            throw ChildProcessError(message: "could not start \(executable) in \(workingDirectory)")
        }

        var defaultSignals = sigset_t()
        sigemptyset(&defaultSignals)
        for signal in [SIGINT, SIGTERM, SIGPIPE, SIGQUIT] { sigaddset(&defaultSignals, signal) }
        posix_spawnattr_setsigdefault(&attributes, &defaultSignals)
        var noMask = sigset_t()
        sigemptyset(&noMask)
        posix_spawnattr_setsigmask(&attributes, &noMask)
        posix_spawnattr_setpgroup(&attributes, 0)
        let group = output == .terminal ? 0 : POSIX_SPAWN_SETPGROUP
        posix_spawnattr_setflags(&attributes, Int16(group | POSIX_SPAWN_SETSIGDEF | POSIX_SPAWN_SETSIGMASK))

        let argv = ([executable] + arguments).map { strdup($0) }
        let envp = environment.map { strdup("\($0.key)=\($0.value)") }
        defer { (argv + envp).forEach { free($0) } }
        var pid: pid_t = 0
        let status = posix_spawn(&pid, executable, &actions, &attributes, argv + [nil], envp + [nil])
        childEnds.forEach { close($0) }
        guard status == 0 else {
            parentEnds.forEach { close($0) }
            throw ChildProcessError(message: "could not start \(executable): \(String(cString: strerror(status)))")
        }
        return ChildProcess(pid: pid, standardOutput: standardOutput)
    }

    /// Reads the child's output pipe to its end, keeping at most `limit` bytes (a child
    /// flooding its output cannot exhaust the driver's memory).
    /// - Parameters:
    ///   - limit: The most bytes kept; the rest is counted and noted.
    ///   - onChunk: Called with each chunk as it arrives, to show that work goes on.
    /// - Returns: What it wrote, or "" when its output was inherited.
    func readOutput(limit: Int, onChunk: (ArraySlice<UInt8>) -> Void = { _ in }) -> String {
        var output = CappedBuffer(limit: limit)
        while let standardOutput, let chunk = DescriptorReader.readChunk(standardOutput), !chunk.isEmpty {
            output.append(chunk)
            onChunk(chunk)
        }
        return output.text
    }

    /// Kills the child's whole process group at once.
    func killGroup() {
        kill(-pid, SIGKILL)
    }

    /// Waits for the child to end and closes the driver's ends of its pipes.
    /// - Returns: How it ended.
    func wait() -> Termination {
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
        if let standardOutput { close(standardOutput) }
        // WIFSIGNALED / WEXITSTATUS are C macros Swift cannot import.
        let signal = status & 0x7F
        return signal == 0 ? .exited((status >> 8) & 0xFF) : .signalled(signal)
    }

    /// A pipe whose ends are above descriptor 3 (so moving one onto 3 never clobbers
    /// the other) and close on exec (so only the copies the child is given survive).
    private static func makePipe() throws(ChildProcessError) -> (read: Int32, write: Int32) {
        var ends: [Int32] = [0, 0]
        guard pipe(&ends) == 0 else {
            throw ChildProcessError(message: "could not make a pipe: \(String(cString: strerror(errno)))")
        }
        let moved = ends.map { fcntl($0, F_DUPFD_CLOEXEC, 10) }
        ends.forEach { close($0) }
        return (moved[0], moved[1])
    }
}

/// `posix_spawn_file_actions_addchdir_np` (glibc 2.29 and later), looked up at run
/// time because Swift's Glibc module does not import GNU extensions.
private func addChangeDirectory(_ actions: inout posix_spawn_file_actions_t, _ directory: String) -> Int32 {
    typealias AddChangeDirectory = @convention(c) (
        UnsafeMutablePointer<posix_spawn_file_actions_t>, UnsafePointer<CChar>) -> Int32
    guard let symbol = dlsym(nil, "posix_spawn_file_actions_addchdir_np") else { return -1 }
    let function = unsafeBitCast(symbol, to: AddChangeDirectory.self)
    return directory.withCString { function(&actions, $0) }
}

/// A child process that could not be started.
struct ChildProcessError: Error, CustomStringConvertible {
    /// What went wrong.
    let message: String
    var description: String { message }
}
