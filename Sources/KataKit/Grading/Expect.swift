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
    guard !tolerance.accepts(actual, expected: expected) else { return }
    throw CheckFailure(
        call: call, expected: format(expected), actual: format(actual),
        tolerance: tolerance.description,
        mistake: mistakes.first { $0.matches(actual, expected) }?.named, note: note)
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
    guard actual != expected else { return }
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
    guard !condition else { return }
    throw CheckFailure(call: call, expected: expected, actual: actual(), mistake: mistake, note: note)
}

/// Formats a value for a failure message: doubles in their shortest exact form.
func format<Value>(_ value: Value) -> String {
    if let string = value as? String { return "\"\(string)\"" }
    if let number = value as? Double, number.isNaN { return "NaN (not a number)" }
    return String(describing: value)
}
