import Foundation
import KataKit

/// `kata check --json` and `kata run --json`: the results as one JSON document on
/// standard output (Docs/results-schema.md) and nothing else there, so a program can
/// read it whole. Build progress, the story and any warning go to standard error.
extension Driver {
    /// `kata check --json`: grades each kata and writes the results document, with
    /// `verification` when `--verify` found one.
    /// - Returns: 0 when every check of every kata passed, else 1, as `kata check`.
    func checkAsJSON(_ katas: [KataEntry], timeout: Double, verification: ResultsDocument.Verification? = nil) -> Int32 {
        let results = gradeQuietly(katas, timeout: timeout)
        write(ResultsDocument(command: "check", workbook: workbook, results: results, verification: verification).json)
        return results.allSatisfy { $0.result.isSolved } ? 0 : 1
    }

    /// `kata run --json`: tells each story on standard error (never paused, no colour),
    /// grades each kata, and writes the results document with whether each story held
    /// and the parameter values it was told with.
    /// - Returns: 0 when every story ran and its self-checks held, else 1, as `kata run`.
    func tellAsJSON(_ katas: [KataEntry], timeout: Double, settings: StorySettings) -> Int32 {
        let errorStyle = TerminalStyle(colour: false, unicode: style.unicode, width: style.width)
        let storyteller = Driver(workbook: workbook, style: errorStyle, write: FileDescriptorWriter.standardError.write)
        let pager = SectionPager(pausing: false, style: errorStyle, write: storyteller.write)
        let builder = KataBuilder(workbook: workbook, progress: BuildProgress(style: style))
        var stories: [String: Bool] = [:]
        var results: [(kata: KataEntry, result: KataResult)] = []
        for kata in katas {
            // Told by the author's program, as `kata run` does, whether or not the learner's file builds.
            if case .ready(let binary) = builder.build(kata, product: kata.authorProduct) {
                stories[kata.id] = storyteller.tellStory(kata, binary: binary, arguments: settings.storyArguments(for: kata),
                                                         pager: pager) == .held
            } else {
                stories[kata.id] = false
            }
            results += gradeQuietly([kata], timeout: timeout)
        }
        let parameters = Dictionary(uniqueKeysWithValues: katas.map { ($0.id, settings.used(by: $0)) })
        write(ResultsDocument(command: "run", workbook: workbook, results: results, stories: stories, parameters: parameters).json)
        return stories.values.allSatisfy { $0 } ? 0 : 1
    }

    /// Grades katas and records progress as `kata check` does, printing nothing on
    /// standard output. Messages inside the results are plain text: no colour codes.
    private func gradeQuietly(_ katas: [KataEntry], timeout: Double) -> [(kata: KataEntry, result: KataResult)] {
        pipeline(timeout: timeout, environment: KataGrader.childEnvironment(style: .plain, workbook: workbook)).grade(
            katas, report: { _, _ in }, warn: { FileDescriptorWriter.standardError.write($0 + "\n") })
    }
}
