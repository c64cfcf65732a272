import Testing
import KataKit

/// A tiny kata for testing the grader itself.
protocol Doubling {
    func double(_ x: Int) -> Int
}

struct RightDoubling: Doubling {
    func double(_ x: Int) -> Int { 2 * x }
}

struct WrongDoubling: Doubling {
    func double(_ x: Int) -> Int { x * x }
}

struct UnwrittenDoubling: Doubling {
    func double(_ x: Int) -> Int { todo() }
}

let doublingKata = Kata<any Doubling>(
    id: "0.0.1", title: "Doubling", sources: .none,
    story: { narrator in
        let four = RightDoubling().double(2)
        narrator.prose("Two doubled is \(four).")
        narrator.claim("doubling 2 gives 4", four == 4)
        narrator.claim("this claim is false on purpose", four == 5)
    },
    exercises: [
        Exercise("double", summary: "Double a number.", hints: ["Multiply by 2."]) { [
            Check("double(2)") { try expect($0.double(2), equals: 4, for: "double(2)") },
            Check("double(3)") { try expect($0.double(3), equals: 6, for: "double(3)") },
        ] },
    ])

@Suite("Grading in-process")
struct GraderTests {
    let grader = Grader(kata: doublingKata)

    @Test("a right solution passes every check")
    func right() {
        #expect(grader.gradeAll(RightDoubling()).map(\.outcome) == [.passed, .passed])
    }

    @Test("a wrong solution fails with expected and actual values")
    func wrong() {
        let outcomes = grader.gradeAll(WrongDoubling()).map(\.outcome)
        #expect(outcomes[0] == .passed) // 2 * 2 == 2 + 2: one check alone would not catch it
        #expect(outcomes[1] == .failed(CheckFailure(call: "double(3)", expected: "6", actual: "9")))
    }

    @Test("todo() is 'not attempted' at its own line, and grading goes on")
    func unwritten() {
        let outcomes = grader.gradeAll(UnwrittenDoubling()).map(\.outcome)
        #expect(outcomes.count == 2)
        for outcome in outcomes {
            guard case .notAttempted(let location) = outcome else {
                Issue.record("expected not attempted, got \(outcome)")
                continue
            }
            #expect(location.file.hasSuffix("GraderTests.swift"))
            #expect(location.line == 18)
        }
    }

    @Test("the plan lists exercises, checks and hints")
    func plan() {
        let plan = doublingKata.plan
        #expect(plan.exercises.map(\.name) == ["double"])
        #expect(plan.exercises[0].checks == ["double(2)", "double(3)"])
        #expect(plan.checkCount == 2)
        #expect(plan.endOfExercise(containingCheck: 0) == 2)
    }

    @Test("report events survive the trip through a line of JSON", arguments: [
        ReportEvent.plan(doublingKata.plan),
        .started(check: 3),
        .finished(check: 1, outcome: .passed),
        .finished(check: 1, outcome: .notAttempted(CodeLocation(file: "/a/Solution.swift", line: 9))),
        .finished(check: 2, outcome: .failed(CheckFailure(call: "f(\"x\")", expected: "1", actual: "nan",
                                                          tolerance: "exactly", mistake: NamedMistake(name: "n", explanation: "e")))),
    ])
    func reportRoundTrip(event: ReportEvent) throws {
        let line = event.line
        #expect(line.hasSuffix("\n") && line.dropLast().allSatisfy { $0 != "\n" })
        #expect(ReportEvent(line: Substring(line.dropLast())) == event)
    }

    @Test("a line that is not an event is ignored")
    func notAnEvent() {
        #expect(ReportEvent(line: "hello from the learner") == nil)
    }
}

@Suite("The narrator")
struct NarratorTests {
    @Test("it records blocks, renders them, and collects failed claims")
    func story() {
        var text = ""
        let narrator = Narrator(style: .plain) { text += $0 }
        doublingKata.story(narrator)
        guard case .prose(let first) = narrator.blocks.first else {
            Issue.record("the story should open with prose, not \(String(describing: narrator.blocks.first))")
            return
        }
        #expect(first == "Two doubled is 4.")
        #expect(narrator.failedClaims == ["this claim is false on purpose"])
        #expect(text.contains("✓ checked: doubling 2 gives 4"))
        #expect(text.contains("✗ CLAIM FAILED: this claim is false on purpose"))
    }

    @Test("numbers interpolate with decimals or significant digits")
    func numbers() {
        #expect("\(9.0 / 13.0, decimals: 4)" == "0.6923")
        #expect("\(0.000122070312, significant: 3)" == "0.000122")
        #expect("\(-2302.585093, decimals: 2)" == "-2302.59")
    }

    @Test("prose wraps to the width and keeps indented lines")
    func wrapping() {
        let lines = wrap("one two three four five six\n  x = 1\n\nnext paragraph", width: 10)
        #expect(lines == ["one two", "three four", "five six", "  x = 1", "", "next", "paragraph"])
        #expect(lines.allSatisfy { $0.count <= 10 })
    }

    @Test("colour codes take no room when prose wraps")
    func wrappingPainted() {
        let bold = "\u{1B}[1mswift run kata check\u{1B}[0m"
        #expect(wrap("run \(bold) now", width: 28) == ["run \(bold) now"])
        #expect(wrap("run \(bold) now", width: 27) == ["run \(bold)", "now"])
    }
}

@Suite("Notes a passing check shows the learner")
struct PassNoteTests {
    static let kata = Kata<any Doubling>(id: "0.0.2", title: "Doubling, shown", sources: .none, story: { _ in }, exercises: [
        Exercise("double", summary: "Double a number.", hints: []) { [
            Check("double(21)") { solution in
                showWhenPassed("your double(21) is \(solution.double(21))")
                try expect(solution.double(21), equals: 42, for: "double(21)")
            },
        ] },
    ])

    @Test("a pass keeps the check's notes, a failure drops them")
    func keptOnlyOnPass() {
        let grader = Grader(kata: Self.kata)
        #expect(grader.result(ofCheck: 0, on: RightDoubling()).notes == ["your double(21) is 42"])
        #expect(grader.gradeAll(RightDoubling()).map(\.notes) == [["your double(21) is 42"]])
        #expect(grader.gradeAll(WrongDoubling()).map(\.notes) == [[]])
    }

    @Test("outside a check it does nothing, and a note travels to the driver as an event")
    func outsideAndOnTheWire() {
        showWhenPassed("nobody is listening")
        let event = ReportEvent.noted(check: 3, text: "landed at (3.03, 7.00)")
        #expect(ReportEvent(line: event.line.dropLast()) == event)
    }
}
