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

extension Explorer {
    /// A number in a readout: four significant digits, or an exponent when it is tiny or huge.
    /// - Parameters:
    ///   - value: The number.
    ///   - unicode: Whether to write the minus as "−" (else "-").
    /// - Returns: The text.
    public static func text(_ value: Double, unicode: Bool = true) -> String {
        NumberText.readout(value, unicode: unicode)
    }

    /// A change with its sign, to `decimals` places: +0.0123, −0.0500; one that rounds to
    /// zero is +0.0000, never −0.0000.
    /// - Parameters:
    ///   - value: The change.
    ///   - decimals: How many decimals.
    ///   - unicode: Whether to write the minus as "−" (else "-").
    /// - Returns: The text.
    public static func signed(_ value: Double, decimals: Int = 4, unicode: Bool = true) -> String {
        let written = NumberText.write(value, unicode: unicode) { String(format: "%.\(decimals)f", $0) }
        return written.hasPrefix(NumberText.minus(unicode)) ? written : "+" + written
    }
}
