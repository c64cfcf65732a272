/// One block of a kata's story, as told: what the learner read, in order.
public enum StoryBlock: Sendable {
    /// A section heading.
    case heading(String)
    /// A paragraph or more of prose, its numbers already computed. Lines that start
    /// with two spaces are displays (formulas, commands) kept as written; elsewhere
    /// `*emphasis*` and `` `code` `` are marked.
    case prose(String)
    /// The Swift code of a step, taken from the compiled source, shown before it runs.
    case code(String)
    /// What a step printed (a table, a result).
    case output(String)
    /// A plot a step drew.
    case plot(any StoryPlot)
    /// A claim the prose makes, checked by the code: the story fails if it does not hold.
    case claim(String, holds: Bool)
    /// A claim made for the story's own parameter values that does not hold for the
    /// values the reader set; `reason` says so. It fails nothing.
    case unchecked(String, reason: String)
}
