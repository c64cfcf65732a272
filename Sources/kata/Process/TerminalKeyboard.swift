import Foundation

/// Where `kata watch` gets its keys.
protocol WatchKeys {
    /// The next key, or `nil` when none came within `seconds`.
    func key(waitingAtMost seconds: Double) -> UInt8?
    /// Gives the keyboard back as it was.
    func restore()
}

/// The learner's keyboard while `kata` waits for single keys (`watch`, the story's
/// pauses): keys arrive one at a time, unechoed, and the terminal is put back as it was
/// when done or interrupted (Ctrl-C still interrupts: signals stay on).
final class TerminalKeyboard: WatchKeys {
    private var saved: termios?
    private var open = true

    /// Whether the driver talks to a person at a terminal: standard input and output
    /// both are one. Only then may it wait for a key or an answer.
    static var isInteractive: Bool { isatty(0) == 1 && isatty(1) == 1 }

    /// Switches a terminal on standard input to single, unechoed keys.
    init() {
        var mode = termios()
        guard isatty(0) == 1, tcgetattr(0, &mode) == 0 else { return }
        saved = mode
        var raw = mode
        raw.c_lflag &= ~tcflag_t(ICANON | ECHO)
        Interrupts.restoreTerminal(to: mode)
        tcsetattr(0, TCSANOW, &raw)
    }

    /// Puts the terminal back.
    func restore() {
        guard var mode = saved else { return }
        tcsetattr(0, TCSANOW, &mode)
        Interrupts.restoreTerminal(to: nil)
        saved = nil
    }

    /// The next key, or `nil` when none came within `seconds` (or input has ended, in
    /// which case watching goes on with saves alone).
    func key(waitingAtMost seconds: Double) -> UInt8? {
        guard open else {
            usleep(UInt32(seconds * 1_000_000))
            return nil
        }
        return nextKey(timeout: Int32(seconds * 1000))
    }

    /// Reads one key, waiting as long as it takes, with the terminal switched for it
    /// and put back after.
    /// - Returns: The key's first byte, or `nil` at the end of input.
    static func readKey() -> UInt8? {
        let keyboard = TerminalKeyboard()
        defer { keyboard.restore() }
        return keyboard.nextKey(timeout: -1)
    }

    /// The next key within `timeout` milliseconds (for ever when negative); `nil` when
    /// none came, or at the end of input (after which no more are read).
    private func nextKey(timeout: Int32) -> UInt8? {
        var poller = pollfd(fd: 0, events: Int16(POLLIN), revents: 0)
        var ready: Int32
        repeat { ready = poll(&poller, 1, timeout) } while ready < 0 && errno == EINTR
        guard ready > 0 else { return nil }
        var byte: UInt8 = 0
        guard read(0, &byte, 1) == 1 else {
            open = false
            return nil
        }
        return byte
    }
}
