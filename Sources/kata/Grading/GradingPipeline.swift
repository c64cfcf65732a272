import Foundation

/// Grades katas one by one and records each result in the progress file: the one way
/// `check`, `check --json`, `run` and `watch` grade, each with its own way of reporting.
struct GradingPipeline {
    /// The workbook whose progress is recorded.
    let workbook: Workbook
    /// Builds and grades each kata.
    let grader: KataGrader
    /// Shows each check's verdict as it arrives, on standard error when it is a terminal.
    let progress: BuildProgress

    /// Grades `katas` in order.
    /// - Parameters:
    ///   - katas: The katas.
    ///   - report: Shows one kata's result, as soon as it is graded.
    ///   - warn: Shows a problem with the progress file (it could not be read or saved).
    /// - Returns: Each kata's result, in order.
    func grade(_ katas: [KataEntry], report: (KataEntry, KataResult) -> Void,
               warn: (String) -> Void) -> [(kata: KataEntry, result: KataResult)] {
        var progressFile = ProgressFile(root: workbook.root)
        if let problem = progressFile.problem { warn(problem) }
        grader.builder.buildTogether(katas.map { ($0, $0.product) })
        let results = katas.map { kata in
            var marks = ""
            let result = grader.grade(kata, onStart: { progress.show("Grading \(kata.id)") }) { done, total, verdict in
                marks += mark(verdict)
                progress.show("Grading \(kata.id) \(marks.suffix(40)) \(done) of \(total)")
            }
            progress.stop()
            report(kata, result)
            try? progressFile.record(kata.id, ProgressFile.Entry(result: result))
            return (kata: kata, result: result)
        }
        try? progressFile.recordWorkedOn(after: results.map { (id: $0.kata.id, result: $0.result) })
        if let unsaved = progressFile.unsaved { warn(unsaved) }
        return results
    }

    /// One column for a check's verdict: passed, not passed, or not reached.
    private func mark(_ verdict: CheckVerdict) -> String {
        switch verdict {
        case .passed: progress.style.symbol("✓", ascii: "+")
        case .notAttempted, .notRun: progress.style.symbol("·", ascii: ".")
        case .failed, .crashed, .timedOut: progress.style.symbol("✗", ascii: "x")
        }
    }
}
