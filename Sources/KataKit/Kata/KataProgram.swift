// Pre-concurrency: C's `stdout` is a mutable global, set once here at start-up.
@preconcurrency import Foundation
@preconcurrency import Glibc

/// The entry point of a kata binary: a kata's `main.swift` is one call to this.
///
/// `kata-10.2.1` (or `kata-10.2.1 story`) tells the story, writing the line in
/// `KATA_SECTION_BREAK` (when set) between sections; `grade [--from N]` grades
/// the learner's solution from check N on, reporting to the driver on the descriptor
/// in `KATA_REPORT_FD` (or in plain words when it is not set); `plan` prints the
/// kata's exercises as JSON; `docs <folder> <name> <source>` writes the story as a
/// page of the rendered workbook (see ``WorkbookPage``).
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
        let sectionBreak = ProcessInfo.processInfo.environment[Narrator.sectionBreakVariable]
        let style = TerminalStyle.forStandardOutput()
        FileDescriptorWriter.standardOutput.write(kata.banner(style: style))
        let narrator = Narrator(style: style, sources: kata.sources, sectionBreak: sectionBreak)
        kata.story(narrator)
        exit(narrator.failedClaims.isEmpty ? 0 : 1)
    case "docs" where arguments.count == 4:
        exit(writePage(of: kata, folder: arguments[1], name: arguments[2], source: arguments[3]))
    case "grade":
        let from = arguments.count == 3 && arguments[1] == "--from" ? Int(arguments[2]) ?? 0 : 0
        grade(kata, solution: solution, from: from)
        exit(0)
    case "plan":
        print(ReportEvent.plan(kata.plan).line, terminator: "")
        exit(0)
    default:
        FileDescriptorWriter.standardError.write(
            "usage: kata-\(kata.id) [story | grade [--from N] | plan | docs <folder> <name> <source>]\n")
        exit(2)
    }
}

/// Writes the kata's workbook page and its figures into `folder`.
/// - Returns: The exit status: 0, or 1 when a claim failed or a file could not be written.
private func writePage<Solver>(of kata: Kata<Solver>, folder: String, name: String, source: String) -> Int32 {
    let page = WorkbookPage(kata, name: name, source: source)
    do {
        for file in page.files {
            let url = URL(fileURLWithPath: folder).appendingPathComponent(file.path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try file.text.write(to: url, atomically: true, encoding: .utf8)
        }
    } catch {
        FileDescriptorWriter.standardError.write("Could not write the page of \(kata.id): \(error)\n")
        return 1
    }
    return page.failedClaims.isEmpty ? 0 : 1
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

