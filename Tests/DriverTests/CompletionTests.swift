import Foundation
import Testing
@testable import kata

/// The completion scripts, driven as the shells drive them. Bash runs here; zsh and fish
/// are asked to parse their scripts when installed.
@Suite("kata completions")
struct CompletionTests {
    /// Runs `kata` in-process with `arguments` from `directory`.
    static func kata(_ arguments: [String], directory: String = WorkbookTests.packageRoot) -> (status: Int32, output: String) {
        var output = ""
        let status = Driver.main(arguments: arguments, directory: directory, executablePath: nil, style: .plain,
                                 write: { output += $0 })
        return (status, output)
    }

    /// The path of `program` on PATH, or `nil`.
    static func find(_ program: String) -> String? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        return path.split(separator: ":").map { "\($0)/\(program)" }.first { FileManager.default.isExecutableFile(atPath: $0) }
    }

    /// Runs `program` with `arguments`; its standard output, and whether it exited 0.
    static func run(_ program: String, _ arguments: [String]) throws -> (ok: Bool, output: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: program)
        process.arguments = arguments
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = FileHandle.nullDevice
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus == 0, String(decoding: data, as: UTF8.self))
    }

    @Test("--ids lists every kata id, each part, and every slug, one a line, without building")
    func ids() throws {
        let (status, output) = Self.kata(["completions", "--ids"])
        #expect(status == 0)
        let workbook = try WorkbookTests.workbook()
        let lines = output.split(separator: "\n").map(String.init)
        #expect(Set(lines) == Set(workbook.katas.map(\.id) + workbook.katas.map(\.slug) + PartIndex.parts(of: workbook).map(\.part)))
    }

    @Test("the scripts print outside a workbook too: a shell loads them from anywhere")
    func outsideWorkbook() {
        for shell in ["bash", "zsh", "fish"] {
            let (status, output) = Self.kata(["completions", shell], directory: "/")
            #expect(status == 0)
            #expect(output.contains("kata completions --ids"), "\(shell)")
            for command in Command.names {
                #expect(output.contains(command), "\(shell) lacks \(command)")
            }
        }
    }

    /// What bash's completion function offers for `line` (the word being completed last),
    /// with `kata completions --ids` answered by the driver, in-process, beforehand.
    func bashCompletes(_ words: [String], sourceLocation: SourceLocation = #_sourceLocation) throws -> [String] {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("kata-completion-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try Self.kata(["completions", "bash"]).output.write(toFile: "\(folder)/kata.bash", atomically: true, encoding: .utf8)
        try Self.kata(["completions", "--ids"]).output.write(toFile: "\(folder)/ids", atomically: true, encoding: .utf8)
        let quoted = words.map { "'\($0)'" }.joined(separator: " ")
        let script = """
            source '\(folder)/kata.bash'
            # Stands for the installed kata: only the question the script asks.
            kata() { [[ "$1 $2" == "completions --ids" ]] && cat '\(folder)/ids'; }
            COMP_WORDS=(\(quoted)); COMP_CWORD=\(words.count - 1)
            _kata_complete
            printf '%s\\n' "${COMPREPLY[@]}"
            """
        let result = try Self.run("/bin/bash", ["-c", script])
        #expect(result.ok, sourceLocation: sourceLocation)
        return result.output.split(separator: "\n").map(String.init).sorted()
    }

    @Test("bash: the commands after `kata `")
    func bashCommands() throws {
        #expect(try bashCompletes(["kata", ""]) == CompletionSpec.commands.map(\.name).sorted())
        #expect(Set(CompletionSpec.commands.map(\.name)) == Set(Command.names))
    }

    @Test("bash: `ch` completes to check, `he` to help")
    func bashPrefix() throws {
        #expect(try bashCompletes(["kata", "ch"]) == ["check"])
        #expect(try bashCompletes(["kata", "he"]) == ["help"])
    }

    @Test("bash: the flags after `kata check --`")
    func bashFlags() throws {
        #expect(try bashCompletes(["kata", "check", "--"]) == ["--help", "--json", "--timeout", "--verify"])
        #expect(try bashCompletes(["kata", "run", "10.2.1", "--no"]) == ["--no-pager"])
        #expect(try bashCompletes(["kata", "install", "--"]) == ["--help", "--prefix"])
    }

    @Test("bash: the ids after `kata check 10.2.`, slugs, and nothing after an id")
    func bashIds() throws {
        let chapter = try WorkbookTests.workbook().katas.map(\.id).filter { $0.hasPrefix("10.2.") }
        #expect(chapter.count >= 5)
        #expect(try bashCompletes(["kata", "check", "10.2."]) == chapter)
        #expect(try bashCompletes(["kata", "run", "co"]) == ["coin-flip"])
        #expect(try bashCompletes(["kata", "check", "--timeout", "5", "10.2.3"]) == ["10.2.3"])
        #expect(try bashCompletes(["kata", "check", "10.2.1", ""]) == [])
    }

    @Test("bash: dev's author commands and each one's flags; help's commands; completions' shells")
    func bashDev() throws {
        #expect(try bashCompletes(["kata", "dev", ""]) == Command.devCommands.sorted())
        #expect(try bashCompletes(["kata", "dev", "check", "--"]) == ["--help", "--timeout"])
        #expect(try bashCompletes(["kata", "dev", "new", "--t"]) == ["--title"])
        #expect(try bashCompletes(["kata", "help", "un"]) == ["uninstall"])
        #expect(try bashCompletes(["kata", "completions", ""]) == ["bash", "fish", "zsh"])
    }

    @Test("every dev flag the completions offer is one `kata dev` takes")
    func devFlagsMatch() {
        let offered = Set(Command.devCommands.flatMap(CompletionSpec.devFlags(of:)))
        #expect(offered == Set(CompletionSpec.flags(of: "dev")))
    }

    @Test("zsh parses its script", .enabled(if: find("zsh") != nil, "zsh is not installed"))
    func zshParses() throws {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("kata-\(UUID().uuidString).zsh").path
        defer { try? FileManager.default.removeItem(atPath: file) }
        try Self.kata(["completions", "zsh"]).output.write(toFile: file, atomically: true, encoding: .utf8)
        #expect(try Self.run(try #require(Self.find("zsh")), ["-n", file]).ok)
    }

    @Test("fish completes commands, flags and ids", .enabled(if: find("fish") != nil, "fish is not installed"))
    func fishCompletes() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("kata-fish-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try Self.kata(["completions", "fish"]).output.write(toFile: "\(folder)/kata.fish", atomically: true, encoding: .utf8)
        try Self.kata(["completions", "--ids"]).output.write(toFile: "\(folder)/ids", atomically: true, encoding: .utf8)
        let script = """
            source '\(folder)/kata.fish'
            function kata; test "$argv[1] $argv[2]" = "completions --ids"; and cat '\(folder)/ids'; end
            complete -C 'kata ch'; echo ---; complete -C 'kata check 10.2.'; echo ---; complete -C 'kata dev check --t'
            """
        let result = try Self.run(try #require(Self.find("fish")), ["--no-config", "-c", script])
        let answers = result.output.components(separatedBy: "---\n").map {
            $0.split(separator: "\n").map { String($0.prefix { $0 != "\t" }) }
        }
        #expect(answers == [["check"], ["10.2.1", "10.2.2", "10.2.3", "10.2.4", "10.2.5"], ["--timeout"]])
    }

    @Test("fish parses its script", .enabled(if: find("fish") != nil, "fish is not installed"))
    func fishParses() throws {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("kata-\(UUID().uuidString).fish").path
        defer { try? FileManager.default.removeItem(atPath: file) }
        try Self.kata(["completions", "fish"]).output.write(toFile: file, atomically: true, encoding: .utf8)
        #expect(try Self.run(try #require(Self.find("fish")), ["--no-execute", file]).ok)
    }
}
