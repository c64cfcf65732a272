import Foundation
import KataKit

/// Builds a kata, runs its binary's checks against the learner's solution, and
/// turns what it reports, and how it ends, into a verdict for every check.
struct KataGrader {
    /// The workbook.
    let workbook: Workbook
    /// Builds stale kata binaries.
    let builder: KataBuilder
    /// Seconds each check may take.
    let timeout: TimeInterval
    /// The environment kata binaries run in.
    let environment: [String: String]

    /// The environment for kata binaries: Swift's backtracer on (so a trap names
    /// the learner's line) and not waiting for a debugger; the driver's style; the
    /// workbook, where a story finds its source files when the workbook has moved since
    /// the binary was built.
    /// - Parameters:
    ///   - style: How the kata draws.
    ///   - workbook: The workbook the binaries belong to.
    static func childEnvironment(style: TerminalStyle, workbook: Workbook) -> [String: String] {
        ProcessInfo.processInfo.environment.merging([
            "SWIFT_BACKTRACE": "enable=yes,interactive=no,color=no",
            "KATA_COLOR": style.colour ? "always" : "never",
            "KATA_WIDTH": "\(style.width)",
            SourceFolder.workbookVariable: workbook.root,
        ]) { $1 }
    }

    /// Grades one kata.
    /// - Parameters:
    ///   - kata: The kata.
    ///   - solution: Whose solution: the learner's, or one the author's program holds.
    ///   - onStart: Called once the kata is built, as its checks start.
    ///   - onCheck: Called as each check gets its verdict: how many checks have one so
    ///     far, out of how many, and this one's.
    /// - Returns: Every check's verdict, or why there are none.
    func grade(_ kata: KataEntry, solution: GradedSolution = .learner, onStart: () -> Void = {},
               onCheck: (_ done: Int, _ total: Int, CheckVerdict) -> Void = { _, _, _ in }) -> KataResult {
        let build = builder.build(kata, product: solution.product(of: kata))
        guard case .ready(let binary) = build else { return build.failure ?? .couldNotRun("The build failed.") }
        onStart()
        return run(binary: binary, arguments: solution.gradeArguments, onCheck: onCheck)
    }

    /// Runs a built kata program's checks, starting it again after each check that
    /// crashed or hung, and turns what it reported into a verdict for every check.
    /// - Parameters:
    ///   - binary: The kata program.
    ///   - arguments: What it is asked to do (`grade`, or a solution it holds).
    ///   - onCheck: As for `grade`.
    func run(binary: String, arguments: [String] = ["grade"],
             onCheck: (Int, Int, CheckVerdict) -> Void = { _, _, _ in }) -> KataResult {
        var plan: KataPlan?
        var verdicts: [Int: GradedCheckResult] = [:]
        var from = 0
        var reported = 0
        func report(_ verdict: CheckVerdict) {
            guard let total = plan?.checkCount else { return }
            reported += 1
            onCheck(reported, total, verdict)
        }
        while plan.map({ from < $0.checkCount }) ?? true {
            let segment: GradingSegment
            do {
                segment = try GradingSegment.run(binary: binary, arguments: arguments, from: from, timeout: timeout,
                                                 environment: environment, directory: workbook.scratchFolder()) { finished, segmentPlan in
                    plan = plan ?? segmentPlan
                    report(verdict(for: finished.outcome))
                }
            } catch {
                return .couldNotRun("\(error)")
            }
            guard let segmentPlan = segment.plan ?? plan else {
                return .couldNotRun(describeStartFailure(segment))
            }
            plan = segmentPlan
            let names = segmentPlan.exercises.flatMap(\.checks)
            for finished in segment.finished where names.indices.contains(finished.check) {
                verdicts[finished.check] = GradedCheckResult(
                    name: names[finished.check], verdict: verdict(for: finished.outcome), output: finished.output,
                    notes: finished.notes, duration: finished.duration)
            }
            let stopped: (check: Int, verdict: CheckVerdict)?
            switch segment.ending {
            case .completed:
                stopped = nil
            case .died(let check, let crash):
                stopped = check.map { ($0, .crashed(crash)) }
            case .timedOut(let check, let stack):
                stopped = check.map { ($0, .timedOut(seconds: timeout, report: stack.location == nil && stack.function == nil ? nil : stack)) }
            }
            guard let stopped, names.indices.contains(stopped.check) else { break }
            verdicts[stopped.check] = GradedCheckResult(
                name: names[stopped.check], verdict: stopped.verdict, output: segment.unfinishedOutput,
                duration: segment.unfinishedDuration)
            report(stopped.verdict)
            from = stopped.check + 1
            if case .timedOut = stopped.verdict {
                // The exercise's other checks would very likely hang too: skip them
                // rather than make the learner wait a time-out for each.
                let end = segmentPlan.endOfExercise(containingCheck: stopped.check)
                let skip = CheckVerdict.notRun("Skipped: an earlier check of this exercise timed out.")
                for skipped in from..<end {
                    verdicts[skipped] = GradedCheckResult(name: names[skipped], verdict: skip, output: "")
                    report(skip)
                }
                from = end
            }
        }
        guard let plan else { return .couldNotRun("The kata program reported nothing.") }
        var index = 0
        let exercises = plan.exercises.map { exercise in
            GradedExercise(exercise: exercise, checks: exercise.checks.map { name in
                defer { index += 1 }
                return verdicts[index] ?? GradedCheckResult(
                    name: name, verdict: .notRun("The kata program stopped before this check."), output: "")
            })
        }
        return .graded(plan: plan, exercises: exercises)
    }

    private func verdict(for outcome: CheckOutcome) -> CheckVerdict {
        switch outcome {
        case .passed: return .passed
        case .failed(let failure): return .failed(failure)
        case .notAttempted(let location): return .notAttempted(location)
        case .timedOut(let seconds): return .timedOut(seconds: seconds, report: nil)
        }
    }

    private func describeStartFailure(_ segment: GradingSegment) -> String {
        switch segment.ending {
        case .died(_, let crash):
            let place = crash.location.map { " at \($0)" } ?? ""
            return "The kata program stopped before its first check: \(crash.message)\(place)."
        case .timedOut:
            return "The kata program did not start within \(Int(timeout + GradingSegment.startAllowance)) s."
        case .completed:
            return "The kata program reported nothing."
        }
    }
}
