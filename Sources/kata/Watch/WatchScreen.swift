import KataKit

/// Fits `kata watch`'s screen to the terminal, so that its first line (which kata, which
/// folder) never scrolls away: the next step and the keys keep the bottom, and a report
/// too tall for the rows between is cut at its end, where the exercises not yet reached
/// are, between two of its blocks where it can be, with a line saying how much was cut.
enum WatchScreen {
    /// The report and the tail, in `rows` rows at most when they can be.
    /// - Parameters:
    ///   - report: The report's lines.
    ///   - tail: The lines below it: the next step, a blank line, the keys.
    ///   - rows: The terminal rows below the first line; `nil` when the output is not a
    ///     terminal, and nothing is cut.
    ///   - width: The terminal's columns: a longer line wraps, and takes more rows.
    ///   - cut: The line put in place of what is cut, given how many lines that is.
    /// - Returns: The lines to print.
    static func fit(report: [String], tail: [String], rows: Int?, width: Int,
                    cut: (Int) -> String) -> [String] {
        let taken = { (lines: [String]) in lines.reduce(0) { $0 + terminalRows($1, width: width) } }
        // After the last line's newline the cursor waits on a row of its own.
        guard let rows, taken(report) + taken(tail) > rows - 1 else { return report + tail }
        let room = rows - 1 - taken(tail) - terminalRows(cut(report.count), width: width)
        var kept: [String] = [], used = 0
        for line in report {
            used += terminalRows(line, width: width)
            if used > room { break }
            kept.append(line)
        }
        // A terminal too short to show even the report's first lines scrolls instead.
        guard kept.count >= 2 else { return report + tail }
        // Cut between blocks (a compile error, a note) rather than inside one, unless that
        // would give up more than half of what fits.
        if let blank = kept.lastIndex(where: { $0.withoutEscapeCodes.allSatisfy(\.isWhitespace) }),
           blank + 1 >= kept.count / 2 {
            kept = Array(kept.prefix(blank + 1))
        }
        return kept + [cut(report.count - kept.count)] + tail
    }
}
