import Foundation
import KataKit
import Testing
@testable import kata

@Suite("Choosing a hint")
struct HintChoiceTests {
    /// KataKit gives KataPlan no public initialiser: the driver only ever decodes one.
    let plan: KataPlan

    init() throws {
        let json = #"""
            {"id": "10.2.1", "title": "Coin flip", "exercises": [
              {"name": "countFlips", "summary": "Count heads and tails.", "hints": ["c1", "c2"], "checks": ["a"]},
              {"name": "likelihood", "summary": "θ^h (1−θ)^t.", "hints": ["l1", "l2", "l3"], "checks": ["b", "c"]},
              {"name": "bonus", "summary": "No hints here.", "hints": [], "checks": ["d"]}
            ]}
            """#
        plan = try JSONDecoder().decode(KataPlan.self, from: Data(json.utf8))
    }

    func result(passed: [String]) -> ProgressFile.Entry {
        ProgressFile.Entry(exercisesPassed: passed.count, exercises: 3, compiled: true, checkedAt: Date(),
                           exerciseResults: plan.exercises.map { .init(name: $0.name, passed: passed.contains($0.name)) })
    }

    @Test("never checked: the first exercise's first hint")
    func neverChecked() {
        #expect(HintChoice.choose(plan: plan, named: nil, lastResult: nil) { _ in 0 }
                == .next(exercise: "countFlips", tier: 1, of: 2, text: "c1"))
    }

    @Test("after a check: the first exercise that did not pass, at the first tier not seen")
    func firstUnpassed() {
        let choice = HintChoice.choose(plan: plan, named: nil, lastResult: result(passed: ["countFlips"])) {
            $0 == "likelihood" ? 1 : 0
        }
        #expect(choice == .next(exercise: "likelihood", tier: 2, of: 3, text: "l2"))
        #expect(choice.tiersSeen?.exercise == "likelihood")
        #expect(choice.tiersSeen?.tiers == 2)
    }

    @Test("a result from before exercises were recorded by name starts at the first exercise")
    func unnamedResult() {
        let old = ProgressFile.Entry(exercisesPassed: 1, exercises: 3, compiled: true, checkedAt: Date())
        #expect(HintChoice.choose(plan: plan, named: nil, lastResult: old) { _ in 0 }
                == .next(exercise: "countFlips", tier: 1, of: 2, text: "c1"))
    }

    @Test("all tiers seen: the last one again, and seeing it does not count past the end")
    func allSeen() {
        let choice = HintChoice.choose(plan: plan, named: "likelihood", lastResult: nil) { _ in 3 }
        #expect(choice == .allSeen(exercise: "likelihood", count: 3, last: "l3"))
        #expect(choice.tiersSeen?.tiers == 3)
    }

    @Test("a named exercise wins over the first unsolved one, in any case")
    func named() {
        #expect(HintChoice.choose(plan: plan, named: "LIKELIHOOD", lastResult: result(passed: [])) { _ in 0 }
                == .next(exercise: "likelihood", tier: 1, of: 3, text: "l1"))
    }

    @Test("an unknown exercise gets the nearest name and the list")
    func unknown() {
        #expect(HintChoice.choose(plan: plan, named: "likelyhood", lastResult: nil) { _ in 0 }
                == .unknownExercise("likelyhood", nearest: "likelihood", names: ["countFlips", "likelihood", "bonus"]))
    }

    @Test("an exercise without hints gives its summary; everything passed says so")
    func noHints() {
        #expect(HintChoice.choose(plan: plan, named: "bonus", lastResult: nil) { _ in 0 }
                == .noHints(exercise: "bonus", summary: "No hints here."))
        #expect(HintChoice.choose(plan: plan, named: nil, lastResult: result(passed: plan.exercises.map(\.name))) { _ in 0 }
                == .everyExercisePasses)
    }
}
