/// The help texts, one per command.
enum Help {
    /// The help for `command`, or the overview when it is `nil` or unknown.
    static func text(for command: String?) -> String {
        switch command {
        case "list":
            return """
            USAGE: swift run kata list

            Lists the katas in order, each with how far you have got (from your last check).
            """
        case "run":
            return """
            USAGE: swift run kata run <id> [--no-pager] [--timeout SECONDS] [--json]

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

            Exits 0 when the story ran and all of its self-checks held (whatever your verdicts:
            grading is `kata check`'s job), 1 when a story self-check failed, 2 on a usage error.
            """
        case "check":
            return """
            USAGE: swift run kata check [<id>] [--timeout SECONDS] [--json]

            Grades your solutions: all katas, or the one(s) <id> names (10.2.1, coin-flip, or 10.2).
            Each check ends as passed, failed (expected, got, the likely mistake), not attempted
            (still todo()), crashed (the message and your line), timed out, or did not compile.
            A crash or a hang in one check does not stop the checks after it.

              --timeout SECONDS   how long each check may run (default \(Int(Command.defaultTimeout)))
              --json              the results as one JSON document on standard output, and nothing
                                  else there (build progress goes to standard error), for editors,
                                  CI and graders; the format is described in Docs/results-schema.md.

            Exits 0 when every check passes, 1 otherwise, 2 on a usage error.
            """
        case "dev":
            return """
            USAGE: swift run kata dev docs

            For authors. Builds every kata, tells each story, and writes the rendered workbook:
            Docs/<part>/README.md (the part's contents) and one Markdown page per kata, with
            the code of every step, its output, and its plots as SVG files beside the page.
            `swift test` fails while the committed Docs differ from what this writes.

            Exits 0 when every page was written, 1 when a kata did not build or a story's
            self-check failed (Docs are then left as they were).
            """
        default:
            return """
            kata — a literate, self-grading workbook on Maximum Likelihood Estimation.

            USAGE: swift run kata [<command>] [<arguments>]

            COMMANDS:
              (none)           welcome, your progress, and the next step
              list             the katas and how far you have got
              run <id>         tell a kata's story, then grade your solution
              check [<id>]     grade your solutions (all katas when no id)
              dev docs         (authors) write the rendered workbook into Docs/
              help [<command>] this text, or a command's

            Ids: 10.2.1, a slug (coin-flip), or a prefix (10.2 runs all of its parts in order).
            You edit one file per kata: katas/<id>-<slug>/Solution.swift.
            Exit codes: 0 all good, 1 checks failed, 2 usage error.
            """
        }
    }
}
