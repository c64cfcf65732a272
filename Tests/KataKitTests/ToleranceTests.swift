import Testing
import KataKit

@Suite("Tolerances")
struct ToleranceTests {
    /// Each a tolerance, the expected and actual values, and whether it accepts them;
    /// typed, as the type checker took seconds to find the tuples' types itself.
    static let bounds: [(Tolerance, Double, Double, Bool)] = [
        (.absolute(1e-9), 1.0, 1.0 + 5e-10, true),
        (.absolute(1e-9), 1.0, 1.0 + 2e-9, false),
        (.relative(1e-12), 1e12, 1e12 + 0.5, true),
        (.relative(1e-12), 1e12, 1e12 + 2, false),
        (.exact, 0.1 + 0.2, 0.30000000000000004, true),
        (.exact, 0.1 + 0.2, 0.3, false),
        (.relative(1e-3), -.infinity, -.infinity, true),
        (.relative(1e-3), -2302.585, -.infinity, false),
        (.relative(1e-3), .nan, .nan, true),
        (.absolute(1), 0.5, .nan, false),
        (.absolute(1), 0, -0.0, true),
    ]

    @Test("absolute and relative bounds", arguments: bounds)
    func accepts(tolerance: Tolerance, expected: Double, actual: Double, accepted: Bool) {
        #expect(tolerance.accepts(actual, expected: expected) == accepted)
    }

    @Test("its description says which bound")
    func description() {
        #expect(Tolerance.relative(1e-12).description == "within 1e-12, relative")
        #expect(Tolerance.absolute(0.001).description == "within 0.001, absolute")
        // A bound computed from data is written to three significant digits.
        #expect(Tolerance.absolute(1.96 / 3 * 1e-4).description == "within 6.53e-05, absolute")
        #expect(Tolerance(absolute: 0.123456, relative: 2.0 / 3).description
                == "within 0.123 absolute or 0.667 relative")
        #expect(Tolerance.exact.description == "exactly")
    }
}

@Suite("Expectations and mistakes")
struct ExpectTests {
    static let integerDivision = Mistake<Double>("integer division", explanation: "Convert to Double first.") { actual, _ in
        actual == 0 || actual == 1
    }

    @Test("a failure names the call, both values, the tolerance and the matching mistake")
    func failure() {
        #expect {
            try expect(0, approximately: 9.0 / 13.0, .relative(1e-12), for: "mle(heads: 9, tails: 4)",
                       mistakes: [Self.integerDivision])
        } throws: { error in
            guard let failure = error as? CheckFailure else { return false }
            return failure.call == "mle(heads: 9, tails: 4)" && failure.actual == "0.0"
                && failure.expected == "\(9.0 / 13.0)" && failure.tolerance == "within 1e-12, relative"
                && failure.mistake?.name == "integer division"
        }
    }

    @Test("no mistake is named when none matches; a pass throws nothing")
    func noMistake() throws {
        #expect {
            try expect(0.5, approximately: 0.6, .absolute(0.01), for: "f()", mistakes: [Self.integerDivision])
        } throws: { ($0 as? CheckFailure)?.mistake == nil }
        try expect(0.6000001, approximately: 0.6, .absolute(0.01), for: "f()")
        try expect("HH", equals: "HH", for: "g()")
    }

    @Test("exact comparisons quote strings")
    func strings() {
        #expect {
            try expect("HT", equals: "TH", for: "g()")
        } throws: { ($0 as? CheckFailure)?.actual == "\"HT\"" }
    }
}
