extension CompletionScript {
    /// The zsh script: `_kata`, registered with `compdef` (so compinit must have run).
    /// It reads the kata ids with `kata completions --ids` on each Tab that needs them.
    static var zsh: String {
        let described = CompletionSpec.commands.map { "        '\($0.name):\($0.summary.replacingOccurrences(of: "'", with: "'\\''"))'" }
        let flagCases = CompletionSpec.commands.map(\.name).filter { $0 != "dev" }.map {
            "            \($0)) compadd -- \(CompletionSpec.flags(of: $0).joined(separator: " ")) ;;"
        }
        let devFlagCases = Command.devCommands.map {
            "                    \($0)) compadd -- \(CompletionSpec.devFlags(of: $0).joined(separator: " ")) ;;"
        }
        let idCommands = CompletionSpec.commands.map(\.name).filter { CompletionSpec.argument(of: $0) == .kataIds }
        return """
        #compdef kata
        # Tab completion for kata, the MLE kata workbook's command, in zsh.
        # Load it from ~/.zshrc, after compinit, with:  source <(kata completions zsh)
        _kata() {
            local -a commands arguments
            commands=(
        \(described.joined(separator: "\n"))
            )
            # The words typed after `kata` that are not options or their values.
            local i word
            for (( i = 2; i < CURRENT; i++ )); do
                word=${words[i]}
                case $word in
                    \(CompletionSpec.valueOptions.joined(separator: "|"))) (( i++ )) ;;
                    -*) ;;
                    *) arguments+=("$word") ;;
                esac
            done
            case ${words[CURRENT-1]} in
                --prefix) _files -/; return ;;
                --timeout|--title) return ;;
            esac
            if (( ${#arguments} == 0 )); then
                if [[ ${words[CURRENT]} == -* ]]; then compadd -- --help; else _describe -t commands 'kata command' commands; fi
                return
            fi
            if [[ ${words[CURRENT]} == -* ]]; then
                case ${arguments[1]} in
        \(flagCases.joined(separator: "\n"))
                    dev)
                        case ${arguments[2]} in
        \(devFlagCases.joined(separator: "\n"))
                            *) compadd -- \(CompletionSpec.flags(of: "dev").joined(separator: " ")) ;;
                        esac ;;
                esac
                return
            fi
            (( ${#arguments} == 1 )) || return
            case ${arguments[1]} in
                \(idCommands.joined(separator: "|"))) compadd -- ${(f)"$(kata completions --ids 2>/dev/null)"} ;;
                help) _describe -t commands 'kata command' commands ;;
                completions) compadd -- \(ShellSetup.Shell.allCases.map(\.rawValue).joined(separator: " ")) ;;
                dev) compadd -- \(Command.devCommands.joined(separator: " ")) ;;
            esac
        }
        if (( $+functions[compdef] )); then
            compdef _kata kata
        else
            print -u2 "kata completions: run 'autoload -Uz compinit && compinit' before loading them."
        fi

        """
    }
}
