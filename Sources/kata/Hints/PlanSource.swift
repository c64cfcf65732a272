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
        switch ask(kata, "plan", read: { output in
            output.split(separator: "\n").lazy.compactMap { line -> KataPlan? in
                if case .plan(let plan) = ReportEvent(line: line) { plan } else { nil }
            }.first
        }, missing: "did not report its exercises") {
        case .success(let plan): .plan(plan)
        case .failure(let failure): .unavailable(failure.result)
        }
    }

    /// The kata's knowledge check, computed now by its author program.
    func quiz(of kata: KataEntry) -> Result<[QuizItem], KataResultFailure> {
        ask(kata, "quiz", read: { try? JSONDecoder().decode([QuizItem].self, from: Data($0.utf8)) },
            missing: "did not give its questions")
    }

    /// Builds the kata's author program when stale, runs `command` in it and reads what
    /// it prints.
    /// - Parameters:
    ///   - command: What to ask: `plan` or `quiz`.
    ///   - read: Reads the answer from the output; `nil` when it holds none.
    ///   - missing: What went wrong when it holds none, after "The kata program".
    private func ask<Answer>(_ kata: KataEntry, _ command: String, read: (String) -> Answer?,
                             missing: String) -> Result<Answer, KataResultFailure> {
        let build = builder.build(kata, product: kata.authorProduct)
        guard case .ready(let binary) = build else {
            return .failure(KataResultFailure(result: build.failure ?? .couldNotRun("The build failed.")))
        }
        let child: ChildProcess
        do {
            child = try ChildProcess.spawn(binary, arguments: [command], environment: environment,
                                           workingDirectory: workbook.scratchFolder(), output: .merge)
        } catch {
            return .failure(KataResultFailure(result: .couldNotRun("\(error)")))
        }
        let (output, termination) = Interrupts.guarding(child) { (child.readOutput(limit: 1 << 22), child.wait()) }
        guard let answer = read(output) else {
            return .failure(KataResultFailure(result: .couldNotRun("The kata program \(missing) (\(termination)).")))
        }
        return .success(answer)
    }
}

/// Why a kata's plan or questions could not be had: what building or running its program came to.
struct KataResultFailure: Error {
    /// The result to show, as a verdict report shows it.
    let result: KataResult
}

extension Driver {
    /// Where this driver's commands get a kata's plan: its author program, built as needed.
    var planSource: PlanSource {
        PlanSource(workbook: workbook, builder: KataBuilder(workbook: workbook, progress: BuildProgress(style: style)),
                   environment: KataGrader.childEnvironment(style: style, workbook: workbook))
    }
}
