import Foundation

/// Asks the learner to confirm a step they may not want, such as overwriting their file.
///
/// It asks only when both standard input and output are a terminal: piped, in CI or
/// in tests it never waits for an answer that cannot come, and the command says
/// which flag to pass instead.
struct ConfirmationPrompt {
    /// Whether there is a person at a terminal to ask.
    var isInteractive: Bool
    /// Reads one line of the learner's answer; `nil` at the end of input.
    var readAnswer: () -> String?

    /// Asks on the terminal, reading the answer from standard input.
    static var terminal: ConfirmationPrompt {
        ConfirmationPrompt(isInteractive: TerminalKeyboard.isInteractive, readAnswer: { readLine() })
    }

    /// Always answers `answer`, as a learner typing it would: for tests.
    static func answering(_ answer: String?) -> ConfirmationPrompt {
        ConfirmationPrompt(isInteractive: true, readAnswer: { answer })
    }

    /// Asks `question` with a "[y/N]" prompt; only y or yes agrees.
    /// - Parameters:
    ///   - question: The question, ending in "?".
    ///   - write: Where the prompt goes.
    ///   - refusal: What to say when there is no one to ask: name the flag that skips asking.
    /// - Returns: Whether the learner agreed.
    /// - Throws: `UsageError(refusal)` when not interactive, without waiting.
    func ask(_ question: String, write: (String) -> Void, refusal: @autoclosure () -> String) throws(UsageError) -> Bool {
        guard isInteractive else { throw UsageError(refusal()) }
        write(question + " [y/N] ")
        return Self.isYes(readAnswer())
    }

    /// Whether an answer agrees. Anything but y or yes (in any case), including
    /// just Enter or the end of input, is a no: overwriting needs a clear yes.
    static func isYes(_ answer: String?) -> Bool {
        guard let answer else { return false }
        return ["y", "yes"].contains(answer.trimmingCharacters(in: .whitespacesAndNewlines).lowercased())
    }
}
