extension Command {
    /// Whether an installed driver checks, before running this command, that it was built
    /// from the workbook's driver sources: not for the completion scripts' questions (a
    /// note there would garble the Tab), nor for `install`, which is the update itself.
    var checksDriverFreshness: Bool {
        switch self {
        case .completionWords, .completions, .install, .uninstall, .help: false
        default: true
        }
    }

    /// Parses the arguments after `kata install` or `kata uninstall`.
    /// - Parameters:
    ///   - name: "install" or "uninstall".
    ///   - arguments: What follows it.
    /// - Throws: `UsageError` for an unknown option, a missing DIR, or an extra argument.
    static func parseInstall(_ name: String, _ arguments: [String]) throws(UsageError) -> Command {
        var rest = arguments
        let prefix = try takeValue(of: "--prefix", from: &rest)
        if prefix?.isEmpty == true { throw UsageError("--prefix needs a folder, such as `--prefix ~/bin`.") }
        if let option = rest.first(where: { $0.hasPrefix("-") }) { throw unknownOption(option, of: name) }
        guard rest.isEmpty else {
            throw UsageError("`kata \(name)` takes no arguments; a folder goes after --prefix, "
                             + "such as `\(Driver.invocation) \(name) --prefix \(rest[0])`.")
        }
        return name == "install" ? .install(prefix: prefix) : .uninstall(prefix: prefix)
    }

    /// Parses the arguments after `kata completions`.
    /// - Throws: `UsageError` unless they are one shell kata has completions for (or `--ids`).
    static func parseCompletions(_ arguments: [String]) throws(UsageError) -> Command {
        if arguments == ["--ids"] { return .completionWords }
        let shells = ShellSetup.Shell.allCases.map(\.rawValue)
        if arguments.count == 1, let shell = ShellSetup.Shell(rawValue: arguments[0]) { return .completions(shell) }
        if let option = arguments.first(where: { $0.hasPrefix("-") }) { throw unknownOption(option, of: "completions") }
        let given = arguments.isEmpty ? "" : " '\(arguments.joined(separator: " "))' is not one of them."
        throw UsageError("`kata completions` takes a shell: \(shells.joined(separator: ", ")).\(given) "
                         + "Such as `\(Driver.invocation) completions bash`.")
    }
}
