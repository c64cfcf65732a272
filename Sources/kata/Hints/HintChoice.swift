import KataKit

/// Which hint `kata hint` shows: for the named exercise, or the first one that did not
/// pass at the last check (the first exercise when the kata was never checked), the
/// next tier the learner has not seen, or the last one again once all are seen.
enum HintChoice: Equatable {
    /// Tier `tier` (1-based) of `of`, not seen before.
    case next(exercise: String, tier: Int, of: Int, text: String)
    /// Every tier is seen: the last one again.
    case allSeen(exercise: String, count: Int, last: String)
    /// The exercise has no hints; its summary instead.
    case noHints(exercise: String, summary: String)
    /// No exercise was named and every one passed at the last check.
    case everyExercisePasses
    /// The named exercise is not in the kata; the nearest name, and all of them.
    case unknownExercise(String, nearest: String?, names: [String])

    /// Chooses the hint.
    /// - Parameters:
    ///   - plan: The kata's exercises and their hints.
    ///   - named: The exercise the learner named, if any (exact or in other case).
    ///   - lastResult: The kata's last recorded result, if any.
    ///   - seen: How many tiers of an exercise the learner has seen.
    static func choose(plan: KataPlan, named: String?, lastResult: ProgressFile.Entry?,
                       seen: (String) -> Int) -> HintChoice {
        let names = plan.exercises.map(\.name)
        let exercise: KataPlan.Exercise
        if let named {
            guard let match = plan.exercises.first(where: { $0.name == named })
                    ?? plan.exercises.first(where: { $0.name.lowercased() == named.lowercased() }) else {
                let nearest = names.min { editDistance($0.lowercased(), named.lowercased()) < editDistance($1.lowercased(), named.lowercased()) }
                return .unknownExercise(named, nearest: nearest, names: names)
            }
            exercise = match
        } else {
            guard let first = firstUnsolved(plan, lastResult) else { return .everyExercisePasses }
            exercise = first
        }
        let count = exercise.hints.count
        guard let last = exercise.hints.last else { return .noHints(exercise: exercise.name, summary: exercise.summary) }
        let tier = seen(exercise.name) + 1
        guard tier <= count else { return .allSeen(exercise: exercise.name, count: count, last: last) }
        return .next(exercise: exercise.name, tier: tier, of: count, text: exercise.hints[tier - 1])
    }

    /// The first exercise that did not pass at the last check; the first exercise when
    /// that is not known; `nil` when every one passed.
    private static func firstUnsolved(_ plan: KataPlan, _ lastResult: ProgressFile.Entry?) -> KataPlan.Exercise? {
        guard let results = lastResult?.exerciseResults else { return plan.exercises.first }
        let passed = Set(results.filter(\.passed).map(\.name))
        return plan.exercises.first { !passed.contains($0.name) }
    }

    /// The number of tiers seen once this choice is shown.
    var tiersSeen: (exercise: String, tiers: Int)? {
        switch self {
        case .next(let exercise, let tier, _, _): (exercise, tier)
        case .allSeen(let exercise, let count, _): (exercise, count)
        case .noHints, .everyExercisePasses, .unknownExercise: nil
        }
    }
}
