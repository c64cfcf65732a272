import Foundation
import KataKit

extension Driver {
    /// `kata explore <id> [--mine] [--keys KEYS] [--size WxH]`: the kata's full-screen
    /// view, drawn by its author program with the reference's functions or, with `--mine`,
    /// by the learner's program with theirs, once the exercises it calls pass.
    /// - Parameters:
    ///   - kata: The kata.
    ///   - mine: Whether to draw with the learner's functions.
    ///   - script: Keys to press instead of a terminal's, and the screen size, for tests
    ///     and readers without a terminal; `nil` for the full-screen view.
    /// - Returns: The view's exit status; 1 when there is no view or `--mine` cannot be yet.
    func explore(_ kata: KataEntry, mine: Bool, script: (keys: String, size: String)?) -> Int32 {
        let plan: KataPlan
        switch planSource.plan(of: kata) {
        case .unavailable(let result):
            say(VerdictReport(style: style, workbook: workbook).render(kata, result))
            return 1
        case .plan(let found):
            plan = found
        }
        guard let needed = plan.explorerExercises else {
            say("Kata \(kata.id) has no explorable view yet.")
            return 1
        }
        if mine {
            let passed = Set((ProgressFile(root: workbook.root).katas[kata.id]?.exerciseResults ?? []).filter(\.passed).map(\.name))
            let missing = needed.filter { !passed.contains($0) }
            guard missing.isEmpty else {
                say(wrap("--mine draws the view with your \(needed.map { "`\($0)`" }.joined(separator: ", ")). "
                         + "Not all of them pass yet (at your last check): \(missing.joined(separator: ", ")). A wrong function "
                         + "would draw a wrong picture with nothing to say so; `\(Driver.invocation) check \(kata.id)` first, "
                         + "or explore with the reference's: `\(Driver.invocation) explore \(kata.id)`.", width: style.width)
                        .joined(separator: "\n"))
                return 1
            }
        }
        let builder = KataBuilder(workbook: workbook, progress: BuildProgress(style: style))
        let build = builder.build(kata, product: mine ? kata.product : kata.authorProduct)
        guard case .ready(let binary) = build else {
            say(VerdictReport(style: style, workbook: workbook).render(kata, build.failure ?? .couldNotRun("The build failed.")))
            return 1
        }
        let arguments = ["explore"] + (script.map { ["--keys", $0.keys, "--size", $0.size] } ?? [])
        do {
            let child = try ChildProcess.spawn(binary, arguments: arguments,
                                               environment: KataGrader.childEnvironment(style: style, workbook: workbook),
                                               workingDirectory: workbook.scratchFolder(), output: script == nil ? .terminal : .merge)
            // The view reads Ctrl-C as a key; the driver waits, and kills nothing of its own.
            let finish = { () -> Int32 in
                if script != nil { write(child.readOutput(limit: 1 << 24)) }
                switch child.wait() {
                case .exited(let status): return status
                case .signalled(let signal):
                    say(style.paint("The view stopped on signal \(signal); the terminal was put back.", .red))
                    return 1
                }
            }
            return script == nil ? finish() : Interrupts.guarding(child, finish)
        } catch {
            say(style.paint("Could not start the view: \(error)", .red))
            return 1
        }
    }
}
