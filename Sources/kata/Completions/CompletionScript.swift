/// The Tab-completion scripts `kata completions <shell>` prints: commands, each command's
/// flags, and kata ids read from the workbook each time they are completed.
enum CompletionScript {
    /// The script for `shell`.
    static func text(for shell: ShellSetup.Shell) -> String {
        switch shell {
        case .bash: bash
        case .zsh: zsh
        case .fish: fish
        }
    }
}
