/// Whose solution a grading runs: the learner's, in the kata's own program, or one
/// of the three that `kata dev check` runs in the kata's author program.
enum GradedSolution: String, CaseIterable {
    /// The learner's Solution.swift, in `kata-<id>`.
    case learner
    /// The reference solution, in `kata-<id>-dev`.
    case reference
    /// The stub as shipped, in `kata-<id>-dev`.
    case pristine
    /// The reference with every comparison failing on purpose, in `kata-<id>-dev`: each
    /// check's failure message, as a learner would read it.
    case probe

    /// The product whose binary runs it.
    /// - Parameter kata: The kata.
    /// - Returns: `kata-<id>` for the learner, else `kata-<id>-dev`.
    func product(of kata: KataEntry) -> String {
        self == .learner ? kata.product : kata.authorProduct
    }

    /// The binary's command, before `--from N`.
    var gradeArguments: [String] {
        self == .learner ? ["grade"] : ["grade", rawValue]
    }
}
