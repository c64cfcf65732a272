import Foundation
import KataKit

/// Runs one `kata` command and returns its exit code: 0 all good, 1 checks failed
/// (or a story's self-check failed), 2 usage error.
struct Driver {
    /// How the learner typed the driver, for the commands shown in tips: "swift run kata"
    /// under `swift run`, "kata" once installed.
    static let invocation = Invocation.current

    /// The workbook.
    let workbook: Workbook
    /// How to draw on standard output.
    var style: TerminalStyle
    /// Where the driver's own output goes.
    let write: (String) -> Void
    /// How to ask before a step the learner may not want.
    var confirmation: ConfirmationPrompt = .terminal
    /// Whether every kata is handed to `swift build` even when its binary looks newer
    /// than its sources, as `check --verify` needs: a binary built from edited checks,
    /// the files then put back with their old dates, would otherwise be graded as is.
    var alwaysBuild = false
    /// How `kata install` builds the driver it copies.
    var driverBuild: DriverBuild = .release
    /// The environment: HOME, PATH and SHELL, for `kata install`.
    var environment: [String: String] = ProcessInfo.processInfo.environment

    /// Parses `arguments` and runs the command in the workbook at or above `directory`.
    /// - Returns: The exit code.
    static func main(arguments: [String], directory: String, executablePath: String?,
                     style: TerminalStyle = .forStandardOutput(),
                     write: @escaping (String) -> Void = { FileDescriptorWriter.standardOutput.write($0) },
                     confirmation: ConfirmationPrompt = .terminal) -> Int32 {
        do {
            let command = try Command.parse(arguments)
            // These work outside a workbook too: a shell loads its completions from anywhere.
            switch command {
            case .help(let topic):
                write(HelpLayout.reflow(Help.text(for: topic, example: Help.example(near: directory)), width: style.width) + "\n")
                return 0
            case .completions(let shell):
                write(CompletionScript.text(for: shell))
                return 0
            case .uninstall(let prefix):
                return try uninstall(prefix: prefix, environment: ProcessInfo.processInfo.environment, style: style, write: write)
            default: break
            }
            let workbook = try Workbook.locate(from: directory, executablePath: executablePath)
            if !Invocation.isUnderSwiftRun, command.checksDriverFreshness,
               let warning = DriverFreshness.warning(
                workbookRoot: workbook.root, installedIn: executablePath.map { URL(fileURLWithPath: $0).deletingLastPathComponent().path },
                environment: ProcessInfo.processInfo.environment) {
                FileDescriptorWriter.standardError.write(style.paint(warning, .yellow) + "\n")
            }
            return try Driver(workbook: workbook, style: style, write: write, confirmation: confirmation).run(command)
        } catch let error {
            FileDescriptorWriter.standardError.write(style.paint("error: ", .bold, .red) + error.message + "\n")
            return 2
        }
    }

    /// Runs a parsed command.
    func run(_ command: Command) throws(UsageError) -> Int32 {
        switch command {
        case .welcome: return welcome()
        case .list: return list()
        case .run(let id, _, _, _, _, listParameters: true): return try listParameters(workbook.select(id))
        case .run(let id, let timeout, _, json: true, let settings, _):
            let katas = try workbook.select(id)
            return tellAsJSON(katas, timeout: timeout, settings: try storySettings(katas, settings: settings))
        case .run(let id, let timeout, let paged, _, let settings, _):
            let katas = try workbook.select(id)
            // Without --set, no plan is read: the stories are told with their own values.
            let told = settings.isEmpty ? StorySettings() : try storySettings(katas, settings: settings)
            return tell(katas, timeout: timeout, paged: paged, settings: told)
        case .check(let id, let timeout, let json, verify: true):
            return try checkVerifying(id.map(workbook.select) ?? workbook.katas, timeout: timeout, json: json)
        case .check(let id, let timeout, json: true, _): return try checkAsJSON(id.map(workbook.select) ?? workbook.katas, timeout: timeout)
        case .check(let id, let timeout, _, _): return try check(id.map(workbook.select) ?? workbook.katas, timeout: timeout)
        case .watch(let id, let timeout):
            let named = try id.map(workbook.select) ?? []
            let showHint = { (kata: KataEntry) in _ = hint(kata, exercise: nil, watching: true) }
            // A part (10.2) is watched alone; one kata is the start, and `n` goes on through the workbook.
            if named.count > 1 { return watch(named, timeout: timeout, hint: showHint) }
            return watch(workbook.katas, startingAt: named.first.flatMap(workbook.katas.firstIndex(of:)),
                         timeout: timeout, hint: showHint)
        case .solution(let id, let force): return try showSolution(workbook.select(id), named: id, force: force)
        case .reset(let id, let yes): return try reset(id.map(workbook.select) ?? workbook.katas, named: id ?? "--all", yes: yes)
        case .hint(let id, let exercise): return try hint(onlyKata(id, command: "hint"), exercise: exercise)
        case .quiz(let id, let answers): return try quiz(workbook.select(id), scripted: answers)
        case .explore(let id, let mine, let script):
            return try explore(onlyKata(id, command: "explore"), mine: mine, script: script.map { ($0.keys, $0.size) })
        case .writeDocs: return writeDocs()
        case .devCheck(let timeout): return devCheck(timeout: timeout)
        case .newKata(let id, let slug, let title): return try newKata(id: id, slug: slug, title: title)
        case .updateShippedFiles: return update()
        case .help(let topic):
            write(HelpLayout.reflow(Help.text(for: topic, example: workbook.katas.first ?? Help.defaultExample),
                                    width: style.width) + "\n")
            return 0
        case .install(let prefix): return try install(prefix: prefix)
        case .uninstall(let prefix): return try Self.uninstall(prefix: prefix, environment: environment, style: style, write: write)
        case .completions(let shell):
            write(CompletionScript.text(for: shell))
            return 0
        case .completionWords: return completionWords()
        }
    }

    /// The one kata `id` names.
    /// - Throws: `UsageError` when it names none, or several (a prefix such as 10.2).
    func onlyKata(_ id: String, command: String) throws(UsageError) -> KataEntry {
        let katas = try workbook.select(id)
        guard katas.count == 1, let kata = katas.first else {
            throw UsageError("`kata \(command)` takes one kata, and '\(id)' names \(katas.count) "
                             + "(\(katas.map(\.id).joined(separator: ", "))): such as `\(Driver.invocation) \(command) \(katas[0].id)`.")
        }
        return kata
    }

    /// How this workbook's katas are graded and recorded.
    /// - Parameters:
    ///   - timeout: Seconds each check may take.
    ///   - environment: The environment kata binaries run in (its style: the terminal's, or plain for JSON).
    func pipeline(timeout: Double, environment: [String: String]) -> GradingPipeline {
        let progress = BuildProgress(style: style)
        return GradingPipeline(
            workbook: workbook,
            grader: KataGrader(workbook: workbook, builder: KataBuilder(workbook: workbook, progress: progress, alwaysBuild: alwaysBuild),
                               timeout: timeout, environment: environment),
            progress: progress)
    }

    /// Writes `lines`, one a line.
    func say(_ lines: String...) {
        write(lines.joined(separator: "\n") + "\n")
    }
}

