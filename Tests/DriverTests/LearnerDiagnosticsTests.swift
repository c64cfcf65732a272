import Foundation
import Testing
@testable import kata

/// Errors the learner's Solution.swift causes, put in its terms, on a copy of the
/// workbook that is never built: the diagnostics are samples of Swift 6.3's.
@Suite("Errors caused by the learner's file, in its terms")
struct LearnerDiagnosticsTests {
    /// What swift build prints for a Solution without `negativeLogLikelihood`: the error
    /// twice (once a job), its note, and a warning whose note must not join the error.
    static let missingExercise = """
    /w/katas/10.2.4-cross-entropy/Solution.swift:18:8: error: type 'Solution' does not conform to protocol 'LogisticExercises'
    18 | struct Solution: LogisticExercises {
       |        |- error: type 'Solution' does not conform to protocol 'LogisticExercises'
       |        `- note: add stubs for conformance
    /w/katas/10.2.4-cross-entropy/Kata/LogisticExercises.swift:52:10: note: protocol requires function 'negativeLogLikelihood(weight:bias:x:labels:)' with type '(Double, Double, [Double], [Int]) -> Double'
    52 |     func negativeLogLikelihood(weight: Double, bias: Double, x: [Double], labels: [Int]) -> Double
       |          `- note: protocol requires function 'negativeLogLikelihood(weight:bias:x:labels:)' with type '(Double, Double, [Double], [Int]) -> Double'
    /w/katas/10.2.4-cross-entropy/Solution.swift:18:8: error: type 'Solution' does not conform to protocol 'LogisticExercises'
    18 | struct Solution: LogisticExercises {
    /w/katas/10.2.4-cross-entropy/Kata/LogisticExercises.swift:52:10: note: protocol requires function 'negativeLogLikelihood(weight:bias:x:labels:)' with type '(Double, Double, [Double], [Int]) -> Double'
    /w/katas/10.2.4-cross-entropy/Solution.swift:30:5: warning: variable 'x' was never used
    /w/katas/10.2.4-cross-entropy/Kata/LogisticExercises.swift:60:10: note: protocol requires function 'gradient' with type 'Int'
    """

    @Test("the compiler's notes on what a protocol requires stay with their error, once each")
    func requirementNotes() throws {
        let errors = Diagnostic.errors(in: Self.missingExercise)
        try #require(errors.count == 1)
        #expect(errors[0].notes == ["protocol requires function 'negativeLogLikelihood(weight:bias:x:labels:)' "
                                    + "with type '(Double, Double, [Double], [Int]) -> Double'"])
    }

    @Test("a missing exercise is named, with where the stub has it")
    func missingExercise() throws {
        let copy = try TemporaryWorkbook()
        let kata = try copy.kata("10.2.4")
        let explained = LearnerDiagnostics(workbook: copy.workbook, kata: kata).explain(Diagnostic.errors(in: Self.missingExercise))
        let stubLine = try #require(try copy.stub(of: kata).split(separator: "\n", omittingEmptySubsequences: false)
            .firstIndex { $0.contains("func negativeLogLikelihood(") }) + 1
        #expect(explained.first?.message == "type 'Solution' does not conform to protocol 'LogisticExercises'")
        #expect(explained.first?.notes == ["Your Solution has no `negativeLogLikelihood(weight:bias:x:labels:)`: if you "
            + "deleted or renamed it, put it back; the stub has it at katas/10.2.4-cross-entropy/Pristine/Solution.swift:\(stubLine)."])
    }

    @Test("an error in the kata's main.swift is the learner's file declaring no Solution, and says so there")
    func noSolution() throws {
        let copy = try TemporaryWorkbook()
        let kata = try copy.kata("10.2.3")
        try copy.edit(kata, to: "")
        let error = Diagnostic(file: "\(copy.root)/katas/10.2.3-mle-mse/main.swift", line: 4, column: 42,
                               message: "cannot find 'Solution' in scope", excerpt: ["4 | runKataProgram(…)"])
        let explained = LearnerDiagnostics(workbook: copy.workbook, kata: kata).explain([error])
        #expect(explained == [Diagnostic(
            file: "\(copy.root)/katas/10.2.3-mle-mse/Solution.swift", line: 1, column: 1,
            message: "this file declares no `Solution`, which the kata needs", excerpt: [], notes: [
                "It must declare `struct Solution: RegressionExercises` with every exercise in it, as the stub "
                    + "katas/10.2.3-mle-mse/Pristine/Solution.swift does.",
                "`swift run kata reset 10.2.3` puts the stub back, after keeping your file in .kata-backups/.",
            ])])

        // A Solution main.swift cannot use: the compiler's words, at the learner's declaration.
        try copy.edit(kata, to: "import RegressionKata\n\nenum Solution {}\n")
        let other = Diagnostic(file: "\(copy.root)/katas/10.2.3-mle-mse/main.swift", line: 4, column: 42,
                               message: "argument type 'Solution' does not conform to expected type 'RegressionExercises'", excerpt: [])
        let pointed = try #require(LearnerDiagnostics(workbook: copy.workbook, kata: kata).explain([other]).first)
        #expect(pointed.file.hasSuffix("katas/10.2.3-mle-mse/Solution.swift") && pointed.line == 3)
        #expect(pointed.message.contains("argument type 'Solution' does not conform to expected type 'RegressionExercises'"))
    }

    @Test("the type checker's time-out in the learner's file gets a word about Int and Double")
    func typeCheckTimeOut() throws {
        let copy = try TemporaryWorkbook()
        let kata = try copy.kata("10.2.4")
        // Swift 6.3's words, for an Int label times a Double logit in a long sum.
        let error = Diagnostic(file: "\(copy.root)/\(kata.solutionFile)", line: 40, column: 16,
                               message: "the compiler is unable to type-check this expression in reasonable time; "
                                   + "try breaking up the expression into distinct sub-expressions", excerpt: [])
        let explained = LearnerDiagnostics(workbook: copy.workbook, kata: kata).explain([error])
        #expect(explained.first?.notes == [LearnerDiagnostics.typeCheckTimeOut])
        #expect(LearnerDiagnostics.typeCheckTimeOut.contains("Double(label)"))
        // Any other error keeps the compiler's notes alone.
        var other = error
        other.message = "cannot find 'retrun' in scope"
        #expect(LearnerDiagnostics(workbook: copy.workbook, kata: kata).explain([other]).first?.notes == [])
    }

    @Test("a missing Solution.swift is not built: the message names the file and how to get it back")
    func missingFile() throws {
        let copy = try TemporaryWorkbook()
        let kata = try copy.kata("10.2.1")
        try FileManager.default.removeItem(atPath: "\(copy.root)/\(kata.solutionFile)")
        let builder = KataBuilder(workbook: copy.workbook, progress: BuildProgress(style: .plain, isTerminal: false))
        guard case .couldNotRun(let message)? = builder.build(kata).failure else {
            Issue.record("a missing file should not be built")
            return
        }
        let unwrapped = message.replacingOccurrences(of: "\n", with: " ")
        #expect(unwrapped.hasPrefix("katas/10.2.1-coin-flip/Solution.swift is missing."))
        #expect(unwrapped.contains("`swift run kata reset 10.2.1`"))
        #expect(!unwrapped.contains(".kata-backups"))

        let backups = "\(copy.root)/.kata-backups/10.2.1-coin-flip"
        try FileManager.default.createDirectory(atPath: backups, withIntermediateDirectories: true)
        try "// mine\n".write(toFile: "\(backups)/Solution-20250101-120000.swift", atomically: true, encoding: .utf8)
        guard case .couldNotRun(let withBackups)? = builder.build(kata).failure else { return }
        #expect(withBackups.replacingOccurrences(of: "\n", with: " ")
            .hasSuffix("Earlier versions of yours, kept by reset, are in .kata-backups/10.2.1-coin-flip/."))
        #expect(withBackups.split(separator: "\n").allSatisfy { $0.count <= 76 })
    }
}
