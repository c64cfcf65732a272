/// A mistake learners commonly make, recognised from the wrong value it produces.
///
/// When a check fails, its mistakes are tried in order and the first that matches
/// names the likely cause in the failure message, so the learner reads "integer
/// division" rather than just two numbers.
public struct Mistake<Value>: Sendable {
    /// A short name: "integer division".
    public let name: String
    /// What the learner probably did and how to fix it, in one or two sentences.
    public let explanation: String
    /// Whether a wrong `actual` value, given the right `expected` one, looks like this mistake.
    public let matches: @Sendable (_ actual: Value, _ expected: Value) -> Bool

    /// Creates a mistake.
    /// - Parameters:
    ///   - name: A short name for the mistake.
    ///   - explanation: What went wrong and how to fix it.
    ///   - matches: Recognises the mistake from the actual and expected values.
    public init(_ name: String, explanation: String, matches: @escaping @Sendable (_ actual: Value, _ expected: Value) -> Bool) {
        self.name = name
        self.explanation = explanation
        self.matches = matches
    }

    /// The name and explanation alone, as a verdict carries them.
    public var named: NamedMistake { NamedMistake(name: name, explanation: explanation) }
}

/// The name and explanation of a recognised mistake, as reported to the learner.
public struct NamedMistake: Sendable, Codable, Equatable {
    /// A short name: "integer division".
    public var name: String
    /// What the learner probably did and how to fix it.
    public var explanation: String

    /// Creates a named mistake.
    public init(name: String, explanation: String) {
        self.name = name
        self.explanation = explanation
    }
}
