@testable import kata
import Foundation
import KataKit
import Testing

/// When a kata binary is built, and how, on a workbook whose `swift` and compiler are
/// shell scripts: each "binary" prints the Solution.swift it was built from, so a test can
/// tell which bytes it holds, and each tool notes its calls.
@Suite("When and how a kata is built")
struct KataBuilderTests {
    /// A workbook on disk with one kata, a stand-in `swift` and a stand-in compiler whose
    /// commands the stand-in `swift` records in `.build/debug.yaml`, as SwiftPM does.
    struct FakeWorkbook {
        let workbook: Workbook
        let kata = KataEntry(id: "10.2.1", slug: "coin-flip", title: "Coin flip")
        var root: String { workbook.root }
        var solution: String { workbook.path(kata.solutionFile) }
        var binary: String { workbook.binaryPath(for: kata) }
        var compiler: String { workbook.path("tools/swiftc") }

        init() throws {
            let root = FileManager.default.temporaryDirectory.appendingPathComponent("kata-builder-\(UUID().uuidString)").path
            let kata = KataEntry(id: "10.2.1", slug: "coin-flip", title: "Coin flip")
            for folder in ["\(kata.folder)/Kata", "\(kata.folder)/Pristine", "Sources/KataKit", ".build/debug", "tools"] {
                try FileManager.default.createDirectory(atPath: "\(root)/\(folder)", withIntermediateDirectories: true)
            }
            for (file, text) in ["Package.swift": "// manifest\n", "\(kata.folder)/Solution.swift": "let answer = 1\n",
                                 "\(kata.folder)/main.swift": "run()\n", "\(kata.folder)/Kata/Checks.swift": "// checks\n",
                                 "\(kata.folder)/Pristine/Solution.swift": "let answer = todo()\n",
                                 "Sources/KataKit/Kata.swift": "// kit\n"] {
                try text.write(toFile: "\(root)/\(file)", atomically: false, encoding: .utf8)
            }
            workbook = Workbook(root: root, katas: [kata], binaryDirectory: "\(root)/.build/debug",
                                swiftExecutable: "\(root)/tools/swift")
            // The compiler: `compile` skips a file older than its object, as the incremental
            // compiler does, fails on BROKEN as swiftc does (file:line:col: error:), and may
            // save the learner's file while it runs when asked to; `link` makes a binary that
            // prints the object it was linked from.
            try Self.script("tools/swiftc", in: root, """
                echo "$1" >> "$(dirname "$0")/calls"
                case "$1" in
                  compile)
                    [ -e "$3" ] && [ ! "$2" -nt "$3" ] && exit 0
                    if grep -q BROKEN "$2"; then echo "$2:1:5: error: cannot find 'BROKEN' in scope"; echo "1 | let BROKEN"; exit 1; fi
                    mkdir -p "$(dirname "$3")" && cp "$2" "$3"
                    if [ -e "$(dirname "$0")/save-while-building" ]; then
                      rm "$(dirname "$0")/save-while-building"; echo "// saved while it built" >> "$2"
                    fi ;;
                  link) { echo '#!/bin/sh'; echo "cat <<'END'"; cat "$2"; echo 'END'; } > "$3" && chmod +x "$3" ;;
                esac
                """)
            let object = "\(root)/.build/debug/kata_10_2_1.build/Solution.swift.o"
            let binary = "\(root)/.build/debug/kata-10.2.1"
            let solution = "\(root)/\(kata.solutionFile)", compiler = "\(root)/tools/swiftc"
            let commands = [
                ("C.kata-10.2.1.module", [solution, "\(root)/\(kata.folder)/main.swift"], [object],
                 [compiler, "compile", solution, object, "-parseable-output"]),
                ("\(root)/.build/debug/kata_10_2_1.build/kata_10_2_1.swiftmodule.o", [object],
                 ["\(root)/.build/debug/kata_10_2_1.build/kata_10_2_1.swiftmodule.o"], [compiler, "-modulewrap"]),
                ("C.kata-10.2.1.exe", [object], [binary], [compiler, "link", object, binary]),
            ]
            let description = "client:\n  name: basic\ncommands:\n" + commands.map { name, inputs, outputs, args in
                "  \"\(name)\":\n    tool: shell\n    inputs: \(Self.json(inputs))\n    outputs: \(Self.json(outputs))\n"
                    + "    description: \"\(name)\"\n    args: \(Self.json(args))\n"
            }.joined(separator: "\n")
            try description.write(toFile: "\(root)/tools/debug.yaml", atomically: false, encoding: .utf8)
            // swift build: builds through the same compiler, and records its commands unless
            // the test took the description away.
            try Self.script("tools/swift", in: root, """
                echo "swift $*" >> "$(dirname "$0")/calls"
                root="\(root)"
                [ -e "$root/tools/debug.yaml" ] && cp "$root/tools/debug.yaml" "$root/.build/debug.yaml"
                learner() { "$root/tools/swiftc" compile "$root/\(kata.solutionFile)" "\(object)" && "$root/tools/swiftc" link "\(object)" "\(binary)"; }
                author() { printf '#!/bin/sh\\necho author\\n' > "$root/.build/debug/$1" && chmod +x "$root/.build/debug/$1"; }
                case "$3" in
                  kata-10.2.1) learner ;;
                  "") learner && author kata-10.2.1-dev ;;
                  *) author "$3" ;;
                esac
                """)
        }

        private static func json(_ list: [String]) -> String {
            String(decoding: (try? JSONEncoder().encode(list)) ?? Data(), as: UTF8.self)
        }

        private static func script(_ path: String, in root: String, _ body: String) throws {
            try ProgramFile.write("#!/bin/sh\n\(body)\n", to: "\(root)/\(path)")
        }

        func remove() { try? FileManager.default.removeItem(atPath: root) }

        /// Builds the learner's program (or `product`), and says which tools ran.
        func build(product: String? = nil, alwaysBuild: Bool = false, flags: [String] = []) -> (KataBuilder.Outcome, calls: [String]) {
            try? FileManager.default.removeItem(atPath: workbook.path("tools/calls"))
            let builder = KataBuilder(workbook: workbook, progress: BuildProgress(style: .plain, isTerminal: false),
                                      alwaysBuild: alwaysBuild, flags: flags)
            let outcome = builder.build(kata, product: product)
            return (outcome, calls())
        }

        /// Builds the learner's program and the author's together, and says which tools ran.
        func buildTogether() -> [String] {
            try? FileManager.default.removeItem(atPath: workbook.path("tools/calls"))
            KataBuilder(workbook: workbook, progress: BuildProgress(style: .plain, isTerminal: false))
                .buildTogether([(kata, kata.product), (kata, kata.authorProduct)])
            return calls()
        }

        /// The tools that ran since the last build, in order.
        private func calls() -> [String] {
            let calls = (try? String(contentsOfFile: workbook.path("tools/calls"), encoding: .utf8)) ?? ""
            return calls.split(separator: "\n").map(String.init)
        }

        /// What the kata binary was built from.
        func built() -> String { (try? String(contentsOfFile: binary, encoding: .utf8))?.components(separatedBy: "'END'\n").last?
            .replacingOccurrences(of: "END\n", with: "") ?? "" }

        /// Writes `text` into the learner's file and puts its modification time back to
        /// what it was: a save in the same second, or `touch -d`.
        func write(_ text: String, keepingDate: Bool = true, at path: String? = nil) throws {
            let path = path ?? solution
            let date = try FileManager.default.attributesOfItem(atPath: path)[.modificationDate]
            try text.write(toFile: path, atomically: false, encoding: .utf8)
            if keepingDate, let date { try FileManager.default.setAttributes([.modificationDate: date], ofItemAtPath: path) }
        }
    }

    static let swiftBuild = "swift build --product kata-10.2.1"
    static let recorded = ["compile", "-modulewrap", "link"]

    @Test("the first build goes through swift build; an edit of the learner's file alone runs the recorded commands")
    func fastAfterFirstBuild() throws {
        let fake = try FakeWorkbook()
        defer { fake.remove() }
        let first = fake.build()
        #expect(first.0 == .ready(fake.binary))
        #expect(first.calls == [Self.swiftBuild, "compile", "link"])
        #expect(fake.built() == "let answer = 1\n")

        #expect(fake.build().calls == [], "an unchanged kata is not built again")
        try fake.write("let answer = 2\n")
        let edited = fake.build()
        #expect(edited.0 == .ready(fake.binary))
        #expect(edited.calls == Self.recorded, "only the learner's file changed: no swift build")
        #expect(fake.built() == "let answer = 2\n")
        #expect(fake.build().calls == [])
    }

    @Test("programs not fresh are built in one swift build and stamped: each is then fresh, and the learner's next edit takes the recorded commands")
    func together() throws {
        let fake = try FakeWorkbook()
        defer { fake.remove() }
        #expect(fake.buildTogether() == ["swift build", "compile", "link"])
        #expect(fake.build().calls == [])
        #expect(fake.build(product: fake.kata.authorProduct).calls == [])
        #expect(fake.built() == "let answer = 1\n")
        #expect(fake.buildTogether() == [], "nothing to build")
        try fake.write("let answer = 2\n")
        #expect(fake.build().calls == Self.recorded)
        #expect(fake.built() == "let answer = 2\n")
    }

    @Test("together: one program not fresh is left to build alone; a failed build or a save while it built stamps nothing it concerns")
    func togetherFallsBack() throws {
        let fake = try FakeWorkbook()
        defer { fake.remove() }
        _ = fake.build()
        #expect(fake.buildTogether() == [], "only the author's program is not fresh")

        try fake.write("let BROKEN\n")
        #expect(fake.buildTogether() == ["swift build", "compile"])
        let alone = fake.build()
        guard case .failed(let errors, _) = alone.0 else {
            Issue.record("BROKEN should not compile: \(alone.0)")
            return
        }
        #expect(errors.map(\.message) == ["cannot find 'BROKEN' in scope"])
        #expect(fake.build(product: fake.kata.authorProduct).calls == ["swift build --product kata-10.2.1-dev"])

        // Saved while it built: the author's program is stamped, the learner's is built again.
        try fake.write("let answer = 3\n")
        try fake.write("// edited\n", at: fake.workbook.path("katas/10.2.1-coin-flip/Kata/Checks.swift"))
        _ = FileManager.default.createFile(atPath: fake.workbook.path("tools/save-while-building"), contents: Data())
        #expect(fake.buildTogether() == ["swift build", "compile", "link"])
        #expect(fake.build(product: fake.kata.authorProduct).calls == [])
        #expect(fake.build().calls == [Self.swiftBuild, "compile", "link"])
        #expect(fake.built() == "let answer = 3\n// saved while it built\n")
    }

    @Test("an edit that keeps the file's size and date is built: freshness is by content")
    func sameSecondEdit() throws {
        let fake = try FakeWorkbook()
        defer { fake.remove() }
        _ = fake.build()
        try fake.write("let answer = 7\n")
        #expect(fake.build().calls == Self.recorded)
        #expect(fake.built() == "let answer = 7\n")
        // The same for swift build: the old object goes first, so nothing can skip the file.
        try fake.write("let answer = 8\n", at: fake.workbook.path("Sources/KataKit/Kata.swift"))
        try fake.write("let answer = 9\n")
        let slow = fake.build()
        #expect(slow.calls.first == Self.swiftBuild)
        #expect(fake.built() == "let answer = 9\n")
        let object = ProductCommands.solutionObject(building: fake.binary, from: fake.kata.solutionFile)
        #expect(try String(contentsOfFile: object, encoding: .utf8) == "let answer = 9\n")
    }

    @Test("an editor that renames a new file over the old one is seen, whatever the dates")
    func renamedOver() throws {
        let fake = try FakeWorkbook()
        defer { fake.remove() }
        _ = fake.build()
        let date = try FileManager.default.attributesOfItem(atPath: fake.solution)[.modificationDate]
        let saved = fake.solution + ".swp-new"
        try "let answer = 3\n".write(toFile: saved, atomically: false, encoding: .utf8)
        try FileManager.default.setAttributes([.modificationDate: date as Any], ofItemAtPath: saved)
        #expect(rename(saved, fake.solution) == 0)
        #expect(fake.build().calls == Self.recorded)
        #expect(fake.built() == "let answer = 3\n")
    }

    @Test("a save while the kata builds is built before the verdict, by either path, and never reported as an error")
    func saveWhileBuilding() throws {
        let fake = try FakeWorkbook()
        defer { fake.remove() }
        _ = FileManager.default.createFile(atPath: fake.workbook.path("tools/save-while-building"), contents: Data())
        let slow = fake.build()
        #expect(slow.0 == .ready(fake.binary))
        #expect(slow.calls == [Self.swiftBuild, "compile", "link"] + Self.recorded)
        #expect(fake.built() == "let answer = 1\n// saved while it built\n")

        try fake.write("let answer = 4\n")
        _ = FileManager.default.createFile(atPath: fake.workbook.path("tools/save-while-building"), contents: Data())
        #expect(fake.build().calls == Self.recorded + Self.recorded)
        #expect(fake.built() == "let answer = 4\n// saved while it built\n")
        #expect(fake.build().calls == [])
    }

    @Test("a save after the build, while the binary grades, makes the next build build it")
    func saveWhileGrading() throws {
        let fake = try FakeWorkbook()
        defer { fake.remove() }
        _ = fake.build()
        // As the kata binary runs its checks, the learner saves: nothing rebuilds until asked.
        try fake.write("let answer = 5\n")
        #expect(fake.build().calls == Self.recorded)
        #expect(fake.built() == "let answer = 5\n")
    }

    @Test("the recorded commands give the diagnostics swift build gives")
    func sameDiagnostics() throws {
        let fake = try FakeWorkbook()
        defer { fake.remove() }
        _ = fake.build()
        try fake.write("let BROKEN\n")
        let fast = fake.build()
        #expect(fast.calls == ["compile"], "a failed compile stops before the link")
        let slow = fake.build(alwaysBuild: true)
        #expect(slow.calls.first == Self.swiftBuild)
        guard case .failed(let fastErrors, _) = fast.0, case .failed(let slowErrors, _) = slow.0 else {
            Issue.record("BROKEN should not compile: \(fast.0), \(slow.0)")
            return
        }
        #expect(fastErrors.map(\.message) == ["cannot find 'BROKEN' in scope"])
        #expect(fastErrors == slowErrors)
        // The failed build is not fresh: the next build tries again.
        #expect(!fake.build().calls.isEmpty)
    }

    @Test("anything but the learner's file changed goes through swift build", arguments: [
        "Sources/KataKit/Kata.swift", "Package.swift", "katas/10.2.1-coin-flip/main.swift",
        "katas/10.2.1-coin-flip/Kata/Checks.swift",
    ])
    func otherSourcesFallBack(_ path: String) throws {
        let fake = try FakeWorkbook()
        defer { fake.remove() }
        _ = fake.build()
        try fake.write("// edited\n", at: fake.workbook.path(path))
        try fake.write("let answer = 6\n")
        #expect(fake.build().calls.first == Self.swiftBuild)
        #expect(fake.built() == "let answer = 6\n")
    }

    @Test("a new file in the kata's folder goes through swift build; an editor's backup does not count")
    func newFiles() throws {
        let fake = try FakeWorkbook()
        defer { fake.remove() }
        _ = fake.build()
        try "x".write(toFile: fake.solution + "~", atomically: false, encoding: .utf8)
        try "x".write(toFile: fake.workbook.path("\(fake.kata.folder)/.Solution.swift.swp"), atomically: false, encoding: .utf8)
        #expect(fake.build().calls == [])
        try "// more\n".write(toFile: fake.workbook.path("\(fake.kata.folder)/Helpers.swift"), atomically: false, encoding: .utf8)
        #expect(fake.build().calls.first == Self.swiftBuild)
    }

    @Test("a changed compiler, a binary someone else rebuilt, or no readable description: swift build")
    func toolchainAndDescriptionFallBack() throws {
        let fake = try FakeWorkbook()
        defer { fake.remove() }
        _ = fake.build()
        // The toolchain updated in place.
        try FileManager.default.setAttributes([.modificationDate: Date(timeIntervalSinceNow: -3600)], ofItemAtPath: fake.compiler)
        try fake.write("let answer = 10\n")
        #expect(fake.build().calls.first == Self.swiftBuild)

        // A hand-typed swift build replaced the binary: it is stale, and rebuilt by swift build.
        try fake.write("#!/bin/sh\necho other\n", keepingDate: false, at: fake.binary)
        #expect(fake.build().calls.first == Self.swiftBuild)
        #expect(fake.built() == "let answer = 10\n")

        // SwiftPM wrote no description this driver can read at its last build.
        try FileManager.default.removeItem(atPath: fake.workbook.path("tools/debug.yaml"))
        try "commands:\n  \"x\":\n    args: [not json\n".write(toFile: fake.workbook.path(".build/debug.yaml"), atomically: false, encoding: .utf8)
        try fake.write("// edited\n", at: fake.workbook.path("Sources/KataKit/Kata.swift"))
        try fake.write("let answer = 11\n")
        #expect(fake.build().calls.first == Self.swiftBuild)
        #expect(BuildStamp.load(for: fake.binary)?.commands == nil)
        try fake.write("let answer = 12\n")
        #expect(fake.build().calls.first == Self.swiftBuild)
        #expect(fake.built() == "let answer = 12\n")
    }

    @Test("KATA_SWIFT_BUILD_FLAGS reach swift build, and a binary built with other flags is stale")
    func flags() throws {
        let fake = try FakeWorkbook()
        defer { fake.remove() }
        let asan = ["-Xswiftc", "-sanitize=address"]
        #expect(SwiftBuild.extraFlags(["KATA_SWIFT_BUILD_FLAGS": "-Xswiftc -sanitize=address"]) == asan)
        #expect(SwiftBuild.extraFlags([:]) == [])
        #expect(fake.build(flags: asan).calls.first == Self.swiftBuild + " -Xswiftc -sanitize=address")
        #expect(fake.build(flags: asan).calls == [])
        #expect(fake.build().calls.first == Self.swiftBuild)
    }

    @Test("a stamp an earlier driver wrote (an empty file) makes the binary stale")
    func oldStamp() throws {
        let fake = try FakeWorkbook()
        defer { fake.remove() }
        _ = fake.build()
        #expect(FileManager.default.createFile(atPath: BuildStamp.path(for: fake.binary), contents: Data()))
        #expect(fake.build().calls.first == Self.swiftBuild)
        #expect(fake.build().calls == [])
    }

    @Test("the author's program is built by swift build, and an edit of the learner's file leaves it fresh")
    func authorProgram() throws {
        let fake = try FakeWorkbook()
        defer { fake.remove() }
        let product = "kata-10.2.1-dev"
        #expect(fake.build(product: product).calls == ["swift build --product \(product)"])
        try fake.write("let BROKEN\n")
        #expect(fake.build(product: product) == (.ready(fake.workbook.binaryPath(forProduct: product)), []))
        try fake.write("// edited\n", at: fake.workbook.path("\(fake.kata.folder)/Kata/Checks.swift"))
        #expect(fake.build(product: product).calls == ["swift build --product \(product)"])
    }

    @Test("a fresh binary is not rebuilt, unless every kata is to be handed to swift build (check --verify)")
    func alwaysBuild() throws {
        let fake = try FakeWorkbook()
        defer { fake.remove() }
        _ = fake.build()
        #expect(fake.build().calls == [])
        #expect(fake.build(alwaysBuild: true).calls.first == Self.swiftBuild)
    }

    @Test("a build folder that cannot be written is named before swift build runs")
    func unwritableBuildFolder() throws {
        let fake = try FakeWorkbook()
        defer { fake.remove() }
        #expect(BuildFolder.unwritable(in: fake.workbook) == nil)
        // A file where the build folder should be: it cannot be written into, even by root.
        try FileManager.default.removeItem(atPath: fake.workbook.path(".build"))
        _ = FileManager.default.createFile(atPath: fake.workbook.path(".build"), contents: Data())
        let folder = try #require(BuildFolder.unwritable(in: fake.workbook))
        #expect(folder == ".build (Not a directory)")
        let (outcome, calls) = fake.build()
        guard case .failed(let errors, let output) = outcome else {
            Issue.record("\(fake.binary) cannot be built, yet the build did not fail")
            return
        }
        #expect(calls == [])
        #expect(errors.isEmpty)
        #expect(output.contains("kata-10.2.1 needs building"))
        #expect(output.contains("cannot write to .build (Not a directory)"))
    }

    @Test("swift build runs with the driver's environment, `_` naming swift as a shell would")
    func buildEnvironmentNamesSwift() throws {
        let fake = try FakeWorkbook()
        defer { fake.remove() }
        let build = SwiftBuild(workbook: fake.workbook, progress: BuildProgress(style: .plain))
        // As the installed `kata` is started by a shell: `_` is its own path.
        let environment = build.environment(["_": "/home/learner/.local/bin/kata", "PATH": "/usr/bin", "TERM": "xterm"])
        #expect(environment == ["_": fake.workbook.swiftExecutable, "PATH": "/usr/bin", "TERM": "xterm"])
    }
}
