import Foundation
import KataKit

extension Driver {
    /// `kata hint <id> [<exercise>]`: the next hint the learner has not seen for the named
    /// exercise, or for the first one that did not pass at the last check; remembered in
    /// the progress file. `watch` calls this for its `h` key.
    /// - Parameters:
    ///   - kata: The kata.
    ///   - exercise: The exercise's name as in Solution.swift, or `nil` for the first unsolved one.
    ///   - watching: Whether `kata watch` asked, where saving grades again and `h` is the next hint.
    /// - Returns: 0 when a hint (or why there is none) was shown, 1 when the kata's hints
    ///   could not be read, 2 when `exercise` names no exercise of the kata.
    func hint(_ kata: KataEntry, exercise: String?, watching: Bool = false) -> Int32 {
        var progress = ProgressFile(root: workbook.root)
        if let problem = progress.problem { say(style.paint(problem, .yellow)) }
        let source = planSource
        let plan: KataPlan
        switch source.plan(of: kata) {
        case .plan(let found):
            plan = found
        case .unavailable(let failure):
            say(style.paint("The hints of \(kata.id) are in its author program \(kata.authorProduct), which does not build:", .yellow),
                VerdictReport(style: style, workbook: workbook).render(kata, failure))
            return 1
        }
        let choice = HintChoice.choose(plan: plan, named: exercise, lastResult: progress.katas[kata.id]) {
            progress.hintsSeen(kata: kata.id, exercise: $0)
        }
        if let seen = choice.tiersSeen {
            try? progress.recordHintsSeen(kata: kata.id, exercise: seen.exercise, tiers: seen.tiers)
        } else if case .noHints = choice {
            try? progress.recordWorkedOn(kata.id)
        }
        defer { if let unsaved = progress.unsaved { say(style.paint(unsaved, .yellow)) } }
        return show(choice, of: kata, watching: watching)
    }

    /// Writes what `choice` says, with the command to type next.
    private func show(_ choice: HintChoice, of kata: KataEntry, watching: Bool) -> Int32 {
        let check = watching ? "save the file" : typed("check \(kata.id)")
        switch choice {
        case .next(let exercise, let tier, let count, let text):
            say(style.paint("Hint \(tier) of \(count) for \(exercise)", .bold) + " (\(place(of: exercise, in: kata))):",
                indented(text), "")
            let again = watching ? "h" : typed("hint \(kata.id) \(exercise)")
            let more = tier < count ? "; " + again + " again gives hint \(tier + 1) of \(count)" : ""
            say(wrap("try it, then \(check)\(more).", width: style.width, after: "Next: "))
        case .allSeen(let exercise, let count, let last):
            say("You have seen all \(count) hints for \(exercise); here is the last one again.", "",
                style.paint("Hint \(count) of \(count) for \(exercise)", .bold) + " (\(place(of: exercise, in: kata))):",
                indented(last), "")
            say(wrap("Still stuck? " + typed("solution \(kata.id)")
                     + " shows the reference solution; seeing it does not count against anything.",
                     width: style.width, after: ""))
        case .noHints(let exercise, let summary):
            say("\(exercise) has no hints. What it asks (\(place(of: exercise, in: kata))):", indented(summary))
        case .everyExercisePasses:
            say(style.paint("Every exercise of \(kata.id) passed at your last check.", .green)
                + " Name one to see its hints: " + typed("hint \(kata.id) <exercise>") + ".")
        case .unknownExercise(let name, let nearest, let names):
            let suggestion = nearest.map { " Did you mean `\($0)`?" } ?? ""
            FileDescriptorWriter.standardError.write(
                style.paint("error: ", .bold, .red) + "Kata \(kata.id) has no exercise '\(name)'.\(suggestion) "
                    + "Its exercises: \(names.joined(separator: ", ")).\n")
            return 2
        }
        return 0
    }

    /// Where the exercise is: the learner's file, and the line of its function when found.
    private func place(of exercise: String, in kata: KataEntry) -> String {
        let text = (try? String(contentsOfFile: workbook.path(kata.solutionFile), encoding: .utf8)) ?? ""
        let line = text.split(separator: "\n", omittingEmptySubsequences: false)
            .firstIndex { $0.contains("func \(exercise)(") }.map { ":\($0 + 1)" } ?? ""
        return kata.solutionFile + line
    }

    /// Prose set in by two spaces and wrapped to the width.
    private func indented(_ text: String) -> String {
        wrap(text, width: style.width, indent: "  ").joined(separator: "\n")
    }

    /// A command to type, as tips show it.
    private func typed(_ arguments: String) -> String {
        style.paint("\(Driver.invocation) \(arguments)", .bold, .cyan)
    }
}
