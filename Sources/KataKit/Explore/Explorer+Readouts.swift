extension Explorer {
    /// Readouts joined by " · ", as many to a line as fit in `width` (counted in
    /// characters: readouts are plain text).
    /// - Parameters:
    ///   - items: The readouts, in order.
    ///   - width: The screen's width.
    /// - Returns: The lines.
    public static func pack(_ items: [String], width: Int) -> [String] {
        var lines: [String] = []
        for item in items {
            if let line = lines.last, line.count + 3 + item.count <= width {
                lines[lines.count - 1] = line + " · " + item
            } else {
                lines.append(item)
            }
        }
        return lines
    }
}
