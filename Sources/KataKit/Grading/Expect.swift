/// Checks that a number is within a tolerance of the expected one.
///
/// - Parameters:
///   - actual: The learner's value.
///   - expected: The reference value.
///   - tolerance: How close counts as right; it is shown in the failure message.
///   - call: The call being graded, as the learner would write it.
///   - mistakes: Recognisable mistakes, tried in order when the check fails.
///   - note: A further explanation for any failure.
/// - Throws: `CheckFailure` when `actual` is not accepted.
public func expect(
    _ actual: Double, approximately expected: Double, _ tolerance: Tolerance,
    for call: String, mistakes: [Mistake<Double>] = [], note: String? = nil
) throws(CheckFailure) {
    guard !tolerance.accepts(actual, expected: expected) || CheckRun.failsEveryComparison else { return }
    throw CheckFailure(
        call: call, expected: format(expected), actual: format(actual),
        tolerance: tolerance.description,
        mistake: mistakes.first { $0.matches(actual, expected) }?.named, note: note)
}

/// Checks the learner's answer against the reference's, both computed by the one
/// closure `answer`, so that the call is written once for both, next to its text:
///
/// ```swift
/// try expect({ $0.likelihood(theta: theta, heads: h, tails: t) }, of: solution, against: reference,
///            .relative(1e-12), for: "likelihood(theta: \(theta), heads: \(h), tails: \(t))")
/// ```
///
/// - Parameters:
///   - answer: The call, run on the learner's solution first, then on the reference.
///   - solution: The learner's solution.
///   - reference: The reference solution.
///   - tolerance: How close the learner's value must be.
///   - call: The call being graded, as the learner would write it.
///   - mistakes: Recognisable mistakes, tried in order when the check fails.
///   - note: A further explanation for any failure.
/// - Throws: `CheckFailure` when the values are too far apart.
public func expect<Solver>(
    _ answer: (Solver) -> Double, of solution: Solver, against reference: Solver, _ tolerance: Tolerance,
    for call: String, mistakes: [Mistake<Double>] = [], note: String? = nil
) throws(CheckFailure) {
    let actual = answer(solution)
    try expect(actual, approximately: answer(reference), tolerance, for: call, mistakes: mistakes, note: note)
}

/// Checks that a value equals the expected one exactly.
///
/// - Parameters:
///   - actual: The learner's value.
///   - expected: The reference value.
///   - call: The call being graded, as the learner would write it.
///   - mistakes: Recognisable mistakes, tried in order when the check fails.
///   - note: A further explanation for any failure.
/// - Throws: `CheckFailure` when the values differ.
public func expect<Value: Equatable>(
    _ actual: Value, equals expected: Value,
    for call: String, mistakes: [Mistake<Value>] = [], note: String? = nil
) throws(CheckFailure) {
    guard actual != expected || CheckRun.failsEveryComparison else { return }
    throw CheckFailure(
        call: call, expected: format(expected), actual: format(actual),
        mistake: mistakes.first { $0.matches(actual, expected) }?.named, note: note)
}

/// Checks a condition that is not a comparison of two values, such as "the result
/// is finite" or "the estimate moved towards the optimum".
///
/// - Parameters:
///   - condition: What must hold.
///   - call: The call being graded.
///   - expected: What was expected, in words.
///   - actual: What came back, formatted.
///   - mistake: The mistake a failure most likely means.
///   - note: A further explanation.
/// - Throws: `CheckFailure` when `condition` is false.
public func expect(
    _ condition: Bool, for call: String, expected: String, actual: @autoclosure () -> String,
    mistake: NamedMistake? = nil, note: String? = nil
) throws(CheckFailure) {
    guard !condition || CheckRun.failsEveryComparison else { return }
    throw CheckFailure(call: call, expected: expected, actual: actual(), mistake: mistake, note: note)
}

/// Checks a condition whose failure takes work to describe, such as an optimiser's
/// run: the failure is built only when the condition is false.
///
/// - Parameters:
///   - condition: What must hold.
///   - failure: Builds the failure to throw when it does not.
/// - Throws: The failure `failure` builds, when `condition` is false.
public func expect(_ condition: Bool, otherwise failure: () -> CheckFailure) throws(CheckFailure) {
    guard !condition || CheckRun.failsEveryComparison else { return }
    throw failure()
}

/// Whether `tolerance` accepts every (actual, expected) pair, judged as the `expect`
/// functions judge: for a check that returns early when all is well, so that it
/// works out why an answer is wrong only when it is.
///
/// Use it instead of `Tolerance.accepts` for such a shortcut, so that
/// `kata dev check`, which makes every comparison fail, still reaches the failure.
/// - Parameters:
///   - tolerance: How close counts as right.
///   - pairs: The learner's values and the reference's.
/// - Returns: Whether every pair is accepted.
public func withinTolerance(_ tolerance: Tolerance, _ pairs: (actual: Double, expected: Double)...) -> Bool {
    !CheckRun.failsEveryComparison && pairs.allSatisfy { tolerance.accepts($0.actual, expected: $0.expected) }
}

/// Formats a value for a failure message: doubles in their shortest exact form.
func format<Value>(_ value: Value) -> String {
    if let string = value as? String { return "\"\(string)\"" }
    if let number = value as? Double, number.isNaN { return "NaN (not a number)" }
    return String(describing: value)
}
