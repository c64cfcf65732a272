import Foundation

/// The process group of the child running now, killed if the driver is interrupted.
/// Written only by the driver's one thread; read by the signal handler.
nonisolated(unsafe) private var runningGroup: pid_t = 0
/// The terminal mode to put back if the driver is interrupted while it has changed
/// it (waiting for a key). Written only by the driver's one thread.
nonisolated(unsafe) private var savedTerminal: termios?

/// Makes Ctrl-C (and `kill`) of the driver leave no child running: the child's
/// process group is killed before the driver exits with 130.
enum Interrupts {
    /// Installs the handler; call once at start-up.
    static func install() {
        for signalNumber in [SIGINT, SIGTERM, SIGHUP] {
            signal(signalNumber) { received in
                if runningGroup > 0 { kill(-runningGroup, SIGKILL) }
                if var mode = savedTerminal { tcsetattr(0, TCSANOW, &mode) }
                _exit(128 + received)
            }
        }
    }

    /// Records the terminal mode to restore on interrupt, or `nil` once it is restored.
    static func restoreTerminal(to mode: termios?) {
        savedTerminal = mode
    }

    /// Runs `body` with `child` registered as the group to kill on interrupt.
    static func guarding<Result>(_ child: ChildProcess, _ body: () -> Result) -> Result {
        runningGroup = child.pid
        defer { runningGroup = 0 }
        return body()
    }
}
