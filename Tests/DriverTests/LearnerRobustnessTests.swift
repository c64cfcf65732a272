import Foundation
import Testing
import KataKit
@testable import kata

/// Every way a learner's Solution.swift can misbehave, graded by the driver on a
/// temporary copy of the package: each gets a clear verdict or message, the other
/// checks and katas still grade, and no learner file is changed or lost.
///
/// Builds are the cost, so each build covers several cases: one Solution.swift for
/// 10.2.1 whose six exercises each crash or hang differently, one for 10.2.2 whose
/// exercises misbehave in the other ways, then broken files in every kata at once.
@Suite("A learner's Solution.swift cannot break the grader", .serialized, .ownThreads)
final class LearnerRobustnessTests {
    /// This test's turn with the shared copy of the package.
    let copy: PackageCopy.Turn
    /// The copy's root.
    let root: String
    /// The copy, located as the driver locates it.
    let workbook: Workbook
    /// Every file under katas/ as the copy started, by path relative to the root.
    let before: [String: Data]
    /// What the test itself wrote to learner files since (`nil`: it deleted the file).
    var written: [String: Data?] = [:]
    /// Where a check of 10.2.2 writes with an absolute path, which nothing can stop.
    let outsideFile = "/tmp/kata-robustness-\(UUID().uuidString).txt"

    /// Waits for its turn with the copy (every learner file the pristine stub), and notes what is under katas/.
    init() async throws {
        copy = try await PackageCopy.turn()
        root = copy.root
        workbook = try Workbook.locate(from: root, executablePath: nil)
        before = Self.files(under: root, in: "katas")
    }

    /// Removes the file written outside the copy.
    deinit {
        try? FileManager.default.removeItem(atPath: outsideFile)
    }

    @Test("crashes, hangs, floods, input, stray writes and broken files: clear verdicts, the rest still graded, no file lost")
    func everyMisbehaviour() throws {
        try crashesAndHangs()
        try floodingReadingWriting()
        try brokenFiles()
        try learnerFilesIntact()
    }

    // MARK: - 10.2.1: six exercises, six ways to crash or hang

    /// The learner's 10.2.1: a fatal error, an index out of range, a nil unwrapped, an
    /// integer overflow, a runaway recursion and an endless loop, one an exercise.
    static let crashing = """
    import CoinFlipKata
    import Foundation

    struct Solution: CoinFlipExercises {
        func countFlips(_ flips: String) -> (heads: Int, tails: Int) {
            fatalError("I have not decided how to count yet") // FATAL HERE
        }

        func likelihood(theta: Double, heads: Int, tails: Int) -> Double {
            let powers = [theta]
            return powers[heads + tails + 1] // INDEX HERE
        }

        func logLikelihood(theta: Double, heads: Int, tails: Int) -> Double {
            let cache: [Int: Double] = [:]
            return cache[heads]! // NIL HERE
        }

        func maximumLikelihoodEstimate(heads: Int, tails: Int) -> Double {
            var total = heads + tails
            for _ in 0..<64 { total = total * 2 + 1 } // OVERFLOW HERE
            return Double(heads) / Double(total)
        }

        func negativeLogLikelihoodGradient(theta: Double, heads: Int, tails: Int) -> Double {
            -Double(heads) / theta + negativeLogLikelihoodGradient(theta: theta, heads: heads, tails: tails) // RECURSION HERE
        }

        func gradientDescent(heads: Int, tails: Int, start: Double, learningRate: Double, steps: Int) -> Double {
            var theta = start
            let step = 0
            while step <= steps { theta -= learningRate * 0 } // LOOP HERE
            return theta
        }
    }
    """

    /// Each crash is reported for every check of its exercise, in Swift's words at the
    /// learner's line; the endless loop times out and the exercise's other checks are skipped.
    func crashesAndHangs() throws {
        let kata = try only("10.2.1")
        try write(Self.crashing, to: kata)
        let result = grade(kata, timeout: 5)
        let exercises = try graded(result)
        let expected: [(exercise: String, message: String, marker: String)] = [
            ("countFlips", "Fatal error: I have not decided how to count yet", "FATAL HERE"),
            ("likelihood", "Fatal error: Index out of range", "INDEX HERE"),
            ("logLikelihood", "Fatal error: Unexpectedly found nil while unwrapping an Optional value", "NIL HERE"),
            ("maximumLikelihoodEstimate", "Swift runtime failure: arithmetic overflow", "OVERFLOW HERE"),
            ("negativeLogLikelihoodGradient", "Stack overflow", "RECURSION HERE"),
        ]
        for (name, message, marker) in expected {
            let checks = try #require(exercises.first { $0.exercise.name == name }, "no exercise \(name)").checks
            #expect(!checks.isEmpty)
            for check in checks {
                // Every check crashed on its own: the ones after a crash still ran.
                guard case .crashed(let report) = check.verdict else {
                    Issue.record("\(name) / \(check.name) was \(check.verdict), not crashed")
                    continue
                }
                #expect(report.message == message, "\(name) / \(check.name)")
                #expect(report.location?.file.hasSuffix(kata.solutionFile) == true, "\(name) / \(check.name)")
                #expect(report.location?.line == line(of: marker, in: kata), "\(name) / \(check.name)")
            }
        }
        let loop = try #require(exercises.first { $0.exercise.name == "gradientDescent" }).checks
        guard case .timedOut(let seconds, let report) = loop.first?.verdict else {
            Issue.record("the endless loop was \(String(describing: loop.first?.verdict)), not timed out")
            return
        }
        #expect(seconds == 5)
        expectStuck(report, at: line(of: "LOOP HERE", in: kata), in: "gradientDescent(heads:tails:start:learningRate:steps:)")
        #expect(loop.dropFirst().allSatisfy { if case .notRun = $0.verdict { true } else { false } })

        // What the learner reads: Swift's words, their line, and what it usually means.
        let text = VerdictReport(style: .plain, workbook: workbook).render(kata, result)
        #expect(text.contains("Fatal error: I have not decided how to count yet"))
        #expect(text.contains("at \(kata.solutionFile):\(line(of: "NIL HERE", in: kata) ?? 0)"))
        #expect(text.contains("Swift runtime failure: arithmetic overflow"))
        #expect(text.contains("An integer grew past Int.max"))
        #expect(text.contains("Stack overflow"))
        #expect(text.contains("timed out after 5 s"))
        #expect(noProcessLeft(running: kata))
    }

    // MARK: - 10.2.2: 2 MB of output, readLine(), stray writes
    // (A program deaf to SIGTERM and a 50 MB flood are `MisbehavingKataTests`' cases: the
    // driver's side of them needs no Swift build.)

    /// The learner's 10.2.2, which also writes to `outsideFile`.
    var misbehaving: String {
        """
        import GaussianKata
        import Foundation

        struct Solution: GaussianExercises {
            func mean(of data: [Double]) -> Double {
                ReferenceSolution().mean(of: data)
            }

            func logLikelihood(of data: [Double], mean: Double, variance: Double) -> Double {
                let line = String(repeating: "flood ", count: 170) + "\\n"
                if data.count == 5 {
                    // The first check: 2,000 lines of 1,021 bytes, then a wrong answer.
                    for _ in 0..<2_000 { print(line, terminator: "") }
                } else if data.count == 50 {
                    // The second: a megabyte, more than the driver keeps, then a crash.
                    for _ in 0..<1_000 { print(line, terminator: "") }
                    let empty: [Double] = []
                    return empty[1] // AFTER FLOOD HERE
                }
                return 0
            }

            func maximumLikelihoodEstimate(of data: [Double]) -> (mean: Double, variance: Double) {
                var lines = 0
                while readLine() != nil { lines += 1 }
                print("readLine() gave nil after \\(lines) lines")
                return (mean: Double(lines), variance: 0)
            }

            func confidenceInterval95(of data: [Double]) -> (lower: Double, upper: Double) {
                try? "written by a check\\n".write(toFile: "\(outsideFile)", atomically: false, encoding: .utf8)
                try? "written by a check\\n".write(toFile: "notes.txt", atomically: true, encoding: .utf8)
                return ReferenceSolution().confidenceInterval95(of: data)
            }
        }
        """
    }

    /// Megabytes of Swift `print` are graded and capped; readLine() gets nil; stray writes
    /// change neither grading nor the package.
    func floodingReadingWriting() throws {
        let kata = try only("10.2.2")
        try write(misbehaving, to: kata)
        let result = grade(kata, timeout: 5)
        let exercises = try graded(result)
        func checks(_ name: String) throws -> [GradedCheckResult] {
            try #require(exercises.first { $0.exercise.name == name }, "no exercise \(name)").checks
        }

        // 2 MB of output: graded, kept to the cap, and the learner told so.
        let flood = try checks("logLikelihood")
        try #require(flood.count >= 2)
        if case .failed = flood[0].verdict {} else { Issue.record("the flooding check was \(flood[0].verdict), not failed") }
        let (kept, dropped) = CappedBuffer.split(flood[0].output)
        #expect(kept.hasPrefix("flood flood"))
        #expect(kept.utf8.count <= GradingSegment.outputLimit)
        #expect(dropped == 2_000 * 1_021 - GradingSegment.outputLimit)
        #expect((flood[0].duration ?? .infinity) < 60)
        // A crash after more output than the driver keeps is still a crash at its line.
        if case .crashed(let report) = flood[1].verdict {
            #expect(report.message == "Fatal error: Index out of range")
            #expect(report.location?.line == line(of: "AFTER FLOOD HERE", in: kata))
        } else {
            Issue.record("the crash after a megabyte was \(flood[1].verdict), not crashed")
        }
        let text = VerdictReport(style: .plain, workbook: workbook).render(kata, result)
        #expect(text.contains("… and \(dropped / 1024) KB more, not shown (a check keeps the first 16 KB of what it prints)"))
        #expect(text.count < 40_000)

        // readLine() meets the end of input at once (standard input is /dev/null).
        let reading = try #require(try checks("maximumLikelihoodEstimate").first)
        if case .failed = reading.verdict {} else { Issue.record("the reading check was \(reading.verdict), not failed") }
        #expect(reading.output.contains("readLine() gave nil after 0 lines"))

        // Writes: grading is unaffected, and a relative path lands in the scratch folder,
        // never among the learner's files. An absolute path is not sandboxed.
        #expect(try checks("confidenceInterval95").allSatisfy(\.verdict.isPassed))
        #expect(FileManager.default.fileExists(atPath: "\(root)/\(Workbook.scratchFolderName)/notes.txt"))
        #expect(!FileManager.default.fileExists(atPath: "\(root)/notes.txt"))
        #expect(!FileManager.default.fileExists(atPath: "\(root)/\(kata.folder)/notes.txt"))
        #expect(FileManager.default.fileExists(atPath: outsideFile))
    }

    // MARK: - Broken files in every kata at once

    /// A compile error, an empty file, a deleted exercise and a missing file, all at once:
    /// each is reported in the learner's file with what to do, and the kata that builds
    /// still grades in the same `kata check`; `kata reset` brings the missing file back.
    func brokenFiles() throws {
        let coinFlip = try only("10.2.1"), gaussian = try only("10.2.2"), regression = try only("10.2.3")
        let logistic = try only("10.2.4"), exponential = try only("10.2.5")
        let coinFlipStub = try stub(of: coinFlip)
        let firstTodo = try #require(coinFlipStub.range(of: "todo()"))
        try write(coinFlipStub.replacingCharacters(in: firstTodo, with: "retrun 0 // TYPO HERE"), to: coinFlip)
        try write("import GaussianKata\n\ntypealias Solution = ReferenceSolution\n", to: gaussian)
        try write("", to: regression)
        let stub = try self.stub(of: logistic)
        let deleted = try #require(stub.firstMatch(of: #/\n    func negativeLogLikelihood\(.*?\n    }\n/#.dotMatchesNewlines()))
        try write(stub.replacingCharacters(in: deleted.range, with: "\n"), to: logistic)
        try FileManager.default.removeItem(atPath: workbook.path(exponential.solutionFile))
        written[exponential.solutionFile] = .some(nil)

        var printed = ""
        #expect(Driver.main(arguments: ["check", "--json"], directory: root, executablePath: nil,
                            style: .plain, write: { printed += $0 }) == 1)
        let document = try #require(try JSONSerialization.jsonObject(with: Data(printed.utf8)) as? [String: Any])
        let katas = try #require(document["katas"] as? [[String: Any]])
        func kata(_ id: String) throws -> [String: Any] { try #require(katas.first { $0["id"] as? String == id }) }
        func diagnostics(_ id: String) throws -> [[String: Any]] { try #require(try kata(id)["diagnostics"] as? [[String: Any]]) }

        #expect(try kata("10.2.2")["status"] as? String == "solved")
        #expect(try kata("10.2.1")["status"] as? String == "did not compile")
        #expect(try diagnostics("10.2.1").contains {
            $0["file"] as? String == coinFlip.solutionFile && $0["line"] as? Int == line(of: "TYPO HERE", in: coinFlip)
        })
        #expect(try kata("10.2.3")["status"] as? String == "did not compile")
        #expect(try diagnostics("10.2.3").first?["file"] as? String == regression.solutionFile)
        #expect(try diagnostics("10.2.3").first?["message"] as? String == "this file declares no `Solution`, which the kata needs")
        #expect(try kata("10.2.4")["status"] as? String == "did not compile")
        #expect(try diagnostics("10.2.4").first?["file"] as? String == logistic.solutionFile)
        #expect(try diagnostics("10.2.4").first?["message"] as? String
                == "type 'Solution' does not conform to protocol 'LogisticExercises'")
        #expect(try kata("10.2.5")["status"] as? String == "could not run")
        let missing = try #require(try kata("10.2.5")["message"] as? String).replacingOccurrences(of: "\n", with: " ")
        #expect(missing.hasPrefix("\(exponential.solutionFile) is missing."))
        #expect(missing.contains("`swift run kata reset 10.2.5`"))

        // What the learner reads: every error in their own file, with what to do.
        printed = ""
        #expect(Driver.main(arguments: ["check"], directory: root, executablePath: nil,
                            style: .plain, write: { printed += $0 }) == 1)
        let text = printed.replacingOccurrences(of: "\n    ", with: " ")
        #expect(!text.contains("report them to the workbook's authors"))
        #expect(text.contains("\(regression.solutionFile):1:1: error: this file declares no `Solution`"))
        #expect(text.contains("It must declare `struct Solution: RegressionExercises` with every exercise in it"))
        #expect(text.contains("Your Solution has no `negativeLogLikelihood(weight:bias:x:labels:)`"))
        #expect(text.contains("\(exponential.solutionFile) is missing."))
        #expect(text.contains("✓ mean"))

        // The missing file comes back as the message says, without a question (nothing
        // of the learner's is lost), and grades as untouched.
        printed = ""
        #expect(Driver.main(arguments: ["reset", "10.2.5"], directory: root, executablePath: nil, style: .plain,
                            write: { printed += $0 }, confirmation: ResetAndSolutionCommandTests.noTerminal) == 0)
        let restored = try #require(FileManager.default.contents(atPath: workbook.path(exponential.solutionFile)))
        #expect(restored == FileManager.default.contents(atPath: workbook.path("\(exponential.folder)/Pristine/Solution.swift")))
        written[exponential.solutionFile] = restored
        let untouched = try graded(grade(exponential, timeout: 5))
        #expect(!untouched.isEmpty && untouched.allSatisfy(\.isUntouched))

        let progress = try #require(FileManager.default.contents(atPath: workbook.path(ProgressFile.fileName)))
        #expect(try JSONSerialization.jsonObject(with: progress) is [String: Any])
    }

    // MARK: - Afterwards

    /// Every file under katas/ is as the copy started or as the test last wrote it, and
    /// no file appeared in the package root or the katas.
    func learnerFilesIntact() throws {
        let after = Self.files(under: root, in: "katas")
        var expected = before
        for (path, data) in written { expected[path] = data }
        #expect(Set(after.keys) == Set(expected.keys), "files added or lost under katas/")
        for (path, data) in expected where after[path] != data {
            Issue.record("\(path) is not what it was")
        }
        let rootFiles = try FileManager.default.contentsOfDirectory(atPath: root)
        #expect(Set(rootFiles).isSubset(of: Set(PackageCopy.items + [".build",
                                             ProgressFile.fileName, SolutionReset.backupFolder])),
                "\(rootFiles)")
    }

    // MARK: - Helpers

    /// The one kata `id` names.
    func only(_ id: String) throws -> KataEntry {
        try #require(try workbook.select(id).first)
    }

    /// The pristine stub of `kata`.
    func stub(of kata: KataEntry) throws -> String {
        try String(contentsOfFile: workbook.path("\(kata.folder)/Pristine/Solution.swift"), encoding: .utf8)
    }

    /// Writes the learner's file of `kata`, its time stamp moved on so that the driver sees it as new.
    func write(_ text: String, to kata: KataEntry) throws {
        let path = workbook.path(kata.solutionFile)
        try text.write(toFile: path, atomically: false, encoding: .utf8)
        try FileManager.default.setAttributes([.modificationDate: Date().addingTimeInterval(2)], ofItemAtPath: path)
        written[kata.solutionFile] = Data(text.utf8)
    }

    /// The 1-based line of the learner's file of `kata` that holds `marker`.
    func line(of marker: String, in kata: KataEntry) -> Int? {
        (try? String(contentsOfFile: workbook.path(kata.solutionFile), encoding: .utf8))?
            .split(separator: "\n", omittingEmptySubsequences: false).firstIndex { $0.contains(marker) }.map { $0 + 1 }
    }

    /// Builds `kata` when stale and grades it.
    func grade(_ kata: KataEntry, timeout: Double) -> KataResult {
        KataGrader(workbook: workbook, builder: KataBuilder(workbook: workbook, progress: BuildProgress(style: .plain, isTerminal: false)),
                   timeout: timeout, environment: KataGrader.childEnvironment(style: .plain, workbook: workbook)).grade(kata)
    }

    /// The exercises of a graded result; an issue when it was not graded.
    func graded(_ result: KataResult, sourceLocation: Testing.SourceLocation = #_sourceLocation) throws -> [GradedExercise] {
        guard case .graded(_, let exercises) = result else {
            Issue.record("expected the kata to be graded, got \(result)", sourceLocation: sourceLocation)
            return []
        }
        return exercises
    }

    /// Where a timed-out check was stuck, when the driver could tell: the learner's line
    /// or, when the loop's instructions carry no line (Swift's backtrace gives none for
    /// some loops), the learner's function. A backtrace that took longer than the
    /// driver waits for gives no report, which is not this suite's concern.
    func expectStuck(_ report: CrashReport?, at line: Int?, in function: String,
                     sourceLocation: Testing.SourceLocation = #_sourceLocation) {
        guard let report else { return }
        #expect(report.location?.line == line || (report.location == nil && report.function == function),
                "\(report)", sourceLocation: sourceLocation)
    }

    /// Whether no process is running `kata`'s binary (a zombie's command line is empty,
    /// but the driver reaps every child it starts before grading returns).
    func noProcessLeft(running kata: KataEntry) -> Bool {
        let binary = workbook.binaryPath(for: kata)
        let pids = ((try? FileManager.default.contentsOfDirectory(atPath: "/proc")) ?? []).filter { Int($0) != nil }
        let left = pids.filter { pid in
            guard let line = FileManager.default.contents(atPath: "/proc/\(pid)/cmdline") else { return false }
            return String(decoding: line.prefix { $0 != 0 }, as: UTF8.self) == binary
        }
        if !left.isEmpty { Issue.record("still running \(binary): \(left)") }
        return left.isEmpty
    }

    /// The contents of every file under `folder` of `root`, by path relative to `root`.
    static func files(under root: String, in folder: String) -> [String: Data] {
        let paths = FileManager.default.subpaths(atPath: "\(root)/\(folder)") ?? []
        var files: [String: Data] = [:]
        for path in paths {
            var isDirectory: ObjCBool = false
            let full = "\(root)/\(folder)/\(path)"
            guard FileManager.default.fileExists(atPath: full, isDirectory: &isDirectory), !isDirectory.boolValue,
                  let data = FileManager.default.contents(atPath: full) else { continue }
            files["\(folder)/\(path)"] = data
        }
        return files
    }
}
