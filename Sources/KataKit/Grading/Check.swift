/// One graded check of one exercise: a named test that any conforming solution
/// either passes or fails with a `CheckFailure`.
public struct Check<Solver>: Sendable {
    /// What the check tries, in the learner's words: "9 heads and 4 tails".
    public let name: String
    /// Runs the check against a solution; throws when the solution gets it wrong.
    public let body: @Sendable (Solver) throws -> Void

    /// Creates a check.
    /// - Parameters:
    ///   - name: What the check tries, in the learner's words.
    ///   - body: Grades a solution, throwing `CheckFailure` when it is wrong.
    public init(_ name: String, _ body: @escaping @Sendable (Solver) throws -> Void) {
        self.name = name
        self.body = body
    }
}

/// One exercise of a kata: one requirement of the kata's exercises protocol, the
/// checks that grade it, and hints from gentle to explicit, declared together once, as a
/// static property named for the requirement, which gives the exercise its name:
///
/// ```swift
/// static var countFlips: Exercise<Solver> {
///     Exercise(summary: "Count the heads and tails in a record of flips.", hints: [
///         "A String is a collection of Characters: …",
///         "`return (heads, tails)`",
///     ]) { [
///         Check("the 13 flips HHHTHTTHHHHHT") { try expectCounts($0, "HHHTHTTHHHHHT") },
///         …
///     ] }
/// }
/// ```
public struct Exercise<Solver>: Sendable {
    /// The requirement's name as the learner sees it in `Solution.swift`: `countFlips`.
    public let name: String
    /// What to write, in one line.
    public let summary: String
    /// Hints in tiers: the first nudges, the last all but gives the answer.
    public let hints: [String]
    /// The checks, run in order.
    public let checks: [Check<Solver>]

    /// Creates an exercise.
    /// - Parameters:
    ///   - name: The requirement's name in `Solution.swift`; by default the name of the
    ///     property that declares the exercise, so that it is written once.
    ///   - summary: What to write, in one line.
    ///   - hints: Hints from gentle to explicit.
    ///   - checks: The checks, run in order.
    public init(_ name: String = #function, summary: String, hints: [String], checks: () -> [Check<Solver>]) {
        self.name = name
        self.summary = summary
        self.hints = hints
        self.checks = checks()
    }
}
