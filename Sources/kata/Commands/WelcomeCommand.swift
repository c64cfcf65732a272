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
        let titleWidth = workbook.katas.map(\.title.count).max() ?? 0
        if header { say(style.paint("Katas (edit katas/<id>-<slug>/Solution.swift):", .bold)) }
        say("  " + ProgressBar(style: style).render(workbook.katas.map { progress.state(of: $0.id) }), "")
        for kata in workbook.katas {
            say("  " + kata.id.padding(toLength: idWidth, withPad: " ", startingAt: 0) + "  "
                + kata.title.padding(toLength: titleWidth, withPad: " ", startingAt: 0) + "  "
                + status(of: kata, in: progress))
        }
        say("", NextStep(workbook: workbook, style: style).fromProgress(progress))
        return 0
    }

    /// A kata's state in a few words: solved, in progress (and how far), or not started.
    private func status(of kata: KataEntry, in progress: ProgressFile) -> String {
        let entry = progress.katas[kata.id]
        switch progress.state(of: kata.id) {
        case .solved:
            return style.paint(style.symbol("✓ solved", ascii: "solved"), .green)
        case .notStarted:
            return style.paint(style.symbol("· not started", ascii: "not started"), .dim)
        case .inProgress:
            let detail = switch entry {
            case .some(let entry) where !entry.compiled: "did not compile"
            case .some(let entry) where entry.isAttempted: "\(entry.exercisesPassed) of \(entry.exercises) pass"
            // No result, or only the stub's: the hints seen are what put it in progress.
            default: "hints seen"
            }
            return style.paint(style.symbol("◐ in progress", ascii: "in progress") + " (\(detail))",
                               entry?.compiled == false ? .red : .yellow)
        }
    }
}
