import Foundation
import Glibc
import Testing
@testable import kata

/// A workbook the learner cannot write: see `DriverRobustnessTests`.
extension DriverRobustnessTests {
    /// What runs `kata` as a user the file permissions bind: nothing for an ordinary
    /// user; for root, whom they do not bind, `setpriv` to the user nobody when that
    /// works here; `nil` when neither does, and the read-only cases are skipped.
    static let unprivileged: [String]? = {
        guard getuid() == 0 else { return [] }
        let setpriv = ["/usr/bin/setpriv", "--reuid=65534", "--regid=65534", "--clear-groups"]
        guard let child = try? ChildProcess.spawn(setpriv[0], arguments: Array(setpriv.dropFirst()) + ["/bin/true"],
                                                  environment: [:], workingDirectory: "/", output: .merge),
              RobustnessPackage.finish(child, within: 60).termination == .exited(0) else { return nil }
        return setpriv
    }()

    /// Takes write permission from everyone on everything under `folder`, or gives it
    /// back to the owner.
    static func setWritable(_ writable: Bool, _ folder: String) throws {
        let child = try ChildProcess.spawn("/bin/chmod", arguments: ["-R", writable ? "u+w" : "a-w", folder],
                                           environment: [:], workingDirectory: "/", output: .merge)
        let done = RobustnessPackage.finish(child, within: 120)
        #expect(done.termination == .exited(0), "chmod: \(done.output)")
    }

    /// The text of every learner file.
    func learnerFiles() throws -> [String] {
        try workbook.katas.map { try String(contentsOfFile: try solutionPath($0.id), encoding: .utf8) }
    }

    @Test("read-only after a build: what is built is graded, what cannot be written is named, nothing changes",
          .enabled(if: DriverRobustnessTests.unprivileged != nil, "running as root without setpriv: permissions would not apply"))
    func readOnlyAfterBuild() throws {
        let user = try #require(Self.unprivileged)
        try startFresh()
        try writeSolution("10.2.1", Self.solvedCoinFlip)
        #expect(try package.kata("check").termination == .exited(1), "every kata built and recorded")
        // Changed after that build: it needs one that the read-only folder cannot have.
        try writeSolution("10.2.2", try pristine("10.2.2") + "\nlet changedAfterTheBuild = 1\n")
        let progressBefore = FileManager.default.contents(atPath: progressPath)
        let filesBefore = try learnerFiles()

        #expect(FileManager.default.createFile(atPath: PackageCopy.readOnlyMark(of: root), contents: nil))
        try Self.setWritable(false, root)
        defer {
            try? Self.setWritable(true, root)
            try? FileManager.default.removeItem(atPath: PackageCopy.readOnlyMark(of: root))
        }
        let checked = try package.kata("check", as: user)
        #expect(checked.termination == .exited(1), "\(checked.output)")
        #expect(checked.output.contains("kata-10.2.2 needs building"), "\(checked.output)")
        #expect(checked.output.contains("swift build cannot write to .build (Permission denied)"))
        // Every exercise starts as one todo() in its stub: 10.2.1 solved, the others but 10.2.2 graded.
        let graded = try workbook.katas.filter { $0.id != "10.2.2" }
            .map { try pristine($0.id).components(separatedBy: "todo()").count - 1 }.reduce(0, +)
        #expect(checked.output.contains("6 of \(graded) exercises pass"), "10.2.1 (solved) and the others graded")
        #expect(checked.output.contains("1 kata could not be graded"))
        #expect(checked.output.contains("Your progress could not be saved (could not create \(progressPath).writing-"))
        let listed = try package.kata("list", as: user)
        #expect(listed.termination == .exited(0), "\(listed.output)")
        #expect(listed.output.contains("✓ solved"))

        #expect(FileManager.default.contents(atPath: progressPath) == progressBefore)
        #expect(try learnerFiles() == filesBefore)
    }

    @Test("read-only before any build: every kata says the workbook folder cannot be written; no crash",
          .enabled(if: DriverRobustnessTests.unprivileged != nil, "running as root without setpriv: permissions would not apply"))
    func readOnlyBeforeBuild() throws {
        let user = try #require(Self.unprivileged)
        let fresh = try RobustnessPackage.copy(named: "fresh copy \(UUID().uuidString)")
        try Self.setWritable(false, fresh)
        defer {
            try? Self.setWritable(true, fresh)
            try? FileManager.default.removeItem(atPath: fresh)
        }
        let checked = try package.kata("check", in: "\(fresh)/katas", as: user)
        #expect(checked.termination == .exited(1), "\(checked.output)")
        #expect(checked.output.components(separatedBy: "cannot write to the workbook folder (Permission denied)").count
                == workbook.katas.count + 1, "\(checked.output)")
        #expect(checked.output.contains("\(workbook.katas.count) katas could not be graded"))
        #expect(checked.output.contains("Your progress could not be saved"))
        #expect(!FileManager.default.fileExists(atPath: "\(fresh)/.build"))
        #expect(try package.kata("list", in: fresh, as: user).termination == .exited(0))
    }
}
