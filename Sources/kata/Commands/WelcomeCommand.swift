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

    /// `kata list`: every kata with its status from the last check.
    func list(header: Bool = true) -> Int32 {
        let progress = ProgressFile(root: workbook.root)
        if let problem = progress.problem { say(style.paint(problem, .yellow)) }
        let idWidth = workbook.katas.map(\.id.count).max() ?? 0
        let titleWidth = workbook.katas.map(\.title.count).max() ?? 0
        if header { say(style.paint("Katas (edit katas/<id>-<slug>/Solution.swift):", .bold)) }
        for kata in workbook.katas {
            say("  " + kata.id.padding(toLength: idWidth, withPad: " ", startingAt: 0) + "  "
                + kata.title.padding(toLength: titleWidth, withPad: " ", startingAt: 0) + "  "
                + status(progress.katas[kata.id]))
        }
        say("", NextStep(workbook: workbook, style: style).fromProgress(progress))
        return 0
    }

    private func status(_ entry: ProgressFile.Entry?) -> String {
        guard let entry else { return style.paint("not checked yet", .dim) }
        if !entry.compiled { return style.paint("did not compile", .red) }
        if entry.isSolved { return style.paint(style.symbol("✓ solved", ascii: "solved"), .green) }
        return style.paint("\(entry.exercisesPassed) of \(entry.exercises) exercises", .yellow)
    }
}
