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
        (["dev", "check"], .devCheck(timeout: Command.devCheckTimeout)),
        (["dev", "check", "--timeout", "60"], .devCheck(timeout: 60)),
        (["dev", "new", "10.3.1", "poisson-counts"], .newKata(id: "10.3.1", slug: "poisson-counts", title: nil)),
        (["dev", "new", "10.3.1", "poisson", "--title", "Poisson counts"],
         .newKata(id: "10.3.1", slug: "poisson", title: "Poisson counts")),
        (["dev", "new", "--title=Waits", "10.3.2", "waits"], .newKata(id: "10.3.2", slug: "waits", title: "Waits")),
        (["dev", "update"], .updateShippedFiles),
        (["watch"], .watch(nil, timeout: Command.defaultTimeout)),
        (["watch", "10.2.2", "--timeout", "5"], .watch("10.2.2", timeout: 5)),
        (["check"], .check(nil, timeout: Command.defaultTimeout)),
        (["check", "10.2.1", "--timeout", "2.5"], .check("10.2.1", timeout: 2.5)),
        (["check", "--timeout=9"], .check(nil, timeout: 9)),
        (["solution", "10.2.1"], .solution("10.2.1", force: false)),
        (["solution", "--force", "coin-flip"], .solution("coin-flip", force: true)),
        (["reset", "10.2"], .reset("10.2", yes: false)),
        (["reset", "10.2.1", "--yes"], .reset("10.2.1", yes: true)),
        (["reset", "--all", "-y"], .reset(nil, yes: true)),
        (["reset", "--help"], .help("reset")),
        (["hint", "10.2.1"], .hint("10.2.1", exercise: nil)),
        (["hint", "coin-flip", "likelihood"], .hint("coin-flip", exercise: "likelihood")),
        (["--help"], .help(nil)),
        (["help", "check"], .help("check")),
        (["check", "--help"], .help("check")),
        (["run", "-h"], .help("run")),
        (["check", "--json"], .check(nil, timeout: Command.defaultTimeout, json: true)),
        (["check", "10.2", "--json", "--timeout", "4"], .check("10.2", timeout: 4, json: true)),
        (["run", "--json", "10.2.1"], .run("10.2.1", timeout: Command.defaultTimeout, paged: true, json: true)),
        (["run", "10.2.2", "--set", "n_samples=500", "--set=sigma=1.5"],
         .run("10.2.2", timeout: Command.defaultTimeout, settings: ["n_samples=500", "sigma=1.5"])),
        (["run", "10.2", "--params"], .run("10.2", timeout: Command.defaultTimeout, listParameters: true)),
        (["quiz", "10.2.1"], .quiz("10.2.1", answers: nil)),
        (["explore", "10.2.1"], .explore("10.2.1", mine: false, script: nil)),
        (["explore", "coin-flip", "--mine", "--keys", "→g"], .explore("coin-flip", mine: true, script: .init(keys: "→g", size: "80x24"))),
        (["explore", "10.2.1", "--keys=q", "--size", "120x40"], .explore("10.2.1", mine: false, script: .init(keys: "q", size: "120x40"))),
        (["quiz", "10.2.1", "--answers", "b,0.692,s"], .quiz("10.2.1", answers: ["b", "0.692", "s"])),
        (["quiz", "--answers=a", "coin-flip"], .quiz("coin-flip", answers: ["a"])),
        (["check", "--verify"], .check(nil, timeout: Command.defaultTimeout, verify: true)),
        (["check", "10.2.3", "--json", "--verify"], .check("10.2.3", timeout: Command.defaultTimeout, json: true, verify: true)),
        (["install"], .install(prefix: nil)),
        (["install", "--prefix", "/tmp/bin"], .install(prefix: "/tmp/bin")),
        (["install", "--prefix=~/bin"], .install(prefix: "~/bin")),
        (["uninstall"], .uninstall(prefix: nil)),
        (["uninstall", "--prefix", "bin"], .uninstall(prefix: "bin")),
        (["install", "--help"], .help("install")),
        (["completions", "bash"], .completions(.bash)),
        (["completions", "zsh"], .completions(.zsh)),
        (["completions", "fish"], .completions(.fish)),
        (["completions", "--ids"], .completionWords),
        (["help", "completions"], .help("completions")),
    ])
    func parses(arguments: [String], command: Command) throws {
        #expect(try Command.parse(arguments) == command)
    }

    @Test("usage errors say what went wrong", arguments: [
        (["chek"], "Did you mean `swift run kata check`?"),
        (["run"], "needs a kata id"),
        (["run", "10.2.2", "--set"], "--set needs a name=value after it"),
        (["quiz"], "`kata quiz` needs a kata id"),
        (["explore", "10.2.1", "--keys", "g", "--size", "80"], "--size takes WIDTHxHEIGHT, such as 80x24, not '80'."),
        (["explore"], "`kata explore` needs a kata id"),
        (["quiz", "10.2.1", "--answers"], "--answers needs a value."),
        (["run", "10.2.2", "--set", "--json"], "--set needs a name=value after it"),
        (["check", "--set", "n=1"], "`kata check` has no option '--set'"),
        (["check", "a", "b"], "Too many arguments"),
        (["check", "--timeout"], "needs a number"),
        (["check", "--timeout", "soon"], "not 'soon'"),
        (["check", "--timeout", "-1"], "above 0 and at most 3600"),
        (["check", "--timeout", "0"], "above 0 and at most 3600"),
        (["list", "--verbose"], "has no option '--verbose'"),
        (["--version"], "Unknown command '--version'"),
        (["check", "--no-pager"], "has no option '--no-pager'"),
        (["solution"], "needs a kata id"),
        (["solution", "10.2.1", "--yes"], "has no option '--yes'"),
        (["reset"], "or --all"),
        (["reset", "10.2.1", "--all"], "not both"),
        (["reset", "10.2.1", "--force"], "has no option '--force'"),
        (["hint"], "needs a kata id"),
        (["hint", "10.2.1", "likelihood", "more"], "Too many arguments"),
        (["dev"], "takes an author command: check, new <id> <slug>, update or docs"),
        (["dev", "publish"], "takes an author command: check, new <id> <slug>, update or docs"),
        (["dev", "new", "10.3.1"], "needs an id and a slug"),
        (["dev", "new", "10.3.1", "x", "--title"], "--title needs a value"),
        (["dev", "check", "extra"], "takes an author command"),
        (["check", "--jsn"], "`kata check` has no option '--jsn'. Its options: --json, --timeout SECONDS, --verify. Did you mean --json?"),
        (["dev", "update", "10.2.1"], "takes an author command"),
        (["run", "10.2.1", "--verify"], "`kata run` has no option '--verify'"),
        (["run", "10.2.1", "--no-pagr"], "Its options: --json, --no-pager, --params, --set NAME=VALUE, --timeout SECONDS. Did you mean --no-pager?"),
        (["check", "--timout=3"], "Did you mean --timeout?"),
        (["list", "--json"], "`kata list` has no option '--json'. It takes no options."),
        (["dev", "docs", "--json"], "`kata dev` has no option '--json'. Its options: --timeout SECONDS, --title TITLE."),
        (["install", "--prefix"], "--prefix needs a value"),
        (["install", "--prefix="], "--prefix needs a folder"),
        (["install", "--prefx", "/tmp"], "`kata install` has no option '--prefx'. Its options: --prefix DIR. Did you mean --prefix?"),
        (["install", "/tmp/bin"], "a folder goes after --prefix, such as `swift run kata install --prefix /tmp/bin`"),
        (["uninstall", "--yes"], "`kata uninstall` has no option '--yes'"),
        (["completions"], "`kata completions` takes a shell: bash, zsh, fish."),
        (["completions", "tcsh"], "'tcsh' is not one of them"),
        (["completions", "bash", "zsh"], "takes a shell"),
        (["completions", "--json"], "`kata completions` has no option '--json'. It takes no options."),
        (["instal"], "Did you mean `swift run kata install`?"),
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
        #expect(message == "`kata check` has no option '--verbose'. Its options: --json, --timeout SECONDS, --verify.")
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
