import Testing
import KataKit
@testable import kata

/// Samples of what `swift build` and Swift's backtracer print, taken from Swift 6.3 on Linux.
@Suite("Reading compiler errors and crash reports")
struct OutputParsingTests {
    static let buildOutput = """
    [3/6] Compiling kata_10_2_1 Solution.swift
    /w/katas/10.2.1-coin-flip/Solution.swift:12:9: error: cannot find 'hedas' in scope
    10 |     func countFlips(_ flips: String) -> (heads: Int, tails: Int) {
    11 |         var heads = 0
    12 |         hedas += 1
       |         `- error: cannot find 'hedas' in scope
    13 |     }
    /w/katas/10.2.1-coin-flip/Solution.swift:20:5: warning: variable 'x' was never used
    [4/6] Compiling kata_10_2_1 main.swift
    /w/katas/10.2.1-coin-flip/Solution.swift:12:9: error: cannot find 'hedas' in scope
    10 |     func countFlips(_ flips: String) -> (heads: Int, tails: Int) {
    error: fatalError
    """

    @Test("errors are read once each, with their excerpt; warnings are left out")
    func diagnostics() throws {
        let errors = Diagnostic.errors(in: Self.buildOutput)
        try #require(errors.count == 1)
        #expect(errors[0].file == "/w/katas/10.2.1-coin-flip/Solution.swift")
        #expect(errors[0].line == 12 && errors[0].column == 9)
        #expect(errors[0].message == "cannot find 'hedas' in scope")
        #expect(errors[0].excerpt.count == 5)
        #expect(errors[0].excerpt[2].contains("hedas += 1"))
    }

    static let indexCrash = """
    Swift/ContiguousArrayBuffer.swift:692: Fatal error: Index out of range

    *** Signal 4: Backtracing from 0x7f9fffd6df7f... done ***

    *** Program crashed: Illegal instruction at 0x00007f9fffd6df7f ***

    Thread 0 "kata-10.2.1":

      0  0x00007f73a9acaf16 __futex_abstimed_wait_common + 198 in libc.so.6

    Thread 1 crashed:

      0      0x00007f9fffd6df7f closure #1 in closure #1 in _assertionFailure(_:_:file:line:flags:) + 623 in libswiftCore.so
      1 [ra] 0x00007f9fffef961f _assertionFailure(_:_:file:line:flags:) + 302 in libswiftCore.so
      2 [ra] 0x0000564a8e02f8e1 Solution.countFlips(_:) + 32 in kata-10.2.1 at /w/katas/10.2.1-coin-flip/Solution.swift:14:13
      3 [ra] 0x0000564a8e02fcc5 closure #1 in CoinFlipChecks + 708 in kata-10.2.1 at /w/katas/10.2.1-coin-flip/Kata/Checks.swift:5:18

    Registers:
    """

    @Test("a fatal error gives the runtime's message and the learner's line")
    func fatalError() {
        let report = CrashReport(standardError: Self.indexCrash, termination: .signalled(4))
        #expect(report.message == "Fatal error: Index out of range")
        #expect(report.location == CodeLocation(file: "/w/katas/10.2.1-coin-flip/Solution.swift", line: 14))
        #expect(report.explanation?.contains("index past its end") == true)
    }

    /// The runtime's own words for each trap, as Tests/KataKitTests/Reference/runtime-traps.swift
    /// makes Swift 6.3.1 print them.
    static let trapMessages = [
        "Swift/ContiguousArrayBuffer.swift:692: Fatal error: Index out of range",
        "Swift/ClosedRange.swift:411: Fatal error: Range requires lowerBound <= upperBound",
        "Swift/Array.swift:430: Fatal error: Array index is out of range",
        "traps/main.swift:8: Fatal error: Unexpectedly found nil while unwrapping an Optional value",
        "Swift/IntegerTypes.swift:9012: Fatal error: Division by zero",
        "Swift/IntegerTypes.swift:9019: Fatal error: Division results in an overflow",
        "Swift/IntegerTypes.swift:8835: Fatal error: Double value cannot be converted to Int because it is either infinite or NaN",
        "Swift/IntegerTypes.swift:8841: Fatal error: Double value cannot be converted to Int because the result would be greater than Int.max",
        "Swift/Integers.swift:3539: Fatal error: Not enough bits to represent the passed value",
        "Swift/Integers.swift:3320: Fatal error: Negative value is not representable",
        "Swift/Array.swift:947: Fatal error: Can't construct Array with count < 0",
        "Swift/RangeReplaceableCollection.swift:867: Fatal error: Can't remove last element from an empty collection",
        "Swift/RangeReplaceableCollection.swift:620: Fatal error: Can't remove first element from an empty collection",
        "Could not cast value of type 'Swift.Int' (0x7fc46a7da698) to 'Swift.String' (0x7fc46a7d7ca0).",
        "Swift/Dictionary.swift:840: Fatal error: Dictionary literal contains duplicate keys",
        "Swift/StringCharacterView.swift:158: Fatal error: String index is out of bounds",
    ]

    @Test("every runtime trap a learner can meet is explained in its own words", arguments: trapMessages)
    func runtimeTrap(_ message: String) {
        let report = CrashReport(standardError: "before\n\(message)\n", termination: .signalled(4))
        let trap = CrashReport.runtimeTraps.first { message.contains($0.message) }
        #expect(trap != nil, "no explanation for: \(message)")
        #expect(report.explanation == trap?.explanation)
    }

    @Test("an integer overflow, which traps with no message, is named from the backtracer's header")
    func arithmeticOverflow() {
        let text = """

        *** Signal 4: Backtracing from 0x55d66833bc5f... done ***

        *** Swift runtime failure: arithmetic overflow ***

        Thread 1 crashed:

          0 [inlined] [system] 0x000055d66833bc5f Swift runtime failure: arithmetic overflow in kata-10.2.1 at //<compiler-generated>
          1                    0x000055d66833bc5f Solution.maximumLikelihoodEstimate(heads:tails:) + 319 in kata-10.2.1 at /w/katas/10.2.1-coin-flip/Solution.swift:21:41
          2 [ra] [thunk]       0x000055d66833b7e9 protocol witness for CoinFlipExercises.maximumLikelihoodEstimate(heads:tails:) in conformance Solution + 8 in kata-10.2.1 at //<compiler-generated>

        Registers:
        """
        let report = CrashReport(standardError: text, termination: .signalled(4))
        #expect(report.message == "Swift runtime failure: arithmetic overflow")
        #expect(report.location == CodeLocation(file: "/w/katas/10.2.1-coin-flip/Solution.swift", line: 21))
        #expect(report.explanation?.contains("Int.max") == true)
    }

    @Test("the learner's line is found in a workbook whose path has spaces")
    func pathWithSpaces() {
        let spaced = Self.indexCrash.replacingOccurrences(of: " at /w/", with: " at /home/ada/My Projects/work book/")
        let report = CrashReport(standardError: spaced, termination: .signalled(4))
        #expect(report.location == CodeLocation(file: "/home/ada/My Projects/work book/katas/10.2.1-coin-flip/Solution.swift", line: 14))
    }

    @Test("a stack overflow is named as one")
    func stackOverflow() {
        let first = "     0              0x000055617a25f79b Solution.count(_:) + 11 in kata-10.2.1 at /w/katas/x/Solution.swift:2"
        let frame = "     7 [ra]         0x00005635048868ad Solution.count(_:) + 76 in kata-10.2.1 at /w/katas/x/Solution.swift:3:39"
        let text = """
        *** Program crashed: Bad pointer dereference at 0x00007fffb42efff0 ***

        Thread 1 crashed:

        \(first)
        \(Array(repeating: frame, count: 60).joined(separator: "\n"))
        """
        let report = CrashReport(standardError: text, termination: .signalled(11))
        #expect(report.message == "Stack overflow")
        #expect(report.location?.line == 3) // the line that recurses, not the function's entry (2)
        #expect(report.explanation?.contains("stack overflowed") == true)
    }

    @Test("a hang whose innermost frame hides the line still names the learner's function")
    func hangWithoutALine() {
        // From a real time-out: `while i < x.count { }`, caught inside Array.count's getter,
        // whose caller (the learner's method) the frame-pointer walk skipped.
        let text = """
        *** Signal 3: Backtracing from 0x7f442a780bca... done ***

        Thread 0 "kata-10.2.3" crashed:

          0  0x00007f442a780bca check_match + 10 in ld-linux-x86-64.so.2

        Thread 1:

          0              0x00007f442a75f7b5 specialized Array.count.getter + 5 in libswiftSwiftOnoneSupport.so
          1 [ra] [thunk] 0x0000556c9709fcb9 protocol witness for RegressionExercises.noiseVariance(x:y:) in conformance Solution + 8 in kata-10.2.3 at //<compiler-generated>
          2 [ra]         0x0000556c970850d2 static RegressionChecks.expectVariance(_:_:_:story:) + 289 in kata-10.2.3 at /w/katas/10.2.3-mle-mse/Kata/RegressionChecks+Fitting.swift:135:33
        """
        let report = CrashReport(standardError: text, termination: .signalled(9))
        #expect(report.location == nil)
        #expect(report.function == "noiseVariance(x:y:)")
        let withLine = CrashReport(standardError: text + "\n  3 [ra] 0x1 Solution.f() + 1 in k at /w/katas/x/Solution.swift:7:1",
                                   termination: .signalled(9))
        #expect(withLine.location?.line == 7)
        #expect(withLine.function == nil)
    }

    @Test("an exit() in learner code, with no backtrace, is still explained")
    func exitCall() {
        let report = CrashReport(standardError: "", termination: .exited(0))
        #expect(report.message.contains("exited with status 0"))
        #expect(report.location == nil)
        #expect(report.explanation?.contains("exit(0)") == true)
    }
}

@Suite("Compiler output with colour")
struct ColouredDiagnosticsTests {
    @Test("errors are still found when swift build colours them")
    func coloured() {
        let output = "\u{1B}[1m/w/katas/k/Solution.swift:3:5: \u{1B}[0m\u{1B}[1;31merror: \u{1B}[0m\u{1B}[1mexpected expression\u{1B}[0m\n"
        let errors = Diagnostic.errors(in: output)
        #expect(errors.map(\.message) == ["expected expression"])
        #expect(errors.first?.file == "/w/katas/k/Solution.swift")
    }
}
