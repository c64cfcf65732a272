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

        /// Creates an exercise's entry.
        /// - Parameters:
        ///   - name: The requirement's name in `Solution.swift`.
        ///   - summary: What to write, in one line.
        ///   - hints: Hints from gentle to explicit.
        ///   - checks: The check names, in order.
        public init(name: String, summary: String, hints: [String], checks: [String]) {
            self.name = name
            self.summary = summary
            self.hints = hints
            self.checks = checks
        }
    }

    /// The dotted id.
    public var id: String
    /// The title.
    public var title: String
    /// The exercises, in order.
    public var exercises: [Exercise]
    /// The numbers its story lets the reader change (`kata run <id> --set name=value`).
    public var parameters: [StoryParameter]
    /// The exercises whose functions its explorable view calls; `nil` when it has no view.
    public var explorerExercises: [String]?

    /// Creates a plan.
    /// - Parameters:
    ///   - id: The dotted id.
    ///   - title: The title.
    ///   - exercises: The exercises, in order.
    ///   - parameters: The story's parameters.
    ///   - explorerExercises: The exercises its explorable view calls, if it has one.
    public init(id: String, title: String, exercises: [Exercise], parameters: [StoryParameter] = [],
                explorerExercises: [String]? = nil) {
        self.id = id
        self.title = title
        self.exercises = exercises
        self.parameters = parameters
        self.explorerExercises = explorerExercises
    }

    private enum CodingKeys: String, CodingKey { case id, title, exercises, parameters, explorerExercises }

    /// Reads a plan; one without parameters (a story that has none) has an empty list.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        id = try container.decode(String.self, forKey: .id)
        title = try container.decode(String.self, forKey: .title)
        exercises = try container.decode([Exercise].self, forKey: .exercises)
        parameters = try container.decodeIfPresent([StoryParameter].self, forKey: .parameters) ?? []
        explorerExercises = try container.decodeIfPresent([String].self, forKey: .explorerExercises)
    }

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
