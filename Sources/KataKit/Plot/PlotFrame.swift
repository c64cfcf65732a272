/// The axes around a terminal plot's drawing area: the y axis with its tick labels
/// right-aligned on the left, the x axis rule with tick marks and their labels
/// underneath, the axis labels, and an optional marked x value.
///
/// Line plots and heat maps draw their area, then hand it to a frame; bar charts use
/// its x axis alone.
struct PlotFrame {
    /// A label at a row of the drawing area (y) or under a column of it (x).
    struct Tick {
        /// The row (0 at the top) or column (0 at the left) of the drawing area.
        var position: Int
        /// The tick's label.
        var label: String
    }

    /// The drawing area, one line per row, each exactly as wide as the others.
    var body: [PaintedLine]
    /// The ticks on the y axis.
    var yTicks: [Tick]
    /// The ticks on the x axis.
    var xTicks: [Tick]
    /// A column to point at from under the axis, with its label (the argmax's x).
    var xMark: Tick?
    /// The label above the y axis.
    var yLabel: String
    /// The label under the x axis.
    var xLabel: String

    /// How many x ticks an axis `columns` wide can label without crowding: one per
    /// six columns, from 2 to 6.
    static func tickCount(columns: Int) -> Int {
        min(6, max(2, columns / 6))
    }

    /// How many y ticks an axis `rows` high can label without crowding: one per two
    /// rows, from 2 to 6.
    static func tickCount(rows: Int) -> Int {
        min(6, max(2, (rows + 1) / 2))
    }

    /// The width of the left margin that holds the y tick labels.
    var margin: Int { yTicks.map(\.label.count).max() ?? 0 }

    /// The framed plot, line by line.
    func lines(unicode: Bool) -> [PaintedLine] {
        let columns = body.first?.count ?? 0
        let margin = margin
        let pad = String(repeating: " ", count: margin + 1)
        var lines = yLabel.isEmpty ? [] : [PaintedLine(pad + yLabel)]
        for (row, text) in body.enumerated() {
            let tick = yTicks.last { $0.position == row }
            let label = tick?.label ?? ""
            var line = PaintedLine(String(repeating: " ", count: margin - label.count) + label + " ")
            line.append(tick == nil ? (unicode ? "│" : "|") : (unicode ? "┤" : "+"))
            line.append(text)
            lines.append(line)
        }
        let axis = Self.xAxis(columns: columns, ticks: xTicks, mark: xMark, unicode: unicode, indent: margin + 1)
        lines += [axis.rule, axis.labels]
        if !xLabel.isEmpty {
            lines.append(PaintedLine(pad + String(repeating: " ", count: max(0, (columns + 1 - xLabel.count) / 2)) + xLabel))
        }
        return lines
    }

    /// An x axis: the rule starting with its corner, tick marks on it, and the line of
    /// labels under it.
    ///
    /// The mark's label goes down first, centred under its pointer; a tick label that
    /// would touch it or an earlier one is left out, so labels never run together.
    /// - Parameters:
    ///   - columns: The width of the drawing area; the corner sits just left of it.
    ///   - ticks: The ticks, by column of the drawing area; column −1 is the corner,
    ///     which keeps its shape.
    ///   - mark: A column to point at, drawn `▲` (`^` in ASCII), and its label.
    ///   - unicode: Box-drawing characters, or ASCII.
    ///   - indent: The columns left of the corner.
    /// - Returns: The rule and the labels.
    static func xAxis(columns: Int, ticks: [Tick], mark: Tick?, unicode: Bool,
                      indent: Int) -> (rule: PaintedLine, labels: PaintedLine) {
        var rule = PaintedLine(String(repeating: " ", count: indent) + (unicode ? "└" : "+")
            + String(repeating: unicode ? "─" : "-", count: columns))
        var labels = PaintedLine(String(repeating: " ", count: indent + 1 + columns))
        let origin = indent + 1
        for tick in ticks where (0..<columns).contains(tick.position) {
            rule.write(unicode ? "┬" : "+", at: origin + tick.position)
        }
        let labelled = ticks.filter { (-1..<columns).contains($0.position) }
        if let mark, (0..<columns).contains(mark.position) {
            rule.write(unicode ? "▲" : "^", at: origin + mark.position, paint: [.bold])
            labels.write(mark.label, at: max(0, origin + mark.position - (mark.label.count - 1) / 2), paint: [.bold])
        }
        for tick in labelled {
            let start = max(0, origin + tick.position - (tick.label.count - 1) / 2)
            if labels.isClear(from: start, to: start + tick.label.count) { labels.write(tick.label, at: start) }
        }
        return (rule, labels)
    }
}
