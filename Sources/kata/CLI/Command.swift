import Foundation

/// A parsed `kata` command line.
enum Command: Equatable {
    /// No command: welcome, progress, the next step.
    case welcome
    /// `kata list`.
    case list
    /// `kata run <id> [--no-pager] [--json] [--set name=value]... [--params]`: the story,
    /// then the verdicts; on a terminal it pauses between sections unless `paged` is false.
    /// `json`: the results as one JSON document on standard output, the story on standard
    /// error. `settings`: values for the stories' parameters, as typed; `listParameters`:
    /// list the parameters instead of telling.
    case run(String, timeout: Double, paged: Bool = true, json: Bool = false, settings: [String] = [],
             listParameters: Bool = false)
    /// `kata check [<id>] [--json] [--verify]`: grade one kata, a prefix's parts, or all;
    /// `json` writes the results as one JSON document instead of the report; `verify`
    /// first compares the shipped files with katas/SHA256SUMS.
    case check(String?, timeout: Double, json: Bool = false, verify: Bool = false)
    /// `kata watch [<id>]`: grade again on every save, with single-key commands.
    case watch(String?, timeout: Double)
    /// `kata solution <id> [--force]`: shows the reference solution; before the kata is
    /// solved it asks first, unless `force`.
    case solution(String, force: Bool)
    /// `kata reset <id> [--yes]` or `kata reset --all [--yes]` (`id` is `nil`): puts the
    /// learner's file back to the pristine stub after a backup; asks first, unless `yes`.
    case reset(String?, yes: Bool)
    /// `kata quiz <id> [--answers LIST]`: the knowledge check of a kata (or of each kata of
    /// a part), one question at a time; `answers`: the answers, comma-separated, instead
    /// of reading them from standard input.
    case quiz(String, answers: [String]?)
    /// `kata explore <id> [--mine] [--keys KEYS] [--size WxH]`: the kata's full-screen view;
    /// `mine`: drawn with the learner's functions; `script`: keys pressed instead of a
    /// terminal's, on a screen of that size.
    case explore(String, mine: Bool, script: Script?)
    /// `kata hint <id> [<exercise>]`: the next unseen hint for the exercise, or for the
    /// first one not passed.
    case hint(String, exercise: String?)
    /// `kata dev docs`: writes the rendered workbook into Docs/.
    case writeDocs
    /// `kata dev check [--timeout SECONDS]`: proves every kata as its author ships it.
    case devCheck(timeout: Double)
    /// `kata dev new <id> <slug> [--title TITLE]`: scaffolds a kata and lists it in Package.swift.
    case newKata(id: String, slug: String, title: String?)
    /// `kata dev update`: writes Docs/ and seals the shipped files into katas/SHA256SUMS.
    case updateShippedFiles
    /// `kata help [<command>]` or `--help`.
    case help(String?)
    /// `kata install [--prefix DIR]`: builds the driver in release mode and puts it in DIR
    /// (`nil`: ~/.local/bin) as `kata`.
    case install(prefix: String?)
    /// `kata uninstall [--prefix DIR]`: removes DIR/kata when it is a kata driver.
    case uninstall(prefix: String?)
    /// `kata completions bash|zsh|fish`: the completion script for that shell.
    case completions(ShellSetup.Shell)
    /// `kata completions --ids` (not in the help): the workbook's kata ids, part prefixes
    /// and slugs, one a line, which the completion scripts ask for on each Tab.
    case completionWords

    /// Keys to press in an explorable view, and the screen's size: `--keys "→→g" --size 80x24`.
    struct Script: Equatable {
        /// The keys, `←` `→` `↑` `↓` `⏎` for the arrows and Enter.
        var keys: String
        /// The screen, WIDTHxHEIGHT.
        var size: String
    }

    /// Seconds a check may take unless `--timeout` says otherwise.
    static let defaultTimeout: Double = 3

    /// The command names, for help and for "did you mean".
    static let names = ["list", "run", "check", "watch", "hint", "quiz", "explore", "solution", "reset", "dev", "help",
                        "install", "uninstall", "completions"]

    /// Each command's options as its help shows them, for the message about an
    /// unknown one (`--help` is everyone's and goes unsaid).
    static let options: [String: [String]] = [
        "run": ["--json", "--no-pager", "--params", "--set NAME=VALUE", "--timeout SECONDS"],
        "check": ["--json", "--timeout SECONDS", "--verify"],
        "watch": ["--timeout SECONDS"],
        "quiz": ["--answers LIST"],
        "explore": ["--mine", "--keys KEYS", "--size WxH"],
        "solution": ["--force"],
        "reset": ["--all", "--yes"],
        "dev": ["--timeout SECONDS", "--title TITLE"],
        "install": ["--prefix DIR"],
        "uninstall": ["--prefix DIR"],
    ]

    /// Parses the arguments after the program name.
    /// - Throws: `UsageError` for an unknown command, a missing or extra argument,
    ///   or a bad option.
    static func parse(_ arguments: [String]) throws(UsageError) -> Command {
        guard let name = arguments.first else { return .welcome }
        var rest = Array(arguments.dropFirst())
        if name == "--help" || name == "-h" { return .help(nil) }
        if name == "help" {
            guard rest.count <= 1 else { throw UsageError("`kata help` takes at most one command name.") }
            return .help(rest.first)
        }
        guard names.contains(name) else {
            let nearest = names.min { editDistance($0, name) < editDistance($1, name) } ?? "help"
            let hint = name.hasPrefix("-") ? "" : " Did you mean `\(Driver.invocation) \(nearest)`?"
            throw UsageError("Unknown command '\(name)'.\(hint) `\(Driver.invocation) --help` lists the commands.")
        }
        if rest.contains("--help") || rest.contains("-h") { return .help(name) }
        if name == "dev" { return try parseDev(rest) }
        if name == "install" || name == "uninstall" { return try parseInstall(name, rest) }
        if name == "completions" { return try parseCompletions(rest) }
        let timeout = try takeTimeout(from: &rest)
        let settings = name == "run" ? try takeSettings(from: &rest) : []
        let listParameters = name == "run" && takeFlag(["--params"], from: &rest)
        let answers = name == "quiz" ? try takeValue(of: "--answers", from: &rest) : nil
        let keys = name == "explore" ? try takeValue(of: "--keys", from: &rest) : nil
        let size = name == "explore" ? try takeValue(of: "--size", from: &rest) : nil
        let mine = name == "explore" && takeFlag(["--mine"], from: &rest)
        if let size, size.firstMatch(of: #/^[1-9][0-9]*x[1-9][0-9]*$/#) == nil {
            throw UsageError("--size takes WIDTHxHEIGHT, such as 80x24, not '\(size)'.")
        }
        let unpaged = name == "run" && takeFlag(["--no-pager"], from: &rest)
        let force = name == "solution" && takeFlag(["--force", "-f"], from: &rest)
        let yes = name == "reset" && takeFlag(["--yes", "-y"], from: &rest)
        let all = name == "reset" && takeFlag(["--all"], from: &rest)
        let json = (name == "run" || name == "check") && takeFlag(["--json"], from: &rest)
        let verify = name == "check" && takeFlag(["--verify"], from: &rest)
        if let option = rest.first(where: { $0.hasPrefix("-") }) {
            throw unknownOption(option, of: name)
        }
        switch (name, rest.count) {
        case ("list", 0): return .list
        case ("run", 1):
            return .run(rest[0], timeout: timeout, paged: !unpaged, json: json, settings: settings, listParameters: listParameters)
        case ("run", 0): throw UsageError("`kata run` needs a kata id, such as `\(Driver.invocation) run 10.2.1` or `run 10.2`.")
        case ("check", 0...1): return .check(rest.first, timeout: timeout, json: json, verify: verify)
        case ("watch", 0...1): return .watch(rest.first, timeout: timeout)
        case ("solution", 1): return .solution(rest[0], force: force)
        case ("solution", 0): throw UsageError("`kata solution` needs a kata id, such as `\(Driver.invocation) solution 10.2.1`.")
        case ("reset", 1) where !all: return .reset(rest[0], yes: yes)
        case ("reset", 0) where all: return .reset(nil, yes: yes)
        case ("reset", 0): throw UsageError("`kata reset` needs a kata id, such as `\(Driver.invocation) reset 10.2.1`, or --all for every kata.")
        case ("reset", 1): throw UsageError("`kata reset` takes a kata id or --all, not both.")
        case ("quiz", 1): return .quiz(rest[0], answers: answers.map { $0.split(separator: ",", omittingEmptySubsequences: false).map(String.init) })
        case ("explore", 1): return .explore(rest[0], mine: mine, script: keys.map { Script(keys: $0, size: size ?? "80x24") })
        case ("explore", 0): throw UsageError("`kata explore` needs a kata id, such as `\(Driver.invocation) explore 10.2.1`.")
        case ("quiz", 0): throw UsageError("`kata quiz` needs a kata id, such as `\(Driver.invocation) quiz 10.2.1`.")
        case ("hint", 1...2): return .hint(rest[0], exercise: rest.dropFirst().first)
        case ("hint", 0): throw UsageError("`kata hint` needs a kata id, such as `\(Driver.invocation) hint 10.2.1`.")
        default: throw UsageError("Too many arguments for `kata \(name)`. See `\(Driver.invocation) \(name) --help`.")
        }
    }

    /// Removes every spelling of a flag from `arguments`.
    /// - Returns: Whether it was there.
    private static func takeFlag(_ spellings: [String], from arguments: inout [String]) -> Bool {
        let found = arguments.contains { spellings.contains($0) }
        arguments.removeAll { spellings.contains($0) }
        return found
    }

    /// The error for an option `command` does not have: the ones it has, and the
    /// nearest of them when the learner probably mistyped it.
    static func unknownOption(_ option: String, of command: String) -> UsageError {
        let known = options[command] ?? []
        let head = "`kata \(command)` has no option '\(option)'."
        guard !known.isEmpty else {
            return UsageError("\(head) It takes no options. See `\(Driver.invocation) \(command) --help`.")
        }
        // Compare the flag alone: "--timeout SECONDS" is typed "--timeout", and "--timeout=3" likewise.
        let typed = String(option.prefix { $0 != "=" })
        let flags = known.map { String($0.prefix { $0 != " " }) }
        let nearest = flags.min { editDistance($0, typed) < editDistance($1, typed) }
        let guess = nearest.flatMap { editDistance($0, typed) <= max(2, typed.count / 3) ? " Did you mean \($0)?" : nil } ?? ""
        return UsageError("\(head) Its options: \(known.joined(separator: ", ")).\(guess)")
    }

    /// Removes every `--set name=value` (or `--set=name=value`) from `arguments`.
    /// - Returns: The settings, as typed, in order.
    /// - Throws: `UsageError` for a `--set` with nothing after it.
    static func takeSettings(from arguments: inout [String]) throws(UsageError) -> [String] {
        var settings: [String] = []
        var index = arguments.startIndex
        while index < arguments.endIndex {
            if arguments[index] == "--set" {
                guard arguments.indices.contains(index + 1), !arguments[index + 1].hasPrefix("-") else {
                    throw UsageError("--set needs a name=value after it, such as `--set n_samples=500`; "
                                     + "`\(Driver.invocation) run <id> --params` lists a story's parameters.")
                }
                settings.append(arguments[index + 1])
                arguments.removeSubrange(index...(index + 1))
            } else if arguments[index].hasPrefix("--set=") {
                settings.append(String(arguments[index].dropFirst("--set=".count)))
                arguments.remove(at: index)
            } else {
                index += 1
            }
        }
        return settings
    }

    /// Removes `--timeout SECONDS` (or `--timeout=SECONDS`) from `arguments`.
    /// - Returns: The seconds, or `default` when it is not there.
    /// - Throws: `UsageError` for a missing or impossible number.
    static func takeTimeout(from arguments: inout [String], default: Double = defaultTimeout) throws(UsageError) -> Double {
        var value: String?
        if let index = arguments.firstIndex(of: "--timeout") {
            guard arguments.indices.contains(index + 1) else { throw UsageError("--timeout needs a number of seconds.") }
            value = arguments[index + 1]
            arguments.removeSubrange(index...(index + 1))
        } else if let index = arguments.firstIndex(where: { $0.hasPrefix("--timeout=") }) {
            value = String(arguments[index].dropFirst("--timeout=".count))
            arguments.remove(at: index)
        }
        guard let value else { return `default` }
        guard let seconds = Double(value), seconds > 0, seconds <= 3600 else {
            throw UsageError("--timeout takes a number of seconds above 0 and at most 3600, not '\(value)'.")
        }
        return seconds
    }
}
