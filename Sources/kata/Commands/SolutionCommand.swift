import Foundation
import KataKit

extension Driver {
    /// `kata solution`: prints each kata's reference solution, with a header naming
    /// its file. For a kata not solved in the last recorded check, it asks first (or
    /// needs `force`); looking is never recorded anywhere.
    /// - Parameters:
    ///   - katas: The katas whose reference solutions to show.
    ///   - argument: What the learner typed to name them, for tips.
    ///   - force: Whether to show an unsolved kata's solution without asking.
    /// - Returns: 0 when shown or declined, 1 when a reference file could not be read.
    /// - Throws: `UsageError` when confirmation is needed but there is no one to ask.
    func showSolution(_ katas: [KataEntry], named argument: String, force: Bool) throws(UsageError) -> Int32 {
        let progress = ProgressFile(root: workbook.root)
        if let problem = progress.problem { say(style.paint(problem, .yellow)) }
        let unsolved = katas.filter { !(progress.katas[$0.id]?.isSolved ?? false) }
        if !unsolved.isEmpty {
            let ids = unsolved.map(\.id).joined(separator: ", ")
            say(wrap("You have not solved \(ids) yet (as of your last check). Reading the reference solution "
                + "does not count against anything: nothing is recorded.", width: style.width).joined(separator: "\n"))
            if !force {
                let agreed = try confirmation.ask(
                    "Show it now?", write: write,
                    refusal: "\(ids) \(unsolved.count == 1 ? "is" : "are") not solved yet, so `kata solution` asks "
                        + "first, and there is no terminal to ask on. To see it anyway, add --force: "
                        + "`\(Driver.invocation) solution \(argument) --force`.")
                guard agreed else {
                    say("Not shown. " + style.paint("\(Driver.invocation) check \(argument)", .bold, .cyan)
                        + " shows what each check expects.")
                    return 0
                }
            }
        }
        var failed = false
        for kata in katas {
            let file = "\(kata.folder)/Kata/ReferenceSolution.swift"
            guard let text = try? String(contentsOfFile: workbook.path(file), encoding: .utf8) else {
                say(style.paint("Could not read \(file).", .red))
                failed = true
                continue
            }
            say(style.paint("── \(file) ──", .bold), "")
            write(text.hasSuffix("\n") ? text : text + "\n")
            say("", "To open it in your editor: \(file)", "")
        }
        return failed ? 1 : 0
    }
}
