import Foundation
import KataKit

extension Driver {
    /// `kata run`: tells each kata's story, then grades the learner's solution.
    /// - Returns: 0 when every story ran and its self-checks held, 1 otherwise.
    func tell(_ katas: [KataEntry], timeout: Double) -> Int32 {
        let builder = KataBuilder(workbook: workbook, progress: BuildProgress(style: style))
        var storiesHeld = true
        var results: [(kata: KataEntry, result: KataResult)] = []
        for kata in katas {
            let build = builder.build(kata)
            guard case .ready(let binary) = build else {
                let result = build.failure ?? .couldNotRun("The build failed.")
                say(style.paint("The story of \(kata.id) cannot run until the kata builds:", .yellow),
                    VerdictReport(style: style, workbook: workbook).render(kata, result), "")
                storiesHeld = false
                results.append((kata, result))
                continue
            }
            storiesHeld = tellStory(kata, binary: binary) && storiesHeld
            say("", style.paint("Your solution", .bold))
            results += grade([kata], timeout: timeout)
        }
        say(NextStep(workbook: workbook, style: style).after(results))
        return storiesHeld ? 0 : 1
    }

    /// Runs the kata binary's story on the learner's terminal.
    /// - Returns: Whether it ran to the end with every self-check holding.
    private func tellStory(_ kata: KataEntry, binary: String) -> Bool {
        let child: ChildProcess
        do {
            child = try ChildProcess.spawn(binary, arguments: ["story"],
                                           environment: KataGrader.childEnvironment(style: style),
                                           workingDirectory: workbook.root, output: .inherit)
        } catch {
            say(style.paint("Could not run the story: \(error)", .red))
            return false
        }
        let termination = Interrupts.guarding(child) { child.wait() }
        switch termination {
        case .exited(0):
            return true
        case .exited(1):
            say(style.paint("A self-check in the story of \(kata.id) failed: the story and the maths disagree. "
                            + "Please report this to the workbook's authors.", .bold, .red))
        default:
            say(style.paint("The story of \(kata.id) stopped early (\(termination)).", .bold, .red))
        }
        return false
    }
}
