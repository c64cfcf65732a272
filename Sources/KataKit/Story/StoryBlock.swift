/// One block of a kata's story, as told: what the learner read, in order.
public enum StoryBlock: Sendable, Equatable {
    /// A section heading.
    case heading(String)
    /// A paragraph or more of prose, its numbers already computed.
    case prose(String)
    /// What a step of code printed (a table, a plot, a result).
    case output(String)
    /// A claim the prose makes, checked by the code: the story fails if it does not hold.
    case claim(String, holds: Bool)
}
