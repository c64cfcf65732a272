import Foundation

/// Builds kata binaries with `swift build`, and only when they are stale.
struct KataBuilder {
    /// The workbook being built.
    let workbook: Workbook
    /// Tells the learner what is being built while they wait.
    let progress: BuildProgress
    /// Whether to ask `swift build` even when the binary is newer than its sources;
    /// swift build still compiles only what changed.
    var alwaysBuild = false

    /// What a build came to.
    enum Outcome: Equatable {
        /// The binary is ready at this path.
        case ready(String)
        /// It did not compile: the errors, and the whole output for when no error parsed.
        case failed([Diagnostic], output: String)
        /// The learner's Solution.swift is not there, so it was not built: what to do.
        case missingSolution(String)

        /// What a failed build means for grading: did not compile when the compiler
        /// said why, else could not run (with the end of the build's output, or what to
        /// do about the missing file).
        var failure: KataResult? {
            switch self {
            case .ready: return nil
            case .failed(let errors, let output):
                return errors.isEmpty ? .couldNotRun(String(output.suffix(4000))) : .didNotCompile(errors)
            case .missingSolution(let message): return .couldNotRun(message)
            }
        }
    }

    /// Builds `kata`'s binary unless it is newer than every source it depends on.
    /// - Parameters:
    ///   - kata: The kata.
    ///   - product: Which of its programs: the learner's (`kata.product`) or the author's.
    /// - Returns: The binary, or why it could not be built.
    func build(_ kata: KataEntry, product: String? = nil) -> Outcome {
        let product = product ?? kata.product
        // Without it the kata's main.swift fails to compile, which would read as the
        // kata's fault; and a binary built before would grade a file no longer there.
        // (The author's program holds the stub as shipped, not Solution.swift.)
        guard product != kata.product || FileManager.default.fileExists(atPath: workbook.path(kata.solutionFile)) else {
            return .missingSolution(missingSolutionMessage(kata))
        }
        let binary = workbook.binaryPath(forProduct: product)
        if !alwaysBuild && !isStale(binary: binary, kata: kata) { return .ready(binary) }
        if let folder = BuildFolder.unwritable(in: workbook) {
            return .failed([], output: "\(product) needs building (its files changed since it was last built), but "
                           + "swift build cannot write to \(folder), so it cannot be graded until the workbook "
                           + "folder is writable again.")
        }
        let firstBuild = modificationDate(binary) == nil
        progress.start("Building \(product)" + (firstBuild ? " (the first build takes a minute or two)" : ""))
        defer { progress.stop() }
        let result: (status: ChildProcess.Termination, output: String)
        do {
            result = try SwiftBuild(workbook: workbook, progress: progress).run(["build", "--product", product])
        } catch {
            return .failed([], output: "\(error)")
        }
        let errors = LearnerDiagnostics(workbook: workbook, kata: kata).explain(Diagnostic.errors(in: result.output))
        guard result.status == .exited(0), FileManager.default.isExecutableFile(atPath: binary) else {
            return .failed(errors, output: result.output)
        }
        // swift build leaves an up-to-date binary untouched, so its date alone would call
        // it stale (and rebuild it on every run) after any edit that changed nothing it
        // compiles, such as another kata's line in Package.swift. The stamp records that
        // swift build has seen the sources as they are now.
        _ = FileManager.default.createFile(atPath: stampPath(for: binary), contents: Data())
        return .ready(binary)
    }

    /// Whether the binary may not be what its sources build now: it is missing, it has no
    /// stamp, it changed after its stamp, or a source changed after its stamp.
    ///
    /// Only a stamp says a build finished. A build stopped halfway (Ctrl-C while it
    /// links) can leave a new, broken binary; a binary changed after its stamp is
    /// therefore built again, and swift build, which knows what it finished, mends it
    /// or does nothing.
    func isStale(binary: String, kata: KataEntry) -> Bool {
        guard let binaryDate = modificationDate(binary), let built = modificationDate(stampPath(for: binary)),
              built >= binaryDate else { return true }
        let sources = [kata.folder, "Sources/KataKit", "Package.swift"].map(workbook.path)
        return sources.contains { newestModification(under: $0).map { $0 > built } ?? false }
    }

    /// Which file is missing, and how to get it back.
    private func missingSolutionMessage(_ kata: KataEntry) -> String {
        let backups = "\(SolutionReset.backupFolder)/\(kata.id)-\(kata.slug)"
        let kept = (try? FileManager.default.contentsOfDirectory(atPath: workbook.path(backups)))?.isEmpty == false
        // Short lines: the report shows the message as it is, unwrapped.
        return """
            \(kata.solutionFile) is missing.
            It is your file for this kata, which cannot be built without it;
            your other katas still run. If you moved or renamed it, put it back,
            or start again from the stub: `\(Driver.invocation) reset \(kata.id)`.
            """ + (kept ? "\nEarlier versions of yours, kept by reset, are in\n\(backups)/." : "")
    }

    /// Where the driver notes that `swift build` last found `binary` up to date.
    private func stampPath(for binary: String) -> String {
        binary + ".kata-built"
    }

    private func modificationDate(_ path: String) -> Date? {
        (try? FileManager.default.attributesOfItem(atPath: path))?[.modificationDate] as? Date
    }

    private func newestModification(under path: String) -> Date? {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else { return nil }
        guard isDirectory.boolValue else { return modificationDate(path) }
        let files = FileManager.default.enumerator(atPath: path)?.compactMap { $0 as? String } ?? []
        return ([path] + files.map { "\(path)/\($0)" }).compactMap(modificationDate).max()
    }
}
