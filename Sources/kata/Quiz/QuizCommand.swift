import Foundation
import KataKit

extension Driver {
    /// `kata quiz <id>`: asks each kata's knowledge check one question at a time, explains
    /// every answer (a wrong choice with the misconception it reveals), and records the
    /// result in the progress file.
    /// - Parameters:
    ///   - katas: The katas whose questions to ask, in order.
    ///   - scripted: The answers, in order, when given with `--answers`; otherwise each is
    ///     read as a line from standard input (a terminal or a pipe).
    ///   - readLine: Reads a typed answer; `nil` at the end of input.
    ///   - questions: Each kata's questions: its author program's, computed now.
    /// - Returns: 0 when every quiz was asked, 1 when a kata's questions could not be had,
    ///   2 when a scripted answer is not an answer.
    func quiz(_ katas: [KataEntry], scripted: [String]?, readLine: () -> String? = { Swift.readLine() },
              questions: ((KataEntry) -> Result<[QuizItem], KataResultFailure>)? = nil) -> Int32 {
        let questions = questions ?? planSource.quiz(of:)
        var progress = ProgressFile(root: workbook.root)
        if let problem = progress.problem { say(style.paint(problem, .yellow)) }
        var answers = scripted.map { $0[...] }
        var status: Int32 = 0
        for kata in katas {
            let items: [QuizItem]
            switch questions(kata) {
            case .failure(let failure):
                say(VerdictReport(style: style, workbook: workbook).render(kata, failure.result))
                status = 1
                continue
            case .success(let found):
                items = found
            }
            say(style.paint("Knowledge check \(kata.id): \(kata.title)", .bold))
            guard !items.isEmpty else {
                say("  This kata has no questions yet.", "")
                continue
            }
            var verdicts: [String: QuizItem.Verdict] = [:]
            for (index, item) in items.enumerated() {
                say("", style.paint("Question \(index + 1) of \(items.count)", .bold, .blue))
                show(item)
                let judgement: QuizItem.Judgement
                if answers != nil {
                    guard let typed = answers?.popFirst() else {
                        return usage("--answers gave \(scripted?.count ?? 0) answers; the questions of \(kata.id) need more.")
                    }
                    say("Your answer: \(typed)")
                    guard let judged = item.judge(typed) else {
                        return usage("'\(typed)' is not an answer to question \(index + 1) of \(kata.id): give \(item.answerForm).")
                    }
                    judgement = judged
                } else {
                    judgement = ask(item, readLine: readLine)
                }
                verdicts[item.id] = judgement.verdict
                explain(judgement, of: item)
            }
            let right = verdicts.values.filter { $0 == .right }.count
            let wrong = verdicts.values.filter { $0 == .wrong }.count
            let skipped = items.count - right - wrong
            say("", style.paint("\(kata.id): \(right) of \(items.count) right", .bold)
                + (wrong > 0 ? ", \(wrong) wrong" : "") + (skipped > 0 ? ", \(skipped) skipped" : "") + ".")
            do {
                try progress.recordQuiz(kata.id, .init(questions: items.count, answers: verdicts, takenAt: Date()))
                say(style.paint("Recorded: `\(Driver.invocation) list` shows it beside the exercises.", .dim), "")
            } catch {
                say(style.paint(progress.unsaved ?? "The result could not be saved: \(error)", .yellow), "")
            }
        }
        return status
    }

    /// The question, its code if it shows a step, and its choices.
    private func show(_ item: QuizItem) {
        say(StoryBlock.prose(item.prompt).render(style: style).trimmingCharacters(in: .newlines))
        if let code = item.code { say(StoryBlock.code(code).render(style: style)) }
        for (index, choice) in (item.choices ?? []).enumerated() {
            let label = "  (\(QuizItem.letter(index))) "
            // A step's output keeps its lines; a sentence is wrapped under its letter.
            let lines = choice.text.split(separator: "\n", omittingEmptySubsequences: false)
            say(lines.count > 1 ? label + lines.joined(separator: "\n" + String(repeating: " ", count: label.count))
                : wrap(choice.text, width: style.width, after: label))
        }
    }

    /// Reads answers until one is an answer; the end of input skips the question.
    private func ask(_ item: QuizItem, readLine: () -> String?) -> QuizItem.Judgement {
        while true {
            write("Your answer (\(item.answerForm)): ")
            guard let line = readLine() else {
                say("")
                return .skipped
            }
            if let judgement = item.judge(line) { return judgement }
            say(style.paint("That is not an answer here: give \(item.answerForm).", .yellow))
        }
    }

    /// Says how the answer went and why the answer is what it is.
    private func explain(_ judgement: QuizItem.Judgement, of item: QuizItem) {
        let answer = "The answer: \(item.answerText). \(item.explanation)"
        switch judgement.verdict {
        case .right:
            say(StoryBlock.prose(style.symbol("✓ ", ascii: "[ok] ") + "Right. " + item.explanation).render(style: style)
                .trimmingCharacters(in: .newlines))
        case .wrong:
            say(StoryBlock.prose(style.symbol("✗ ", ascii: "[x] ") + "Not quite. " + (judgement.why ?? "")).render(style: style)
                .trimmingCharacters(in: .newlines), StoryBlock.prose(answer).render(style: style).trimmingCharacters(in: .newlines))
        case .skipped:
            say(StoryBlock.prose("Skipped. " + answer).render(style: style).trimmingCharacters(in: .newlines))
        }
    }

    /// Reports a usage error as the driver does and gives its exit code.
    private func usage(_ message: String) -> Int32 {
        FileDescriptorWriter.standardError.write(style.paint("error: ", .bold, .red) + message + "\n")
        return 2
    }
}
