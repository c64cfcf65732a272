import Foundation
import Testing
@testable import kata

/// A progress file found damaged: see `DriverRobustnessTests`.
extension DriverRobustnessTests {
    /// One way a progress file can be found damaged, and what `kata` says of it.
    struct Damage: Sendable, CustomTestStringConvertible {
        /// What it is, in a few words.
        var name: String
        /// What the file holds; `nil` for a folder where the file should be.
        var bytes: [UInt8]?
        /// What `kata` says of it.
        var says: String
        /// Names the case in the test report.
        var testDescription: String { name }
    }

    /// The damage a progress file can come to.
    static let damage = [
        Damage(name: "cut short", bytes: Array(#"{"version": 2, "katas": {"10.2.1": {"exercis"#.utf8),
               says: "was damaged (not JSON), so it is kept as"),
        Damage(name: "binary garbage", bytes: [0x00, 0xFF, 0xFE, 0x7B, 0x80, 0x0A, 0xC3, 0x28, 0x00, 0x01],
               says: "was damaged (not JSON), so it is kept as"),
        Damage(name: "a JSON array", bytes: Array("[1, 2, 3]".utf8),
               says: "is not one this kata can read (no format version in it), so it is kept as"),
        Damage(name: "a folder in its place", bytes: nil,
               says: "A folder named \(ProgressFile.fileName) is where your progress file belongs"),
    ]

    /// Starts afresh, then puts `bytes` where the progress file is, or a folder holding a
    /// file of the learner's when `bytes` is `nil`.
    func damageProgress(_ bytes: [UInt8]?) throws {
        try startFresh()
        if let bytes {
            try Data(bytes).write(to: URL(fileURLWithPath: progressPath))
        } else {
            try FileManager.default.createDirectory(atPath: "\(progressPath)/notes", withIntermediateDirectories: true)
            try Data("mine".utf8).write(to: URL(fileURLWithPath: "\(progressPath)/notes/keep.txt"))
        }
    }

    @Test("a damaged progress file is reported by list and check, set aside whole (or left alone), and grading goes on",
          arguments: damage)
    func damagedProgress(_ damage: Damage) throws {
        let (name, bytes, says) = (damage.name, damage.bytes, damage.says)
        try damageProgress(bytes)
        let listed = try package.kata("list")
        #expect(listed.termination == .exited(0), "\(name): \(listed.output)")
        #expect(listed.output.contains(says), "\(name): \(listed.output)")
        #expect(listed.output.contains("10.2.5"))

        try damageProgress(bytes)
        let checked = try package.kata("check", "10.2.1")
        #expect(checked.termination == .exited(1), "\(name): \(checked.output)")
        #expect(checked.output.contains(says), "\(name): \(checked.output)")
        #expect(checked.output.contains("not attempted yet (todo() on line"), "\(name): graded all the same")
        #expect(try String(contentsOfFile: try solutionPath("10.2.1"), encoding: .utf8) == (try pristine("10.2.1")))

        let kept = try FileManager.default.contentsOfDirectory(atPath: root).filter { $0.hasPrefix(ProgressFile.fileName + ".") }
        if let bytes {
            // Set aside byte for byte, and a new file started that holds this check.
            let aside = try #require(kept.first { !$0.contains(".writing-") }, "\(name): nothing set aside")
            #expect(FileManager.default.contents(atPath: "\(root)/\(aside)") == Data(bytes))
            #expect(recordedKatas() == ["10.2.1"], "\(name): the new progress file")
        } else {
            // The folder is left as it was, its contents too, and nothing is written beside it.
            #expect(FileManager.default.contents(atPath: "\(progressPath)/notes/keep.txt") == Data("mine".utf8))
            #expect(kept.isEmpty, "\(name): \(kept)")
        }
    }
}
