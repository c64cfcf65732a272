/// How far the learner has got with one part (one kata) of the workbook.
enum PartState: Equatable {
    /// Every exercise passed at the last check.
    case solved
    /// Checked (some exercises may pass), or hints were asked for, but not solved.
    case inProgress
    /// Never checked, no hint asked for.
    case notStarted
}

extension ProgressFile {
    /// The state of kata `id`.
    func state(of id: String) -> PartState {
        if let entry = katas[id] { return entry.isSolved ? .solved : .inProgress }
        return contents.hints[id].map { $0.values.contains { $0 > 0 } } == true ? .inProgress : .notStarted
    }
}
