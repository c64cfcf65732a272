/// Why a check failed: what was called, what was expected, what came back, and the
/// mistake that most likely explains the difference.
public struct CheckFailure: Error, Sendable, Codable, Equatable {
    /// The call that was graded, as the learner would write it: `mle(heads: 9, tails: 4)`.
    public var call: String
    /// The expected result, formatted.
    public var expected: String
    /// The learner's result, formatted.
    public var actual: String
    /// The accepted tolerance in words, for numeric checks.
    public var tolerance: String?
    /// The recognised mistake, if one matched.
    public var mistake: NamedMistake?
    /// Any further explanation the check gives.
    public var note: String?

    /// Creates a failure.
    /// - Parameters:
    ///   - call: The call that was graded.
    ///   - expected: The expected result, formatted.
    ///   - actual: The learner's result, formatted.
    ///   - tolerance: The tolerance in words, for numeric checks.
    ///   - mistake: The recognised mistake, if any.
    ///   - note: A further explanation.
    public init(call: String, expected: String, actual: String, tolerance: String? = nil,
                mistake: NamedMistake? = nil, note: String? = nil) {
        self.call = call
        self.expected = expected
        self.actual = actual
        self.tolerance = tolerance
        self.mistake = mistake
        self.note = note
    }
}
