import Foundation

/// The lines a learner adds to their shell's startup file so that it finds `kata`, and
/// completes its commands and kata ids on Tab.
struct ShellSetup: Equatable {
    /// The shells `kata` knows the startup files and syntax of.
    enum Shell: String, CaseIterable {
        /// Bash: ~/.bashrc, `export PATH=…`, `complete -F`.
        case bash
        /// Zsh: ~/.zshrc, `export PATH=…`, `compdef` once compinit has run.
        case zsh
        /// Fish: ~/.config/fish/config.fish, `fish_add_path`, `complete -c`.
        case fish
    }

    /// The learner's shell; `nil` when `$SHELL` names another or none.
    let shell: Shell?
    /// The learner's home folder, written as `$HOME` (`~` for fish) in the lines shown.
    let home: String?

    /// The setup for the shell `$SHELL` names.
    /// - Parameter environment: The process environment.
    init(environment: [String: String]) {
        shell = environment["SHELL"].flatMap { Shell(rawValue: URL(fileURLWithPath: $0).lastPathComponent) }
        home = environment["HOME"].flatMap { $0.isEmpty ? nil : $0 }
    }

    /// The startup file the lines go in, as the learner would name it.
    var startupFile: String {
        switch shell {
        case .bash: "~/.bashrc"
        case .zsh: "~/.zshrc"
        case .fish: "~/.config/fish/config.fish"
        case nil: "your shell's startup file (such as ~/.profile)"
        }
    }

    /// The line that puts `folder` on the PATH in this shell.
    /// - Parameter folder: An absolute path.
    func pathLine(adding folder: String) -> String {
        if shell == .fish { return "fish_add_path \(fishQuoted(folder))" }
        return "export PATH=\"\(doubleQuotedBody(folder)):$PATH\""
    }

    /// The line that loads kata's completions in this shell; `nil` when kata has none for it.
    var completionLine: String? {
        switch shell {
        case .bash: "source <(kata completions bash)"
        case .zsh: "source <(kata completions zsh)"
        case .fish: "kata completions fish | source"
        case nil: nil
        }
    }

    /// `folder` for inside double quotes in bash or zsh, the home folder as `$HOME`.
    private func doubleQuotedBody(_ folder: String) -> String {
        if let home, folder == home || folder.hasPrefix(home + "/") {
            return "$HOME" + escapedForDoubleQuotes(String(folder.dropFirst(home.count)))
        }
        return escapedForDoubleQuotes(folder)
    }

    /// `text` with the characters double quotes still interpret escaped.
    private func escapedForDoubleQuotes(_ text: String) -> String {
        var escaped = ""
        for character in text {
            if "\"$`\\".contains(character) { escaped.append("\\") }
            escaped.append(character)
        }
        return escaped
    }

    /// `folder` as one fish word: the home folder as `~`, the rest single-quoted when needed.
    private func fishQuoted(_ folder: String) -> String {
        if let home, folder.hasPrefix(home + "/") {
            let rest = String(folder.dropFirst(home.count + 1))
            return rest.allSatisfy(isPlain) ? "~/\(rest)" : "~/" + singleQuoted(rest)
        }
        return folder.allSatisfy(isPlain) ? folder : singleQuoted(folder)
    }

    /// Whether `character` needs no quoting in a shell word.
    private func isPlain(_ character: Character) -> Bool {
        character.isLetter || character.isNumber || "/._-+,@%".contains(character)
    }

    /// `text` in fish's single quotes, where only `\` and `'` are escaped.
    private func singleQuoted(_ text: String) -> String {
        "'" + text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "'", with: "\\'") + "'"
    }
}
