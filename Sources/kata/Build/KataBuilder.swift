import Foundation

/// Builds kata binaries, and only when they were not built from the sources on disk now.
struct KataBuilder {
    /// The workbook being built.
    let workbook: Workbook
    /// Tells the learner what is being built while they wait.
    let progress: BuildProgress
    /// Whether to ask `swift build` even when the binary is newer than its sources;
    /// swift build still compiles only what changed.
    var alwaysBuild = false
    /// What every `swift build` of a kata gets besides the product (see `SwiftBuild.extraFlags`).
    var flags = SwiftBuild.extraFlags()

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

    /// Builds `kata`'s binary unless it was built from exactly the sources on disk now.
    ///
    /// When only the learner's file changed since the last good build, the binary is
    /// rebuilt with the commands SwiftPM recorded for it (see `ProductCommands`); anything
    /// else goes through `swift build`. A source saved while the build ran is built again.
    /// - Parameters:
    ///   - kata: The kata.
    ///   - product: Which of its programs: the learner's (`kata.product`) or the author's.
    /// - Returns: The binary, or why it could not be built.
    func build(_ kata: KataEntry, product: String? = nil) -> Outcome {
        let product = product ?? kata.product
        // Without it the kata's main.swift fails to compile, which would read as the
        // kata's fault; and a binary built before would grade a file no longer there.
        // (The author's program holds the stub as shipped, not Solution.swift.)
        guard hasItsFiles(kata, product: product) else {
            return .missingSolution(missingSolutionMessage(kata))
        }
        let binary = workbook.binaryPath(forProduct: product)
        return holdingBuildFolder {
            var outcome = Outcome.failed([], output: "")
            for attempt in 1...Self.attempts {
                let before = SourceSnapshot.take(of: kata, product: product, in: workbook)
                let stamp = BuildStamp.load(for: binary)
                // check --verify hands the first build to swift build whatever the stamp says.
                let forced = alwaysBuild && attempt == 1
                if !forced, isFresh(binary, stamp: stamp, sources: before) { return .ready(binary) }
                outcome = rebuild(kata, product: product, binary: binary, stamp: stamp, sources: before, fast: !forced)
                // Saved while it built: that build is of a file no longer on disk (or failed
                // as SwiftPM's "modified during the build"), so build the file as it is now.
                guard SourceSnapshot.take(of: kata, product: product, in: workbook) != before else { break }
            }
            return outcome
        }
    }

    /// Runs `body` once no other kata process of this workbook is building: two (watch in
    /// one terminal, check in another) take turns, so that neither runs the recorded
    /// commands while the other builds.
    private func holdingBuildFolder<Result>(_ body: () -> Result) -> Result {
        var waited = false
        let waiting = {
            waited = true
            progress.start("Waiting for another kata command's build in this workbook")
        }
        return FolderLock.holding(workbook.path(".build"), waiting: waiting) {
            if waited { progress.stop() }
            return body()
        }
    }

    /// Whether `kata`'s `product` can be built: the author's program always, the learner's
    /// only while their Solution.swift is there.
    private func hasItsFiles(_ kata: KataEntry, product: String) -> Bool {
        product != kata.product || FileManager.default.fileExists(atPath: workbook.path(kata.solutionFile))
    }

    /// What the progress line adds while a program is built for the first time.
    private static let firstBuildNote = " (the first build takes a minute or two)"

    /// How many builds one call may run when the sources keep changing under it. The last
    /// one's binary is stamped with the sources it started from, so the next call builds again.
    private static let attempts = 3

    /// Whether `binary` is the file `stamp` names and was built from `sources`.
    func isFresh(_ binary: String, stamp: BuildStamp?, sources: SourceSnapshot) -> Bool {
        guard let stamp, FileManager.default.isExecutableFile(atPath: binary) else { return false }
        return stamp.binary == FileIdentity(of: binary) && stamp.sources == sources && stamp.flags == flags
    }

    /// Builds `binary` from `sources`, fast when only the learner's file changed since
    /// `stamp`, and stamps it when it built.
    private func rebuild(_ kata: KataEntry, product: String, binary: String, stamp: BuildStamp?,
                         sources: SourceSnapshot, fast: Bool) -> Outcome {
        if let folder = BuildFolder.unwritable(in: workbook) {
            return .failed([], output: "\(product) needs building (its files changed since it was last built), but "
                           + "swift build cannot write to \(folder), so it cannot be graded until the workbook "
                           + "folder is writable again.")
        }
        let firstBuild = !FileManager.default.fileExists(atPath: binary)
        progress.start("Building \(product)" + (firstBuild ? Self.firstBuildNote : ""))
        defer { progress.stop() }
        forgetChangedSolution(kata, product: product, binary: binary, stamp: stamp, sources: sources)
        let commands = stamp.flatMap { stamp in
            fast && canRebuildFast(kata, product: product, binary: binary, stamp: stamp, sources: sources) ? stamp.commands : nil
        }
        let result: (status: ChildProcess.Termination, output: String)
        do {
            if let commands {
                result = try runCommands(commands)
            } else {
                result = try SwiftBuild(workbook: workbook, progress: progress)
                    .run(["build", "--product", product] + flags)
            }
        } catch {
            return .failed([], output: "\(error)")
        }
        let errors = LearnerDiagnostics(workbook: workbook, kata: kata).explain(Diagnostic.errors(in: result.output))
        guard result.status == .exited(0), FileManager.default.isExecutableFile(atPath: binary),
              let identity = FileIdentity(of: binary) else {
            return .failed(errors, output: result.output)
        }
        saveStamp(kata, product: product, binary: binary, identity: identity, sources: sources, commands: commands)
        return .ready(binary)
    }

    /// Removes the learner's object when their file changed since `stamp`: the compiler
    /// skips a file whose date it has seen (a same-second save, `touch -d`), and so can
    /// swift build; without the old object, the learner's file is compiled.
    private func forgetChangedSolution(_ kata: KataEntry, product: String, binary: String, stamp: BuildStamp?,
                                       sources: SourceSnapshot) {
        let solution = kata.solutionFile
        guard product == kata.product, stamp?.sources.files[solution] != sources.files[solution] else { return }
        try? FileManager.default.removeItem(atPath: ProductCommands.solutionObject(building: binary, from: solution))
    }

    /// Records that `binary` was built from `sources`, with the commands that rebuild the
    /// learner's program fast: `commands` when it was built by them, else those SwiftPM
    /// recorded.
    private func saveStamp(_ kata: KataEntry, product: String, binary: String, identity: FileIdentity,
                           sources: SourceSnapshot, commands: ProductCommands?) {
        let recorded = product != kata.product ? nil : commands ?? ProductCommands.read(
            building: binary, from: workbook.path(kata.solutionFile), description: buildDescription)
        BuildStamp(sources: sources, binary: identity, commands: recorded,
                   toolchain: BuildStamp.toolchain(commands: recorded, swift: workbook.swiftExecutable),
                   flags: flags).save(for: binary)
    }

    /// Builds the programs of `wanted` that are not fresh in one `swift build` of the
    /// whole package, when two or more are not, before a command that needs them all.
    ///
    /// SwiftPM then plans the package once and compiles the katas side by side, where
    /// `build` plans it for each program and builds one kata's modules while the next
    /// kata's wait. Each program built from sources that did not change under it is
    /// stamped as `build` stamps it, so that `build` finds it fresh. When the build fails
    /// (any kata that does not compile stops it), nothing is stamped, and `build` goes
    /// on one program at a time, which names each kata's own errors and builds the rest.
    /// - Parameter wanted: Each kata, with which of its programs.
    func buildTogether(_ wanted: [(kata: KataEntry, product: String)]) {
        // check --verify hands each program to swift build itself, whatever this did.
        // One program is left to `build`: taking its snapshot here too would hash its
        // sources twice on every save that `kata watch` grades.
        guard wanted.count >= 2, !alwaysBuild, BuildFolder.unwritable(in: workbook) == nil else { return }
        holdingBuildFolder {
            let stale = wanted.compactMap { kata, product -> Pending? in
                // Without the learner's file, `build` says what to do; swift build would fail.
                guard hasItsFiles(kata, product: product) else { return nil }
                let binary = workbook.binaryPath(forProduct: product)
                let pending = Pending(kata: kata, product: product, binary: binary, stamp: BuildStamp.load(for: binary),
                                      sources: SourceSnapshot.take(of: kata, product: product, in: workbook))
                return isFresh(binary, stamp: pending.stamp, sources: pending.sources) ? nil : pending
            }
            guard stale.count >= 2 else { return }
            for program in stale {
                forgetChangedSolution(program.kata, product: program.product, binary: program.binary,
                                      stamp: program.stamp, sources: program.sources)
            }
            let firstBuild = stale.contains { !FileManager.default.fileExists(atPath: $0.binary) }
            progress.start("Building \(stale.count) kata programs" + (firstBuild ? Self.firstBuildNote : ""))
            defer { progress.stop() }
            guard let result = try? SwiftBuild(workbook: workbook, progress: progress).run(["build"] + flags),
                  result.status == .exited(0) else { return }
            for program in stale where SourceSnapshot.take(of: program.kata, product: program.product, in: workbook) == program.sources {
                guard FileManager.default.isExecutableFile(atPath: program.binary),
                      let identity = FileIdentity(of: program.binary) else { continue }
                saveStamp(program.kata, product: program.product, binary: program.binary, identity: identity,
                          sources: program.sources, commands: nil)
            }
        }
    }

    /// A program `buildTogether` builds, with what it was last built from.
    private struct Pending {
        let kata: KataEntry
        let product: String
        let binary: String
        let stamp: BuildStamp?
        let sources: SourceSnapshot
    }

    /// Whether the recorded commands build what `swift build` would: the binary is the one
    /// stamped, the toolchain is the same, and nothing but the learner's file changed.
    private func canRebuildFast(_ kata: KataEntry, product: String, binary: String, stamp: BuildStamp,
                                sources: SourceSnapshot) -> Bool {
        product == kata.product && stamp.commands != nil
            && stamp.binary == FileIdentity(of: binary)
            && stamp.toolchain == BuildStamp.toolchain(commands: stamp.commands, swift: workbook.swiftExecutable)
            && sources.changed(since: stamp.sources) == [kata.solutionFile]
    }

    /// Runs the recorded compile, wrap and link, stopping at the first that fails.
    private func runCommands(_ commands: ProductCommands) throws(ChildProcessError) -> (status: ChildProcess.Termination, output: String) {
        let build = SwiftBuild(workbook: workbook, progress: progress)
        var output = ""
        for step in commands.steps {
            let result = try build.run(executable: step[0], Array(step.dropFirst()))
            output += result.output
            guard result.status == .exited(0) else { return (result.status, output) }
        }
        return (.exited(0), output)
    }

    /// SwiftPM's build description for the configuration the binaries are built in.
    private var buildDescription: String {
        workbook.path(".build/\(URL(fileURLWithPath: workbook.binaryDirectory).lastPathComponent).yaml")
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
}
