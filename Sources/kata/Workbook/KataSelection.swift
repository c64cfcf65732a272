import Foundation

/// Turns what the learner typed into katas: `10.2.1`, a prefix such as `10.2`
/// (all of its parts, in order), a slug such as `coin-flip`, or a folder name.
extension Workbook {
    /// The katas `query` names.
    /// - Throws: `UsageError` with "did you mean …" when it names none.
    func select(_ query: String) throws(UsageError) -> [KataEntry] {
        let trimmed = query.trimmingCharacters(in: .whitespaces).trimmingCharacters(in: CharacterSet(charactersIn: "/"))
        let name = trimmed.hasPrefix("katas/") ? String(trimmed.dropFirst(6)) : trimmed
        if let exact = katas.first(where: { $0.id == name || $0.slug == name || "\($0.id)-\($0.slug)" == name }) {
            return [exact]
        }
        let parts = katas.filter { $0.id.hasPrefix(name + ".") }
        if !parts.isEmpty { return parts }
        let names = katas.flatMap { [$0.id, $0.slug] }
        let nearest = names.min { editDistance($0, name) < editDistance($1, name) }
        let suggestion = nearest.map { " Did you mean \($0)?" } ?? ""
        throw UsageError("There is no kata '\(query)'.\(suggestion) `kata list` shows them all.")
    }
}

/// The Levenshtein distance between two strings.
func editDistance(_ a: String, _ b: String) -> Int {
    let a = Array(a), b = Array(b)
    var previous = Array(0...b.count)
    for (i, x) in a.enumerated() {
        var current = [i + 1]
        for (j, y) in b.enumerated() {
            current.append(min(previous[j + 1] + 1, current[j] + 1, previous[j] + (x == y ? 0 : 1)))
        }
        previous = current
    }
    return previous[b.count]
}
