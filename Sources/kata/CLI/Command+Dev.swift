extension Command {
    /// The author commands, after `kata dev`.
    static let devCommands = ["check", "new", "update", "docs"]

    /// Parses the arguments after `kata dev`.
    /// - Throws: `UsageError` for an unknown author command or a bad argument.
    static func parseDev(_ arguments: [String]) throws(UsageError) -> Command {
        var rest = arguments
        let timeout = try takeTimeout(from: &rest, default: devCheckTimeout)
        let title = try takeValue(of: "--title", from: &rest)
        if let option = rest.first(where: { $0.hasPrefix("-") }) {
            throw unknownOption(option, of: "dev")
        }
        let usage = "`\(Driver.invocation) dev` takes an author command: check, new <id> <slug>, update or docs. "
            + "See `\(Driver.invocation) dev --help`."
        switch (rest.first, rest.count) {
        case ("check", 1): return .devCheck(timeout: timeout)
        case ("update", 1): return .updateShippedFiles
        case ("docs", 1): return .writeDocs
        case ("new", 3):
            return .newKata(id: rest[1], slug: rest[2], title: title)
        case ("new", _):
            throw UsageError("`kata dev new` needs an id and a slug, such as "
                             + "`\(Driver.invocation) dev new 10.3.1 poisson-counts --title \"Poisson counts\"`.")
        default:
            throw UsageError(usage)
        }
    }

    /// Seconds each check may take under `kata dev check` unless `--timeout` says
    /// otherwise: more than a learner's, since a slow reference is a finding, not a hang.
    static let devCheckTimeout: Double = 30

    /// Removes `option` and the value after it (or `option=value`) from `arguments`.
    /// - Returns: The value, or `nil` when the option is absent.
    /// - Throws: `UsageError` when the value is missing.
    static func takeValue(of option: String, from arguments: inout [String]) throws(UsageError) -> String? {
        if let index = arguments.firstIndex(of: option) {
            guard arguments.indices.contains(index + 1) else { throw UsageError("\(option) needs a value.") }
            defer { arguments.removeSubrange(index...(index + 1)) }
            return arguments[index + 1]
        }
        guard let index = arguments.firstIndex(where: { $0.hasPrefix(option + "=") }) else { return nil }
        defer { arguments.remove(at: index) }
        return String(arguments[index].dropFirst(option.count + 1))
    }
}
