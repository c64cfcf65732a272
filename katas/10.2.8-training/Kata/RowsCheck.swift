import KataKit

/// Checks a matrix answer (rows of numbers) entry by entry against the reference's.
///
/// The first entry out of tolerance is shown, as `call[i][c]`; a mistake is named when
/// the learner's whole matrix matches its model, entry for entry.
/// - Parameters:
///   - actual: The learner's rows.
///   - expected: The reference's rows.
///   - tolerance: How close each entry must be.
///   - call: The call, as the learner would write it.
///   - mistakes: Recognisable mistakes, tried in order when an entry is wrong.
///   - note: A further explanation for any failure.
/// - Throws: `CheckFailure` when the shapes differ or an entry is out of tolerance.
func expectRows(_ actual: [[Double]], _ expected: [[Double]], _ tolerance: Tolerance, for call: String,
                mistakes: [Mistake<[[Double]]>] = [], note: String? = nil) throws(CheckFailure) {
    let mistake = { mistakes.first { $0.matches(actual, expected) }?.named }
    try expect(TrainingMistakes.sameShape(actual, expected)) {
        CheckFailure(call: call, expected: shape(expected),
                     actual: shape(actual), mistake: mistake(), note: note)
    }
    let flat = zip(actual, expected).enumerated().flatMap { i, rows in
        zip(rows.0, rows.1).enumerated().map { (i, $0, $1.0, $1.1) }
    }
    let wrong = flat.first { !withinTolerance(tolerance, ($0.2, $0.3)) } ?? flat.first
    guard let (i, c, mine, theirs) = wrong else { return }
    // The entry's own comparison fails here; the mistake is judged on the whole matrix.
    let named = withinTolerance(tolerance, (mine, theirs)) ? nil : mistake()
    try expect(mine, approximately: theirs, tolerance, for: "\(call)[\(i)][\(c)]",
               mistakes: named.map { [Mistake($0.name, explanation: $0.explanation) { _, _ in true }] } ?? [],
               note: note)
}

/// A matrix's shape in words: "3 rows of 2", "1 row of 3", "no rows", or the row
/// lengths when they differ.
func shape(_ rows: [[Double]]) -> String {
    if rows.isEmpty { return "no rows" }
    let lengths = Set(rows.map(\.count))
    let count = rows.count == 1 ? "1 row" : "\(rows.count) rows"
    if lengths.count == 1, let length = lengths.first { return "\(count) of \(length)" }
    return "\(count) of lengths \(rows.map(\.count))"
}

/// Rows as a call shows them: all of them when small, else the first row and the shape.
func describe(_ rows: [[Double]]) -> String {
    if rows.count * (rows.first?.count ?? 0) <= 8 { return "\(rows)" }
    return "[\(rows[0]), … \(shape(rows))]"
}

/// Labels or an order as a call shows them: all when few, else the first five and the count.
func describe(_ indices: [Int]) -> String {
    indices.count <= 8 ? "\(indices)" : "[" + indices.prefix(5).map(String.init).joined(separator: ", ")
        + ", … \(indices.count) in all]"
}
