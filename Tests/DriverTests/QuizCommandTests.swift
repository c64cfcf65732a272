@testable import kata
import Foundation
import KataKit
import Testing

/// `kata quiz`: each question asked in turn, every answer explained, the result
/// recorded and shown by `kata list`; scripted answers for tests and CI.
@Suite("kata quiz")
struct QuizCommandTests {
    static let items = [
        QuizItem(id: "what", prompt: "What does MLE maximise?", choices: [
            .wrong("P(θ | data)", "That is a posterior: it needs a prior."),
            .right("P(data | θ)", "The likelihood of θ."),
        ], explanation: "L(θ) = P(data | θ), a function of θ."),
        QuizItem(id: "mle", prompt: "θ̂ for 9 heads in 13, to three decimals?", number: 9.0 / 13, tolerance: 0.0005,
                 explanation: "9/13."),
        QuizItem(id: "logs", prompt: "Why take logs?", code: "show(0.5 * 0.5)", choices: [
            .right("0.25", "It is what the step printed."),
            .wrong("1.0", "That adds the probabilities."),
        ], explanation: "A product of many probabilities underflows."),
    ]

    /// Runs `kata quiz` on a fake workbook with `items` as the kata's questions.
    static func quiz(_ fake: KataBuilderTests.FakeWorkbook, scripted: [String]?, typed: [String] = [],
                     items: [QuizItem] = items) -> (status: Int32, printed: String) {
        var printed = ""
        var lines = typed[...]
        let status = Driver(workbook: fake.workbook, style: .plain, write: { printed += $0 })
            .quiz([fake.kata], scripted: scripted, readLine: { lines.popFirst() }, questions: { _ in .success(items) })
        return (status, printed)
    }

    @Test("right, wrong and skipped: each explained, summed up, recorded and shown by kata list")
    func scripted() throws {
        let fake = try KataBuilderTests.FakeWorkbook()
        defer { fake.remove() }
        let (status, printed) = Self.quiz(fake, scripted: ["b", "0.69", "s"])
        let flat = printed.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        #expect(status == 0)
        #expect(flat.contains("Question 1 of 3 What does MLE maximise? (a) P(θ | data) (b) P(data | θ) Your answer: b ✓ Right."))
        #expect(flat.contains("✗ Not quite. That is −0.00230769 from the answer; within ±0.0005 counts."))
        #expect(flat.contains("┃ show(0.5 * 0.5)"))
        #expect(flat.contains("Skipped. The answer: (a) 0.25. A product of many probabilities underflows."))
        #expect(flat.contains("10.2.1: 1 of 3 right, 1 wrong, 1 skipped."))
        let record = try #require(ProgressFile(root: fake.root).quiz(of: "10.2.1"))
        #expect(record.questions == 3)
        #expect(record.answers == ["what": .right, "mle": .wrong, "logs": .skipped])
        var listed = ""
        _ = Driver(workbook: fake.workbook, style: .plain, write: { listed += $0 }).list()
        #expect(listed.contains("quiz 1 of 3 right"))
    }

    @Test("a wrong choice says what picking it reveals")
    func misconception() throws {
        let fake = try KataBuilderTests.FakeWorkbook()
        defer { fake.remove() }
        let printed = Self.quiz(fake, scripted: ["a", "0.692", "a"]).printed
        #expect(printed.contains("✗ Not quite. That is a posterior: it needs a prior."))
        #expect(printed.contains("The answer: (b) P(data | θ). L(θ) = P(data | θ), a function of θ."))
        #expect(printed.contains("10.2.1: 2 of 3 right, 1 wrong."))
    }

    @Test("typed answers: one that is not an answer is asked again; the end of input skips the rest")
    func typed() throws {
        let fake = try KataBuilderTests.FakeWorkbook()
        defer { fake.remove() }
        let (status, printed) = Self.quiz(fake, scripted: nil, typed: ["z", "b"])
        #expect(status == 0)
        #expect(printed.contains("That is not an answer here: give a letter, a–b, or s to skip."))
        #expect(printed.contains("10.2.1: 1 of 3 right, 2 skipped."))
    }

    @Test("a scripted answer that is not one, or too few answers, is a usage error; nothing is recorded",
          arguments: [["z"], ["b"], ["b", "nine", "a"]])
    func badScripts(answers: [String]) throws {
        let fake = try KataBuilderTests.FakeWorkbook()
        defer { fake.remove() }
        #expect(Self.quiz(fake, scripted: answers).status == 2)
        #expect(ProgressFile(root: fake.root).quiz(of: "10.2.1") == nil)
    }

    @Test("a kata with no questions says so, and a kata whose program does not build could not be asked")
    func noQuestions() throws {
        let fake = try KataBuilderTests.FakeWorkbook()
        defer { fake.remove() }
        let (status, printed) = Self.quiz(fake, scripted: [], items: [])
        #expect(status == 0 && printed.contains("This kata has no questions yet."))
        var failed = ""
        let code = Driver(workbook: fake.workbook, style: .plain, write: { failed += $0 })
            .quiz([fake.kata], scripted: nil, questions: { _ in .failure(KataResultFailure(result: .couldNotRun("no build"))) })
        #expect(code == 1 && failed.contains("no build"))
    }
}
