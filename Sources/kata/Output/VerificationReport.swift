import KataKit

/// Draws what `kata check --verify` found, for a teacher: one line a kata and one for
/// the grader, then the manifest's fingerprint and how to make sure it is the published one.
struct VerificationReport {
    /// How to draw.
    let style: TerminalStyle
    /// The workbook, for the kata titles.
    let workbook: Workbook

    /// The report.
    /// - Parameter verification: What the verification found.
    /// - Returns: The lines, joined, without a final new line.
    func render(_ verification: ShippedFilesVerification) -> String {
        var lines = [style.paint("Verifying the shipped files against \(ChecksumManifest.path):", .bold)]
        for kata in workbook.katas where verification.katas.contains(kata.id) {
            lines.append(line("\(kata.id) \(kata.title)", "story, checks and reference as shipped",
                              verification.differences(of: kata.id)))
        }
        lines.append(line("the grader (Package.swift and Sources/)", "as shipped", verification.differences(of: nil)))
        lines.append("")
        lines += wrap("The manifest's fingerprint is \(verification.fingerprint). Compare it with the one of the "
                      + "workbook as published (the first 16 hex digits of `sha256sum \(ChecksumManifest.path)` there): "
                      + "whoever edits a check can rewrite this manifest to match. Without kata, "
                      + "`sha256sum -c \(ChecksumManifest.path)` in the workbook's folder checks the same files.",
                      width: style.width)
        if !verification.isIntact {
            let count = verification.differences.count
            lines += wrap("\(count) file\(count == 1 ? " is" : "s are") not as shipped, so the grades below come from "
                          + "checks that may not be the published ones.", width: style.width)
                .map { style.paint($0, .bold, .red) }
        }
        return lines.joined(separator: "\n")
    }

    /// One kata's (or the grader's) line: a tick and `intact`, or a cross and every
    /// differing file, a missing or added one marked as such.
    private func line(_ name: String, _ intact: String, _ differences: [ShippedFileDifference]) -> String {
        guard !differences.isEmpty else {
            return "  " + style.paint(style.symbol("✓", ascii: "ok"), .green, .bold) + " \(name) — \(intact)"
        }
        let files = differences.map { difference in
            difference.change == .changed ? difference.path : "\(difference.path) (\(difference.change.rawValue))"
        }
        return "  " + style.paint(style.symbol("✗", ascii: "x"), .red, .bold) + " \(name) — "
            + style.paint("changed since it was shipped: ", .red) + files.joined(separator: ", ")
    }
}
