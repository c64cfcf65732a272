import Foundation
import Testing

/// The folder of golden files, found from this source file's path so that no
/// bundle resources (and no change to Package.swift) are needed.
private let goldenFolder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Golden")

/// Expects `text` to equal the golden file `Golden/<named>`, byte for byte.
///
/// With `KATA_RECORD_GOLDEN=1` in the environment it writes `text` to the file
/// instead, and records an issue all the same, so that a recording run never passes
/// by accident: look at the new files (`git diff`), then rerun without the variable.
/// - Parameters:
///   - text: The output to check.
///   - named: The golden file's name inside `Golden/`, such as `line-plot-80.txt`.
///   - sourceLocation: Where a failure is reported; the caller's line by default.
func expectMatchesGolden(_ text: String, named: String, sourceLocation: SourceLocation = #_sourceLocation) {
    let file = goldenFolder.appendingPathComponent(named)
    if ProcessInfo.processInfo.environment["KATA_RECORD_GOLDEN"] == "1" {
        do {
            try FileManager.default.createDirectory(at: goldenFolder, withIntermediateDirectories: true)
            try Data(text.utf8).write(to: file, options: .atomic)
            Issue.record("recorded golden \(named); rerun without KATA_RECORD_GOLDEN", sourceLocation: sourceLocation)
        } catch {
            Issue.record("could not record golden \(named): \(error)", sourceLocation: sourceLocation)
        }
        return
    }
    guard let data = try? Data(contentsOf: file) else {
        Issue.record("no golden file \(named) in \(goldenFolder.path); record it with KATA_RECORD_GOLDEN=1",
                     sourceLocation: sourceLocation)
        return
    }
    let expected = String(decoding: data, as: UTF8.self)
    guard expected != text else { return }
    let (wanted, got) = (expected.components(separatedBy: "\n"), text.components(separatedBy: "\n"))
    let line = (0..<min(wanted.count, got.count)).first { wanted[$0] != got[$0] } ?? min(wanted.count, got.count)
    Issue.record("""
        output differs from golden \(named) at line \(line + 1) \
        (\(got.count) lines, golden has \(wanted.count)); if the change is wanted, rerun with KATA_RECORD_GOLDEN=1
        expected: \(line < wanted.count ? wanted[line] : "<end of file>")
        actual:   \(line < got.count ? got[line] : "<end of output>")
        """, sourceLocation: sourceLocation)
}
