import Foundation
import KataKit
import Testing
@testable import kata

/// What `kata dev check` says of one kata, judged from what its author program reported.
@Suite("kata dev check: judging one kata")
struct AuthorCheckTests {
    static let kata = KataEntry(id: "10.9.1", slug: "example", title: "Example")
    static let plan = KataPlan(id: "10.9.1", title: "Example", exercises: [
        .init(name: "mean", summary: "The mean.", hints: ["Add, then divide.", "`values.reduce(0, +) / Double(values.count)`"],
              checks: ["four values", "one value", "a million values"]),
    ])
    static let stubLine = CodeLocation(file: "/w/katas/10.9.1-example/Pristine/Solution.swift", line: 9)
    static let message = CheckFailure(call: "mean([1, 2])", expected: "1.5", actual: "1.5")

    /// The plan's checks, graded with the verdicts given in order.
    static func graded(_ verdicts: CheckVerdict..., plan: KataPlan = plan) -> KataResult {
        let names = plan.exercises.flatMap(\.checks)
        return .graded(plan: plan, exercises: [GradedExercise(exercise: plan.exercises[0], checks: zip(names, verdicts).map {
            GradedCheckResult(name: $0.0, verdict: $0.1, output: "")
        })])
    }

    static func judged(reference: KataResult = graded(.passed, .passed, .passed),
                       pristine: KataResult = graded(.notAttempted(stubLine), .notAttempted(stubLine), .notAttempted(stubLine)),
                       probe: KataResult = graded(.failed(message), .failed(message), .failed(message))) -> [String] {
        AuthorCheck(kata: kata, reference: reference, pristine: pristine, probe: probe).problems
    }

    @Test("a kata that holds has no problems, and a summary with its counts")
    func holds() {
        #expect(Self.judged().isEmpty)
        let check = AuthorCheck(kata: Self.kata, reference: Self.graded(.passed, .passed, .passed),
                                pristine: Self.graded(.notAttempted(Self.stubLine), .notAttempted(Self.stubLine),
                                                      .notAttempted(Self.stubLine)),
                                probe: Self.graded(.failed(Self.message), .failed(Self.message), .failed(Self.message)))
        #expect(check.summary.hasPrefix("3 checks pass on the reference"))
        #expect(check.summary.hasSuffix("1 exercise with hints"))
    }

    @Test("each broken promise is named with its exercise and check", arguments: [
        (judged(reference: graded(.passed, .failed(CheckFailure(call: "mean([7.5])", expected: "7.5", actual: "0.0")))),
         "mean: the reference solution does not pass \"one value\": failed: mean([7.5]) should be 7.5, got 0.0."),
        (judged(reference: graded(.notRun("The kata program stopped before this check."), .passed)),
         "mean: the reference solution does not pass \"four values\": did not run (The kata program stopped before this check.)."),
        (judged(pristine: graded(.passed, .notAttempted(stubLine))),
         "mean: the stub as shipped should be not attempted on \"four values\", but it passed."),
        (judged(pristine: graded(.notAttempted(stubLine), .failed(message))),
         "but it failed: mean([1, 2]) should be 1.5, got 1.5. Every exercise in Pristine/Solution.swift must be a bare todo()."),
        (judged(probe: graded(.failed(message), .passed)),
         "mean: \"one value\" passed even with every comparison failing: it never calls expect(…)"),
        (judged(probe: graded(.failed(CheckFailure(call: "mean([1])", expected: " ", actual: "")), .failed(message))),
         "mean: \"four values\" fails with an empty expected and actual"),
        (judged(probe: graded(.timedOut(seconds: 30, report: nil), .failed(message))),
         "mean: \"four values\", made to fail, timed out after 30 s instead of failing."),
        (judged(reference: .didNotCompile([Diagnostic(file: "/w/katas/10.9.1-example/Kata/Checks.swift", line: 3, column: 1,
                                                      message: "cannot find 'x' in scope", excerpt: [])])),
         "The reference solution could not be graded: kata-10.9.1-dev did not compile: /w/katas/10.9.1-example/Kata/Checks.swift:3: cannot find 'x' in scope."),
        (judged(pristine: .couldNotRun("The kata program stopped before its first check.")),
         "The stub as shipped (Pristine/Solution.swift) could not be graded: The kata program stopped before its first check."),
    ])
    func problems(found: [String], expected: String) {
        #expect(found.contains { $0.contains(expected) }, "\(found)")
    }

    @Test("the rules: a summary, 2 or 3 hints, 3 checks or more, each named once; each broken one is named")
    func plans() {
        let bare = KataPlan(id: "10.9.1", title: "Example", exercises: [
            .init(name: "mean", summary: " ", hints: [" "], checks: []),
            .init(name: "spread", summary: "The spread.", hints: ["Square.", "Average."], checks: ["twice", "twice", ""]),
            .init(name: "mode", summary: "The mode.", hints: ["Count.", " "], checks: ["one"]),
            .init(name: "range", summary: "The range.", hints: ["Sort.", "Ends.", "Subtract.", "max − min"],
                  checks: ["a", "b", "c"]),
        ])
        #expect(Self.judged(reference: .graded(plan: bare, exercises: [])) == bare.problems, "dev check holds the one rule set")
        #expect(bare.problems == [
            "mean: no summary. Say in one line what to write.",
            "mean: no hints. Give it 2 or 3, gentle first, explicit last.",
            "mean: no checks. Give it at least 3 (the story's case, a sweep of inputs, an edge), so a wrong answer fails.",
            "spread: a check has no name. Name it for what it tries, in the learner's words.",
            "spread: two checks are named \"twice\"; a verdict must say which one it is.",
            "mode: a hint is blank. Write it, or remove it.",
            "mode: only 1 check. Give it at least 3 (the story's case, a sweep of inputs, an edge), so a wrong answer fails.",
            "range: 4 hints. Give it 2 or 3, gentle first, explicit last.",
        ])
        #expect(Self.plan.problems == [])
        #expect(KataPlan(id: "1", title: "T", exercises: []).problems == ["The kata has no exercises."])
    }
}

/// `kata dev new`: where the kata's line goes in Package.swift, and what is refused.
@Suite("kata dev new: listing and refusing")
struct NewKataTests {
    static let manifest = """
    let katas: [Kata] = [
        Kata("10.2.1", "coin-flip", module: "CoinFlipKata", title: "Coin flip"),
        Kata("10.2.9", "nine", module: "NineKata", title: "Nine"),
        Kata("10.3.1", "three", module: "ThreeKata", title: "Three"),
    ]
    """

    @Test("the line goes in id order, numbers compared as numbers, indented as the others", arguments: [
        ("10.2.10", 3), ("10.2.2", 2), ("10.1.5", 1), ("11.1", 4), ("10.3.0", 3),
    ])
    func order(id: String, line: Int) throws {
        let scaffold = KataScaffold(id: id, slug: "new-one", title: "New one")
        let listed = try #require(Driver.listing(scaffold, in: Self.manifest)).components(separatedBy: "\n")
        #expect(listed[line] == "    Kata(\"\(id)\", \"new-one\", module: \"NewOneKata\", title: \"New one\"),")
        #expect(KataEntry.parse(manifest: listed.joined(separator: "\n")).count == 4)
    }

    @Test("the tests' one list of katas gets the kata's line at its end and its import in order")
    func testList() throws {
        let text = try String(contentsOfFile: "\(WorkbookTests.packageRoot)/\(KataScaffold.testList)", encoding: .utf8)
        let scaffold = KataScaffold(id: "10.3.1", slug: "poisson-counts", title: "Poisson counts")
        let listed = try #require(scaffold.listing(inTests: text)).components(separatedBy: "\n")
        let imports = listed.filter { $0.contains("import ") }
        let modules = imports.map { $0.replacingOccurrences(of: "@testable ", with: "") }
        #expect(modules == modules.sorted())
        let kata = try #require(imports.firstIndex(of: "import PoissonCountsKata"))
        #expect(imports[kata + 1] == "@testable import PoissonCountsKataPristine")
        let end = try #require(listed.firstIndex(of: "]"))
        #expect(listed[end - 1] == "    TestedKata(poissonCountsKata, reference: { PoissonCountsKata.ReferenceSolution() }, "
                + "pristine: { PoissonCountsKataPristine.Solution() }),")
        #expect(listed.count == text.components(separatedBy: "\n").count + 3)
        #expect(scaffold.listing(inTests: "import KataKit\n") == nil)
    }

    @Test("a manifest with no kata lines gets nothing")
    func noList() {
        #expect(Driver.listing(KataScaffold(id: "1.1", slug: "a", title: "A"), in: "let katas: [Kata] = []") == nil)
    }

    @Test("names come from the slug")
    func names() {
        let scaffold = KataScaffold(id: "10.3.1", slug: "poisson-counts-2", title: "Poisson")
        #expect(scaffold.module == "PoissonCounts2Kata")
        #expect(scaffold.folder == "katas/10.3.1-poisson-counts-2")
        #expect(Driver.defaultTitle(slug: "poisson-counts") == "Poisson counts")
        #expect(Set(scaffold.files.map(\.path)).count == scaffold.files.count)
        let stub = scaffold.files.filter { $0.path.hasSuffix("/Solution.swift") }.map(\.text)
        #expect(stub.count == 2 && stub[0] == stub[1], "the learner's file starts as the stub as shipped")
    }

    @Test("a malformed or taken id, slug or title is refused, and nothing is written", arguments: [
        (["10.2.1", "fresh"], "already has that id", ""),
        (["10.3.1", "coin-flip"], "already has that slug", ""), (["10.3.1", "Bad_Slug"], "is not a slug", ""),
        (["x.1", "fresh"], "is not a kata id", ""), (["10.3.1", "fresh"], "no quotes", "say \"hi\""),
    ])
    func refused(arguments: [String], message: String, title: String) throws {
        let copy = try TemporaryWorkbook()
        let before = try String(contentsOfFile: "\(copy.root)/Package.swift", encoding: .utf8)
        let driver = Driver(workbook: copy.workbook, style: .plain, write: { _ in })
        #expect {
            try driver.newKata(id: arguments[0], slug: arguments[1], title: title.isEmpty ? nil : title)
        } throws: { error in
            (error as? UsageError)?.description.contains(message) ?? false
        }
        #expect(try String(contentsOfFile: "\(copy.root)/Package.swift", encoding: .utf8) == before)
        #expect(!FileManager.default.fileExists(atPath: "\(copy.root)/katas/\(arguments[0])-\(arguments[1])"))
    }
}

/// Comparing the committed Docs/ with what the katas write now.
@Suite("kata dev check: Docs drift")
struct DocsDifferenceTests {
    @Test("missing, extra and changed files are each named; equal folders have none")
    func differences() throws {
        let base = FileManager.default.temporaryDirectory.appendingPathComponent("kata-docs-test-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: base) }
        func write(_ files: [String: String], into folder: String) throws {
            for (path, text) in files {
                try FileManager.default.createDirectory(atPath: "\(base)/\(folder)/\((path as NSString).deletingLastPathComponent)",
                                                        withIntermediateDirectories: true)
                try text.write(toFile: "\(base)/\(folder)/\(path)", atomically: true, encoding: .utf8)
            }
        }
        try write(["README.md": "same\n", "a.md": "one\ntwo\n", "old.svg": "<svg/>"], into: "committed")
        try write(["README.md": "same\n", "a.md": "one\nthree\n", "figures/new.svg": "<svg/>"], into: "generated")
        let found = Driver.differences(committed: "\(base)/committed", generated: "\(base)/generated", shownAs: "Docs/9.9")
        #expect(found == [
            "Docs/9.9/figures/new.svg is missing: the katas write it now.",
            "Docs/9.9/old.svg is no longer written by any kata.",
            "Docs/9.9/a.md line 2: committed «two», but the katas now write «three».",
        ])
        #expect(Driver.differences(committed: "\(base)/committed", generated: "\(base)/committed", shownAs: "x").isEmpty)
    }
}
