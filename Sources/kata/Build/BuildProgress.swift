import Foundation
import KataKit

/// Shows that a build, or a kata's grading, is under way: a spinner on a terminal, one
/// line otherwise.
final class BuildProgress {
    /// How it draws: colour, Unicode or ASCII.
    let style: TerminalStyle
    private let isTerminal: Bool
    private var label = ""
    private var started = Date()
    private var frame = 0
    private var lastDraw = Date.distantPast
    /// Whether the line counts the seconds since `start`, for work that ticks as it goes.
    private var timed = true

    /// Creates a progress display on standard error.
    init(style: TerminalStyle, isTerminal: Bool = isatty(2) == 1) {
        self.style = style
        self.isTerminal = isTerminal
    }

    /// Announces a build.
    func start(_ label: String) {
        self.label = label
        timed = true
        started = Date()
        if isTerminal { draw() } else { FileDescriptorWriter.standardError.write("\(label)…\n") }
    }

    /// Says that the build waits for `what` before it starts, once per build.
    func waiting(_ what: String) {
        let note = " (waiting for \(what))"
        guard !label.hasSuffix(note) else { return }
        label += note
        if isTerminal { draw() } else { FileDescriptorWriter.standardError.write("Waiting for \(what)…\n") }
    }

    /// Shows `label` in place of the last, on a terminal only: for a count that moves
    /// often, such as checks graded, which would be noise in a log.
    func show(_ label: String) {
        guard isTerminal else { return }
        self.label = label
        // Drawn again only when the next check ends, so a clock here would stand still.
        timed = false
        draw()
    }

    /// Advances the spinner, at most ten times a second.
    func tick() {
        guard isTerminal, Date().timeIntervalSince(lastDraw) > 0.1 else { return }
        frame += 1
        draw()
    }

    /// Clears the spinner.
    func stop() {
        if isTerminal { FileDescriptorWriter.standardError.write("\r\u{1B}[2K") }
        label = ""
    }

    private func draw() {
        lastDraw = Date()
        let spinner = style.unicode ? Array("⠋⠙⠹⠸⠼⠴⠦⠧⠇⠏") : Array("|/-\\")
        let seconds = timed ? " \(Int(Date().timeIntervalSince(started))) s" : ""
        FileDescriptorWriter.standardError.write(
            "\r\u{1B}[2K\(spinner[frame % spinner.count]) \(label)…\(seconds)")
    }
}
