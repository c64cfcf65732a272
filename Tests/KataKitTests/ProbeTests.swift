import Testing
import KataKit

/// `Grader.probe`: every comparison in a check made to fail, to read what the check
/// says when it fails, and to find checks that can never fail.
@Suite("Probing checks: every comparison failing on purpose")
struct ProbeTests {
    static let kata = Kata<any Doubling>(id: "0.0.3", title: "Doubling, probed", sources: .none, story: { _ in }, exercises: [
        Exercise("double", summary: "Double a number.", hints: ["Multiply by 2."]) { [
            Check("equals") { try expect($0.double(2), equals: 4, for: "double(2)") },
            Check("approximately") {
                try expect(Double($0.double(3)), approximately: 6, .absolute(1e-12), for: "double(3)")
            },
            Check("a condition") { try expect($0.double(5) == 10, for: "double(5)", expected: "10", actual: "\($0.double(5))") },
            Check("built only when wrong") { solution in
                try expect(solution.double(1) == 2) { CheckFailure(call: "double(1)", expected: "2", actual: "\(solution.double(1))") }
            },
            Check("a shortcut first") { solution in
                let doubled = Double(solution.double(4))
                guard !withinTolerance(.absolute(0.5), (doubled, 8)) else { return }
                try expect(doubled, approximately: 8, .absolute(0.5), for: "double(4)")
            },
            Check("no comparison at all") { solution in _ = solution.double(7) },
        ] },
    ])

    @Test("each kind of comparison fails with its own message, the right answer's values in it")
    func comparisonsFail() {
        let grader = Grader(kata: Self.kata)
        let outcomes = (0..<5).map { grader.probe(check: $0, on: RightDoubling()).outcome }
        #expect(outcomes[0] == .failed(CheckFailure(call: "double(2)", expected: "4", actual: "4")))
        #expect(outcomes[1] == .failed(CheckFailure(call: "double(3)", expected: "6.0", actual: "6.0",
                                                    tolerance: Tolerance.absolute(1e-12).description)))
        #expect(outcomes[2] == .failed(CheckFailure(call: "double(5)", expected: "10", actual: "10")))
        #expect(outcomes[3] == .failed(CheckFailure(call: "double(1)", expected: "2", actual: "2")))
        #expect(outcomes[4] == .failed(CheckFailure(call: "double(4)", expected: "8.0", actual: "8.0",
                                                    tolerance: Tolerance.absolute(0.5).description)))
    }

    @Test("a check that compares nothing still passes: that is what the probe finds")
    func noComparison() {
        #expect(Grader(kata: Self.kata).probe(check: 5, on: RightDoubling()).outcome == .passed)
    }

    @Test("outside a probe the same checks pass the right answer and fail the wrong one")
    func ordinaryGrading() {
        let grader = Grader(kata: Self.kata)
        #expect(grader.gradeAll(RightDoubling()).allSatisfy { $0.outcome == .passed })
        let wrong = grader.gradeAll(WrongDoubling()).map(\.outcome)
        #expect(wrong[3] == .failed(CheckFailure(call: "double(1)", expected: "2", actual: "1")))
        #expect(wrong[4] == .failed(CheckFailure(call: "double(4)", expected: "8.0", actual: "16.0",
                                                 tolerance: Tolerance.absolute(0.5).description)))
        #expect(withinTolerance(.relative(1e-9), (1, 1), (2, 2)))
        #expect(!withinTolerance(.relative(1e-9), (1, 1), (2, 3)))
    }
}
