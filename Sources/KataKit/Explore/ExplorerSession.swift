// Pre-concurrency: termios and the signal handlers below work on C globals.
@preconcurrency import Foundation
@preconcurrency import Glibc

/// Runs an explorable view: full-screen on a terminal, or from a script of keys for
/// tests and for a reader without a terminal.
public enum ExplorerSession {
    /// Runs `explorer` full-screen: the terminal's alternate screen, keys unechoed and
    /// unbuffered, a redraw after every key and on every resize. The terminal is put back
    /// on q, on Ctrl-C, when the program is told to stop, and when it crashes.
    /// - Returns: The exit status: 0, or 2 when standard input or output is no terminal.
    public static func run(_ explorer: some Explorer, environment: [String: String] = ProcessInfo.processInfo.environment) -> Int32 {
        var explorer = explorer
        guard isatty(0) == 1, isatty(1) == 1, tcgetattr(0, &terminal.saved) == 0 else {
            FileDescriptorWriter.standardError.write(
                "explore needs a terminal; without one, give the keys: explore --keys \"→→g\" (--size 80x24).\n")
            return 2
        }
        terminal.active = true
        installHandlers()
        var raw = terminal.saved
        raw.c_lflag &= ~tcflag_t(ICANON | ECHO | ISIG)
        tcsetattr(0, TCSANOW, &raw)
        emit("\u{1B}[?1049h\u{1B}[?25l")
        defer { restoreTerminal() }
        let colour = TerminalStyle.forStandardOutput(environment: environment).colour
        var drawn = true
        repeat {
            if drawn || terminal.resized != 0 {
                terminal.resized = 0
                let (width, height) = size()
                let style = TerminalStyle(colour: colour, unicode: true, width: width)
                draw(explorer.screen(width: width, height: height, style: style))
            }
            drawn = false
            var poll = pollfd(fd: 0, events: Int16(POLLIN), revents: 0)
            guard Glibc.poll(&poll, 1, 100) > 0 else { continue }
            var bytes = [UInt8](repeating: 0, count: 64)
            let count = read(0, &bytes, bytes.count)
            guard count > 0 else { return 0 }
            for key in ExplorerKey.keys(in: Array(bytes.prefix(count))) {
                guard key != .interrupt, explorer.handle(key) else { return 0 }
                drawn = true
            }
        } while true
    }

    /// Presses `keys` in turn and returns each screen after a caption naming the key:
    /// what `explore --keys` prints, with no terminal needed.
    public static func script(_ explorer: some Explorer, keys: [ExplorerKey], width: Int, height: Int,
                              style: TerminalStyle) -> String {
        var explorer = explorer
        var text = caption("start", width: width) + explorer.screen(width: width, height: height, style: style).joined(separator: "\n") + "\n"
        for key in keys {
            guard key != .interrupt, explorer.handle(key) else {
                return text + caption("\(key.name): quit", width: width)
            }
            text += caption("after \(key.name)", width: width)
                + explorer.screen(width: width, height: height, style: style).joined(separator: "\n") + "\n"
        }
        return text
    }

    private static func caption(_ text: String, width: Int) -> String {
        "── \(text) " + String(repeating: "─", count: max(0, width - text.count - 4)) + "\n"
    }

    /// The terminal's size; 80×24 when it does not say.
    private static func size() -> (width: Int, height: Int) {
        terminalSize() ?? (80, 24)
    }

    /// Draws the screen from its top-left corner, clearing what each line leaves.
    private static func draw(_ lines: [String]) {
        emit("\u{1B}[H" + lines.map { $0 + "\u{1B}[K" }.joined(separator: "\r\n") + "\u{1B}[J")
    }

    private static func emit(_ text: String) {
        FileDescriptorWriter.standardOutput.write(text)
    }

    /// The terminal as it was, and what the signal handlers need to put it back.
    private struct Terminal {
        var saved = termios()
        var active = false
        var resized: sig_atomic_t = 0
    }

    nonisolated(unsafe) private static var terminal = Terminal()

    /// Puts the terminal back: its mode, the main screen, the cursor. Safe in a signal handler.
    private static func restoreTerminal() {
        guard terminal.active else { return }
        terminal.active = false
        tcsetattr(0, TCSANOW, &terminal.saved)
        let reset = Array("\u{1B}[?25h\u{1B}[?1049l".utf8)
        _ = reset.withUnsafeBytes { write(1, $0.baseAddress, $0.count) }
    }

    /// On a resize, redraw; on a crash or a request to stop, put the terminal back first,
    /// then end as the signal would have.
    private static func installHandlers() {
        signal(SIGWINCH) { _ in ExplorerSession.terminal.resized = 1 }
        for fatal in [SIGSEGV, SIGBUS, SIGILL, SIGFPE, SIGABRT, SIGTRAP, SIGTERM, SIGHUP, SIGQUIT] {
            signal(fatal) { number in
                ExplorerSession.restoreTerminal()
                signal(number, SIG_DFL)
                raise(number)
            }
        }
    }
}
