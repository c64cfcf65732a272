import Foundation
import KataKit

extension Driver {
    /// `kata reset`: puts each kata's Solution.swift back to its pristine stub, after a
    /// backup. Files already pristine are left alone; a missing file gets the stub
    /// without asking; the rest are reset after one confirmation for all of them (or `--yes`).
    /// - Parameters:
    ///   - katas: The katas to reset.
    ///   - argument: What the learner typed to name them (an id or `--all`), for tips.
    ///   - yes: Whether to reset without asking.
    ///   - date: The time the backups are named after.
    /// - Returns: 0 when every file is pristine now (or the learner said no), 1 when
    ///   one could not be reset (it is then left as it was).
    /// - Throws: `UsageError` when confirmation is needed but there is no one to ask.
    func reset(_ katas: [KataEntry], named argument: String, yes: Bool, at date: Date = Date()) throws(UsageError) -> Int32 {
        let resetter = SolutionReset(workbook: workbook)
        var changed: [KataEntry] = []
        var failed = false
        var pristine: [KataEntry] = []
        for kata in katas {
            do {
                if try resetter.isPristine(kata) { pristine.append(kata) } else { changed.append(kata) }
            } catch {
                say(style.paint(error.message, .red))
                failed = true
            }
        }
        if pristine.count == 1 {
            say("\(pristine[0].solutionFile) is already the pristine stub: nothing to reset.")
        } else if !pristine.isEmpty {
            say("Already the pristine stub, nothing to reset: \(pristine.map(\.id).joined(separator: ", ")).")
        }
        guard !changed.isEmpty else { return failed ? 1 : 0 }
        // Putting the stub where no file is loses nothing, so only edited files are asked about.
        let edited = changed.filter { FileManager.default.fileExists(atPath: workbook.path($0.solutionFile)) }
        if !yes && !edited.isEmpty {
            if edited.count > 1 { say("You changed:", edited.map { "  \($0.solutionFile)" }.joined(separator: "\n")) }
            let files = edited.count == 1 ? edited[0].solutionFile : "these \(edited.count) files"
            let agreed = try confirmation.ask(
                "Your version goes to \(SolutionReset.backupFolder)/ first.\nReset \(files) to the pristine stub?",
                write: write,
                refusal: "`kata reset` overwrites your Solution.swift (after a backup), so it asks first, "
                    + "and there is no terminal to ask on. To reset without asking, add --yes: "
                    + "`\(Driver.invocation) reset \(argument) --yes`.")
            guard agreed else {
                say("Nothing was changed.")
                return failed ? 1 : 0
            }
        }
        // A reset kata's last result no longer describes its file: `solution` asks again.
        var progress = ProgressFile(root: workbook.root)
        for kata in changed {
            do {
                let outcome = try resetter.reset(kata, at: date)
                if outcome != .alreadyPristine { try? progress.forgetResult(of: kata.id) }
                switch outcome {
                case .alreadyPristine:
                    say("\(kata.solutionFile) is already the pristine stub: nothing to reset.")
                case .restoredMissing:
                    say("\(kata.solutionFile) was missing; the pristine stub is back in its place.")
                case .reset(let backup):
                    say(style.paint(style.symbol("✓", ascii: "ok"), .green) + " \(kata.solutionFile) is the pristine stub again.",
                        "  your version is kept in " + style.paint(backup, .bold))
                }
            } catch {
                say(style.paint(error.message, .red))
                failed = true
            }
        }
        return failed ? 1 : 0
    }
}
