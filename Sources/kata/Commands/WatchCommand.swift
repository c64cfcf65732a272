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
    ///   - screen: The terminal's size when a screen is drawn, `nil` when it is not a
    ///     terminal: a report too tall for it is cut (``WatchScreen``).
    /// - Returns: 0 when the learner quits.
    func watch(_ katas: [KataEntry], startingAt first: Int? = nil, timeout: Double,
               hint: (KataEntry) -> Void, keyboard: any WatchKeys = TerminalKeyboard(),
               screen: () -> (width: Int, height: Int)? = terminalSize) -> Int32 {
        let progress = ProgressFile(root: workbook.root)
        let start = first ?? katas.firstIndex { !(progress.katas[$0.id]?.isSolved ?? false) } ?? 0
        var session = WatchSession(katas: katas, current: start)
        var watcher = FileWatcher(paths: [workbook.path(session.kata.folder)])
        defer { keyboard.restore() }
        var watched = session.kata
        regrade(watched, timeout: timeout, screen: screen())
        while true {
            let event: WatchEvent
            // 50 ms: a save starts its build within a blink, and polling costs little.
            if let key = keyboard.key(waitingAtMost: 0.05) {
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
                regrade(kata, timeout: timeout, screen: screen())
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

    /// Clears the screen and grades `kata` afresh, ending with the next step and the keys,
    /// all in the rows of `screen` when there is one, wrapped at its width: the learner
    /// may have resized the terminal since the last screen.
    private func regrade(_ kata: KataEntry, timeout: Double, screen: (width: Int, height: Int)?) {
        var resized = self
        if let screen { resized.style.width = TerminalStyle.wrapWidth(columns: screen.width, environment: environment) }
        resized.draw(kata, timeout: timeout, screen: screen)
    }

    /// Clears the screen and draws `kata`'s verdict (see `regrade`).
    private func draw(_ kata: KataEntry, timeout: Double, screen: (width: Int, height: Int)?) {
        if style.colour { write("\u{1B}[2J\u{1B}[H") }
        // The first line goes out at once: grading can take seconds.
        let top = [style.paint("kata watch", .bold) + style.paint(header(for: kata), .dim), ""]
        say(top.joined(separator: "\n"))
        var report: [String] = []
        let results = grade([kata], timeout: timeout, compileErrorsShown: 1) { shown in
            report += shown.split(separator: "\n", omittingEmptySubsequences: false).map(String.init) + [""]
        }
        var next = NextStep(workbook: workbook, style: style)
        next.watching = true
        let tail = next.after(results).split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
            + footerLines
        let columns = screen?.width ?? style.width
        let room = screen.map { $0.height - top.reduce(0) { $0 + terminalRows($1, width: columns) } }
        let cut = { (lines: Int) in
            style.paint("… \(lines) more line\(lines == 1 ? "" : "s"): \(Driver.invocation) check \(kata.id) shows them all", .dim)
        }
        say(WatchScreen.fit(report: report, tail: tail, rows: room, width: columns, cut: cut).joined(separator: "\n"))
    }

    /// The rest of the first line, on one line: the folder watched goes first when it
    /// does not fit, then the end of the title.
    func header(for kata: KataEntry) -> String {
        let room = style.width - "kata watch".count
        let full = " · \(kata.id) \(kata.title) · watching \(kata.folder)/"
        if full.count <= room { return full }
        let short = " · \(kata.id) \(kata.title)"
        return short.count <= room ? short : short.prefix(room - 1) + "…"
    }

    private func footer() {
        say(footerLines.joined(separator: "\n"))
    }

    /// A blank line, then the keys.
    private var footerLines: [String] { ["", style.paint(WatchSession.keys, .dim)] }
}
