import Foundation
import KataKit

extension Driver {
    /// `kata` with no command: a short welcome, progress, and the next step.
    func welcome() -> Int32 {
        say(style.paint("Maximum Likelihood Estimation — a literate, self-grading workbook", .bold), "",
            "Each kata tells a story with live numbers, then grades the exercises you write",
            "in its Solution.swift. Your progress:", "")
        return list(header: false)
    }

    /// `kata list`: a progress bar, then every kata with its state from the last check.
    func list(header: Bool = true) -> Int32 {
        let progress = ProgressFile(root: workbook.root)
        if let problem = progress.problem { say(style.paint(problem, .yellow)) }
        let idWidth = workbook.katas.map(\.id.count).max() ?? 0
        let statuses = workbook.katas.map { kata in
            var status = status(of: kata, in: progress)
            // The knowledge check, once taken, beside the exercises.
            if let quiz = progress.quiz(of: kata.id) { status.text += " · quiz \(quiz.right) of \(quiz.questions) right" }
            return status
        }
        // Each row on one line: a title too long for the terminal is cut, never wrapped.
        let room = style.width - 6 - idWidth - (statuses.map(\.text.count).max() ?? 0)
        let titleWidth = min(workbook.katas.map(\.title.count).max() ?? 0, max(room, 20))
        if header { say(style.paint("Katas (edit katas/<id>-<slug>/Solution.swift):", .bold)) }
        say("  " + ProgressBar(style: style).render(workbook.katas.map { progress.state(of: $0.id) }), "")
        for (kata, status) in zip(workbook.katas, statuses) {
            let title = kata.title.count <= titleWidth ? kata.title : kata.title.prefix(titleWidth - 1) + "…"
            say("  " + kata.id.padding(toLength: idWidth, withPad: " ", startingAt: 0) + "  "
                + title.padding(toLength: titleWidth, withPad: " ", startingAt: 0) + "  "
                + style.paint(status.text, status.paint))
        }
        say("", NextStep(workbook: workbook, style: style).fromProgress(progress))
        return 0
    }

    /// A kata's state in a few words (solved, in progress and how far, or not started),
    /// and its colour.
    private func status(of kata: KataEntry, in progress: ProgressFile) -> (text: String, paint: TerminalStyle.Paint) {
        let entry = progress.katas[kata.id]
        switch progress.state(of: kata.id) {
        case .solved:
            return (style.symbol("✓ solved", ascii: "solved"), .green)
        case .notStarted:
            return (style.symbol("· not started", ascii: "not started"), .dim)
        case .inProgress:
            let detail = switch entry {
            case .some(let entry) where !entry.compiled: "did not compile"
            case .some(let entry) where entry.isAttempted: "\(entry.exercisesPassed) of \(entry.exercises) pass"
            // No result, or only the stub's: the hints seen are what put it in progress.
            default: "hints seen"
            }
            return (style.symbol("◐ in progress", ascii: "in progress") + " (\(detail))",
                    entry?.compiled == false ? .red : .yellow)
        }
    }
}
