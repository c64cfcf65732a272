import Foundation

extension Driver {
    /// `kata dev new <id> <slug> [--title TITLE]`: writes a new kata with one
    /// placeholder exercise, lists it in Package.swift in id order, writes its part's
    /// pages into Docs/ and seals it into katas/SHA256SUMS, so that `kata dev check`
    /// passes at once.
    /// - Returns: 0 when the kata was created and its pages written, 1 when the pages
    ///   could not be written.
    /// - Throws: `UsageError` for a malformed or taken id, slug or title, or when a file
    ///   could not be written (nothing is left half-made).
    func newKata(id: String, slug: String, title: String?) throws(UsageError) -> Int32 {
        let scaffold = KataScaffold(id: id, slug: slug, title: title ?? Self.defaultTitle(slug: slug))
        try validate(scaffold)
        let manifestPath = workbook.path("Package.swift")
        let manifest: String
        do {
            manifest = try String(contentsOfFile: manifestPath, encoding: .utf8)
        } catch {
            throw UsageError("Could not read Package.swift: \(error.localizedDescription)")
        }
        if manifest.contains("module: \"\(scaffold.module)\"") {
            throw UsageError("Package.swift already has a module named \(scaffold.module); choose another slug.")
        }
        guard let listed = Self.listing(scaffold, in: manifest) else {
            throw UsageError("Package.swift has no `Kata(\"…\", \"…\", module: \"…\", title: \"…\"),` lines to add to.")
        }
        // The tests' one list of katas gets the new one too, where the workbook has its tests.
        let testListPath = workbook.path(KataScaffold.testList)
        let testList = try? String(contentsOfFile: testListPath, encoding: .utf8)
        let testsListed = testList.flatMap(scaffold.listing(inTests:))
        if testList != nil && testsListed == nil {
            throw UsageError("\(KataScaffold.testList) has no `let testedKatas: [TestedKata] = [` list to add to.")
        }
        var written: [String] = []
        do {
            for file in scaffold.files {
                let path = workbook.path(file.path)
                try FileManager.default.createDirectory(atPath: (path as NSString).deletingLastPathComponent,
                                                        withIntermediateDirectories: true)
                try AtomicFile.write(Data(file.text.utf8), to: path)
                written.append(path)
            }
            if let testsListed { try AtomicFile.write(Data(testsListed.utf8), to: testListPath) }
            try AtomicFile.write(Data(listed.utf8), to: manifestPath)
        } catch {
            written.forEach { try? FileManager.default.removeItem(atPath: $0) }
            if let testList { try? AtomicFile.write(Data(testList.utf8), to: testListPath) }
            try? FileManager.default.removeItem(atPath: workbook.path(scaffold.folder))
            throw UsageError("Could not write the new kata, so nothing was added: \(error)")
        }
        say(style.paint("Created kata \(id)", .green) + " in \(scaffold.folder)/ with one placeholder exercise, "
            + "sampleMean; listed it in Package.swift" + (testsListed == nil ? "." : " and \(KataScaffold.testList)."))
        let updated = try Driver(workbook: Workbook.locate(from: workbook.root, executablePath: nil),
                                 style: style, write: write, confirmation: confirmation)
        let docs = updated.update()
        say("Next: `\(Driver.invocation) dev check` proves it; then write its story, exercises, checks and hints "
            + "(Docs/authoring.md walks through kata 10.2.1), and `\(Driver.invocation) dev update` after each change.")
        return docs
    }

    /// A title from a slug: "poisson-counts" → "Poisson counts".
    static func defaultTitle(slug: String) -> String {
        let words = slug.split(separator: "-").joined(separator: " ")
        return words.prefix(1).uppercased() + words.dropFirst()
    }

    /// Package.swift's text with the kata's line added after the last kata whose id
    /// comes before it (or before the first), indented as they are.
    /// - Returns: `nil` when the manifest lists no kata.
    static func listing(_ scaffold: KataScaffold, in manifest: String) -> String? {
        var lines = manifest.components(separatedBy: "\n")
        let listed = lines.indices.filter { !KataEntry.parse(manifest: lines[$0]).isEmpty }
        guard let first = listed.first else { return nil }
        let before = listed.filter { index in
            KataEntry.parse(manifest: lines[index]).first.map { idPrecedes($0.id, scaffold.id) } ?? false
        }
        let indent = String(lines[first].prefix { $0 == " " })
        lines.insert(indent + scaffold.manifestLine, at: before.last.map { $0 + 1 } ?? first)
        return lines.joined(separator: "\n")
    }

    /// Whether dotted id `a` comes before `b`, comparing their parts as numbers: 10.2.9 before 10.2.10.
    private static func idPrecedes(_ a: String, _ b: String) -> Bool {
        let left = a.split(separator: ".").map { Int($0) ?? 0 }
        let right = b.split(separator: ".").map { Int($0) ?? 0 }
        return left.lexicographicallyPrecedes(right)
    }

    /// Refuses an id, slug or title that is malformed or already taken.
    private func validate(_ scaffold: KataScaffold) throws(UsageError) {
        let example = "such as `\(Driver.invocation) dev new 10.3.1 poisson-counts`"
        guard scaffold.id.wholeMatch(of: #/[0-9]+(\.[0-9]+)+/#) != nil else {
            throw UsageError("'\(scaffold.id)' is not a kata id: numbers joined by dots, \(example).")
        }
        guard scaffold.slug.wholeMatch(of: #/[a-z][a-z0-9]*(-[a-z0-9]+)*/#) != nil else {
            throw UsageError("'\(scaffold.slug)' is not a slug: lower-case words joined by dashes, starting "
                             + "with a letter, \(example).")
        }
        guard !scaffold.title.isEmpty, !scaffold.title.contains(where: { "\"\\\n".contains($0) }) else {
            throw UsageError("A title needs at least one character, and no quotes, backslashes or new lines.")
        }
        if let taken = workbook.katas.first(where: { $0.id == scaffold.id || $0.slug == scaffold.slug }) {
            throw UsageError("Kata \(taken.id) (\(taken.slug)) already has that \(taken.id == scaffold.id ? "id" : "slug").")
        }
        if let existing = scaffold.files.map(\.path).first(where: { FileManager.default.fileExists(atPath: workbook.path($0)) }) {
            throw UsageError("\(existing) already exists; move it away or choose another id or slug.")
        }
    }
}
