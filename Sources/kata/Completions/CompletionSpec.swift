/// What the completion scripts complete, taken from the parser's own tables so that a
/// new command or flag reaches every shell: the commands, each one's flags, and what its
/// arguments are.
enum CompletionSpec {
    /// What a command's first argument is.
    enum Argument: Equatable {
        /// Nothing to complete.
        case none
        /// A kata id, part or slug, read from the workbook at completion time.
        case kataIds
        /// A command name.
        case commands
        /// A shell name.
        case shells
        /// An author command, after `dev`.
        case devCommands
    }

    /// Each command, in the order `kata --help` lists them, with a few words for the
    /// shells that show descriptions (zsh and fish).
    static let commands: [(name: String, summary: String)] = [
        ("list", "the katas and how far you have got"),
        ("run", "tell a kata's story, then grade your solution"),
        ("check", "grade your solutions"),
        ("watch", "grade again on every save"),
        ("hint", "the next hint for an exercise"),
        ("quiz", "the knowledge check of a kata"),
        ("explore", "a kata's full-screen view, driven by keys"),
        ("solution", "show a kata's reference solution"),
        ("reset", "put a Solution.swift back to its stub"),
        ("dev", "author tools: check, new, update, docs"),
        ("help", "the commands, or one command's help"),
        ("install", "put kata on your PATH"),
        ("uninstall", "remove the installed kata"),
        ("completions", "print Tab completion for bash, zsh or fish"),
    ]

    /// The options that take a value: the word after them is not an argument.
    static let valueOptions = ["--timeout", "--prefix", "--title", "--set", "--answers", "--keys", "--size"]

    /// What the first argument of `command` is.
    static func argument(of command: String) -> Argument {
        switch command {
        case "run", "check", "watch", "solution", "reset", "hint", "quiz", "explore": .kataIds
        case "help": .commands
        case "completions": .shells
        case "dev": .devCommands
        default: .none
        }
    }

    /// The flags of `command` as typed (without their values' names), then `--help`.
    static func flags(of command: String) -> [String] {
        (Command.options[command] ?? []).map { String($0.prefix { $0 != " " }) } + ["--help"]
    }

    /// The flags of each author command, after `kata dev`.
    static func devFlags(of subcommand: String) -> [String] {
        switch subcommand {
        case "check": ["--timeout", "--help"]
        case "new": ["--title", "--help"]
        default: ["--help"]
        }
    }

    /// The words a kata argument may be: each id, each part that holds several katas
    /// (10.2), and each slug, one a line.
    /// - Parameter katas: The workbook's katas.
    static func kataWords(_ katas: [KataEntry]) -> String {
        var parts: [String] = []
        for kata in katas {
            let part = kata.id.split(separator: ".").dropLast().joined(separator: ".")
            if !part.isEmpty && !parts.contains(part) { parts.append(part) }
        }
        return (katas.map(\.id) + parts + katas.map(\.slug)).joined(separator: "\n")
    }
}
