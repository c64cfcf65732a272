/// A kata's shape as a kata binary reports it to the driver: which exercises, which
/// checks, which hints. The driver links no kata, so this is all it knows of one.
public struct KataPlan: Sendable, Codable, Equatable {
    /// One exercise: its requirement's name, summary, hints and check names.
    public struct Exercise: Sendable, Codable, Equatable {
        /// The requirement's name in `Solution.swift`.
        public var name: String
        /// What to write, in one line.
        public var summary: String
        /// Hints from gentle to explicit.
        public var hints: [String]
        /// The check names, in order.
        public var checks: [String]
    }

    /// The dotted id.
    public var id: String
    /// The title.
    public var title: String
    /// The exercises, in order.
    public var exercises: [Exercise]

    /// The number of checks over all exercises.
    public var checkCount: Int { exercises.reduce(0) { $0 + $1.checks.count } }

    /// The index just past the last check of the exercise that check `index` belongs to.
    public func endOfExercise(containingCheck index: Int) -> Int {
        var end = 0
        for exercise in exercises {
            end += exercise.checks.count
            if index < end { return end }
        }
        return end
    }
}
