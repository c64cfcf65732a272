import Testing
@testable import kata

@Suite("Command-line parsing")
struct CommandParsingTests {
    @Test("commands and their arguments", arguments: [
        ([], Command.welcome),
        (["list"], .list),
        (["run", "10.2"], .run("10.2", timeout: Command.defaultTimeout)),
        (["run", "--no-pager", "10.2.1"], .run("10.2.1", timeout: Command.defaultTimeout, paged: false)),
        (["dev", "docs"], .writeDocs),
        (["check"], .check(nil, timeout: Command.defaultTimeout)),
        (["check", "10.2.1", "--timeout", "2.5"], .check("10.2.1", timeout: 2.5)),
        (["check", "--timeout=9"], .check(nil, timeout: 9)),
        (["--help"], .help(nil)),
        (["help", "check"], .help("check")),
        (["check", "--help"], .help("check")),
        (["run", "-h"], .help("run")),
        (["check", "--json"], .check(nil, timeout: Command.defaultTimeout, json: true)),
        (["check", "10.2", "--json", "--timeout", "4"], .check("10.2", timeout: 4, json: true)),
        (["run", "--json", "10.2.1"], .run("10.2.1", timeout: Command.defaultTimeout, paged: true, json: true)),
    ])
    func parses(arguments: [String], command: Command) throws {
        #expect(try Command.parse(arguments) == command)
    }

    @Test("usage errors say what went wrong", arguments: [
        (["chek"], "Did you mean `swift run kata check`?"),
        (["run"], "needs a kata id"),
        (["check", "a", "b"], "Too many arguments"),
        (["check", "--timeout"], "needs a number"),
        (["check", "--timeout", "soon"], "not 'soon'"),
        (["check", "--timeout", "-1"], "above 0 and at most 3600"),
        (["check", "--timeout", "0"], "above 0 and at most 3600"),
        (["list", "--verbose"], "has no option '--verbose'"),
        (["--version"], "Unknown command '--version'"),
        (["check", "--no-pager"], "has no option '--no-pager'"),
        (["dev"], "`swift run kata dev docs`"),
        (["dev", "publish"], "`swift run kata dev docs`"),
        (["check", "--jsn"], "`kata check` has no option '--jsn'. Its options: --json, --timeout SECONDS. Did you mean --json?"),
        (["run", "10.2.1", "--no-pagr"], "Its options: --json, --no-pager, --timeout SECONDS. Did you mean --no-pager?"),
        (["check", "--timout=3"], "Did you mean --timeout?"),
        (["list", "--json"], "`kata list` has no option '--json'. It takes no options."),
        (["dev", "docs", "--json"], "`kata dev` has no option '--json'. It takes no options."),
    ])
    func rejects(arguments: [String], message: String) {
        #expect {
            try Command.parse(arguments)
        } throws: { error in
            (error as? UsageError)?.description.contains(message) ?? false
        }
    }

    @Test("an option nothing like any of the command's gets the list but no guess")
    func noGuess() {
        let message = Command.unknownOption("--verbose", of: "check").description
        #expect(message == "`kata check` has no option '--verbose'. Its options: --json, --timeout SECONDS.")
    }

    @Test("every option a command accepts is one its help shows", arguments: Command.options.keys.sorted())
    func optionsMatchHelp(command: String) {
        for option in Command.options[command] ?? [] {
            #expect(Help.text(for: command).contains(option), "\(command): \(option)")
        }
    }

    @Test("every command has its own help", arguments: Command.names)
    func help(command: String) {
        #expect(Help.text(for: command) != Help.text(for: nil) || command == "help")
        #expect(Help.text(for: command).contains("USAGE"))
    }
}
