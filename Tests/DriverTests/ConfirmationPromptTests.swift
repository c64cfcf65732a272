import Testing
@testable import kata

@Suite("Asking before a step the learner may not want")
struct ConfirmationPromptTests {
    @Test("only y or yes agrees; Enter, the end of input and anything else are a no", arguments: [
        ("y", true), ("yes", true), (" Y\n", true), ("YES", true),
        ("", false), ("n", false), ("no", false), ("yep", false), ("sure", false),
    ])
    func answers(answer: String, agrees: Bool) throws {
        #expect(ConfirmationPrompt.isYes(answer) == agrees)
        var prompt = ""
        #expect(try ConfirmationPrompt.answering(answer).ask("Reset?", write: { prompt += $0 }, refusal: "pass --yes") == agrees)
        #expect(prompt == "Reset? [y/N] ")
    }

    @Test("the end of input is a no")
    func endOfInput() throws {
        #expect(!ConfirmationPrompt.isYes(nil))
        #expect(try !ConfirmationPrompt.answering(nil).ask("Reset?", write: { _ in }, refusal: "pass --yes"))
    }

    @Test("with no terminal it never waits: it refuses, naming the flag, without prompting or reading")
    func nonInteractive() {
        var read = false, prompted = false
        let confirmation = ConfirmationPrompt(isInteractive: false, readAnswer: { read = true; return "y" })
        #expect {
            try confirmation.ask("Reset?", write: { _ in prompted = true }, refusal: "add --yes")
        } throws: { error in
            (error as? UsageError)?.message == "add --yes"
        }
        #expect(!read)
        #expect(!prompted)
    }
}
