/// A full-screen view of a kata that a learner explores with keys (`kata explore <id>`):
/// the kata's own functions drawn live, redrawn after every key.
public protocol Explorer {
    /// The view's name, on its top line.
    var title: String { get }
    /// The keys it takes, each with what it does, shown on its bottom lines.
    var keyHelp: [(key: String, does: String)] { get }
    /// The smallest terminal it can be drawn in.
    var minimumSize: (width: Int, height: Int) { get }
    /// Does what `key` asks.
    /// - Returns: `false` when the key quits.
    mutating func handle(_ key: ExplorerKey) -> Bool
    /// The screen's body: at most `height` lines, each at most `width` columns.
    func body(width: Int, height: Int, style: TerminalStyle) -> [String]
}

extension Explorer {
    /// The whole screen: the title, the body, the keys, padded or cut to `height` lines;
    /// a short note instead when the terminal is smaller than the view needs.
    public func screen(width: Int, height: Int, style: TerminalStyle) -> [String] {
        let (needWidth, needHeight) = minimumSize
        guard width >= needWidth, height >= needHeight else {
            return wrap("The terminal is \(width)×\(height); this view needs at least \(needWidth)×\(needHeight). "
                        + "Make the window larger, or press q to quit.", width: max(width, 10))
        }
        let help = Self.helpLines(keyHelp, width: width, style: style)
        let bodyHeight = height - 2 - help.count
        var lines = [style.paint(title, .bold), ""]
        lines += Array(body(width: width, height: bodyHeight, style: style).prefix(bodyHeight))
        lines += Array(repeating: "", count: max(0, height - lines.count - help.count))
        return lines + help
    }

    /// The key help, as many to a line as fit.
    static func helpLines(_ help: [(key: String, does: String)], width: Int, style: TerminalStyle) -> [String] {
        var lines: [String] = []
        var line = ""
        for entry in help {
            let item = entry.key + " " + entry.does
            if !line.isEmpty && visibleWidth(line) + 3 + visibleWidth(item) > width {
                lines.append(line)
                line = ""
            }
            line += (line.isEmpty ? "" : "   ") + style.paint(entry.key, .bold) + " " + entry.does
        }
        if !line.isEmpty { lines.append(line) }
        return lines
    }
}
