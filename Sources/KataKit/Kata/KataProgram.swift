// Pre-concurrency: C's `stdout` is a mutable global, set once here at start-up.
@preconcurrency import Foundation
@preconcurrency import Glibc

/// The entry point of a kata binary: a kata's `main.swift` is one call to this.
///
/// `kata-10.2.1` (or `kata-10.2.1 story`) tells the story; `grade [--from N]` grades
/// the learner's solution from check N on, reporting to the driver on the descriptor
/// in `KATA_REPORT_FD` (or in plain words when it is not set); `plan` prints the
/// kata's exercises as JSON.
/// - Parameters:
///   - kata: The kata.
///   - solution: The learner's solution.
public func runKataProgram<Solver>(_ kata: Kata<Solver>, solution: Solver) -> Never {
    // Unbuffered, so the learner's output before a crash is not lost and lands
    // before the verdict that follows it.
    setvbuf(stdout, nil, _IONBF, 0)
    let arguments = Array(CommandLine.arguments.dropFirst())
    switch arguments.first ?? "story" {
    case "story":
        let narrator = Narrator(style: .forStandardOutput())
        narrator.prose(kata.title)
        kata.story(narrator)
        exit(narrator.failedClaims.isEmpty ? 0 : 1)
    case "grade":
        let from = arguments.count == 3 && arguments[1] == "--from" ? Int(arguments[2]) ?? 0 : 0
        grade(kata, solution: solution, from: from)
        exit(0)
    case "plan":
        print(ReportEvent.plan(kata.plan).line, terminator: "")
        exit(0)
    default:
        FileDescriptorWriter.standardError.write("usage: kata-\(kata.id) [story | grade [--from N] | plan]\n")
        exit(2)
    }
}

private func grade<Solver>(_ kata: Kata<Solver>, solution: Solver, from: Int) {
    let grader = Grader(kata: kata)
    guard let descriptor = ProcessInfo.processInfo.environment[ReportEvent.fileDescriptorVariable].flatMap(Int32.init) else {
        for index in kata.allChecks.indices.dropFirst(from) {
            let result = grader.result(ofCheck: index, on: solution)
            print("\(kata.allChecks[index].check.name): \(result.outcome)")
            result.notes.forEach { print("  \($0)") }
        }
        return
    }
    let writer = FileDescriptorWriter(descriptor: descriptor)
    let marker = ProcessInfo.processInfo.environment[ReportEvent.markerVariable] ?? ""
    func report(_ event: ReportEvent) { writer.write(marker + event.line) }
    report(.plan(kata.plan))
    for index in kata.allChecks.indices.dropFirst(from) {
        report(.started(check: index))
        let result = grader.result(ofCheck: index, on: solution)
        result.notes.forEach { report(.noted(check: index, text: $0)) }
        report(.finished(check: index, outcome: result.outcome))
    }
}

