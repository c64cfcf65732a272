import KataKit

/// The bar `kata` and `kata list` show: solved parts as full cells, parts in progress
/// as shaded ones, the rest as light ones, then the counts in words.
struct ProgressBar {
    /// How to draw.
    let style: TerminalStyle
    /// Cells in the bar, whatever the number of parts.
    var cells = 20

    /// The bar and its counts on one line, such as `████████▒▒▒▒░░░░░░░░  2 of 5 parts solved, 1 in progress`.
    /// - Parameter states: Each part's state, in order.
    func render(_ states: [PartState]) -> String {
        let solved = states.filter { $0 == .solved }.count
        let started = states.filter { $0 == .inProgress }.count
        guard !states.isEmpty else { return "" }
        let solvedCells = cells * solved / states.count
        // Rounding up keeps one part in progress visible even among many.
        let startedCells = started == 0 ? 0 : min(cells - solvedCells, max(1, cells * started / states.count))
        let bar = style.paint(String(repeating: style.symbol("█", ascii: "#"), count: solvedCells), .green)
            + style.paint(String(repeating: style.symbol("▒", ascii: "~"), count: startedCells), .yellow)
            + style.paint(String(repeating: style.symbol("░", ascii: "."), count: cells - solvedCells - startedCells), .dim)
        let counts = "\(solved) of \(states.count) part\(states.count == 1 ? "" : "s") solved"
            + (started > 0 ? ", \(started) in progress" : "")
        return style.symbol("", ascii: "[") + bar + style.symbol("", ascii: "]") + "  " + counts
    }
}
