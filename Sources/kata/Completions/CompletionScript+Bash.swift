extension CompletionScript {
    /// The bash script: `_kata_complete`, registered for `kata` with `complete -F`.
    /// It reads the kata ids with `kata completions --ids` on each Tab that needs them,
    /// so new katas complete as soon as `git pull` brings them.
    static var bash: String {
        let commands = CompletionSpec.commands.map(\.name).joined(separator: " ")
        let cases = CompletionSpec.commands.map(\.name).map { name in
            let argument: String = switch CompletionSpec.argument(of: name) {
            case .none: ""
            case .kataIds: " ids=1;"
            case .commands: " words=\"\(commands)\";"
            case .shells: " words=\"\(ShellSetup.Shell.allCases.map(\.rawValue).joined(separator: " "))\";"
            case .devCommands: " words=\"\(Command.devCommands.joined(separator: " "))\";"
            }
            return "        \(name)) flags=\"\(CompletionSpec.flags(of: name).joined(separator: " "))\";\(argument) ;;"
        }
        let devCases = Command.devCommands.map {
            "            \($0)) flags=\"\(CompletionSpec.devFlags(of: $0).joined(separator: " "))\" ;;"
        }
        let valueOptions = CompletionSpec.valueOptions.joined(separator: "|")
        return """
        # Tab completion for kata, the MLE kata workbook's command, in bash.
        # Load it from ~/.bashrc with:  source <(kata completions bash)
        _kata_complete() {
            local cur=${COMP_WORDS[COMP_CWORD]} prev=
            (( COMP_CWORD > 0 )) && prev=${COMP_WORDS[COMP_CWORD-1]}
            # The command, the author command after `dev`, and how many arguments follow them.
            local command= sub= arguments=0 word i
            for (( i = 1; i < COMP_CWORD; i++ )); do
                word=${COMP_WORDS[i]}
                case $word in
                    \(valueOptions))
                        # The value is the next word, or the one after `=` (bash splits words there).
                        [[ ${COMP_WORDS[i+1]} == = ]] && (( i++ ))
                        (( i++ )) ;;
                    -*|=) ;;
                    *)
                        if [[ -z $command ]]; then command=$word
                        elif [[ $command == dev && -z $sub ]]; then sub=$word
                        else (( arguments++ )); fi ;;
                esac
            done
            case $prev in
                --prefix) local IFS=$'\\n'; compopt -o filenames 2>/dev/null; COMPREPLY=( $(compgen -d -- "$cur") ); return ;;
                --timeout|--title) COMPREPLY=(); return ;;
            esac
            local flags="--help" words= ids=
            if [[ -z $command ]]; then
                words="\(commands)"
            else
                case $command in
        \(cases.joined(separator: "\n"))
                    *) ;;
                esac
                if [[ $command == dev && -n $sub ]]; then
                    words=
                    case $sub in
        \(devCases.joined(separator: "\n"))
                    esac
                fi
                (( arguments > 0 )) && words= ids=
            fi
            if [[ $cur == -* ]]; then
                words=$flags
            elif [[ -n $ids ]]; then
                words=$(kata completions --ids 2>/dev/null)
            fi
            local IFS=$' \\t\\n'
            COMPREPLY=( $(compgen -W "$words" -- "$cur") )
        }
        complete -F _kata_complete kata

        """
    }
}
