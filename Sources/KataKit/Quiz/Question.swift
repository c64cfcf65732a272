/// A knowledge-check question on what a kata's story taught, declared next to the story
/// and computed when it is asked (`kata quiz <id>`), so its numbers cannot drift:
///
/// ```swift
/// .choice("what-mle-maximises", "What does maximum likelihood maximise?", [
///     .wrong("The probability that θ is right", "That is a posterior: it needs a prior."),
///     .right("The probability of the data, as a function of θ", "L(θ) = P(data | θ)."),
/// ], explanation: "…")
/// ```
public struct Question: Sendable {
    /// Makes the question as the learner meets it, from the kata's compiled source.
    let make: @Sendable (CompiledSources) -> QuizItem

    /// The question as the learner meets it now.
    /// - Parameter sources: The kata's compiled source, where a step's code is found.
    public func item(sources: CompiledSources) -> QuizItem { make(sources) }

    /// A multiple-choice question: exactly one choice is right, and each wrong one says
    /// what picking it reveals.
    /// - Parameters:
    ///   - id: A stable name for the progress file.
    ///   - prompt: The question.
    ///   - choices: The choices, in the order shown.
    ///   - explanation: Why the answer is what it is.
    public static func choice(_ id: String, _ prompt: String, _ choices: [QuizChoice], explanation: String) -> Question {
        Question { _ in QuizItem(id: id, prompt: prompt, choices: choices, explanation: explanation) }
    }

    /// A question whose answer is a number, right within `tolerance`.
    /// - Parameters:
    ///   - id: A stable name for the progress file.
    ///   - prompt: The question; say to how many digits.
    ///   - answer: The answer, computed.
    ///   - tolerance: How far off an answer may be and still be right.
    ///   - explanation: Why the answer is what it is.
    public static func number(_ id: String, _ prompt: String, answer: Double, tolerance: Double,
                              explanation: String) -> Question {
        Question { _ in QuizItem(id: id, prompt: prompt, number: answer, tolerance: tolerance, explanation: explanation) }
    }

    /// "What does this step print?": the step's code is shown, the right choice is what
    /// it really prints (run when asked), and the wrong ones are what a mistake would
    /// print, each with the mistake named.
    /// - Parameters:
    ///   - id: A stable name for the progress file.
    ///   - prompt: The question.
    ///   - wrong: The wrong choices, computed from the mistakes.
    ///   - explanation: Why the step prints what it prints.
    ///   - file: Where the step is written; the caller's file by default.
    ///   - line: The line the call begins on; the caller's by default.
    ///   - step: The step, written as a trailing closure as a story's steps are.
    public static func printed(_ id: String, _ prompt: String, wrong: [QuizChoice], explanation: String,
                               file: String = #fileID, line: Int = #line,
                               step: @escaping @Sendable (StepOutput) -> Void) -> Question {
        Question { sources in
            let narrator = Narrator(style: .plain, sources: sources, write: { _ in })
            narrator.step(file: file, line: line, step)
            let code = narrator.blocks.compactMap { if case .code(let text) = $0 { text } else { nil } }.first
            let output = narrator.blocks.compactMap { if case .output(let text) = $0 { text } else { nil } }
                .joined(separator: "\n")
            // The right answer's place varies from question to question, but not from run to run.
            let place = id.unicodeScalars.reduce(0) { ($0 + Int($1.value)) % 9973 } % (wrong.count + 1)
            var choices = wrong
            choices.insert(.right(output, "It is what the step printed when you asked."), at: place)
            return QuizItem(id: id, prompt: prompt, code: code, choices: choices, explanation: explanation)
        }
    }
}
