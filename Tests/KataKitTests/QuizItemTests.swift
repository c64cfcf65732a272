import Foundation
import KataKit
import Testing

/// Knowledge-check questions: how an answer is judged, the rules every question keeps,
/// and "what does this step print?", whose answer is the step's real output.
@Suite("Knowledge-check questions")
struct QuizItemTests {
    static let choice = QuizItem(id: "what", prompt: "What does MLE maximise?", choices: [
        .wrong("P(θ | data)", "That is a posterior."),
        .right("P(data | θ)", "The likelihood."),
        .wrong("θ itself", "θ is what is chosen, not what is maximised."),
    ], explanation: "L(θ) = P(data | θ).")
    static let number = QuizItem(id: "mle", prompt: "θ̂ for 9 in 13, to three decimals?", number: 9.0 / 13,
                                 tolerance: 0.0005, explanation: "9/13.")

    @Test("a choice is judged by its letter or number; a wrong one brings its own explanation")
    func choices() {
        #expect(Self.choice.judge("b")?.verdict == .right)
        #expect(Self.choice.judge(" B ")?.verdict == .right)
        #expect(Self.choice.judge("2")?.verdict == .right)
        #expect(Self.choice.judge("a")?.verdict == .wrong)
        #expect(Self.choice.judge("a")?.why == "That is a posterior.")
        #expect(Self.choice.judge("s") == .skipped)
        #expect(Self.choice.judge("") == .skipped)
        for invalid in ["d", "4", "0", "bb", "P(data | θ)"] { #expect(Self.choice.judge(invalid) == nil, "\(invalid)") }
        #expect(Self.choice.answerText == "(b) P(data | θ)")
        #expect(Self.choice.answerForm == "a letter, a–c, or s to skip")
    }

    @Test("a number is right within its tolerance, and a wrong one is told how far off it is")
    func numbers() {
        #expect(Self.number.judge("0.692")?.verdict == .right)
        #expect(Self.number.judge("0.6925")?.verdict == .right)
        #expect(Self.number.judge("0.69")?.verdict == .wrong)
        #expect(Self.number.judge("−0.692")?.verdict == .wrong, "the minus sign a learner may paste")
        #expect(Self.number.judge("0.69")?.why?.contains("−0.00230769") == true)
        for invalid in ["nine", "nan", "inf", "a"] { #expect(Self.number.judge(invalid) == nil, "\(invalid)") }
    }

    @Test("the rules: one right choice, every choice explained, texts that differ; a finite number with a tolerance")
    func rules() {
        #expect(Self.choice.problems == [] && Self.number.problems == [])
        var twoRight = Self.choice
        twoRight.choices?[0].isRight = true
        #expect(twoRight.problems == ["Question 'what' has 2 right choices; exactly one must be right."])
        var unexplained = Self.choice
        unexplained.choices?[2].explanation = " "
        #expect(unexplained.problems.count == 1 && unexplained.problems[0].contains("(c) \"θ itself\": no explanation"))
        var twice = Self.choice
        twice.choices?[2].text = "P(θ | data)"
        #expect(twice.problems.count == 1)
        var loose = Self.number
        loose.tolerance = nil
        #expect(loose.problems.count == 1)
        let both = QuizItem(id: "x", prompt: "?", choices: Self.choice.choices, number: 1, tolerance: 0, explanation: ".")
        #expect(both.problems == ["Question 'x' must have either choices or a numeric answer."])
        #expect([Self.choice].problems.first?.hasPrefix("The knowledge check has 1 question") == true)
        #expect([Self.choice, Self.choice, Self.number, Self.number].problems.count == 2, "two ids twice")
    }

    @Test("\"what does this step print?\" shows the step's code and offers what it really printed")
    func printed() throws {
        let sources = CompiledSources(folderOf: #filePath)
        let question = Question.printed("printed", "What does this print?",
                                        wrong: [.wrong("0.75", "That divides by n − 1.")],
                                        explanation: "The mean.") { show in
            let values = [1.0, 2.0]
            show(values.reduce(0, +) / Double(values.count))
        }
        let item = question.item(sources: sources)
        #expect(item.code == "let values = [1.0, 2.0]\nshow(values.reduce(0, +) / Double(values.count))")
        #expect(item.choices?.filter(\.isRight).map(\.text) == ["1.5"])
        #expect(item.choices?.count == 2 && item.problems == [])
    }
}
