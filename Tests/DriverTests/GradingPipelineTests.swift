@testable import kata
import Foundation
import Testing

/// `check` and `check --json` grade through one pipeline: what they record is the same.
@Suite("One grading pipeline")
struct GradingPipelineTests {
    /// What grading `kata` left in the progress file of `fake`: the result and the kata to come back to.
    private static func recorded(_ fake: KataBuilderTests.FakeWorkbook) -> (compiled: Bool?, exercises: Int?, last: String?) {
        let progress = ProgressFile(root: fake.root)
        return (progress.katas[fake.kata.id]?.compiled, progress.katas[fake.kata.id]?.exercises, progress.lastKata)
    }

    @Test("check --json records the kata worked on and its result as check does")
    func sameRecords() throws {
        let terminal = try KataBuilderTests.FakeWorkbook(), json = try KataBuilderTests.FakeWorkbook()
        defer { terminal.remove(); json.remove() }
        var printed = ""
        // The stand-in binary reports no checks: a kata that could not run, which is worth coming back to.
        #expect(Driver(workbook: terminal.workbook, style: .plain, write: { printed += $0 }).check([terminal.kata], timeout: 2) == 1)
        #expect(printed.contains("10.2.1"))
        printed = ""
        #expect(Driver(workbook: json.workbook, style: .plain, write: { printed += $0 }).checkAsJSON([json.kata], timeout: 2) == 1)
        #expect(printed.hasPrefix("{"))
        #expect(Self.recorded(terminal).last == "10.2.1")
        #expect(Self.recorded(terminal) == Self.recorded(json))
    }
}
