import Foundation
import KataKit

extension Driver {
    /// `kata dev docs`: writes each part's pages into `Docs/<part>/`, replacing what
    /// was there only once every page of the part has been written.
    /// - Returns: 0 when every part was written, 1 otherwise.
    func writeDocs() -> Int32 {
        let builder = KataBuilder(workbook: workbook, progress: BuildProgress(style: style))
        builder.buildTogether(workbook.katas.map { ($0, $0.authorProduct) })
        var allWritten = true
        for part in PartIndex.parts(of: workbook) {
            let folder = workbook.path("Docs/\(part.part)")
            let draft = workbook.path("Docs/.\(part.part).draft")
            do {
                guard render(part, into: draft, builder: builder) else { throw DocsError.pageFailed }
                try? FileManager.default.removeItem(atPath: folder)
                try FileManager.default.moveItem(atPath: draft, toPath: folder)
                let figures = FileManager.default.subpaths(atPath: folder)?.filter { $0.hasSuffix(".svg") }.count ?? 0
                say(style.paint("Wrote \(workbook.relative(folder))/: ", .green)
                    + "\(counted(part.katas.count, "page")), \(counted(figures, "figure")) and the contents page README.md.")
            } catch {
                try? FileManager.default.removeItem(atPath: draft)
                say(style.paint("\(workbook.relative(folder))/ is unchanged.", .yellow)
                    + (error is DocsError ? "" : " Could not write it: \(error)"))
                allWritten = false
            }
        }
        return allWritten ? 0 : 1
    }

    /// Where the committed Docs/ differ from what the katas write now, each in a
    /// sentence an author can act on; `nil` when the pages could not be written at all
    /// (what went wrong has been said).
    func docsDrift(builder: KataBuilder) -> [String]? {
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("kata-docs-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: scratch) }
        var drift: [String] = []
        for part in PartIndex.parts(of: workbook) {
            let rendered = "\(scratch)/\(part.part)"
            guard render(part, into: rendered, builder: builder) else { return nil }
            drift += Self.differences(committed: workbook.path("Docs/\(part.part)"), generated: rendered,
                                      shownAs: "Docs/\(part.part)")
        }
        return drift
    }

    /// The files that differ between two folders: missing, extra, or changed (with the
    /// first line that differs).
    static func differences(committed: String, generated: String, shownAs prefix: String) -> [String] {
        func files(_ folder: String) -> Set<String> {
            Set((FileManager.default.subpaths(atPath: folder) ?? []).filter { path in
                var isDirectory: ObjCBool = false
                return FileManager.default.fileExists(atPath: "\(folder)/\(path)", isDirectory: &isDirectory)
                    && !isDirectory.boolValue
            })
        }
        let old = files(committed)
        let new = files(generated)
        var found = new.subtracting(old).sorted().map { "\(prefix)/\($0) is missing: the katas write it now." }
        found += old.subtracting(new).sorted().map { "\(prefix)/\($0) is no longer written by any kata." }
        for path in old.intersection(new).sorted() {
            let committedText = (try? String(contentsOfFile: "\(committed)/\(path)", encoding: .utf8)) ?? ""
            let generatedText = (try? String(contentsOfFile: "\(generated)/\(path)", encoding: .utf8)) ?? ""
            if let difference = TextDrift.firstDifference(committed: committedText, generated: generatedText,
                                                          path: "\(prefix)/\(path)") {
                found.append(difference)
            }
        }
        return found
    }

    /// Writes the pages of `part`, its figures and its contents page into `folder`,
    /// replacing anything there.
    /// - Returns: Whether every page was written with every self-check holding.
    private func render(_ part: PartIndex, into folder: String, builder: KataBuilder) -> Bool {
        try? FileManager.default.removeItem(atPath: folder)
        for kata in part.katas {
            guard writePage(of: kata, into: folder, builder: builder) else { return false }
        }
        do {
            try part.markdown.write(toFile: "\(folder)/README.md", atomically: true, encoding: .utf8)
            return true
        } catch {
            say(style.paint("Could not write the contents page of \(part.part): \(error)", .red))
            return false
        }
    }

    /// Builds `kata`'s author program and has it write its page into `folder`. The
    /// author program holds the stub as shipped, so the pages do not wait on the
    /// learner's Solution.swift compiling.
    /// - Returns: Whether the page was written with every self-check holding.
    private func writePage(of kata: KataEntry, into folder: String, builder: KataBuilder) -> Bool {
        guard case .ready(let binary) = builder.build(kata, product: kata.authorProduct) else {
            say(style.paint("\(kata.authorProduct) does not build; `swift build --product \(kata.authorProduct)` shows why.", .red))
            return false
        }
        do {
            let child = try ChildProcess.spawn(
                binary, arguments: ["docs", folder, PartIndex.pageName(of: kata), kata.folder],
                environment: KataGrader.childEnvironment(style: style, workbook: workbook), workingDirectory: workbook.scratchFolder(),
                output: .merge)
            let (output, termination) = Interrupts.guarding(child) { (child.readOutput(limit: 1 << 20), child.wait()) }
            guard termination == .exited(0) else {
                say(style.paint("The page of \(kata.id) was not written (\(termination)): a story self-check failed "
                                + "or it could not write. `\(Driver.invocation) run \(kata.id)` shows the story.", .red)
                    + output.trimmingCharacters(in: .whitespacesAndNewlines).split(separator: "\n").map { "\n    " + $0 }.joined())
                return false
            }
            return true
        } catch {
            say(style.paint("Could not run \(kata.authorProduct): \(error)", .red))
            return false
        }
    }
}

/// `count` and `noun`, plural unless the count is one: "1 page", "8 figures".
private func counted(_ count: Int, _ noun: String) -> String {
    "\(count) \(noun)\(count == 1 ? "" : "s")"
}

/// A page of a part could not be written; what went wrong has been said.
private struct DocsError: Error {
    static let pageFailed = DocsError()
}
