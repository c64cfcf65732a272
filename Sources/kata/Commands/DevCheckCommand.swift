import Foundation
import KataKit

extension Driver {
    /// `kata dev check`: grades every kata's reference, its stub as shipped, and its
    /// checks made to fail, in the kata's author program, then compares Docs/ with
    /// what the katas write now. The learner's files play no part.
    ///
    /// It also requires katas/SHA256SUMS to seal the files as they are, so that a
    /// teacher's `kata check --verify` never flags what the author shipped.
    /// - Parameter timeout: Seconds each check may take.
    /// - Returns: 0 when everything holds, 1 otherwise.
    func devCheck(timeout: Double) -> Int32 {
        let grader = pipeline(timeout: timeout, environment: KataGrader.childEnvironment(style: style, workbook: workbook)).grader
        say(style.paint("Checking \(workbook.katas.count) katas as their author ships them", .bold))
        var failing: [String] = []
        grader.builder.buildTogether(workbook.katas.map { ($0, $0.authorProduct) })
        for kata in workbook.katas {
            let check = AuthorCheck(kata: kata, reference: grader.grade(kata, solution: .reference),
                                    pristine: grader.grade(kata, solution: .pristine),
                                    probe: grader.grade(kata, solution: .probe), quiz: planSource.quiz(of: kata))
            let problems = check.problems
            let name = "\(kata.id) \(kata.title)"
            if problems.isEmpty {
                say(wrap(name + ": " + check.summary, width: style.width, after: style.paint("  ✓ ", .green)))
            } else {
                failing.append(kata.id)
                say(style.paint("  ✗ ", .red) + name + ":")
                for problem in problems {
                    say(wrap(problem, width: style.width, after: "      - "))
                }
            }
        }
        switch docsDrift(builder: grader.builder) {
        case nil:
            failing.append("Docs/")
            say(style.paint("  ✗ ", .red) + "Docs/ could not be written to compare (see above).")
        case let drift? where drift.isEmpty:
            say(style.paint("  ✓ ", .green) + "Docs/" + style.paint(": every page is what the katas write now", .dim))
        case let drift?:
            failing.append("Docs/")
            say(style.paint("  ✗ ", .red) + "Docs/ no longer match what the katas write:")
            for difference in drift.prefix(10) {
                say(wrap(difference, width: style.width, after: "      - "))
            }
            if drift.count > 10 { say("      … and \(drift.count - 10) more.") }
            say(wrap(TextDrift.remedy, width: style.width, indent: "    ").joined(separator: "\n"))
        }
        if !manifestIsCurrent() { failing.append(ChecksumManifest.path) }
        if failing.isEmpty {
            say(style.paint("Every kata holds, and Docs/ and \(ChecksumManifest.path) are current.", .green))
            return 0
        }
        say(style.paint("kata dev check failed for \(failing.joined(separator: ", ")).", .red))
        return 1
    }

    /// Says whether katas/SHA256SUMS seals the shipped files as they are now, and
    /// which differ when it does not.
    private func manifestIsCurrent() -> Bool {
        let differences: [ShippedFileDifference]
        do {
            differences = try ChecksumManifest.differences(in: workbook)
        } catch {
            say(style.paint("  ✗ ", .red) + "\(ChecksumManifest.path): \(error.description)")
            return false
        }
        guard !differences.isEmpty else {
            say(style.paint("  ✓ ", .green) + ChecksumManifest.path + style.paint(": it seals the shipped files as they are", .dim))
            return true
        }
        say(style.paint("  ✗ ", .red) + "\(ChecksumManifest.path) no longer seals the shipped files; "
            + "a teacher's `kata check --verify` would flag them:")
        for difference in differences.prefix(10) {
            say("      - \(difference.path) (\(difference.change.rawValue))")
        }
        if differences.count > 10 { say("      … and \(differences.count - 10) more.") }
        say("    Run `\(Driver.invocation) dev update` and commit katas/SHA256SUMS with the change.")
        return false
    }
}
