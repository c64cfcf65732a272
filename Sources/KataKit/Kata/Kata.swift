/// A kata: its story and its graded exercises.
///
/// `Solver` is the kata's exercises protocol as an existential (`any CoinFlipExercises`):
/// the learner's `Solution` and the reference both conform, and every check grades
/// either.
public struct Kata<Solver>: Sendable {
    /// The dotted id: "10.2.1".
    public let id: String
    /// The title: "Coin flip: 9 heads in 13 flips".
    public let title: String
    /// The kata library's source, where the story's steps find their code.
    public let sources: CompiledSources
    /// Tells the story through a narrator, computing every number it shows.
    public let story: @Sendable (Narrator) -> Void
    /// The exercises, in the order the learner should do them.
    public let exercises: [Exercise<Solver>]
    /// The numbers the story lets its reader change, in the order it uses them.
    public let parameters: [StoryParameter]
    /// The knowledge check on what the story taught, made when it is asked.
    public let quiz: @Sendable () -> [Question]
    /// The full-screen view `kata explore` draws, if the kata has one.
    public let explorer: ExplorerMaker<Solver>?

    /// Creates a kata.
    /// - Parameters:
    ///   - id: The dotted id.
    ///   - title: The title.
    ///   - sources: The kata library's sources: `CompiledSources(folderOf: #filePath)`
    ///     written in one of its files.
    ///   - story: Tells the story through a narrator.
    ///   - parameters: The numbers the story lets its reader change; it reads each
    ///     through its narrator.
    ///   - exercises: The exercises in order.
    ///   - quiz: The knowledge-check questions (four to eight), made when asked so
    ///     their numbers are computed.
    ///   - explorer: The view `kata explore` draws, from the reference's functions or,
    ///     with `--mine`, the learner's.
    public init(id: String, title: String, sources: CompiledSources, parameters: [StoryParameter] = [],
                story: @escaping @Sendable (Narrator) -> Void, exercises: [Exercise<Solver>],
                quiz: @escaping @Sendable () -> [Question] = { [] }, explorer: ExplorerMaker<Solver>? = nil) {
        self.explorer = explorer
        self.id = id
        self.title = title
        self.sources = sources
        self.parameters = parameters
        self.quiz = quiz
        self.story = story
        self.exercises = exercises
    }

    /// Every check with the index of its exercise, in the order they are run.
    public var allChecks: [(exercise: Int, check: Check<Solver>)] {
        exercises.enumerated().flatMap { index, exercise in exercise.checks.map { (index, $0) } }
    }

    /// The knowledge check as the learner meets it now, every number computed.
    public var quizItems: [QuizItem] { quiz().map { $0.item(sources: sources) } }

    /// The kata's shape as the driver sees it: exercises, their checks and hints.
    public var plan: KataPlan {
        KataPlan(id: id, title: title, exercises: exercises.map {
            KataPlan.Exercise(name: $0.name, summary: $0.summary, hints: $0.hints, checks: $0.checks.map(\.name))
        }, parameters: parameters, explorerExercises: explorer?.exercises)
    }
}

extension Kata {
    /// The kata's title as a story opens with it: the title in bold over a heavy
    /// rule, then its id.
    /// - Parameter style: How to draw it.
    /// - Returns: The lines, ending with a blank one.
    public func banner(style: TerminalStyle) -> String {
        let rule = String(repeating: style.symbol("━", ascii: "="), count: min(title.count, style.width))
        return style.paint(title, .bold) + "\n" + style.paint(rule, .bold) + "\n"
            + style.paint("Kata \(id): the story, then your exercises", .dim) + "\n"
    }
}

/// How a kata makes its explorable view from a solution, and which of its exercises the
/// view calls: `kata explore --mine` draws with the learner's functions only once those
/// exercises pass.
public struct ExplorerMaker<Solver>: Sendable {
    /// The exercises whose functions the view calls.
    public let exercises: [String]
    /// Makes the view with a solution's functions.
    public let make: @Sendable (Solver) -> any Explorer

    /// Creates the maker.
    /// - Parameters:
    ///   - exercises: The exercises whose functions the view calls, by name.
    ///   - make: Makes the view with a solution's functions.
    public init(exercises: [String], make: @escaping @Sendable (Solver) -> any Explorer) {
        self.exercises = exercises
        self.make = make
    }
}
