import Foundation

/// One choice of a multiple-choice question: its text, whether it is the answer, and
/// what it means to pick it (for a wrong one, the misconception it reveals).
public struct QuizChoice: Sendable, Codable, Equatable {
    /// What the learner reads.
    public var text: String
    /// Whether it is the right answer.
    public var isRight: Bool
    /// Why it is right, or what picking it shows the learner still believes.
    public var explanation: String

    /// The right answer, and why.
    public static func right(_ text: String, _ why: String) -> QuizChoice {
        QuizChoice(text: text, isRight: true, explanation: why)
    }

    /// A wrong answer, and the misconception that leads to it.
    public static func wrong(_ text: String, _ misconception: String) -> QuizChoice {
        QuizChoice(text: text, isRight: false, explanation: misconception)
    }
}

/// A knowledge-check question as the learner meets it: every number in it computed when
/// it was asked. The kata program writes these (`quiz`); the driver asks them.
public struct QuizItem: Sendable, Codable, Equatable {
    /// A stable name, under which the progress file keeps the learner's last answer.
    public var id: String
    /// The question.
    public var prompt: String
    /// For "what does this step print?": the step's code, from the compiled source.
    public var code: String?
    /// The choices, for a multiple-choice question.
    public var choices: [QuizChoice]?
    /// The answer, for a numeric question.
    public var number: Double?
    /// How far from `number` an answer may be and still be right.
    public var tolerance: Double?
    /// Why the answer is what it is, shown after every answer.
    public var explanation: String

    /// Creates a question: give either `choices`, or `number` and `tolerance`.
    /// - Parameters:
    ///   - id: A stable name for the progress file.
    ///   - prompt: The question.
    ///   - code: A step's code, for "what does this step print?".
    ///   - choices: The choices of a multiple-choice question.
    ///   - number: The answer of a numeric question.
    ///   - tolerance: How far from `number` an answer may be.
    ///   - explanation: Why the answer is what it is.
    public init(id: String, prompt: String, code: String? = nil, choices: [QuizChoice]? = nil,
                number: Double? = nil, tolerance: Double? = nil, explanation: String) {
        self.id = id
        self.prompt = prompt
        self.code = code
        self.choices = choices
        self.number = number
        self.tolerance = tolerance
        self.explanation = explanation
    }

    /// How an answer went.
    public enum Verdict: String, Sendable, Codable {
        /// The answer.
        case right
        /// Not the answer.
        case wrong
        /// Not answered.
        case skipped
    }

    /// What an answer came to: the verdict and, for a wrong choice, what it reveals.
    public struct Judgement: Sendable, Equatable {
        /// Right, wrong or skipped.
        public var verdict: Verdict
        /// For a wrong choice, its own explanation; for a wrong number, how far off it is.
        public var why: String?

        /// A question not answered.
        public static let skipped = Judgement(verdict: .skipped)
    }

    /// The letter of choice `index`: a, b, c, …
    public static func letter(_ index: Int) -> String {
        String(UnicodeScalar(UInt8(ascii: "a") + UInt8(index % 26)))
    }

    /// The right answer as the learner would give it: "(b) 9/13", or "0.6923".
    public var answerText: String {
        if let choices, let index = choices.firstIndex(where: \.isRight) {
            return "(\(Self.letter(index))) \(choices[index].text)"
        }
        return number.map { NumberText.write($0, unicode: true) { String(format: "%g", $0) } } ?? ""
    }

    /// Judges what the learner typed: a letter (or the choice's number) for a choice, a
    /// number for a numeric question, `s` or nothing to skip.
    /// - Returns: The judgement, or `nil` when the text is not an answer to this question.
    public func judge(_ typed: String) -> Judgement? {
        let text = typed.trimmingCharacters(in: .whitespaces).lowercased()
        if text.isEmpty || text == "s" || text == "skip" { return Judgement(verdict: .skipped) }
        if let choices {
            let index = choices.indices.first { Self.letter($0) == text } ?? Int(text).map { $0 - 1 }
            guard let index, choices.indices.contains(index) else { return nil }
            return choices[index].isRight ? Judgement(verdict: .right)
                : Judgement(verdict: .wrong, why: choices[index].explanation)
        }
        guard let number, let tolerance,
              let given = Double(text.replacingOccurrences(of: "−", with: "-")), given.isFinite else { return nil }
        if abs(given - number) <= tolerance { return Judgement(verdict: .right) }
        let off = NumberText.write(given - number, unicode: true) { String(format: "%g", $0) }
        return Judgement(verdict: .wrong, why: "That is \(off) from the answer; within ±\(String(format: "%g", tolerance)) counts.")
    }

    /// What the learner may type, in words.
    public var answerForm: String {
        if let choices { return "a letter, \(Self.letter(0))–\(Self.letter(choices.count - 1)), or s to skip" }
        return "a number, right within ±\(String(format: "%g", tolerance ?? 0)), or s to skip"
    }

    /// Each way the question breaks the rules a question keeps, as a sentence for its
    /// author; empty when it keeps them: a prompt and an explanation; either choices
    /// (two at least, exactly one right, every one explained, none twice) or a finite
    /// number with a tolerance of at least 0.
    public var problems: [String] {
        var problems: [String] = []
        let name = "Question '\(id)'"
        if id.isEmpty { problems.append("A question has no id; the progress file keeps answers under it.") }
        if prompt.allSatisfy(\.isWhitespace) { problems.append("\(name) has no prompt.") }
        if explanation.allSatisfy(\.isWhitespace) { problems.append("\(name) has no explanation of its answer.") }
        switch (choices, number) {
        case (let choices?, nil):
            if choices.count < 2 { problems.append("\(name) has \(choices.count) choice\(choices.count == 1 ? "" : "s"); give it two or more.") }
            let right = choices.filter(\.isRight).count
            if right != 1 { problems.append("\(name) has \(right) right choices; exactly one must be right.") }
            for (index, choice) in choices.enumerated() where choice.explanation.allSatisfy(\.isWhitespace) {
                problems.append("\(name), choice (\(Self.letter(index))) \"\(choice.text)\": no explanation. Say \(choice.isRight ? "why it is right" : "what picking it reveals").")
            }
            if Set(choices.map(\.text)).count != choices.count {
                problems.append("\(name) offers the same text twice; the learner could not tell the choices apart.")
            }
        case (nil, let number?):
            if !number.isFinite { problems.append("\(name): its answer is \(number), not a number a learner can type.") }
            if !((tolerance ?? -1) >= 0) { problems.append("\(name) has no tolerance; say how close an answer must be.") }
        default:
            problems.append("\(name) must have either choices or a numeric answer.")
        }
        return problems
    }
}

extension [QuizItem] {
    /// How many questions a kata's knowledge check has.
    public static var questionCount: ClosedRange<Int> { 4...8 }

    /// Each way the knowledge check breaks the rules: four to eight questions, ids that
    /// differ, and each question's own rules (``QuizItem/problems``).
    public var problems: [String] {
        var problems: [String] = []
        if !Self.questionCount.contains(count) {
            problems.append("The knowledge check has \(count) question\(count == 1 ? "" : "s"); give it \(Self.questionCount.lowerBound) to \(Self.questionCount.upperBound).")
        }
        let ids = map(\.id)
        for id in Set(ids.filter { id in ids.filter { $0 == id }.count > 1 }).sorted() {
            problems.append("Two questions have the id '\(id)'; the progress file keeps answers by id.")
        }
        return problems + flatMap(\.problems)
    }
}
