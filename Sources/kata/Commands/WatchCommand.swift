import Foundation
import KataKit

extension Driver {
    /// `kata watch`: grades the current kata again whenever one of its files is saved,
    /// and takes single keys (see ``WatchSession/keys``) until `q`.
    /// - Parameters:
    ///   - katas: The katas to move through, in order.
    ///   - first: Where to start in `katas`; by default the first kata not solved in the
    ///     saved progress.
    ///   - timeout: Seconds each check may take.
    ///   - hint: Shows the next hint for a kata.
    ///   - keyboard: Where keys come from: the terminal unless a test says otherwise.
    /// - Returns: 0 when the learner quits.
    func watch(_ katas: [KataEntry], startingAt first: Int? = nil, timeout: Double,
               hint: (KataEntry) -> Void, keyboard: any WatchKeys = WatchKeyboard()) -> Int32 {
        let progress = ProgressFile(root: workbook.root)
        let start = first ?? katas.firstIndex { !(progress.katas[$0.id]?.isSolved ?? false) } ?? 0
        var session = WatchSession(katas: katas, current: start)
        var watcher = FileWatcher(paths: [workbook.path(session.kata.folder)])
        defer { keyboard.restore() }
        var watched = session.kata
        regrade(watched, timeout: timeout)
        while true {
            let event: WatchEvent
            if let key = keyboard.key(waitingAtMost: 0.25) {
                event = .key(key)
            } else if watcher.changed() {
                event = .saved
            } else {
                continue
            }
            switch session.handle(event) {
            case .grade(let kata)?:
                if kata != watched {
                    watched = kata
                    watcher = FileWatcher(paths: [workbook.path(kata.folder)])
                }
                regrade(kata, timeout: timeout)
            case .hint(let kata)?:
                hint(kata)
                footer()
            case .list?:
                _ = list()
                footer()
            case .noNextKata?:
                say("\(session.kata.id) is the last kata.")
                footer()
            case .quit?:
                return 0
            case nil:
                continue
            }
        }
    }

    /// Clears the screen and grades `kata` afresh, ending with the next step and the keys.
    private func regrade(_ kata: KataEntry, timeout: Double) {
        if style.colour { write("\u{1B}[2J\u{1B}[H") }
        say(style.paint("kata watch", .bold) + style.paint(" · \(kata.id) \(kata.title) · watching \(kata.folder)/", .dim), "")
        let results = grade([kata], timeout: timeout)
        var next = NextStep(workbook: workbook, style: style)
        next.watching = true
        say(next.after(results))
        footer()
    }

    private func footer() {
        say("", style.paint(WatchSession.keys, .dim))
    }
}

/// Where `kata watch` gets its keys.
protocol WatchKeys {
    /// The next key, or `nil` when none came within `seconds`.
    func key(waitingAtMost seconds: Double) -> UInt8?
    /// Gives the keyboard back as it was.
    func restore()
}

/// The learner's keyboard during `kata watch`: keys arrive one at a time, unechoed,
/// and the terminal is put back as it was when watching ends or is interrupted.
final class WatchKeyboard: WatchKeys {
    private var saved: termios?
    private var open = true

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
        var poller = pollfd(fd: 0, events: Int16(POLLIN), revents: 0)
        guard poll(&poller, 1, Int32(seconds * 1000)) > 0 else { return nil }
        var byte: UInt8 = 0
        guard read(0, &byte, 1) == 1 else {
            open = false
            return nil
        }
        return byte
    }
}
