import Foundation
import KataKit
@testable import kata

/// A small test kata: its program is a shell script that reports a plan and, at each
/// check, does what the test asked: pass, crash, hang, flood, lie about its events or
/// leave early. It speaks the driver's report protocol as a real kata program does, so
/// the driver's robustness cases need no package copy and no Swift build.
struct MisbehavingKata {
    /// What the program does at a check (or before its plan).
    enum Act {
        /// Reports the check passed.
        case pass
        /// Reports the check failed.
        case fail
        /// Reports the check reached `todo()`.
        case notAttempted
        /// Kills itself with `signal` (as a trap does).
        case crash(signal: String)
        /// Sleeps for ever; a SIGQUIT ends it, as a hung Swift program's backtracer does.
        case hang
        /// Sleeps for ever and ignores SIGQUIT and SIGTERM: only SIGKILL ends it.
        case stubbornHang
        /// Prints `bytes` bytes of `x`, then passes.
        case flood(bytes: Int)
        /// Prints `text`, then reports the check failed.
        case print(String)
        /// Exits with `status` in the middle of the check.
        case exit(status: Int)
    }

    /// The program's exercises: each a name and what it does at each of its checks.
    var exercises: [(name: String, checks: [Act])]
    /// What it does before it reports its plan, if anything.
    var beforePlan: Act?
    /// Shell commands it runs after its last check.
    var atEnd = ""

    /// The plan the program reports: check `i` of exercise `e` is named `e.i`.
    var plan: KataPlan {
        KataPlan(id: "10.2.1", title: "Misbehaving", exercises: exercises.map { exercise in
            KataPlan.Exercise(name: exercise.name, summary: "Misbehaves.", hints: ["None."],
                              checks: exercise.checks.indices.map { "\(exercise.name).\($0)" })
        })
    }

    /// The program's text. It honours `grade --from N` as a kata program does, so the
    /// driver can start it again after a check that crashed or hung.
    var script: String {
        var lines = [
            "#!/bin/sh",
            "from=0; [ \"$2\" = --from ] && from=$3",
            "report() { printf '%s%s\\n' \"$\(ReportEvent.markerVariable)\" \"$1\" >&\"$\(ReportEvent.fileDescriptorVariable)\"; }",
        ]
        if let beforePlan { lines.append(Self.shell(beforePlan)) }
        lines.append("report '\(Self.json(.plan(plan)))'")
        var index = 0
        for exercise in exercises {
            for act in exercise.checks {
                lines.append("if [ \"$from\" -le \(index) ]; then")
                lines.append("  report '\(Self.json(.started(check: index)))'")
                lines.append("  \(Self.shell(act))")
                lines.append("  report '\(Self.json(.finished(check: index, outcome: Self.outcome(act))))'")
                lines.append("fi")
                index += 1
            }
        }
        lines.append(atEnd)
        return lines.joined(separator: "\n") + "\n"
    }

    /// Writes the program into `folder` and grades it as the driver does, each check
    /// given `timeout` seconds.
    /// - Throws: When the program cannot be written.
    func grade(in folder: String, timeout: TimeInterval = 1) throws -> KataResult {
        let program = "\(folder)/kata-misbehaving"
        try ProgramFile.write(script, to: program)
        let kata = KataEntry(id: "10.2.1", slug: "misbehaving", title: "Misbehaving")
        let workbook = Workbook(root: folder, katas: [kata], binaryDirectory: folder, swiftExecutable: "/bin/false")
        let builder = KataBuilder(workbook: workbook, progress: BuildProgress(style: .plain, isTerminal: false))
        let grader = KataGrader(workbook: workbook, builder: builder, timeout: timeout,
                                environment: KataGrader.childEnvironment(style: .plain, workbook: workbook))
        return grader.run(binary: program)
    }

    /// The outcome an act reports when it gets as far as finishing its check.
    private static func outcome(_ act: Act) -> CheckOutcome {
        switch act {
        case .fail, .print: .failed(CheckFailure(call: "misbehave()", expected: "1", actual: "2"))
        case .notAttempted: .notAttempted(CodeLocation(file: "Solution.swift", line: 3))
        default: .passed
        }
    }

    /// The shell command that does `act`.
    private static func shell(_ act: Act) -> String {
        switch act {
        case .pass, .fail, .notAttempted: ":"
        case .crash(let signal): "kill -s \(signal) $$"
        case .hang: "exec sleep 1000"
        case .stubbornHang: "trap '' QUIT TERM; while :; do sleep 1; done"
        case .flood(let bytes): "head -c \(bytes) /dev/zero | tr '\\0' x"
        case .print(let text): "printf '%s' '\(text)'"
        case .exit(let status): "exit \(status)"
        }
    }

    /// The `finished` event of a check that passed, as the program writes it.
    static func passedEvent(check: Int) -> String { json(.finished(check: check, outcome: .passed)) }

    /// An event as the program writes it: one line of JSON, without its newline.
    private static func json(_ event: ReportEvent) -> String {
        String(event.line.dropLast())
    }
}
