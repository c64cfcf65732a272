/// How far the learner has got with one part (one kata) of the workbook.
enum PartState: Equatable {
    /// Every exercise passed at the last check.
    case solved
    /// Attempted at the last check (some exercises may pass), or hints were asked for,
    /// but not solved.
    case inProgress
    /// No hint asked for, and never checked or only checked as the stub: reading a
    /// story grades the stubs, and that is not a start.
    case notStarted
}

extension ProgressFile {
    /// The state of kata `id`.
    func state(of id: String) -> PartState {
        if let entry = katas[id] {
            if entry.isSolved { return .solved }
            if entry.isAttempted { return .inProgress }
        }
        return contents.hints[id].map { $0.values.contains { $0 > 0 } } == true ? .inProgress : .notStarted
    }
}
