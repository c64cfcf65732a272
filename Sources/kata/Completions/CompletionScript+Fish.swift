extension CompletionScript {
    /// The fish script: `complete` rules for `kata`, with helper functions that find the
    /// command typed so far. It reads the kata ids with `kata completions --ids` on each
    /// Tab that needs them.
    static var fish: String {
        let names = CompletionSpec.commands.map(\.name)
        let commandRules = CompletionSpec.commands.map {
            "complete -c kata -n '__kata_at 0' -a \($0.name) -d '\($0.summary.replacingOccurrences(of: "'", with: "\\'"))'"
        }
        let flagRules = names.filter { $0 != "dev" }.flatMap { name in
            CompletionSpec.flags(of: name).filter { $0 != "--help" }.map { flag in
                "complete -c kata -n '__kata_after \(name)' -l \(flag.dropFirst(2))"
                    + (CompletionSpec.valueOptions.contains(flag) ? (flag == "--prefix" ? " -x -a '(__fish_complete_directories)'" : " -x") : "")
            }
        }
        let devRules = Command.devCommands.flatMap { sub in
            CompletionSpec.devFlags(of: sub).filter { $0 != "--help" }.map { "complete -c kata -n '__kata_dev \(sub)' -l \($0.dropFirst(2)) -x" }
        }
        let idCommands = names.filter { CompletionSpec.argument(of: $0) == .kataIds }
        return """
        # Tab completion for kata, the MLE kata workbook's command, in fish.
        # Load it from ~/.config/fish/config.fish with:  kata completions fish | source

        # The words typed after `kata` that are not options or their values.
        function __kata_arguments
            set -l words (commandline -opc)
            set -e words[1]
            set -l skip 0
            for word in $words
                if test $skip -eq 1
                    set skip 0
                    continue
                end
                switch $word
                    case \(CompletionSpec.valueOptions.joined(separator: " "))
                        set skip 1
                    case '-*'
                    case '*'
                        echo $word
                end
            end
        end

        # True when exactly $argv[1] arguments are typed and the first is one of the rest.
        function __kata_at
            set -l arguments (__kata_arguments)
            test (count $arguments) -eq $argv[1]; or return 1
            test $argv[1] -eq 0; and return 0
            contains -- $arguments[1] $argv[2..-1]
        end

        # True when the command typed is one of $argv.
        function __kata_after
            set -l arguments (__kata_arguments)
            test (count $arguments) -ge 1; and test $arguments[1] != dev; and contains -- $arguments[1] $argv
        end

        # True when the command is `dev` and its author command one of $argv.
        function __kata_dev
            set -l arguments (__kata_arguments)
            test (count $arguments) -ge 2; and test $arguments[1] = dev; and contains -- $arguments[2] $argv
        end

        complete -c kata -f
        complete -c kata -l help -d 'show help'
        \(commandRules.joined(separator: "\n"))
        complete -c kata -n '__kata_at 1 \(idCommands.joined(separator: " "))' -a '(kata completions --ids 2>/dev/null)'
        complete -c kata -n '__kata_at 1 help' -a '\(names.joined(separator: " "))'
        complete -c kata -n '__kata_at 1 completions' -a '\(ShellSetup.Shell.allCases.map(\.rawValue).joined(separator: " "))'
        complete -c kata -n '__kata_at 1 dev' -a '\(Command.devCommands.joined(separator: " "))'
        \(flagRules.joined(separator: "\n"))
        \(devRules.joined(separator: "\n"))

        """
    }
}
