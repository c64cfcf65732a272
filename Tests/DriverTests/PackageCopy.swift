import Foundation
import Glibc
import Synchronization
@testable import kata

/// Copies of the package for the end-to-end suites, each learner file its pristine stub.
///
/// A kept copy lives in the temporary folder, at `kata-test-copies-<hash of the package's
/// path>/<name>`, and outlives the test run, as `.ci/asan` keeps its copy: the next run
/// rewrites only the files that differ from the package's, so its `.build` rebuilds only
/// what changed. A first build of a copy takes a minute or more; a rerun on an unchanged
/// package rebuilds nothing. Not inside the package: a clone in a private folder
/// (`mktemp -d`) would hide it from the read-only case, which runs as another user.
enum PackageCopy {
    /// What a copy holds of the package.
    static let items = ["Package.swift", "Sources", "katas", "Tests", "Docs"]

    /// Where the kept copies live: one folder per package, named for its path.
    static let keptFolder = FileManager.default.temporaryDirectory
        .appendingPathComponent("kata-test-copies-\(FNV1a.hex(of: Data(WorkbookTests.packageRoot.utf8)))").path

    /// The kept copy `name`, brought up to date with the package: every file under
    /// `items` as the package has it, learner files pristine, anything else a test left
    /// (progress, backups, new katas) removed; its `.build` is kept.
    ///
    /// The copy is locked for the rest of this process (by `<name>.lock` beside it: the
    /// driver run in process locks the copy's own folder while it works), so that each
    /// suite has one of its own. When another process holds it (a second `swift test` on
    /// this package), a throwaway copy is made instead, built from scratch.
    /// - Throws: When it cannot be written.
    static func kept(named name: String) throws -> String {
        let root = "\(keptFolder)/\(name)"
        try FileManager.default.createDirectory(atPath: root, withIntermediateDirectories: true)
        guard lockForThisProcess("\(root).lock") else { return try throwaway() }
        // A run stopped in the middle of a read-only case leaves the copy read-only.
        _ = try ChildProcess.spawn("/bin/chmod", arguments: ["-R", "u+w", root],
                                   environment: [:], workingDirectory: "/", output: .inherit).wait()
        try mirror(items, into: root)
        return root
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

    /// Removes `root` if it is a throwaway copy; a kept one stays for the next run.
    static func release(_ root: String) {
        guard !root.hasPrefix(keptFolder + "/") else { return }
        try? FileManager.default.removeItem(atPath: root)
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

    /// The kept copies this process holds the lock of.
    private static let locked = Mutex<Set<String>>([])

    /// Takes `flock(2)` on the file at `path` for the rest of the process (once: a second
    /// `flock` from this process would wait on its own first), or says another process has it.
    private static func lockForThisProcess(_ path: String) -> Bool {
        locked.withLock { held in
            if held.contains(path) { return true }
            let descriptor = open(path, O_RDWR | O_CREAT | O_CLOEXEC, 0o644)
            // Never closed: the lock goes when the process ends.
            guard descriptor >= 0 else { return false }
            guard flock(descriptor, LOCK_EX | LOCK_NB) == 0 else {
                close(descriptor)
                return false
            }
            held.insert(path)
            return true
        }
    }
}
