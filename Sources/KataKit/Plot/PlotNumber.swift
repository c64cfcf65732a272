import Foundation

/// How plots write numbers that are not tick labels: values at the ends of bars,
/// the ends of a heat map's legend, coordinates in SVG.
///
/// All of it goes through `String(format:)`, which does not follow the locale, so a
/// plot reads `0.25` on every machine.
enum PlotNumber {
    /// A value to three significant digits (or `digits`), such as `0.236`, `1.6e−03` or
    /// `−∞`, signed by `NumberText`.
    /// - Parameters:
    ///   - value: The value.
    ///   - unicode: Whether to write `−` and `∞` rather than `-` and `inf`.
    ///   - digits: How many significant digits.
    /// - Returns: The label.
    static func short(_ value: Double, unicode: Bool, digits: Int = 3) -> String {
        NumberText.write(value, unicode: unicode) { String(format: "%.\(digits)g", $0) }
    }

    /// How many significant digits, three at least, tell `low` from `high`: a legend from
    /// −1054.1 to −1046.1 must not read "from −1.05e+03 to −1.05e+03".
    static func digits(telling low: Double, from high: Double) -> Int {
        (3...12).first { String(format: "%.\($0)g", low) != String(format: "%.\($0)g", high) } ?? 3
    }

    /// A coordinate for SVG: at most two decimals, trailing zeros dropped, never `-0`.
    static func svg(_ value: Double) -> String {
        guard value.isFinite else { return "0" }
        return NumberText.write(value, unicode: false) { magnitude in
            var text = String(format: "%.2f", magnitude)
            while text.hasSuffix("0") { text.removeLast() }
            if text.hasSuffix(".") { text.removeLast() }
            return text
        }
    }
}
