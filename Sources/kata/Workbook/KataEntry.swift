/// One kata as the workbook lists it in Package.swift.
struct KataEntry: Equatable {
    /// The dotted id: "10.2.1".
    var id: String
    /// The slug: "coin-flip".
    var slug: String
    /// The title.
    var title: String

    /// The kata's folder, relative to the workbook root.
    var folder: String { "katas/\(id)-\(slug)" }
    /// The learner's file, relative to the workbook root.
    var solutionFile: String { "\(folder)/Solution.swift" }
    /// The executable product: the kata with the learner's solution.
    var product: String { "kata-\(id)" }
    /// The author's product: the kata with its reference and its stub as shipped.
    var authorProduct: String { "kata-\(id)-dev" }

    /// Reads the kata list from the text of Package.swift: one
    /// `Kata("10.2.1", "coin-flip", module: "…", title: "…")` a line.
    static func parse(manifest: String) -> [KataEntry] {
        manifest.split(separator: "\n").compactMap { line in
            guard let match = line.firstMatch(
                of: #/^\s*Kata\("([^"]+)",\s*"([^"]+)",\s*module:\s*"[^"]+",\s*title:\s*"([^"]*)"\)/#) else { return nil }
            return KataEntry(id: String(match.1), slug: String(match.2), title: String(match.3))
        }
    }
}
