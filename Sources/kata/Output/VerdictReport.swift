import Foundation
import KataKit

/// Draws a kata's verdicts for the learner: one line an exercise, the details of
/// the first check that did not pass in each, and what to do next.
struct VerdictReport {
    /// How to draw.
    let style: TerminalStyle
    /// The workbook, to show paths relative to its root.
    let workbook: Workbook
    /// How many compile errors to show in full, the rest counted; `nil` shows them all.
    /// `kata watch` shows one, so that its screen keeps its first line at 80×24.
    var compileErrorsShown: Int?

    /// The report for one kata.
    func render(_ kata: KataEntry, _ result: KataResult) -> String {
        let title = "Kata \(kata.id) · \(kata.title)"
        // The file goes beside the title when both fit the width, and under it otherwise.
        let fileGap = title.count + 2 + kata.solutionFile.count <= style.width ? "  " : "\n  "
        var lines = [style.paint(title, .bold) + style.paint(fileGap + kata.solutionFile, .dim)]
        switch result {
        case .didNotCompile(let errors):
            lines.append(mark(.red, "✗", "x") + " " + style.paint("did not compile", .bold, .red)
                         + " — fix this, then check again (your other katas still run):")
            if !errors.contains(where: { $0.file.hasSuffix(kata.solutionFile) }) {
                lines.append(style.paint("  The errors are in the kata's own files, not in your Solution.swift: "
                                         + "please report them to the workbook's authors.", .yellow))
            }
            let shown = compileErrorsShown.map { Array(errors.prefix(max(1, $0))) } ?? errors
            for error in shown {
                lines.append("")
                lines.append("  " + style.paint("\(workbook.relative(error.file)):\(error.line):\(error.column)", .bold)
                             + ": " + style.paint("error: ", .red) + error.message)
                lines += error.excerpt.map { "    " + $0 }
                lines += error.notes.flatMap { wrap($0, width: style.width, indent: "    ") }
            }
            if errors.count > shown.count {
                let more = errors.count - shown.count
                lines.append("")
                let rest = more == 1 ? "1 more error, which often goes" : "\(more) more errors, which often go"
                lines += wrap("(and \(rest) away with the first: "
                              + "\(Driver.invocation) check \(kata.id) shows them all)", width: style.width, indent: "  ")
                    .map { style.paint($0, .dim) }
            }
        case .couldNotRun(let reason):
            lines.append(mark(.red, "✗", "x") + " could not be run:")
            lines += reason.split(separator: "\n", omittingEmptySubsequences: false).map { "    " + $0 }
        case .graded(_, let exercises):
            let nameWidth = exercises.map(\.exercise.name.count).max() ?? 0
            for graded in exercises {
                lines += render(graded, nameWidth: nameWidth)
            }
        }
        return lines.joined(separator: "\n")
    }

    private func render(_ graded: GradedExercise, nameWidth: Int) -> [String] {
        let name = graded.exercise.name.padding(toLength: nameWidth, withPad: " ", startingAt: 0)
        let passedCount = graded.checks.filter(\.verdict.isPassed).count
        let total = graded.checks.count
        if graded.isPassed {
            // What the learner's code did, when a check chose to show it: the payoff.
            let notes = graded.checks.flatMap(\.notes).flatMap { wrap($0, width: style.width - 6, indent: "      ") }
            return ["  " + mark(.green, "✓", "ok") + " " + name + "  " + style.paint("\(total) of \(total) checks pass", .dim)]
                + notes
        }
        if graded.isUntouched, case .notAttempted(let location) = graded.checks[0].verdict {
            return ["  " + mark(.yellow, "·", "-") + " " + name + "  "
                    + style.paint("not attempted yet (todo() on line \(location.line))", .dim)]
        }
        var lines = ["  " + mark(.red, "✗", "x") + " " + name + "  " + "\(passedCount) of \(total) checks pass"]
        if let first = graded.checks.first(where: { !$0.verdict.isPassed }) {
            lines += details(first).map { "      " + $0 }
            let others = graded.checks.filter { !$0.verdict.isPassed }.count - 1
            if others > 0 { lines.append("      " + style.paint("(and \(others) more check\(others == 1 ? "" : "s") not passing)", .dim)) }
        }
        return lines
    }

    private func details(_ check: GradedCheckResult) -> [String] {
        var lines: [String] = []
        func field(_ label: String, _ value: String) {
            lines.append(style.paint(label.padding(toLength: 11, withPad: " ", startingAt: 0), .dim) + value)
        }
        switch check.verdict {
        case .passed:
            break
        case .failed(let failure):
            lines.append(mark(.red, "✗", "x") + " " + check.name)
            field("  called", failure.call)
            field("  expected", failure.expected + (failure.tolerance.map { style.paint("  (\($0))", .dim) } ?? ""))
            field("  got", style.paint(failure.actual, .red))
            if let mistake = failure.mistake {
                lines.append(style.paint("  likely mistake: \(mistake.name)", .bold, .yellow))
                lines += wrap(mistake.explanation, width: style.width - 10, indent: "    ")
            }
            if let note = failure.note { lines += wrap(note, width: style.width - 10, indent: "  ") }
        case .notAttempted(let location):
            lines.append(mark(.yellow, "·", "-") + " \(check.name): not attempted yet (todo() on line \(location.line))")
        case .crashed(let report):
            lines.append(mark(.magenta, "💥", "!!") + " \(check.name): " + style.paint("crashed", .bold, .magenta))
            lines += crashLines(report)
        case .timedOut(let seconds, let report):
            lines.append(mark(.magenta, "⏱", "!!") + " \(check.name): "
                         + style.paint("timed out after \(format(seconds)) s", .bold, .magenta))
            if let report { lines += crashLines(report, message: false) }
            // On its own line: after a long check name it would wrap mid-sentence.
            lines.append("  A loop that never ends? " + style.paint("(give it longer with --timeout SECONDS)", .dim))
        case .notRun(let reason):
            lines.append(mark(.yellow, "·", "-") + " \(check.name): not run. \(reason)")
        }
        let (kept, dropped) = CappedBuffer.split(check.output)
        let output = learnerOutput(kept)
        if !output.isEmpty || dropped > 0 {
            lines.append(style.paint("  your code printed:", .dim))
            let printed = output.split(separator: "\n", omittingEmptySubsequences: false)
            lines += printed.prefix(Self.printedLines).map { "    " + $0 }
            let hidden = printed.dropFirst(Self.printedLines)
            if dropped > 0 {
                // Counted in bytes: the lines past the cap were never seen, so not counted.
                let bytes = hidden.reduce(dropped) { $0 + $1.utf8.count + 1 }
                lines.append(style.paint("    … and \(amount(bytes)) more, not shown (a check keeps the first "
                                         + "\(amount(GradingSegment.outputLimit)) of what it prints)", .dim))
            } else if !hidden.isEmpty {
                lines.append(style.paint("    … and \(hidden.count) more lines", .dim))
            }
        }
        return lines
    }

    /// A byte count in the unit a person would use: 900 bytes, 16 KB, 97 MB.
    private func amount(_ bytes: Int) -> String {
        switch bytes {
        case ..<10_000: return "\(bytes) bytes"
        case ..<10_000_000: return "\(bytes / 1024) KB"
        default: return "\(bytes / (1024 * 1024)) MB"
        }
    }

    private func crashLines(_ report: CrashReport, message: Bool = true) -> [String] {
        var lines: [String] = []
        if message { lines.append("  " + report.message) }
        if let location = report.location {
            lines.append("  at " + style.paint("\(workbook.relative(location.file)):\(location.line)", .bold) + "  " + sourceLine(location))
        } else if let function = report.function {
            lines.append("  in your " + style.paint(function, .bold) + style.paint(" (Swift's backtrace gave no line)", .dim))
        }
        if let explanation = report.explanation { lines += wrap(explanation, width: style.width - 10, indent: "  ") }
        return lines
    }

    /// How many lines of what a check printed are shown.
    static let printedLines = 20

    /// What the learner printed, without the runtime's crash report that follows it
    /// (the lines above already say what it says) or the runtime's own notices.
    func learnerOutput(_ output: String) -> String {
        let markers = ["Fatal error:", "*** Signal", "Precondition failed", "Assertion failed"]
        let lines = output.split(separator: "\n", omittingEmptySubsequences: false)
            .filter { !$0.hasPrefix("swift-runtime:") }
        let kept = lines.prefix { line in !markers.contains { line.contains($0) } }
        return kept.joined(separator: "\n").trimmingCharacters(in: .whitespacesAndNewlines)
    }

    private func sourceLine(_ location: CodeLocation) -> String {
        guard let text = try? String(contentsOfFile: location.file, encoding: .utf8) else { return "" }
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        guard lines.indices.contains(location.line - 1) else { return "" }
        return style.paint("│ " + lines[location.line - 1].trimmingCharacters(in: .whitespaces), .dim)
    }

    private func mark(_ paint: TerminalStyle.Paint, _ unicode: String, _ ascii: String) -> String {
        style.paint(style.symbol(unicode, ascii: ascii), paint, .bold)
    }

    private func format(_ seconds: Double) -> String {
        seconds == seconds.rounded() ? "\(Int(seconds))" : "\(seconds)"
    }
}
