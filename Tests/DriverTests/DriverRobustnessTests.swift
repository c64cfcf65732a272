import Foundation
import Glibc
import Testing
@testable import kata

/// The real `kata` binary where things go wrong around it: a damaged progress file, two
/// checks at once, Ctrl-C during a build and during a run, a read-only workbook, all
/// in a folder whose path has spaces. Each gets a clear verdict or message, the other
/// katas still grade, and no learner file is changed or lost.
///
/// Each case takes its turn with the shared copy of the package (see `RobustnessPackage`;
/// its first build takes minutes), and puts the learner files it needs in place first.
@Suite("A driver that cannot be broken", .serialized, .ownThreads)
final class DriverRobustnessTests {
    /// This case's turn with the shared copy.
    let copy: PackageCopy.Turn
    /// The copy every case works on.
    let package: RobustnessPackage
    /// The copy, located as the driver locates it.
    let workbook: Workbook

    /// Waits for the copy, built.
    /// - Throws: When it could not be made or built.
    init() async throws {
        copy = try await PackageCopy.turn()
        package = RobustnessPackage(copy)
        workbook = try Workbook.locate(from: package.root, executablePath: nil)
    }

    /// The copy's root, whose path has spaces.
    var root: String { package.root }
    /// Where the copy's progress file is.
    var progressPath: String { "\(root)/\(ProgressFile.fileName)" }

    /// Kata `id` of the workbook.
    func entry(_ id: String) throws -> KataEntry {
        try #require(workbook.katas.first { $0.id == id })
    }

    /// The learner's Solution.swift of kata `id`.
    func solutionPath(_ id: String) throws -> String {
        "\(root)/\(try entry(id).solutionFile)"
    }

    /// The stub of kata `id` as shipped.
    func pristine(_ id: String) throws -> String {
        try String(contentsOfFile: "\(root)/\(try entry(id).folder)/Pristine/Solution.swift", encoding: .utf8)
    }

    /// Puts `text` in kata `id`'s Solution.swift, leaving the file (and its date) alone
    /// when it already holds it, so that an unchanged kata is not built again.
    func writeSolution(_ id: String, _ text: String) throws {
        let path = try solutionPath(id)
        guard (try? String(contentsOfFile: path, encoding: .utf8)) != text else { return }
        try text.write(toFile: path, atomically: false, encoding: .utf8)
    }

    /// Every learner file back to its stub, and no progress file.
    func startFresh() throws {
        for kata in workbook.katas { try writeSolution(kata.id, try pristine(kata.id)) }
        try? FileManager.default.removeItem(atPath: progressPath)
        for name in try FileManager.default.contentsOfDirectory(atPath: root) where name.hasPrefix(ProgressFile.fileName) {
            try FileManager.default.removeItem(atPath: "\(root)/\(name)")
        }
    }

    /// Kata 10.2.1 solved by delegating to its reference solution.
    static let solvedCoinFlip = "import CoinFlipKata\n\ntypealias Solution = ReferenceSolution\n"

    /// Kata 10.2.1's stub whose first exercise never returns.
    func loopingCoinFlip() throws -> String {
        try coinFlipStub(replacingFirstTodoWith: """
            var spins = 0
                    while spins >= 0 { spins = (spins + 1) % 1000 }
                    todo()
            """)
    }

    /// The progress file as JSON, or `nil` when it does not parse.
    func savedProgress() -> [String: Any]? {
        FileManager.default.contents(atPath: progressPath)
            .flatMap { try? JSONSerialization.jsonObject(with: $0) as? [String: Any] }
    }

    /// The ids of the katas with a result in the progress file.
    func recordedKatas() -> Set<String> {
        Set((savedProgress()?["katas"] as? [String: Any])?.keys.map { $0 } ?? [])
    }

    /// The line of `marker` in kata `id`'s Solution.swift.
    func line(of marker: String, in id: String) throws -> Int {
        let text = try String(contentsOfFile: try solutionPath(id), encoding: .utf8)
        let index = try #require(text.split(separator: "\n", omittingEmptySubsequences: false).firstIndex { $0.contains(marker) })
        return index + 1
    }

    /// Kata 10.2.1's stub with its first `todo()` replaced by `body`.
    func coinFlipStub(replacingFirstTodoWith body: String) throws -> String {
        let stub = try pristine("10.2.1")
        return stub.replacingCharacters(in: try #require(stub.range(of: "todo()")), with: body)
    }

    @Test("in a folder whose path has spaces, checks grade, crashes and compile errors name the learner's line")
    func pathWithSpaces() throws {
        #expect(root.split(separator: "/").suffix(2).allSatisfy { $0.contains(" ") }, "\(root)")
        try startFresh()
        var printed = ""
        #expect(Driver.main(arguments: ["check", "10.2.1"], directory: "\(root)/katas", executablePath: nil,
                            style: .plain, write: { printed += $0 }) == 1)
        #expect(printed.contains("not attempted yet (todo() on line"))

        try writeSolution("10.2.1", try coinFlipStub(replacingFirstTodoWith: """
            let empty: [Int] = []
                    _ = empty[1] // CRASH HERE
                    todo()
            """))
        let crashed = try package.kata("check", "10.2.1")
        #expect(crashed.termination == .exited(1))
        #expect(crashed.output.contains("Fatal error: Index out of range"))
        #expect(crashed.output.contains("at katas/10.2.1-coin-flip/Solution.swift:\(try line(of: "CRASH HERE", in: "10.2.1"))"),
                "\(crashed.output)")

        try writeSolution("10.2.1", try coinFlipStub(replacingFirstTodoWith: "retrun 0 // TYPO HERE"))
        let broken = try package.kata("check", "10.2.1")
        #expect(broken.termination == .exited(1))
        #expect(broken.output.contains("did not compile"))
        #expect(broken.output.contains("katas/10.2.1-coin-flip/Solution.swift:\(try line(of: "TYPO HERE", in: "10.2.1")):"))

        try writeSolution("10.2.1", Self.solvedCoinFlip)
        let solved = try package.kata("check", "10.2.1")
        #expect(solved.termination == .exited(0), "\(solved.output)")
        #expect(solved.output.contains("All checked katas are solved"))
        #expect(recordedKatas() == ["10.2.1"])
    }
}
