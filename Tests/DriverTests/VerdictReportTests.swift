@testable import kata
import Foundation
import KataKit
import Testing

@Suite("The verdict report")
struct VerdictReportTests {
    private static let entry = KataEntry(id: "10.2.1", slug: "coin-flip", title: "Coin flip: 9 heads in 13 flips")
    private static let workbook = Workbook(root: "/w", katas: [entry], binaryDirectory: "/w/.build/debug",
                                           swiftExecutable: "swift")

    /// The report on one exercise whose one check ended with `verdict`, at `width` columns.
    private static func report(_ verdict: CheckVerdict, width: Int, notes: [String] = [],
                               output: String = "") throws -> [String] {
        let check = "9 heads and 4 tails at θ = 0.5, a check with a long name"
        // A plan arrives as JSON from the kata binary; it has no public memberwise init.
        let plan = try JSONDecoder().decode(KataPlan.self, from: Data("""
            {"id": "10.2.1", "title": "\(entry.title)", "exercises": [
              {"name": "likelihood", "summary": "The likelihood.", "hints": [], "checks": ["\(check)"]}]}
            """.utf8))
        let exercise = try #require(plan.exercises.first)
        let result = KataResult.graded(plan: plan, exercises: [
            GradedExercise(exercise: exercise, checks: [GradedCheckResult(name: check, verdict: verdict, output: output, notes: notes)]),
        ])
        let style = TerminalStyle(colour: false, unicode: true, width: width)
        return VerdictReport(style: style, workbook: workbook).render(entry, result)
            .split(separator: "\n").map(String.init)
    }

    @Test("a time-out says what to suspect and how to allow longer, on a line of its own", arguments: [80, 100])
    func timedOut(width: Int) throws {
        let lines = try Self.report(.timedOut(seconds: 3, report: nil), width: width)
        #expect(lines.contains { $0.hasSuffix("timed out after 3 s") })
        #expect(lines.contains { $0.hasPrefix("        A loop that never ends?") && $0.hasSuffix("--timeout SECONDS)") })
    }

    @Test("a passed exercise shows what its checks chose to show, wrapped under it; a failed one does not")
    func passNotes() throws {
        let note = "Nelder-Mead on your negativeLogLikelihood landed at m = 3.029335, b = 7.003145 after 185 iterations."
        let passed = try Self.report(.passed, width: 60, notes: [note])
        #expect(passed.count > 4 && passed.allSatisfy { $0.count <= 60 })
        #expect(passed.dropFirst(3).allSatisfy { $0.hasPrefix("      ") })
        #expect(passed.dropFirst(3).map { $0.trimmingCharacters(in: .whitespaces) }.joined(separator: " ") == note)
        let failed = try Self.report(.failed(CheckFailure(call: "f()", expected: "1", actual: "2")), width: 60, notes: [note])
        #expect(!failed.joined().contains("Nelder-Mead"))
    }

    @Test("the title and the file share a line only when both fit", arguments: [(80, 1), (100, 0)])
    func header(width: Int, fileLine: Int) throws {
        let lines = try Self.report(.passed, width: width)
        #expect(lines[0].hasPrefix("Kata 10.2.1 · Coin flip: 9 heads in 13 flips"))
        #expect(lines[fileLine].hasSuffix("katas/10.2.1-coin-flip/Solution.swift"))
    }

    @Test("output cut off at the cap says how much more there was, even past the lines shown")
    func cappedOutput() throws {
        var buffer = CappedBuffer(limit: 1000)
        let line = Array("flood\n".utf8)
        for _ in 0..<10_000 { buffer.append(line[...]) }
        #expect(CappedBuffer.split(buffer.text).dropped == 60_000 - 1000)
        let lines = try Self.report(.failed(CheckFailure(call: "f()", expected: "1", actual: "2")), width: 80,
                                    output: buffer.text)
        let trimmed = lines.map { $0.trimmingCharacters(in: .whitespaces) }
        #expect(trimmed.filter { $0 == "flood" }.count == VerdictReport.printedLines)
        // 147 kept lines past the 20 shown (881 bytes, the last one cut short) and 59,000 dropped.
        #expect(trimmed.last == "… and 58 KB more, not shown (a check keeps the first 16 KB of what it prints)")
        let short = try Self.report(.failed(CheckFailure(call: "f()", expected: "1", actual: "2")), width: 80,
                                    output: Array(repeating: "line", count: 25).joined(separator: "\n"))
        #expect(short.last?.trimmingCharacters(in: .whitespaces) == "… and 5 more lines")
    }

    @Test("kata watch shows the first compile error in full and counts the rest; check shows them all")
    func compileErrorsShown() {
        let errors = (1...3).map { column in
            Diagnostic(file: "/w/katas/10.2.1-coin-flip/Solution.swift", line: 20, column: column * 4,
                       message: "cannot find 'x\(column)' in scope", excerpt: ["20 |   x\(column)", "   |   `- error"])
        }
        let style = TerminalStyle(colour: false, unicode: true, width: 80)
        let render = { (shown: Int?) in
            VerdictReport(style: style, workbook: Self.workbook, compileErrorsShown: shown)
                .render(Self.entry, .didNotCompile(errors)).split(separator: "\n").map(String.init)
        }
        let watched = render(1), checked = render(nil)
        #expect(watched.filter { $0.contains("error: cannot find") }.count == 1)
        #expect(watched.map { $0.trimmingCharacters(in: .whitespaces) }.joined(separator: " ").contains("(and 2 more errors, which often go away with the first: "
                                                        + "\(Driver.invocation) check 10.2.1 shows them all)"))
        #expect(watched.allSatisfy { $0.count <= 80 })
        #expect(checked.filter { $0.contains("error: cannot find") }.count == 3)
        #expect(!checked.joined().contains("more error"))
        #expect(render(5) == checked)
        let oneMore = render(2).map { $0.trimmingCharacters(in: .whitespaces) }.joined(separator: " ")
        #expect(oneMore.contains("(and 1 more error, which often goes away with the first: "), "\(oneMore)")
    }
}
