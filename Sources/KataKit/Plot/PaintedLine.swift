/// One line of a terminal plot: characters, each with the paint it gets when colour
/// is on.
///
/// Plots lay out their text in plain characters, where one character is one column,
/// and only paint it at the end: colour codes never shift a column, and the text
/// without colour is exactly the text with it, codes removed.
struct PaintedLine: Sendable {
    private(set) var characters: [Character]
    private var paints: [[TerminalStyle.Paint]]

    /// A line of `text`, every character in `paint` (none by default).
    init(_ text: String = "", paint: [TerminalStyle.Paint] = []) {
        characters = Array(text)
        paints = Array(repeating: paint, count: characters.count)
    }

    /// The width in columns.
    var count: Int { characters.count }

    /// Adds `text` at the end.
    mutating func append(_ text: String, paint: [TerminalStyle.Paint] = []) {
        characters += Array(text)
        paints += Array(repeating: paint, count: text.count)
    }

    /// Adds another line at the end.
    mutating func append(_ line: PaintedLine) {
        characters += line.characters
        paints += line.paints
    }

    /// Writes `text` over the columns from `start`, padding with spaces if the line
    /// is shorter.
    mutating func write(_ text: String, at start: Int, paint: [TerminalStyle.Paint] = []) {
        guard start >= 0 else { return }
        let end = start + text.count
        if end > count { append(String(repeating: " ", count: end - count)) }
        for (offset, character) in text.enumerated() {
            characters[start + offset] = character
            paints[start + offset] = paint
        }
    }

    /// Lines fitted to `width` columns, for legends: the same amount of indent trimmed
    /// from each, as far as the longest needs, so they stay aligned; then any line still
    /// too long is broken at spaces onto continuation lines indented by two columns.
    static func fitted(_ lines: [PaintedLine], to width: Int) -> [PaintedLine] {
        let excess = (lines.map(\.count).max() ?? 0) - width
        guard excess > 0 else { return lines }
        let trim = min(excess, lines.map { line in line.characters.prefix { $0 == " " }.count }.min() ?? 0)
        return lines.flatMap { $0.slice(trim..<$0.count).broken(at: width) }
    }

    /// A plot's legend: its entries on one line after `indent`, three spaces apart, or
    /// one entry a line when that line would be wider than `width`.
    static func legend(_ entries: [PaintedLine], indent: Int, width: Int) -> [PaintedLine] {
        let pad = String(repeating: " ", count: indent)
        var line = PaintedLine(pad)
        for (index, entry) in entries.enumerated() {
            if index > 0 { line.append("   ") }
            line.append(entry)
        }
        guard line.count > width else { return [line] }
        return entries.map { entry in
            var line = PaintedLine(pad)
            line.append(entry)
            return line
        }
    }

    /// The line broken at spaces into lines of at most `width` columns.
    private func broken(at width: Int) -> [PaintedLine] {
        var rest = self
        var lines: [PaintedLine] = []
        while rest.count > width {
            // Break at the last space that leaves text on this line, or mid-word if none does.
            let spaces = rest.characters[0...width].indices.filter { rest.characters[$0] == " " && $0 > 2 }
            let cut = spaces.last ?? width
            lines.append(rest.slice(0..<cut))
            var next = PaintedLine("  ")
            next.append(rest.slice(min(rest.count, cut + (spaces.isEmpty ? 0 : 1))..<rest.count))
            rest = next
        }
        return lines + [rest]
    }

    private func slice(_ range: Range<Int>) -> PaintedLine {
        var line = PaintedLine()
        line.characters = Array(characters[range])
        line.paints = Array(paints[range])
        return line
    }

    /// Whether the columns from `start` to `end` (excluded), and one more on each side,
    /// are blank: a label written there would not touch another.
    func isClear(from start: Int, to end: Int) -> Bool {
        guard start >= 0 else { return false }
        return (start - 1...end).allSatisfy { !(0..<count).contains($0) || characters[$0] == " " }
    }

    /// The line as text: trailing spaces dropped, painted runs wrapped in colour codes
    /// when `style.colour` is on.
    func rendered(style: TerminalStyle) -> String {
        let end = (characters.lastIndex { $0 != " " } ?? -1) + 1
        var text = ""
        var start = 0
        while start < end {
            var stop = start + 1
            while stop < end, paints[stop] == paints[start] { stop += 1 }
            let run = String(characters[start..<stop])
            text += paints[start].isEmpty || run.allSatisfy({ $0 == " " }) ? run : paintRun(run, paints[start], style)
            start = stop
        }
        return text
    }

    /// The same codes as `TerminalStyle.paint(_:_:)`, which takes its paints as
    /// variadic arguments and so cannot be handed an array.
    private func paintRun(_ run: String, _ paint: [TerminalStyle.Paint], _ style: TerminalStyle) -> String {
        guard style.colour else { return run }
        return "\u{1B}[\(paint.map(\.rawValue).joined(separator: ";"))m\(run)\u{1B}[0m"
    }
}
