import Foundation

/// How a grading result is recorded, and read back.
extension ProgressFile.Entry {
    /// The entry a kata result comes to.
    init(result: KataResult) {
        switch result {
        case .graded(_, let exercises):
            self.init(exercisesPassed: exercises.filter(\.isPassed).count, exercises: exercises.count,
                      compiled: true, checkedAt: Date(),
                      exerciseResults: exercises.map {
                          ProgressFile.ExerciseResult(name: $0.exercise.name, passed: $0.isPassed,
                                                      notAttempted: $0.isUntouched ? true : nil)
                      })
        case .didNotCompile, .couldNotRun:
            self.init(exercisesPassed: 0, exercises: 0, compiled: false, checkedAt: Date())
        }
    }

    /// Whether the kata was solved when last checked.
    var isSolved: Bool { compiled && exercises > 0 && exercisesPassed == exercises }

    /// Whether the learner had written something in the kata when last checked: a result
    /// that did not compile counts, as does one from a file too old to say.
    var isAttempted: Bool { !compiled || (exerciseResults?.contains(where: \.isAttempted) ?? true) }

    /// The first exercise that did not pass, when the result names its exercises.
    var firstUnpassedExercise: ProgressFile.ExerciseResult? { exerciseResults?.first { !$0.passed } }
}

extension KataResult {
    /// Whether the learner's work shows in the result: some check got past a `todo()`, or
    /// the kata did not build or run, which is worth coming back to. A pristine stub, as
    /// `kata run` grades after each story, is not.
    var isAttempted: Bool {
        guard case .graded(_, let exercises) = self else { return true }
        return exercises.contains { !$0.isUntouched }
    }
}

extension ProgressFile {
    /// Makes the kata to come back to after grading `results` the last one worked on: the
    /// first the learner attempted that is still unsolved, else the last one attempted.
    /// When none was attempted nothing moves, since reading a story grades the stubs too.
    /// - Throws: When the file cannot be written.
    mutating func recordWorkedOn(after results: [(id: String, result: KataResult)]) throws {
        let attempted = results.filter(\.result.isAttempted)
        guard let id = (attempted.first { !$0.result.isSolved } ?? attempted.last)?.id else { return }
        try recordWorkedOn(id)
    }
}
