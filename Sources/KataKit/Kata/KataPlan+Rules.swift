/// The shape every kata keeps, the one rule set `kata dev check` and the tests hold a
/// kata to (Docs/authoring.md states it for authors).
extension KataPlan {
    /// How many hints an exercise has: a nudge, a fuller hint, then (optionally) all but
    /// the answer. `kata hint` shows one tier more each time.
    public static let hintCount = 2...3
    /// How few checks an exercise may have: the story's own case, a sweep of inputs, an
    /// edge, at least.
    public static let fewestChecks = 3

    /// Each way the plan breaks the rules, as a sentence that names the exercise and says
    /// what to change; empty when it keeps them.
    public var problems: [String] {
        var problems: [String] = []
        if exercises.isEmpty { problems.append("The kata has no exercises.") }
        for exercise in exercises {
            let name = exercise.name
            if exercise.summary.isBlank {
                problems.append("\(name): no summary. Say in one line what to write.")
            }
            let hints = exercise.hints.filter { !$0.isBlank }
            if hints.isEmpty {
                problems.append("\(name): no hints. Give it \(Self.hintCount.lowerBound) or \(Self.hintCount.upperBound), gentle first, explicit last.")
            } else if hints.count != exercise.hints.count {
                problems.append("\(name): a hint is blank. Write it, or remove it.")
            } else if !Self.hintCount.contains(hints.count) {
                problems.append("\(name): \(hints.count) hint\(hints.count == 1 ? "" : "s"). Give it \(Self.hintCount.lowerBound) or \(Self.hintCount.upperBound), gentle first, explicit last.")
            }
            if exercise.checks.count < Self.fewestChecks {
                problems.append("\(name): \(exercise.checks.isEmpty ? "no" : "only \(exercise.checks.count)") check\(exercise.checks.count == 1 ? "" : "s"). "
                    + "Give it at least \(Self.fewestChecks) (the story's case, a sweep of inputs, an edge), so a wrong answer fails.")
            }
            if exercise.checks.contains(where: \.isBlank) {
                problems.append("\(name): a check has no name. Name it for what it tries, in the learner's words.")
            }
            let repeated = Set(exercise.checks.filter { check in exercise.checks.filter { $0 == check }.count > 1 })
            for check in repeated.sorted() {
                problems.append("\(name): two checks are named \"\(check)\"; a verdict must say which one it is.")
            }
        }
        for parameter in parameters {
            let name = parameter.name
            if name.isEmpty || !name.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "_" }) {
                problems.append("Parameter '\(name)': a name is letters, digits and _, as a learner types it after --set.")
            }
            if parameters.filter({ $0.name == name }).count > 1 {
                problems.append("Parameter '\(name)' is declared twice; a --set must name one.")
            }
            if !(parameter.lowest < parameter.highest) || !(parameter.lowest...parameter.highest).contains(parameter.defaultValue) {
                problems.append("Parameter '\(name)': its default must lie inside a range of more than one value.")
            }
            if parameter.summary.isBlank {
                problems.append("Parameter '\(name)': no summary. Say in a few words what it is.")
            }
        }
        return problems
    }
}

private extension String {
    /// Whether it holds nothing but white space.
    var isBlank: Bool { allSatisfy(\.isWhitespace) }
}
