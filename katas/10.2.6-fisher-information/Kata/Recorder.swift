/// What a check's closure saw of the learner's calls: the arguments of each call, in
/// order, so that a failure can say which step a finite difference took, or how many
/// samples a simulation drew.
final class Recorder<Argument> {
    /// The arguments of every call so far.
    private(set) var calls: [Argument] = []

    /// Records one call's argument.
    func record(_ argument: Argument) {
        calls.append(argument)
    }
}
