import Foundation
import KataKit

/// Where `kata hint` gets a kata's plan (its exercises and their hints): the `plan`
/// command of the kata's author program.
///
/// The author's program holds the stub as shipped, not the learner's Solution.swift, so a
/// learner whose file does not compile still gets a hint, and the plan is the kata's own.
struct PlanSource {
    /// The workbook.
    let workbook: Workbook
    /// Builds stale kata binaries.
    let builder: KataBuilder
    /// The environment kata binaries run in.
    let environment: [String: String]

    /// What asking for a plan came to.
    enum Outcome {
        /// The plan.
        case plan(KataPlan)
        /// No plan: the author program does not build, or failed.
        case unavailable(KataResult)
    }

    /// The kata's plan, building its author program first when it is stale.
    func plan(of kata: KataEntry) -> Outcome {
        let build = builder.build(kata, product: kata.authorProduct)
        guard case .ready(let binary) = build else { return .unavailable(build.failure ?? .couldNotRun("The build failed.")) }
        do {
            return .plan(try run(binary))
        } catch {
            return .unavailable(.couldNotRun("\(error)"))
        }
    }

    /// The kata's knowledge check, computed now by its author program.
    func quiz(of kata: KataEntry) -> Result<[QuizItem], KataResultFailure> {
        let build = builder.build(kata, product: kata.authorProduct)
        guard case .ready(let binary) = build else { return .failure(KataResultFailure(result: build.failure ?? .couldNotRun("The build failed."))) }
        let child: ChildProcess
        do {
            child = try ChildProcess.spawn(binary, arguments: ["quiz"], environment: environment,
                                           workingDirectory: workbook.scratchFolder(), output: .merge)
        } catch {
            return .failure(KataResultFailure(result: .couldNotRun("\(error)")))
        }
        let (output, termination) = Interrupts.guarding(child) { (child.readOutput(limit: 1 << 22), child.wait()) }
        guard termination == .exited(0), let items = try? JSONDecoder().decode([QuizItem].self, from: Data(output.utf8)) else {
            return .failure(KataResultFailure(result: .couldNotRun("The kata program did not give its questions (\(termination)).")))
        }
        return .success(items)
    }

    /// Runs `binary plan` and reads the plan event it prints.
    private func run(_ binary: String) throws -> KataPlan {
        let child = try ChildProcess.spawn(binary, arguments: ["plan"], environment: environment,
                                            workingDirectory: workbook.scratchFolder(), output: .merge)
        let (output, termination) = Interrupts.guarding(child) { (child.readOutput(limit: 1 << 20), child.wait()) }
        for line in output.split(separator: "\n") {
            if case .plan(let plan) = ReportEvent(line: line) { return plan }
        }
        throw PlanError(description: "The kata program did not report its exercises (\(termination)).")
    }
}

/// Why a kata's questions could not be had: what building or running its program came to.
struct KataResultFailure: Error {
    /// The result to show, as a verdict report shows it.
    let result: KataResult
}

/// The kata binary's `plan` command did not give a plan.
private struct PlanError: Error, CustomStringConvertible {
    /// What happened.
    let description: String
}

extension Driver {
    /// Where this driver's commands get a kata's plan: its author program, built as needed.
    var planSource: PlanSource {
        PlanSource(workbook: workbook, builder: KataBuilder(workbook: workbook, progress: BuildProgress(style: style)),
                   environment: KataGrader.childEnvironment(style: style, workbook: workbook))
    }
}
