import Foundation
import KataKit

/// Where `kata hint` gets a kata's plan (its exercises and their hints): the kata binary's
/// `plan` command once the kata builds, else the copy kept from the last time it did.
///
/// The hints live in the kata binary, and the binary holds the learner's Solution.swift:
/// the copy is what lets a learner whose file does not compile still get a hint.
struct PlanSource {
    /// The workbook.
    let workbook: Workbook
    /// Builds stale kata binaries.
    let builder: KataBuilder
    /// The environment kata binaries run in.
    let environment: [String: String]

    /// What asking for a plan came to.
    enum Outcome {
        /// The plan; `kept` when it is the copy from an earlier build.
        case plan(KataPlan, kept: Bool)
        /// No plan: the kata does not build (or its binary failed) and no copy was kept.
        case unavailable(KataResult)
    }

    /// The kata's plan, building the kata first when it is stale.
    func plan(of kata: KataEntry) -> Outcome {
        let failure: KataResult
        switch builder.build(kata) {
        case .ready(let binary):
            do {
                let plan = try run(binary)
                Self.remember(plan, of: kata, in: workbook)
                return .plan(plan, kept: false)
            } catch {
                failure = .couldNotRun("\(error)")
            }
        case let build:
            failure = build.failure ?? .couldNotRun("The build failed.")
        }
        guard let kept = Self.kept(of: kata, in: workbook) else { return .unavailable(failure) }
        return .plan(kept, kept: true)
    }

    /// Keeps a copy of `plan` beside the kata's binary, for when the kata no longer builds.
    static func remember(_ plan: KataPlan, of kata: KataEntry, in workbook: Workbook) {
        guard let data = try? JSONEncoder().encode(plan) else { return }
        try? AtomicFile.write(data, to: keptPath(of: kata, in: workbook))
    }

    /// The copy kept by `remember`, if there is one and it reads.
    static func kept(of kata: KataEntry, in workbook: Workbook) -> KataPlan? {
        FileManager.default.contents(atPath: keptPath(of: kata, in: workbook))
            .flatMap { try? JSONDecoder().decode(KataPlan.self, from: $0) }
    }

    /// Where the copy is: beside the binary, so it goes when the build folder is cleaned.
    private static func keptPath(of kata: KataEntry, in workbook: Workbook) -> String {
        workbook.binaryPath(for: kata) + ".plan.json"
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

/// The kata binary's `plan` command did not give a plan.
private struct PlanError: Error, CustomStringConvertible {
    /// What happened.
    let description: String
}
