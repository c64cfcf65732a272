import Foundation
import Testing
import KataKit
@testable import kata

@Suite("The results document of --json")
struct ResultsDocumentTests {
    static let root = "/learner/workbook"
    static let workbook = Workbook(root: root, katas: [], binaryDirectory: root + "/.build/debug", swiftExecutable: "/usr/bin/swift")
    static let solved = KataEntry(id: "1.1.1", slug: "one", title: "One")
    static let mixed = KataEntry(id: "1.1.2", slug: "two", title: "Two")
    static let broken = KataEntry(id: "1.1.3", slug: "three", title: "Three")

    /// A hand-built result with every kind of check verdict and every kata status.
    static func results() throws -> [(kata: KataEntry, result: KataResult)] {
        let file = root + "/katas/1.1.2-two/Solution.swift"
        let plan = try Self.plan(id: "1.1.2", [("mean", ["three numbers", "one number"]),
                                               ("spread", ["a crash", "a hang", "after the hang"]), ("later", ["todo"])])
        let failure = CheckFailure(call: "mean([1, 2, 4])", expected: "2.3333333333333335", actual: "2.0",
                                   tolerance: "within 1e-12, relative",
                                   mistake: NamedMistake(name: "integer division", explanation: "Divide Doubles."),
                                   note: "The mean of three numbers.")
        let crash = CrashReport(standardError: "Fatal error: Index out of range\n", termination: .signalled(SIGILL))
        var located = crash
        located.location = CodeLocation(file: file, line: 12)
        let exercises = [
            GradedExercise(exercise: plan.exercises[0], checks: [
                GradedCheckResult(name: "three numbers", verdict: .failed(failure), output: "adding\n", duration: 0.25),
                GradedCheckResult(name: "one number", verdict: .passed, output: "", notes: ["mean([5]) = 5.0"], duration: 0.001),
            ]),
            GradedExercise(exercise: plan.exercises[1], checks: [
                GradedCheckResult(name: "a crash", verdict: .crashed(located),
                                  output: "before\nFatal error: Index out of range\n*** Signal 4", duration: 0.5),
                GradedCheckResult(name: "a hang", verdict: .timedOut(seconds: 3, report: nil), output: "", duration: 3),
                GradedCheckResult(name: "after the hang", verdict: .notRun("Skipped."), output: ""),
            ]),
            GradedExercise(exercise: plan.exercises[2], checks: [
                GradedCheckResult(name: "todo", verdict: .notAttempted(CodeLocation(file: file, line: 20)), output: "", duration: 0),
            ]),
        ]
        let onePlan = try Self.plan(id: "1.1.1", [("a", ["it"])])
        return [
            (solved, .graded(plan: onePlan, exercises: [
                GradedExercise(exercise: onePlan.exercises[0], checks: [GradedCheckResult(name: "it", verdict: .passed, output: "")]),
            ])),
            (mixed, .graded(plan: plan, exercises: exercises)),
            (broken, .didNotCompile([Diagnostic(file: root + "/katas/1.1.3-three/Solution.swift", line: 3, column: 9,
                                                message: "cannot find 'retrun' in scope", excerpt: ["3 | retrun 0"]),
                                     Diagnostic(file: root + "/katas/1.1.3-three/Solution.swift", line: 1, column: 8,
                                                message: "type 'Solution' does not conform to protocol 'Exercises'", excerpt: [],
                                                notes: ["Your Solution has no `count(flips:)`: the stub has it at katas/1.1.3-three/Pristine/Solution.swift:9."])])),
        ]
    }

    /// A plan: it arrives as JSON from a kata binary and has no public memberwise init.
    static func plan(id: String, _ exercises: [(name: String, checks: [String])]) throws -> KataPlan {
        let list = exercises.map { exercise in
            #"{"name": "\#(exercise.name)", "summary": "The \#(exercise.name).", "hints": [], "checks": [\#(exercise.checks.map { "\"\($0)\"" }.joined(separator: ", "))]}"#
        }
        return try JSONDecoder().decode(KataPlan.self, from: Data(#"{"id": "\#(id)", "title": "T", "exercises": [\#(list.joined(separator: ", "))]}"#.utf8))
    }

    @Test("a hand-built result encodes to exactly this JSON: sorted keys, relative paths, no crash report in the output")
    func exactEncoding() throws {
        let document = ResultsDocument(command: "run", workbook: Self.workbook, results: try Self.results(),
                                       stories: ["1.1.1": true, "1.1.2": true, "1.1.3": false])
        #expect(document.json == Self.expected + "\n")
    }

    @Test("the encoding is valid JSON that says its schema, version and statuses")
    func decodes() throws {
        let document = ResultsDocument(command: "check", workbook: Self.workbook, results: try Self.results())
        let object = try #require(try JSONSerialization.jsonObject(with: Data(document.json.utf8)) as? [String: Any])
        #expect(object["schema"] as? String == "kata-results")
        #expect(object["version"] as? Int == 1)
        #expect(object["passed"] as? Bool == false)
        #expect(object["storiesHeld"] == nil)
        let katas = try #require(object["katas"] as? [[String: Any]])
        #expect(katas.map { $0["status"] as? String } == ["solved", "failing", "did not compile"])
        let checks = (katas[1]["exercises"] as? [[String: Any]] ?? []).flatMap { $0["checks"] as? [[String: Any]] ?? [] }
        #expect(checks.map { $0["status"] as? String }
                == ["failed", "passed", "crashed", "timed out", "not run", "not attempted"])
        #expect(checks.map { $0["index"] as? Int } == [0, 1, 2, 3, 4, 5])
    }

    @Test("run records the value each story's parameters were told with; check records none")
    func storyParameters() throws {
        let run = ResultsDocument(command: "run", workbook: Self.workbook, results: try Self.results(),
                                  stories: ["1.1.1": true, "1.1.2": true, "1.1.3": false],
                                  parameters: ["1.1.1": ["n_samples": 500], "1.1.2": [:], "1.1.3": [:]])
        let object = try #require(try JSONSerialization.jsonObject(with: Data(run.json.utf8)) as? [String: Any])
        let katas = try #require(object["katas"] as? [[String: Any]])
        #expect(katas[0]["storyParameters"] as? [String: Double] == ["n_samples": 500])
        #expect(katas[1]["storyParameters"] as? [String: Double] == [:])
        let check = ResultsDocument(command: "check", workbook: Self.workbook, results: try Self.results())
        #expect(!check.json.contains("storyParameters"))
    }

    @Test("a kata whose every check reached todo() is not attempted")
    func notAttemptedKata() throws {
        let plan = try Self.plan(id: "1.1.1", [("a", ["it"])])
        let exercise = try #require(plan.exercises.first)
        let result = KataResult.graded(plan: plan, exercises: [GradedExercise(exercise: exercise, checks: [
            GradedCheckResult(name: "it", verdict: .notAttempted(CodeLocation(file: "/elsewhere/Solution.swift", line: 4)), output: ""),
        ])])
        let kata = ResultsDocument.Kata(kata: Self.solved, result: result, workbook: Self.workbook, storyHeld: nil)
        #expect(kata.status == .notAttempted)
        #expect(kata.exercises.first?.status == .notAttempted)
        // A path outside the workbook stays as it was.
        #expect(kata.exercises.first?.checks.first?.location == ResultsDocument.Location(file: "/elsewhere/Solution.swift", line: 4))
    }

    @Test("durations are seconds to the microsecond, and none without a start")
    func durations() {
        #expect(GradingSegment.seconds(since: nil) == nil)
        let elapsed = GradingSegment.seconds(since: .now - .milliseconds(1500)) ?? 0
        #expect(elapsed >= 1.5 && elapsed < 2.5)
        #expect(elapsed == (elapsed * 1_000_000).rounded() / 1_000_000)
    }

    /// The document for `results()`, as `run --json` would write it.
    static let expected = """
        {
          "command" : "run",
          "katas" : [
            {
              "exercises" : [
                {
                  "checks" : [
                    {
                      "index" : 0,
                      "name" : "it",
                      "status" : "passed"
                    }
                  ],
                  "name" : "a",
                  "status" : "passed",
                  "summary" : "The a."
                }
              ],
              "id" : "1.1.1",
              "solutionFile" : "katas/1.1.1-one/Solution.swift",
              "status" : "solved",
              "storyHeld" : true,
              "title" : "One"
            },
            {
              "exercises" : [
                {
                  "checks" : [
                    {
                      "actual" : "2.0",
                      "call" : "mean([1, 2, 4])",
                      "durationSeconds" : 0.25,
                      "expected" : "2.3333333333333335",
                      "index" : 0,
                      "message" : "mean([1, 2, 4]): expected 2.3333333333333335 (within 1e-12, relative), got 2.0",
                      "mistake" : {
                        "explanation" : "Divide Doubles.",
                        "name" : "integer division"
                      },
                      "name" : "three numbers",
                      "note" : "The mean of three numbers.",
                      "output" : "adding",
                      "status" : "failed",
                      "tolerance" : "within 1e-12, relative"
                    },
                    {
                      "durationSeconds" : 0.001,
                      "index" : 1,
                      "name" : "one number",
                      "notes" : [
                        "mean([5]) = 5.0"
                      ],
                      "status" : "passed"
                    }
                  ],
                  "name" : "mean",
                  "status" : "failing",
                  "summary" : "The mean."
                },
                {
                  "checks" : [
                    {
                      "durationSeconds" : 0.5,
                      "explanation" : "An array was read at an index past its end (or below 0).",
                      "index" : 2,
                      "location" : {
                        "file" : "katas/1.1.2-two/Solution.swift",
                        "line" : 12
                      },
                      "message" : "Fatal error: Index out of range",
                      "name" : "a crash",
                      "output" : "before",
                      "status" : "crashed"
                    },
                    {
                      "durationSeconds" : 3,
                      "index" : 3,
                      "message" : "timed out after 3 s",
                      "name" : "a hang",
                      "status" : "timed out"
                    },
                    {
                      "index" : 4,
                      "message" : "Skipped.",
                      "name" : "after the hang",
                      "status" : "not run"
                    }
                  ],
                  "name" : "spread",
                  "status" : "failing",
                  "summary" : "The spread."
                },
                {
                  "checks" : [
                    {
                      "durationSeconds" : 0,
                      "index" : 5,
                      "location" : {
                        "file" : "katas/1.1.2-two/Solution.swift",
                        "line" : 20
                      },
                      "message" : "not attempted yet (todo() on line 20)",
                      "name" : "todo",
                      "status" : "not attempted"
                    }
                  ],
                  "name" : "later",
                  "status" : "not attempted",
                  "summary" : "The later."
                }
              ],
              "id" : "1.1.2",
              "solutionFile" : "katas/1.1.2-two/Solution.swift",
              "status" : "failing",
              "storyHeld" : true,
              "title" : "Two"
            },
            {
              "diagnostics" : [
                {
                  "column" : 9,
                  "file" : "katas/1.1.3-three/Solution.swift",
                  "line" : 3,
                  "message" : "cannot find 'retrun' in scope"
                },
                {
                  "column" : 8,
                  "file" : "katas/1.1.3-three/Solution.swift",
                  "line" : 1,
                  "message" : "type 'Solution' does not conform to protocol 'Exercises'",
                  "notes" : [
                    "Your Solution has no `count(flips:)`: the stub has it at katas/1.1.3-three/Pristine/Solution.swift:9."
                  ]
                }
              ],
              "exercises" : [

              ],
              "id" : "1.1.3",
              "solutionFile" : "katas/1.1.3-three/Solution.swift",
              "status" : "did not compile",
              "storyHeld" : false,
              "title" : "Three"
            }
          ],
          "passed" : false,
          "root" : "/learner/workbook",
          "schema" : "kata-results",
          "storiesHeld" : false,
          "summary" : {
            "checks" : 7,
            "checksPassed" : 2,
            "exercises" : 4,
            "exercisesPassed" : 1,
            "katas" : 3,
            "katasSolved" : 1
          },
          "version" : 1
        }
        """
}
