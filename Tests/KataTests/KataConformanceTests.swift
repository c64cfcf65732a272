import Foundation
import KataKit
import Testing

/// Every kata of `testedKatas` held to the rules of a well-formed kata, the ones
/// `kata dev check` holds it to (see `AuthorCheck`), in process: its plan keeps
/// `KataPlan.problems`' rules, the reference passes every check, the stub as shipped is
/// not attempted on any, and every check, made to fail, says what went wrong.
@Suite("Every kata: plan, reference, stub and checks that can fail")
struct KataConformanceTests {
    @Test("the plan keeps the rules: hints, enough checks, each named once", arguments: testedKatas)
    func plan(_ kata: TestedKata) {
        #expect(kata.plan.problems == [])
    }

    @Test("the knowledge check keeps the rules: 4 to 8 questions, one right choice each, every choice explained",
          arguments: testedKatas)
    func quizRules(_ kata: TestedKata) {
        let items = kata.quiz()
        #expect(items.problems == [])
        // A "what does this step print?" question shows its step and offers what it printed.
        for item in items where item.code != nil {
            #expect(item.choices?.contains { $0.isRight && !$0.text.isEmpty } == true, "\(item.id)")
        }
        #expect(items.map(\.id) == kata.quiz().map(\.id), "asked twice, the same questions")
    }

    @Test("each exercise is named for a requirement the stub has, in the stub's order", arguments: testedKatas)
    func exercisesAreTheStubsRequirements(_ kata: TestedKata) throws {
        // An exercise takes its name from the property declaring it; the learner must find it in their file.
        let katas = "\(URL(fileURLWithPath: #filePath).deletingLastPathComponent().path)/../../katas"
        let folder = try #require(try FileManager.default.contentsOfDirectory(atPath: katas).first { $0.hasPrefix(kata.id + "-") })
        let stub = try String(contentsOfFile: "\(katas)/\(folder)/Pristine/Solution.swift", encoding: .utf8)
        let places = kata.plan.exercises.map { stub.range(of: "func \($0.name)(")?.lowerBound }
        #expect(!places.contains(nil), "\(kata.plan.exercises.map(\.name)) against the stub's functions")
        let found = places.compactMap { $0 }
        #expect(found == found.sorted(), "the exercises are not in the stub's order")
    }

    @Test("the reference solution passes every check", arguments: testedKatas)
    func referencePasses(_ kata: TestedKata) {
        let graded = kata.gradeReference()
        #expect(graded.count == kata.plan.checkCount)
        for check in graded {
            #expect(check.outcome == .passed, "\(check.exercise): \(check.check)")
        }
    }

    @Test("the stub as shipped is not attempted on every check, at a todo() of Pristine/Solution.swift", arguments: testedKatas)
    func pristineIsNotAttempted(_ kata: TestedKata) {
        for check in kata.gradePristine() {
            guard case .notAttempted(let location) = check.outcome else {
                Issue.record("\(check.exercise): \(check.check) was \(check.outcome)")
                continue
            }
            #expect(location.file.hasSuffix("Pristine/Solution.swift"), "\(check.exercise): \(check.check)")
        }
    }

    @Test("every check, made to fail, fails with the call, the expected and the actual value", arguments: testedKatas)
    func checksCanFail(_ kata: TestedKata) {
        for check in kata.probeReference() {
            guard case .failed(let failure) = check.outcome else {
                Issue.record("\(check.exercise): \(check.check), made to fail, was \(check.outcome)")
                continue
            }
            for (part, text) in [("call", failure.call), ("expected", failure.expected), ("actual", failure.actual)] {
                let blank = text.allSatisfy(\.isWhitespace)
                #expect(!blank, "\(check.exercise): \(check.check) has an empty \(part)")
            }
        }
    }
}
