import Foundation

/// How a grading result is recorded, and read back.
extension ProgressFile.Entry {
    /// The entry a kata result comes to.
    init(result: KataResult) {
        switch result {
        case .graded(_, let exercises):
            self.init(exercisesPassed: exercises.filter(\.isPassed).count, exercises: exercises.count,
                      compiled: true, checkedAt: Date(),
                      exerciseResults: exercises.map { ProgressFile.ExerciseResult(name: $0.exercise.name, passed: $0.isPassed) })
        case .didNotCompile, .couldNotRun:
            self.init(exercisesPassed: 0, exercises: 0, compiled: false, checkedAt: Date())
        }
    }

    /// Whether the kata was solved when last checked.
    var isSolved: Bool { compiled && exercises > 0 && exercisesPassed == exercises }

    /// The first exercise that did not pass, when the result names its exercises.
    var firstUnpassedExercise: String? { exerciseResults?.first { !$0.passed }?.name }
}
