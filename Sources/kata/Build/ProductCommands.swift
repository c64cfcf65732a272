import Foundation

/// The compiler invocations SwiftPM records for a kata's learner program, read from its
/// own build description (`.build/debug.yaml`): compile the module holding the learner's
/// file, wrap its AST for the debugger, link the executable.
///
/// When only the learner's file changed, running these three is what `swift build` would
/// do, without its second of planning. They are read after each good `swift build`, never
/// written by hand, so they follow the toolchain and the manifest.
struct ProductCommands: Codable, Equatable {
    /// Compiles the learner's module, with `-parseable-output` dropped so that errors read
    /// as they do under `swift build`.
    let compile: [String]
    /// Wraps the module's AST into an object file.
    let wrap: [String]
    /// Links the kata binary.
    let link: [String]
    /// The object file the compile makes of the learner's file.
    let solutionObject: String

    /// All three, in the order they run.
    var steps: [[String]] { [compile, wrap, link] }

    /// The commands that build `binary` from `solution`, as recorded in `description`;
    /// `nil` when the description is missing, unreadable, or does not hold all three as
    /// expected (another SwiftPM may write it otherwise: then `swift build` does the work).
    /// - Parameters:
    ///   - binary: The kata binary's path.
    ///   - solution: The learner's file, as an absolute path.
    ///   - description: The build description's path.
    static func read(building binary: String, from solution: String, description: String) -> ProductCommands? {
        guard let text = try? String(contentsOfFile: description, encoding: .utf8) else { return nil }
        let binary = resolved(binary), solution = resolved(solution)
        let object = resolved(solutionObject(building: binary, from: solution))
        let moduleFolder = URL(fileURLWithPath: object).deletingLastPathComponent().path + "/"
        var compile: [String]?, wrap: [String]?, link: [String]?
        for command in commands(in: text) {
            guard let arguments = command.arguments, !arguments.isEmpty else { continue }
            if command.outputs == [binary] {
                link = arguments
            } else if command.outputs.contains(object) && command.inputs.contains(solution) {
                compile = arguments.filter { $0 != "-parseable-output" }
            } else if command.outputs.contains(where: { $0.hasPrefix(moduleFolder) }) && arguments.contains("-modulewrap") {
                wrap = arguments
            }
        }
        guard let compile, let wrap, let link else { return nil }
        return ProductCommands(compile: compile, wrap: wrap, link: link, solutionObject: object)
    }

    /// Where SwiftPM puts the object file of `solution` when it builds `binary`: in the
    /// folder of the binary's module, named for the product with `_` for `-` and `.`.
    /// - Parameters:
    ///   - binary: The kata binary's path.
    ///   - solution: The learner's file, relative or absolute.
    static func solutionObject(building binary: String, from solution: String) -> String {
        let url = URL(fileURLWithPath: binary)
        let module = String(url.lastPathComponent.map { $0.isLetter || $0.isNumber ? $0 : "_" })
        return url.deletingLastPathComponent().path + "/\(module).build/" + URL(fileURLWithPath: solution).lastPathComponent + ".o"
    }

    /// One command of the description: what it reads and writes, and how it is run.
    private struct Command {
        var inputs: [String] = [], outputs: [String] = [], arguments: [String]?
    }

    /// The commands of an llbuild description: each starts at a two-space `"name":` line,
    /// and its fields sit on four-space lines, lists written as JSON.
    private static func commands(in text: String) -> [Command] {
        var commands: [Command] = []
        for line in text.split(separator: "\n", omittingEmptySubsequences: true) {
            if line.hasPrefix("  \"") {
                commands.append(Command())
            } else if !commands.isEmpty, line.hasPrefix("    ") {
                let field = line.dropFirst(4)
                if field.hasPrefix("inputs: ") {
                    commands[commands.count - 1].inputs = list(field.dropFirst(8)) ?? []
                } else if field.hasPrefix("outputs: ") {
                    commands[commands.count - 1].outputs = list(field.dropFirst(9)) ?? []
                } else if field.hasPrefix("args: ") {
                    commands[commands.count - 1].arguments = list(field.dropFirst(6))
                }
            }
        }
        return commands
    }

    private static func list(_ json: Substring) -> [String]? {
        try? JSONDecoder().decode([String].self, from: Data(json.utf8))
    }

    private static func resolved(_ path: String) -> String {
        URL(fileURLWithPath: path).resolvingSymlinksInPath().path
    }
}
