import Foundation
import KataKit

extension Driver {
    /// `kata dev docs`: writes each part's pages into `Docs/<part>/`, replacing what
    /// was there only once every page of the part has been written.
    /// - Returns: 0 when every part was written, 1 otherwise.
    func writeDocs() -> Int32 {
        let builder = KataBuilder(workbook: workbook, progress: BuildProgress(style: style))
        var allWritten = true
        for part in PartIndex.parts(of: workbook) {
            let folder = workbook.path("Docs/\(part.part)")
            let draft = workbook.path("Docs/.\(part.part).draft")
            try? FileManager.default.removeItem(atPath: draft)
            var written = true
            for kata in part.katas where written {
                written = writePage(of: kata, into: draft, builder: builder)
            }
            do {
                guard written else { throw DocsError.pageFailed }
                try part.markdown.write(toFile: "\(draft)/README.md", atomically: true, encoding: .utf8)
                try? FileManager.default.removeItem(atPath: folder)
                try FileManager.default.moveItem(atPath: draft, toPath: folder)
                let figures = FileManager.default.subpaths(atPath: folder)?.filter { $0.hasSuffix(".svg") }.count ?? 0
                say(style.paint("Wrote \(workbook.relative(folder))/: ", .green)
                    + "\(part.katas.count) pages, \(figures) figures and the contents page README.md.")
            } catch {
                try? FileManager.default.removeItem(atPath: draft)
                say(style.paint("\(workbook.relative(folder))/ is unchanged.", .yellow)
                    + (error is DocsError ? "" : " Could not write it: \(error)"))
                allWritten = false
            }
        }
        return allWritten ? 0 : 1
    }

    /// Builds `kata` and has its binary write its page into `folder`.
    /// - Returns: Whether the page was written with every self-check holding.
    private func writePage(of kata: KataEntry, into folder: String, builder: KataBuilder) -> Bool {
        guard case .ready(let binary) = builder.build(kata) else {
            say(style.paint("\(kata.id) does not build; `\(Driver.invocation) check \(kata.id)` shows why.", .red))
            return false
        }
        do {
            let child = try ChildProcess.spawn(
                binary, arguments: ["docs", folder, PartIndex.pageName(of: kata), kata.folder],
                environment: KataGrader.childEnvironment(style: style), workingDirectory: workbook.root, output: .merge)
            let (output, termination) = Interrupts.guarding(child) { (child.readOutput(limit: 1 << 20), child.wait()) }
            guard termination == .exited(0) else {
                say(style.paint("The page of \(kata.id) was not written (\(termination)): a story self-check failed "
                                + "or it could not write. `\(Driver.invocation) run \(kata.id)` shows the story.", .red),
                    output)
                return false
            }
            return true
        } catch {
            say(style.paint("Could not run \(kata.product): \(error)", .red))
            return false
        }
    }
}

/// A page of a part could not be written; what went wrong has been said.
private struct DocsError: Error {
    static let pageFailed = DocsError()
}
