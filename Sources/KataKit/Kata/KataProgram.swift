// Pre-concurrency: C's `stdout` is a mutable global, set once here at start-up.
@preconcurrency import Foundation
@preconcurrency import Glibc

/// The entry point of a kata binary: a kata's `main.swift` is one call to this.
///
/// `kata-10.2.1` (or `kata-10.2.1 story [--set name=value]...`, with the reader's values
/// for the story's parameters) tells the story, writing the line in
/// `KATA_SECTION_BREAK` (when set) between sections; `grade [--from N]` grades
/// the learner's solution from check N on, reporting to the driver on the descriptor
/// in `KATA_REPORT_FD` (or in plain words when it is not set); `plan` prints the
/// kata's exercises and parameters as JSON; `quiz` its knowledge check, computed now; `docs <folder> <name> <source>` writes the story as a
/// page of the rendered workbook (see ``WorkbookPage``).
/// - Parameters:
///   - kata: The kata.
///   - solution: The learner's solution.
public func runKataProgram<Solver>(_ kata: Kata<Solver>, solution: Solver) -> Never {
    runProgram(kata, exploring: solution, gradeUsage: "grade [--from N]") { arguments in
        startingCheck(arguments).map { GradingRun(solution: solution, from: $0, probing: false) }
    }
}

/// The entry point of a kata's author program, `kata-10.2.1-dev`: the kata with its
/// reference solution and its stub as shipped, whatever the learner has done to theirs.
///
/// It takes the commands of ``runKataProgram(_:solution:)``, except that `grade` names
/// what to grade: `grade reference`, `grade pristine` (the stub), or `grade probe` (the
/// reference with every comparison failing on purpose, to read each check's failure;
/// see ``Grader/probe(check:on:timeout:)``). `kata dev check` runs all three.
/// - Parameters:
///   - kata: The kata.
///   - reference: The reference solution.
///   - pristine: The stub as shipped.
public func runAuthorProgram<Solver>(_ kata: Kata<Solver>, reference: Solver, pristine: Solver) -> Never {
    runProgram(kata, exploring: reference, gradeUsage: "grade reference|pristine|probe [--from N]") { arguments in
        guard let from = startingCheck(arguments.dropFirst()) else { return nil }
        switch arguments.first {
        case "reference": return GradingRun(solution: reference, from: from, probing: false)
        case "pristine": return GradingRun(solution: pristine, from: from, probing: false)
        case "probe": return GradingRun(solution: reference, from: from, probing: true)
        default: return nil
        }
    }
}

/// What a `grade` command asks for: which solution, from which check, and whether
/// every comparison is to fail.
private struct GradingRun<Solver> {
    let solution: Solver
    let from: Int
    let probing: Bool
}

/// The check `grade` starts from: 0, or N after `--from N`; `nil` for anything else.
private func startingCheck(_ arguments: ArraySlice<String>) -> Int? {
    if arguments.isEmpty { return 0 }
    guard arguments.count == 2, arguments.first == "--from" else { return nil }
    return arguments.last.flatMap { Int($0) }.flatMap { $0 >= 0 ? $0 : nil }
}

/// Runs the command in the program's arguments.
/// - Parameters:
///   - kata: The kata.
///   - gradeUsage: How `grade` is called, for the usage line.
///   - grading: What the arguments after `grade` ask to grade; `nil` when they make no sense.
private func runProgram<Solver>(_ kata: Kata<Solver>, exploring solver: Solver, gradeUsage: String,
                                grading: (ArraySlice<String>) -> GradingRun<Solver>?) -> Never {
    // Unbuffered, so the learner's output before a crash is not lost and lands
    // before the verdict that follows it.
    setvbuf(stdout, nil, _IONBF, 0)
    let arguments = Array(CommandLine.arguments.dropFirst())
    switch arguments.first ?? "story" {
    case "story":
        guard let settings = storySettings(arguments.dropFirst()) else { break }
        switch kata.parameters.values(parsing: settings) {
        case .failure(let error):
            FileDescriptorWriter.standardError.write("\(error)\n")
            exit(2)
        case .success(let values):
            exit(tellStory(kata, settings: values))
        }
    case "docs" where arguments.count == 4:
        exit(writePage(of: kata, folder: arguments[1], name: arguments[2], source: arguments[3]))
    case "grade":
        guard let run = grading(arguments.dropFirst()) else { break }
        grade(kata, run)
        exit(0)
    case "plan" where arguments.count == 1:
        print(ReportEvent.plan(kata.plan).line, terminator: "")
        exit(0)
    case "explore":
        guard let explorer = kata.explorer?.make(solver) else {
            FileDescriptorWriter.standardError.write("Kata \(kata.id) has no explorable view yet.\n")
            exit(1)
        }
        guard let options = ExploreOptions(arguments.dropFirst()) else { break }
        if let keys = options.keys {
            let style = TerminalStyle(colour: false, unicode: true, width: options.size.width)
            FileDescriptorWriter.standardOutput.write(ExplorerSession.script(
                explorer, keys: ExplorerKey.keys(inScript: keys), width: options.size.width,
                height: options.size.height, style: style))
            exit(0)
        }
        exit(ExplorerSession.run(explorer))
    case "quiz" where arguments.count == 1:
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        print((try? encoder.encode(kata.quizItems)).map { String(decoding: $0, as: UTF8.self) } ?? "[]")
        exit(0)
    default:
        break
    }
    let name = CommandLine.arguments.first.map { URL(fileURLWithPath: $0).lastPathComponent } ?? "kata-\(kata.id)"
    FileDescriptorWriter.standardError.write(
        "usage: \(name) [story [--set name=value]... | \(gradeUsage) | plan | quiz | explore [--keys KEYS] [--size WxH] | docs <folder> <name> <source>]\n")
    exit(2)
}

/// What follows `explore`: a script of keys to press instead of a terminal's, and the
/// size of the screen they are drawn on.
private struct ExploreOptions {
    var keys: String?
    var size = (width: 80, height: 24)

    /// Reads `--keys KEYS` and `--size WxH`; `nil` for anything else.
    init?(_ arguments: ArraySlice<String>) {
        var rest = arguments
        while let option = rest.popFirst() {
            guard let value = rest.popFirst() else { return nil }
            switch option {
            case "--keys": keys = value
            case "--size":
                let parts = value.split(separator: "x").compactMap { Int($0) }
                guard parts.count == 2, parts[0] > 0, parts[1] > 0 else { return nil }
                size = (parts[0], parts[1])
            default: return nil
            }
        }
    }
}

/// The `name=value` settings after `story`, each behind `--set`; `nil` when the
/// arguments are anything else.
private func storySettings(_ arguments: ArraySlice<String>) -> [String]? {
    guard arguments.count.isMultiple(of: 2) else { return nil }
    var settings: [String] = []
    for pair in stride(from: arguments.startIndex, to: arguments.endIndex, by: 2) {
        guard arguments[pair] == "--set" else { return nil }
        settings.append(arguments[pair + 1])
    }
    return settings
}

/// Tells the story on standard output with the reader's parameter values, saying first
/// which it uses when they are not the story's own.
/// - Returns: The exit status: 0, or 1 when a claim failed.
private func tellStory<Solver>(_ kata: Kata<Solver>, settings: [String: Double]) -> Int32 {
    let sectionBreak = ProcessInfo.processInfo.environment[Narrator.sectionBreakVariable]
    let style = TerminalStyle.forStandardOutput()
    FileDescriptorWriter.standardOutput.write(kata.banner(style: style))
    let changed = kata.parameters.filter { parameter in settings[parameter.name].map { $0 != parameter.defaultValue } ?? false }
    if !changed.isEmpty {
        let values = changed.map { "\($0.name) = \(StoryParameter.text(settings[$0.name] ?? $0.defaultValue)) (the story's own: \(StoryParameter.text($0.defaultValue)))" }
        FileDescriptorWriter.standardOutput.write(style.paint("Told with " + values.joined(separator: ", ") + ".", .yellow) + "\n")
    }
    let narrator = Narrator(style: style, sources: kata.sources, sectionBreak: sectionBreak, settings: settings)
    kata.story(narrator)
    return narrator.failedClaims.isEmpty ? 0 : 1
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
    for claim in page.failedClaims {
        FileDescriptorWriter.standardError.write("A claim of the story of \(kata.id) does not hold: \(claim)\n")
    }
    return page.failedClaims.isEmpty ? 0 : 1
}

private func grade<Solver>(_ kata: Kata<Solver>, _ run: GradingRun<Solver>) {
    let grader = Grader(kata: kata)
    func result(ofCheck index: Int) -> CheckResult {
        run.probing ? grader.probe(check: index, on: run.solution) : grader.result(ofCheck: index, on: run.solution)
    }
    guard let descriptor = ProcessInfo.processInfo.environment[ReportEvent.fileDescriptorVariable].flatMap(Int32.init) else {
        for index in kata.allChecks.indices.dropFirst(run.from) {
            let result = result(ofCheck: index)
            print("\(kata.allChecks[index].check.name): \(result.outcome)")
            result.notes.forEach { print("  \($0)") }
        }
        return
    }
    let writer = FileDescriptorWriter(descriptor: descriptor)
    let marker = ProcessInfo.processInfo.environment[ReportEvent.markerVariable] ?? ""
    func report(_ event: ReportEvent) { writer.write(marker + event.line) }
    report(.plan(kata.plan))
    for index in kata.allChecks.indices.dropFirst(run.from) {
        report(.started(check: index))
        let result = result(ofCheck: index)
        result.notes.forEach { report(.noted(check: index, text: $0)) }
        report(.finished(check: index, outcome: result.outcome))
    }
}

