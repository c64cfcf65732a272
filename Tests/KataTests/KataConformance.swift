import KataKit
import Testing

/// A check a wrong solution should fail first in its exercise, and the mistake the
/// failure should name: `nil` when none fits, since naming one the learner did not make
/// misleads.
struct ExpectedFailure: Sendable {
    var exercise: String
    var check: String
    var mistake: String?
}

/// `exercise` should first fail at `check`, naming `mistake` (or none, when `nil`).
func fails(_ exercise: String, _ check: String, _ mistake: String?) -> ExpectedFailure {
    ExpectedFailure(exercise: exercise, check: check, mistake: mistake)
}

/// A solution as a learner might write it, and the first failure it should meet in each
/// exercise it gets wrong (none for a right answer written another way).
struct WrongSolution<Solver>: Sendable, CustomTestStringConvertible {
    var label: String
    var make: @Sendable () -> Solver
    var failures: [ExpectedFailure]
    var testDescription: String { label }

    init(_ label: String, _ make: @escaping @Sendable () -> Solver, _ failures: ExpectedFailure...) {
        self.label = label
        self.make = make
        self.failures = failures
    }
}

/// What a kata's wrong solutions are held to (its reference and stub: `KataConformanceTests`).
enum KataConformance {
    /// Expects `wrong` to fail first at the expected check of each exercise it gets
    /// wrong, naming the expected mistake, and to pass every other exercise; no check may
    /// end other than passed or failed.
    static func expectCaughtAndNamed<Solver>(_ wrong: WrongSolution<Solver>, by kata: Kata<Solver>,
                                             sourceLocation: SourceLocation = #_sourceLocation) {
        let graded = Grader(kata: kata).gradeAll(wrong.make())
        for exercise in kata.exercises.map(\.name) {
            let checks = graded.filter { $0.exercise == exercise }
            guard let expected = wrong.failures.first(where: { $0.exercise == exercise }) else {
                for check in checks {
                    #expect(check.outcome == .passed, "\(exercise): \(check.check)", sourceLocation: sourceLocation)
                }
                continue
            }
            let failures = checks.compactMap { check -> (check: String, failure: CheckFailure)? in
                if case .failed(let failure) = check.outcome { (check.check, failure) } else { nil }
            }
            #expect(failures.first?.check == expected.check, sourceLocation: sourceLocation)
            #expect(failures.first?.failure.mistake?.name == expected.mistake,
                    "\(failures.first.map { "\($0.failure)" } ?? "no failure")", sourceLocation: sourceLocation)
            #expect(checks.allSatisfy { if case .failed = $0.outcome { true } else { $0.outcome == .passed } },
                    sourceLocation: sourceLocation)
        }
    }

    /// The checks of `kata` that none of `wrongs` fails, as "exercise: check".
    static func checksNoWrongSolutionFails<Solver>(_ kata: Kata<Solver>, _ wrongs: [WrongSolution<Solver>]) -> [String] {
        let grader = Grader(kata: kata)
        var caught = Set<String>()
        for wrong in wrongs {
            for graded in grader.gradeAll(wrong.make()) {
                if case .failed = graded.outcome { caught.insert("\(graded.exercise): \(graded.check)") }
            }
        }
        return kata.allChecks.map { "\(kata.exercises[$0.exercise].name): \($0.check.name)" }.filter { !caught.contains($0) }
    }
}

extension GradedCheck {
    /// The failure this check ended with.
    /// - Throws: `NotAFailure` when it passed, was not attempted or timed out.
    func failure() throws -> CheckFailure {
        guard case .failed(let failure) = outcome else { throw NotAFailure(check: check, outcome: outcome) }
        return failure
    }
}

/// A check that a test expected to fail ended otherwise.
struct NotAFailure: Error, CustomStringConvertible {
    let check: String
    let outcome: CheckOutcome
    var description: String { "expected \"\(check)\" to fail, but it ended \(outcome)" }
}
