/// The help texts, one per command.
enum Help {
    /// The help for `command`, or the overview when it is `nil` or unknown.
    static func text(for command: String?) -> String {
        switch command {
        case "list":
            return """
            USAGE: swift run kata list

            Shows a progress bar of the parts you have solved, then lists the katas in order,
            each solved, in progress (checked, or hints seen) or not started, and the next step.
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
            USAGE: swift run kata check [<id>] [--timeout SECONDS] [--json] [--verify]

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
            """
        case "watch":
            return """
            USAGE: swift run kata watch [<id>] [--timeout SECONDS]

            Grades a kata again every time you save one of its files, so you can keep your
            editor open and read the verdicts here. It starts at the first kata you have not
            solved (or at <id>), clears the screen before each grading, and takes single keys:

              h   the next hint for the first exercise not passing
              n   move on to the next kata
              r   grade again now
              l   list the katas and your progress
              q   quit (so does Ctrl-C; nothing is left running)

            Exits 0 when you quit.
            """
        case "solution":
            return """
            USAGE: swift run kata solution <id> [--force]

            Prints a kata's reference solution (katas/<id>-<slug>/Kata/ReferenceSolution.swift),
            with a header naming the file so you can open it in your editor.

            Once your last check solved the kata, it just shows it. Before that it asks first;
            reading it does not count against anything: nothing is recorded.

              <id>      10.2.1, a slug such as coin-flip, or a prefix such as 10.2
              --force   show it without asking (needed when not at a terminal)

            Exits 0 when shown (or you said no), 1 when a file could not be read, 2 on a usage
            error or when it would need to ask but cannot.
            """
        case "reset":
            return """
            USAGE: swift run kata reset <id> [--yes]
                   swift run kata reset --all [--yes]

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
            """
        case "hint":
            return """
            USAGE: swift run kata hint <id> [<exercise>]

            Shows the next hint you have not seen yet, for the exercise you name (its function's
            name in Solution.swift, such as likelihood) or else for the first exercise that did
            not pass at your last check. Each exercise has hints in tiers, from a nudge to all but
            the answer; the ones you have seen are remembered, so asking again goes one further.
            Once you have seen them all it shows the last one again.

              <id>         one kata: 10.2.1 or a slug such as coin-flip
              <exercise>   the exercise, when not the first unsolved one

            Exits 0 when it showed a hint, 1 when the kata has never built (its hints live in its
            program), 2 on a usage error such as an exercise the kata does not have.
            """
        case "dev":
            return """
            USAGE: swift run kata dev check [--timeout SECONDS]
                   swift run kata dev new <id> <slug> [--title TITLE]
                   swift run kata dev update
                   swift run kata dev docs

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
                        swift run kata dev new 10.3.1 poisson-counts --title "Poisson counts"
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
              watch [<id>]     grade again on every save; keys for hints, next kata, quit
              solution <id>    show a kata's reference solution
              reset <id>       put a Solution.swift back to its stub (backed up first)
              hint <id> [<ex>] the next hint for the first unsolved exercise (or the one named)
              dev <command>    (authors) check, new <id> <slug>, update, docs: see `kata dev --help`
              help [<command>] this text, or a command's

            Ids: 10.2.1, a slug (coin-flip), or a prefix (10.2 runs all of its parts in order).
            You edit one file per kata: katas/<id>-<slug>/Solution.swift.
            Exit codes: 0 all good, 1 checks failed, 2 usage error.
            """
        }
    }
}
