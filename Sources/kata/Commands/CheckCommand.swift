import Foundation
import KataKit

extension Driver {
    /// `kata check`: grades each kata, shows the verdicts and a summary, records progress.
    /// - Returns: 0 when every check of every kata passed, else 1.
    func check(_ katas: [KataEntry], timeout: Double) -> Int32 {
        let results = grade(katas, timeout: timeout)
        write(summary(results) + "\n")
        return results.allSatisfy { $0.result.isSolved } ? 0 : 1
    }

    /// Grades katas one by one, showing each report as it comes and recording it.
    /// - Parameters:
    ///   - katas: The katas, in order.
    ///   - timeout: Seconds each check may take.
    ///   - compileErrorsShown: How many compile errors a report shows in full; all by default.
    ///   - show: What to do with each report and warning, a blank line not included; by
    ///     default they are printed, each followed by one.
    /// - Returns: Each kata with its result.
    func grade(_ katas: [KataEntry], timeout: Double, compileErrorsShown: Int? = nil,
               show: ((String) -> Void)? = nil) -> [(kata: KataEntry, result: KataResult)] {
        let report = VerdictReport(style: style, workbook: workbook, compileErrorsShown: compileErrorsShown)
        let show = show ?? { say($0, "") }
        return pipeline(timeout: timeout, environment: KataGrader.childEnvironment(style: style, workbook: workbook)).grade(
            katas, report: { show(report.render($0, $1)) }, warn: { show(style.paint($0, .yellow)) })
    }

    /// The closing lines of a check: counts, then the next thing to do.
    func summary(_ results: [(kata: KataEntry, result: KataResult)]) -> String {
        var exercises = 0, exercisesPassed = 0, checks = 0, checksPassed = 0
        for (_, result) in results {
            guard case .graded(_, let graded) = result else { continue }
            exercises += graded.count
            exercisesPassed += graded.filter(\.isPassed).count
            checks += graded.reduce(0) { $0 + $1.checks.count }
            checksPassed += graded.reduce(0) { $0 + $1.checks.filter(\.verdict.isPassed).count }
        }
        let uncompiled = results.filter { if case .graded = $0.result { false } else { true } }.count
        var parts: [String] = []
        if exercises > 0 { parts.append("\(exercisesPassed) of \(exercises) exercises pass (\(checksPassed) of \(checks) checks)") }
        if uncompiled > 0 { parts.append("\(uncompiled) kata\(uncompiled == 1 ? "" : "s") could not be graded") }
        let line = parts.joined(separator: "; ")
        let solved = results.allSatisfy { $0.result.isSolved }
        return style.paint(line, .bold, solved ? .green : .yellow) + "\n" + NextStep(workbook: workbook, style: style).after(results)
    }
}
