import Foundation
import Glibc
import Synchronization
@testable import kata

/// Copies of the package for the end-to-end suites, each learner file its pristine stub.
///
/// The suites take turns with one copy, kept in the temporary folder at
/// `kata-test-copies-<hash of the package's path>/shared copy/work book` (a path with
/// spaces in two folders, so that every case also shows such a path works). It outlives
/// the test run, as `.ci/asan` keeps its copy: each turn rewrites only the files that
/// differ from the package's, so its `.build` rebuilds only what changed. The first build
/// of the copy takes a minute or more, and is paid once, not once per suite; a rerun on
/// an unchanged package rebuilds nothing. Not inside the package: a clone in a private
/// folder (`mktemp -d`) would hide it from the read-only case, which runs as another user.
enum PackageCopy {
    /// What a copy holds of the package.
    static let items = ["Package.swift", "Sources", "katas", "Tests", "Docs"]

    /// Where the kept copy lives: one folder per package, named for its path.
    static let keptFolder = FileManager.default.temporaryDirectory
        .appendingPathComponent("\(keptPrefix)\(FNV1a.hex(of: Data(WorkbookTests.packageRoot.utf8)))").path

    /// How the name of every package's kept folder starts.
    static let keptPrefix = "kata-test-copies-"

    /// One test's turn with the shared copy: no other test of this process has the copy
    /// until this is released (at the end of the test that holds it, even one whose suite
    /// failed to start, since a stored property is released then too).
    final class Turn: Sendable {
        /// The copy's root, up to date with the package, learner files pristine.
        let root: String

        fileprivate init(root: String) {
            self.root = root
        }

        deinit {
            PackageCopy.passTurn()
        }
    }

    /// Waits for a turn with the shared copy, then brings it up to date with the package:
    /// every file under `items` as the package has it, learner files pristine, anything
    /// else a test left (progress, backups, new katas) removed; its `.build` is kept.
    ///
    /// The wait suspends the test instead of holding one of the few threads tests run
    /// on. When another test process has the kept copy (`<root>.lock` tells; SwiftPM
    /// makes a second `swift test` of the package wait, but a test binary run otherwise
    /// does not), this process takes turns with a throwaway copy of its own instead,
    /// built from scratch and removed when the process ends.
    /// - Throws: When it cannot be written.
    static func turn() async throws -> Turn {
        await withCheckedContinuation { (next: CheckedContinuation<Void, Never>) in
            let free = turns.withLock { queue in
                guard queue.held else {
                    queue.held = true
                    return true
                }
                queue.waiting.append(next)
                return false
            }
            if free { next.resume() }
        }
        do {
            let root = try sharedRoot.get()
            // A run stopped in the middle of a read-only case leaves the copy read-only.
            // Only then: going through every file of its .build takes about half a second.
            if FileManager.default.fileExists(atPath: readOnlyMark(of: root)) {
                giveWriteBack(root)
                try FileManager.default.removeItem(atPath: readOnlyMark(of: root))
            }
            try mirror(items, into: root)
            try buildEverything(in: root)
            return Turn(root: root)
        } catch {
            passTurn()
            throw error
        }
    }

    /// A new copy in the temporary folder of `items` of the package (learner files
    /// pristine), never built; the caller removes it.
    /// - Throws: When it cannot be written.
    static func throwaway(holding items: [String] = items) throws -> String {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("kata-copy-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: root, withIntermediateDirectories: true)
        try mirror(items, into: root)
        return root
    }

    /// Builds every program of the copy at `root` in one `swift build`, once per process,
    /// so that its first build compiles them side by side, and no suite builds what it
    /// runs (the driver, a kata's programs) itself. Later builds in the process are the
    /// driver's, and rebuild only what a test changed.
    /// - Throws: When `swift build` fails.
    private static func buildEverything(in root: String) throws {
        try isBuilt.withLock { isBuilt in
            guard !isBuilt else { return }
            let workbook = try Workbook.locate(from: root, executablePath: nil)
            // The driver compiles a learner's file with SwiftPM's recorded commands, behind
            // swift build's back, and a test may put the file's date back after: swift
            // build would link that object, from other bytes. The driver's own builds
            // remove it when the file changed; a swift build of its own must too.
            for kata in workbook.katas {
                try? FileManager.default.removeItem(atPath: ProductCommands.solutionObject(
                    building: workbook.binaryPath(for: kata), from: kata.solutionFile))
            }
            let swift = workbook.swiftExecutable
            // Twice as many jobs as cores: the in-process tests run beside this build, and
            // the end-to-end suites wait for it. With two cores and both pool threads busy,
            // a first build took 154 s with 4 jobs against 202 s with 2.
            let jobs = String(2 * ProcessInfo.processInfo.activeProcessorCount)
            let build = RobustnessPackage.finish(try ChildProcess.spawn(
                swift, arguments: ["build", "--jobs", jobs], environment: ProcessInfo.processInfo.environment,
                workingDirectory: root, output: .merge), within: 1800)
            guard build.termination == .exited(0) else {
                throw BuildError(description: "swift build failed in the copy \(root):\n\(build.output.suffix(4000))")
            }
            isBuilt = true
        }
    }

    /// Whether this process has built its copy.
    private static let isBuilt = Mutex(false)

    /// The copy's `swift build` failed.
    struct BuildError: Error, CustomStringConvertible {
        /// What it printed.
        let description: String
    }

    /// The file a case that takes write permission from the copy at `root` leaves beside
    /// it until it has given it back, so that the next turn gives it back when that case
    /// was stopped halfway.
    static func readOnlyMark(of root: String) -> String { "\(root).read-only" }

    /// Gives the owner write permission again on everything under `folder`, which a
    /// read-only case takes away.
    static func giveWriteBack(_ folder: String) {
        _ = try? ChildProcess.spawn("/bin/chmod", arguments: ["-R", "u+w", folder],
                                    environment: [:], workingDirectory: "/", output: .inherit).wait()
    }

    /// Who holds the shared copy, and who waits for it, in turn.
    private struct Turns {
        var held = false
        var waiting: [CheckedContinuation<Void, Never>] = []
    }

    private static let turns = Mutex(Turns())

    /// Gives the copy to the test that has waited longest, or frees it.
    fileprivate static func passTurn() {
        let next = turns.withLock { queue -> CheckedContinuation<Void, Never>? in
            guard !queue.waiting.isEmpty else {
                queue.held = false
                return nil
            }
            return queue.waiting.removeFirst()
        }
        next?.resume()
    }

    /// Where this process's own copy goes when another has the kept one.
    private static let throwawayFolder = FileManager.default.temporaryDirectory
        .appendingPathComponent("kata copies \(getpid())").path

    /// The copy this process takes turns with: the kept one, locked for the rest of the
    /// process by `flock(2)` on `<root>.lock` (the driver run in process locks the copy's
    /// own folder while it works), or a throwaway one when another process has that lock.
    private static let sharedRoot = Result<String, any Error> {
        let root = copy(in: keptFolder)
        try FileManager.default.createDirectory(atPath: root, withIntermediateDirectories: true)
        let descriptor = open(lockFile(of: root), O_RDWR | O_CREAT | O_CLOEXEC, 0o644)
        // Never closed: the lock goes when the process ends.
        guard descriptor >= 0, flock(descriptor, LOCK_EX | LOCK_NB) == 0 else {
            try FileManager.default.createDirectory(atPath: "\(throwawayFolder)/work book", withIntermediateDirectories: true)
            atexit {
                giveWriteBack(PackageCopy.throwawayFolder)
                try? FileManager.default.removeItem(atPath: PackageCopy.throwawayFolder)
            }
            return "\(throwawayFolder)/work book"
        }
        try Data(WorkbookTests.packageRoot.utf8).write(to: URL(fileURLWithPath: "\(keptFolder)/\(packageRecord)"))
        removeAbandoned(in: FileManager.default.temporaryDirectory.path)
        return root
    }

    /// Where the copy is in a kept folder.
    static func copy(in kept: String) -> String { "\(kept)/shared copy/work book" }

    /// The file a process that takes turns with the copy at `root` holds locked.
    static func lockFile(of root: String) -> String { "\(root).lock" }

    /// The file in a kept folder that names the package it copies.
    static let packageRecord = "package path"

    /// Removes each kept folder in `folder` whose package is gone (a clone deleted since
    /// its tests ran), which would otherwise hold its copy's 200 MB or more for good. A
    /// folder that names no package (kept before they named it), or whose copy another
    /// process holds, is left alone.
    static func removeAbandoned(in folder: String) {
        for entry in (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? [] where entry.hasPrefix(keptPrefix) {
            let kept = "\(folder)/\(entry)"
            guard let package = try? String(contentsOfFile: "\(kept)/\(packageRecord)", encoding: .utf8),
                  !FileManager.default.fileExists(atPath: "\(package)/Package.swift") else { continue }
            let descriptor = open(lockFile(of: copy(in: kept)), O_RDWR | O_CLOEXEC)
            if descriptor >= 0, flock(descriptor, LOCK_EX | LOCK_NB) != 0 {
                close(descriptor)
                continue
            }
            giveWriteBack(kept)
            try? FileManager.default.removeItem(atPath: kept)
            if descriptor >= 0 { close(descriptor) }
        }
    }

    /// Makes `root` hold what the package holds under `items` (learner files pristine),
    /// writing only files whose bytes differ, so that unchanged files keep their dates
    /// and inodes and SwiftPM does not rebuild them.
    private static func mirror(_ items: [String], into root: String) throws {
        let files = FileManager.default
        let source = WorkbookTests.packageRoot
        for entry in try files.contentsOfDirectory(atPath: root) where entry != ".build" && !items.contains(entry) {
            try files.removeItem(atPath: "\(root)/\(entry)")
        }
        var wanted: [String: Data] = [:]
        for item in items {
            for path in try filePaths(item, under: source) {
                wanted[path] = try Data(contentsOf: URL(fileURLWithPath: "\(source)/\(path)"))
            }
        }
        for (path, bytes) in wanted where path.hasPrefix("katas/") && path.hasSuffix("/Pristine/Solution.swift") {
            wanted[String(path.dropLast("Pristine/Solution.swift".count)) + "Solution.swift"] = bytes
        }
        for item in items {
            for path in try filePaths(item, under: root) where wanted[path] == nil {
                try files.removeItem(atPath: "\(root)/\(path)")
            }
        }
        for (path, bytes) in wanted where files.contents(atPath: "\(root)/\(path)") != bytes {
            let file = URL(fileURLWithPath: "\(root)/\(path)")
            try files.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
            try bytes.write(to: file)
        }
    }

    /// The files under `item` of `root` (the item itself when it is a file), as paths
    /// relative to `root`; none when it is missing.
    private static func filePaths(_ item: String, under root: String) throws -> [String] {
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: "\(root)/\(item)", isDirectory: &isFolder) else { return [] }
        guard isFolder.boolValue else { return [item] }
        let enumerator = FileManager.default.enumerator(atPath: "\(root)/\(item)")
        var paths: [String] = []
        while let relative = enumerator?.nextObject() as? String {
            if enumerator?.fileAttributes?[.type] as? FileAttributeType != .typeDirectory {
                paths.append("\(item)/\(relative)")
            }
        }
        return paths
    }
}
