/// A kata's catalogue of named mistakes (`enum CoinFlipMistakes: MistakeCatalogue`),
/// with what every catalogue needs: how a learner's value is matched with what a
/// mistake, modelled and run on the same inputs, would have returned.
///
/// A mistake is named only when the learner's value matches its model and not the
/// right answer; otherwise the failure explains the difference without a name.
public protocol MistakeCatalogue {}

extension MistakeCatalogue {
    /// How closely a learner's value must match a mistake's model to be named for it:
    /// nine digits, the noise of a different but equivalent order of operations.
    public static var modelMatch: Tolerance { Tolerance(absolute: 1e-300, relative: 1e-9) }

    /// Whether two results agree to nine digits, treating NaN as equal to NaN.
    public static func agree(_ a: Double, _ b: Double) -> Bool {
        (a.isNaN && b.isNaN) || modelMatch.accepts(a, expected: b)
    }

    /// Whether a learner's finite result agrees with what a mistake would compute, so
    /// that a NaN or ∞ (which many slips return) is never taken for this one.
    public static func agreeFinite(_ actual: Double, _ wrong: Double) -> Bool {
        actual.isFinite && wrong.isFinite && agree(actual, wrong)
    }

    /// The learner's value is one of `answers` (the story's own, at `tolerance`, as it
    /// printed them) where this call's answer is not: they copied an answer instead of
    /// computing from the arguments. 0 and ±∞ are left out, as many other slips return them.
    /// - Parameters:
    ///   - answers: The answers the story shows.
    ///   - name: The mistake's name, in the kata's words.
    ///   - explanation: What to do instead.
    ///   - tolerance: How closely the story's printed digits match; nine digits by default.
    /// - Returns: The mistake.
    public static func hardCoded(_ answers: [Double], name: String, explanation: String,
                                 tolerance: Tolerance? = nil) -> Mistake<Double> {
        let match = tolerance ?? modelMatch
        let telling = answers.filter { $0 != 0 && $0.isFinite }
        return Mistake(name, explanation: explanation) { actual, expected in
            telling.contains { !match.accepts(expected, expected: $0) && match.accepts(actual, expected: $0) }
        }
    }
}
