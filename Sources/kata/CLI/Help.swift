/// The help texts, one per command, each with examples on a real kata.
enum Help {
    /// The help for `command`, or the overview when it is `nil` or unknown.
    /// - Parameters:
    ///   - command: The command, as typed.
    ///   - invocation: What the learner types for the driver: "swift run kata" or "kata".
    ///   - example: The kata the examples use: the workbook's first, or 10.2.1 outside one.
    static func text(for command: String?, invocation: String = Driver.invocation,
                     example: KataEntry = defaultExample) -> String {
        let kata = invocation
        let id = example.id
        let part = id.split(separator: ".").dropLast().joined(separator: ".")
        let some = part.isEmpty ? id : part
        switch command {
        case "list":
            return """
            USAGE: \(kata) list

            Shows a progress bar of the parts you have solved, then lists the katas in order,
            each solved, in progress (checked, or hints seen) or not started, and the next step.

            \(examples([("\(kata) list", "")]))
            """
        case "run":
            return """
            USAGE: \(kata) run <id> [--no-pager] [--timeout SECONDS] [--json] [--set NAME=VALUE]... [--params]

            Tells a kata's story in the terminal: the prose, the Swift code of each step,
            and what that code printed and drew, every number computed as it runs. Then
            grades your Solution.swift and shows the verdicts.

              <id>         10.2.1, a slug such as coin-flip, or a prefix such as 10.2 (all its parts, in order)
              --no-pager   the whole story at once; on a terminal it otherwise pauses after each
                           section (Enter: next section, a: the rest at once, q: quit). Piped
                           output never pauses.
              --timeout SECONDS
                           how long each check may run (default \(Int(Command.defaultTimeout)))
              --json       the results as one JSON document on standard output, with whether the
                           story's self-checks held; the story goes to standard error. The format
                           is described in Docs/results-schema.md.
              --set NAME=VALUE
                           tells the story with its parameter NAME at VALUE: every number, table,
                           plot and claim after it follows (a claim the story makes only for its
                           own value says so when yours breaks it). Repeat for more parameters.
              --params     lists each story's parameters, what they allow and their own values.

            Exits 0 when the story ran and all of its self-checks held (whatever your verdicts:
            grading is `kata check`'s job), 1 when a story self-check failed, 2 on a usage error.

            \(examples([("\(kata) run \(id)", "one kata, by its id"), ("\(kata) run \(example.slug)", "the same kata, by its slug"),
                          ("\(kata) run \(some) --no-pager", "all of \(some) in order, without pauses")]))
            """
        case "check":
            return """
            USAGE: \(kata) check [<id>] [--timeout SECONDS] [--json] [--verify]

            Grades your solutions: all katas, or the one(s) <id> names (10.2.1, coin-flip, or 10.2).
            Each check ends as passed, failed (expected, got, the likely mistake), not attempted
            (still todo()), crashed (the message and your line), timed out, or did not compile.
            A crash or a hang in one check does not stop the checks after it.

              --timeout SECONDS   how long each check may run (default \(Int(Command.defaultTimeout)))
              --json              the results as one JSON document on standard output, and nothing
                                  else there (build progress goes to standard error), for editors,
                                  CI and graders; the format is described in Docs/results-schema.md.
              --verify            for teachers: first compare each kata's story, checks, reference and
                                  stub, and the grader (Package.swift, Sources/), with katas/SHA256SUMS,
                                  and name every file not as shipped (your Solution.swift never counts).
                                  Prints the manifest's fingerprint to compare with the published one.

            Exits 0 when every check passes, 1 otherwise (with --verify, also when a file is
            not as shipped or katas/SHA256SUMS cannot be read), 2 on a usage error.

            \(examples([("\(kata) check", "every kata"), ("\(kata) check \(id)", "one kata"),
                          ("\(kata) check \(some) --timeout 10", "\(some), giving each check 10 seconds"),
                          ("\(kata) check --json > results.json", "the results for an editor or CI")]))
            """
        case "watch":
            return """
            USAGE: \(kata) watch [<id>] [--timeout SECONDS]

            Grades a kata again every time you save one of its files, so you can keep your
            editor open and read the verdicts here. It starts at the first kata you have
            not solved (or at <id>), clears the screen before each grading, and takes
            single keys:

              h   the next hint for the first exercise not passing
              n   move on to the next kata
              r   grade again now
              l   list the katas and your progress
              q   quit (so does Ctrl-C; nothing is left running)

            Each screen fits the terminal: a compile error shows its first error, and a
            report too tall is cut at its end; \(kata) check <id> shows it all.

            Exits 0 when you quit.

            \(examples([("\(kata) watch", "from the first kata you have not solved"),
                          ("\(kata) watch \(id)", "from \(id); n goes on to the next kata")]))
            """
        case "solution":
            return """
            USAGE: \(kata) solution <id> [--force]

            Prints a kata's reference solution (katas/<id>-<slug>/Kata/ReferenceSolution.swift),
            with a header naming the file so you can open it in your editor.

            Once your last check solved the kata, it just shows it. Before that it asks first;
            reading it does not count against anything: nothing is recorded.

              <id>      10.2.1, a slug such as coin-flip, or a prefix such as 10.2
              --force   show it without asking (needed when not at a terminal)

            Exits 0 when shown (or you said no), 1 when a file could not be read, 2 on a usage
            error or when it would need to ask but cannot.

            \(examples([("\(kata) solution \(id)", "asks first while \(id) is not solved"),
                          ("\(kata) solution \(id) --force", "shows it without asking")]))
            """
        case "reset":
            return """
            USAGE: \(kata) reset <id> [--yes]
                   \(kata) reset --all [--yes]

            Puts your Solution.swift back to the pristine stub it started as, without git.
            Your file is first copied to .kata-backups/<id>-<slug>/Solution-<date>-<time>.swift
            (never over an earlier backup), and the command says where. A file that is
            already the stub is left alone. If the backup cannot be made, nothing is reset.

              <id>    10.2.1, a slug such as coin-flip, or a prefix such as 10.2 (all its parts)
              --all   every kata, with one question for all of them
              --yes   reset without asking (needed when not at a terminal)

            Exits 0 when done (or you said no), 1 when a file could not be backed up or
            restored (it is then left as it was), 2 on a usage error or when it would need
            to ask but cannot.

            \(examples([("\(kata) reset \(id)", "asks first: [y/N]"), ("\(kata) reset --all --yes", "every kata, without asking")]))
            """
        case "hint":
            return """
            USAGE: \(kata) hint <id> [<exercise>]

            Shows the next hint you have not seen yet, for the exercise you name (its function's
            name in Solution.swift, such as likelihood) or else for the first exercise that did
            not pass at your last check. Each exercise has hints in tiers, from a nudge to all but
            the answer; the ones you have seen are remembered, so asking again goes one further.
            Once you have seen them all it shows the last one again.

              <id>         one kata: 10.2.1 or a slug such as coin-flip
              <exercise>   the exercise, when not the first unsolved one

            Exits 0 when it showed a hint, 1 when the kata has never built (its hints live in its
            program), 2 on a usage error such as an exercise the kata does not have.

            \(examples([("\(kata) hint \(id)", "the next hint for its first unsolved exercise")]))
            """
        case "quiz":
            return """
            USAGE: \(kata) quiz <id> [--answers LIST]

            Asks the knowledge check of a kata, one question at a time: multiple choice (type the
            letter), a number (within the tolerance it states), or "what does this step print?",
            whose answer is the step's real output, computed as you are asked. Each answer is
            explained; a wrong choice says what picking it reveals. The result is recorded and
            `\(kata) list` shows it beside the exercises. Type s to skip a question.

              <id>             a kata, or a prefix such as 10.2 (each of its katas in turn)
              --answers LIST   the answers, comma-separated (b,0.692,s), instead of typing them

            Exits 0 when it asked every question, 1 when a kata's questions could not be had (its
            program did not build), 2 on a usage error such as a scripted answer that is not one.

            \(examples([("\(kata) quiz \(id)", "the knowledge check of \(id)")]))
            """
        case "explore":
            return """
            USAGE: \(kata) explore <id> [--mine] [--keys KEYS] [--size WxH]

            A full-screen view of a kata, drawn with the kata's own functions and redrawn on every
            key. For 10.2.1: the likelihood and log-likelihood over θ, a cursor (← →, ↑ ↓), flips
            to add or take away (h, t, H, T), and an optimizer to step (g gradient ascent, n
            Newton-Raphson, + - the learning rate), with the path drawn and a step that diverges
            said to. q or Ctrl-C quits and puts the terminal back.

              <id>          one kata, such as 10.2.1
              --mine        draw with your functions instead, once the exercises it calls pass
              --keys KEYS   press KEYS instead of reading the terminal (← → ↑ ↓ ⏎ for arrows
                            and Enter) and print the screen after each: for scripts and tests
              --size WxH    the screen --keys draws on (default 80x24)

            Exits 0 when you quit, 1 when the kata has no view (or --mine cannot be yet), 2 on a
            usage error or without a terminal (then use --keys).

            \(examples([("\(kata) explore \(id)", "explore \(id)'s likelihood")]))
            """
        case "dev":
            return """
            USAGE: \(kata) dev check [--timeout SECONDS]
                   \(kata) dev new <id> <slug> [--title TITLE]
                   \(kata) dev update
                   \(kata) dev docs

            For authors; Docs/authoring.md walks through writing a kata. Each kata has an
            author program, kata-<id>-dev, holding its reference solution and its stub as
            shipped (Pristine/), so none of this depends on the learner's Solution.swift.

              check   proves every kata: its reference passes every check; its stub as shipped
                      is "not attempted" on every check (never passed, failed or crashed);
                      every exercise has at least one hint and one check; every check, made to
                      fail (each comparison in it failing on purpose), fails with a message
                      that says what was called, expected and got; Docs/ are what the katas
                      write now; and katas/SHA256SUMS is current. .ci/run runs it.
                      --timeout SECONDS   how long each check may run (default \(Int(Command.devCheckTimeout)))
              new     writes katas/<id>-<slug>/ with one placeholder exercise, lists it in
                      Package.swift in id order, adds its tests, writes its Docs page and
                      seals it, so that `dev check` passes at once. Example:
                        \(kata) dev new 10.3.1 poisson-counts --title "Poisson counts"
                      --title TITLE       the kata's title (default: the slug in words)
              update  after any change to a kata or to the grader: rewrites Docs/ (as `docs`
                      does) and seals the shipped files (Package.swift, Sources/, and each kata's
                      Kata/, Pristine/ and main.swift) into katas/SHA256SUMS, the manifest that
                      `kata check --verify` and `sha256sum -c katas/SHA256SUMS` compare with,
                      printing its fingerprint. `dev check` and `swift test` fail until the
                      committed manifest is current.
              docs    builds every kata, tells each story, and writes the rendered workbook:
                      Docs/<part>/README.md (the part's contents) and one Markdown page per
                      kata, with each step's code, output and plots (SVG files beside it).
                      Docs are left as they were when a story's self-check fails.

            Exits 0 when everything held or was written, 1 otherwise, 2 on a usage error.

            \(examples([("\(kata) dev check", ""), ("\(kata) dev new 10.3.1 poisson-counts --title \"Poisson counts\"", ""),
                          ("\(kata) dev update", "")]))
            """
        case "install":
            return """
            USAGE: \(kata) install [--prefix DIR]

            Builds kata in release mode (a few minutes the first time, in .build-install/, so
            that a kata watch meanwhile is not held up) and puts it in DIR as
            `kata`, so that you can type `kata check` instead of `swift run kata check`, in any
            folder of the workbook. It says whether your shell will find it there and, when not,
            the line to add to your shell's startup file; and the line that turns on Tab
            completion. The installed kata builds the katas from the workbook's own files, so
            `git pull` brings new katas to it; when the workbook's driver itself changes, it
            says so, and installing again updates it. Another program's file named kata in DIR
            is never replaced.

              --prefix DIR   the folder to put kata in (default ~/.local/bin, made if missing)

            Exits 0 when installed, 1 when the build failed or DIR/kata could not be written
            (or is not a kata), 2 on a usage error.

            \(examples([("\(kata) install", "into ~/.local/bin"), ("\(kata) install --prefix ~/bin", "into ~/bin")]))
            """
        case "uninstall":
            return """
            USAGE: \(kata) uninstall [--prefix DIR]

            Removes the kata that `kata install` put in DIR. A file named kata there that is not
            a kata driver is left alone. `swift run kata` still works in the workbook.

              --prefix DIR   the folder it was installed in (default ~/.local/bin)

            Exits 0 when removed or when there was nothing to remove, 1 when DIR/kata is not a
            kata driver or could not be removed, 2 on a usage error.

            \(examples([("\(kata) uninstall", "from ~/.local/bin"), ("\(kata) uninstall --prefix ~/bin", "from ~/bin")]))
            """
        case "completions":
            return """
            USAGE: \(kata) completions bash|zsh|fish

            Prints a script that makes Tab complete kata's commands, their flags, and kata ids
            and slugs (read from the workbook each time, so new katas complete too). Load it
            from your shell's startup file, once kata is installed (`\(kata) install` prints the
            line for your shell):

              bash   ~/.bashrc:                    source <(kata completions bash)
              zsh    ~/.zshrc, after compinit:     source <(kata completions zsh)
              fish   ~/.config/fish/config.fish:   kata completions fish | source

            Exits 0, or 2 for a shell it has no script for.

            \(examples([("kata completions bash > ~/.kata-completion.bash", "to read it, or source it from a file")]))
            """
        default:
            return """
            kata — a literate, self-grading workbook on Maximum Likelihood Estimation.

            USAGE: \(kata) [<command>] [<arguments>]

            COMMANDS:
              (none)            welcome, your progress, and the next step
              list              the katas and how far you have got
              run <id>          tell a kata's story, then grade your solution
              check [<id>]      grade your solutions (all katas when no id)
              watch [<id>]      grade again on every save; keys for hints, next kata, quit
              solution <id>     show a kata's reference solution
              reset <id>        put a Solution.swift back to its stub (backed up first)
              hint <id> [<ex>]  the next hint for the first unsolved exercise (or the one named)
              quiz <id>         the knowledge check on what a kata's story taught
              explore <id>      a kata's full-screen view: move, change the data, step an optimizer
              dev <command>     (authors) check, new <id> <slug>, update, docs: see `kata dev --help`
              help [<command>]  this text, or a command's
              install           put kata on your PATH, to type `kata check` anywhere in the workbook
              uninstall         remove the installed kata
              completions <sh>  Tab completion for bash, zsh or fish

            Ids: 10.2.1, a slug (coin-flip), or a prefix (10.2 runs all of its parts in order).
            You edit one file per kata: katas/<id>-<slug>/Solution.swift.
            Exit codes: 0 all good, 1 checks failed, 2 usage error.

            \(examples([("\(kata) run \(id)", "read a kata's story"), ("\(kata) check \(id)", "grade your Solution.swift"),
                        ("\(kata) check --help", "one command's help")]))
            """
        }
    }

    /// The kata the examples use outside a workbook: the first of the workbook as shipped.
    static let defaultExample = KataEntry(id: "10.2.1", slug: "coin-flip", title: "Coin flip: 9 heads in 13 flips")

    /// The kata the examples use: the first in the workbook at or above `directory`,
    /// else `defaultExample`.
    /// - Parameter directory: Where the driver was started.
    static func example(near directory: String) -> KataEntry {
        (try? Workbook.locate(from: directory, executablePath: nil))?.katas.first ?? defaultExample
    }

    /// An EXAMPLES section: each command line, then what it does after a `#`, aligned.
    /// - Parameter lines: Each command line, with what it does ("" for nothing).
    private static func examples(_ lines: [(command: String, comment: String)]) -> String {
        let width = lines.filter { !$0.comment.isEmpty }.map(\.command.count).max() ?? 0
        let body = lines.map { line in
            line.comment.isEmpty ? "  " + line.command
                : "  " + line.command.padding(toLength: width, withPad: " ", startingAt: 0) + "   # " + line.comment
        }
        return (lines.count == 1 ? "EXAMPLE:\n" : "EXAMPLES:\n") + body.joined(separator: "\n")
    }
}
