import Foundation

/// How plots write numbers that are not tick labels: values at the ends of bars,
/// the ends of a heat map's legend, coordinates in SVG.
///
/// All of it goes through `String(format:)`, which does not follow the locale, so a
/// plot reads `0.25` on every machine.
enum PlotNumber {
    /// A value to three significant digits, such as `0.236`, `1.6e−03` or `−∞`, signed
    /// by `NumberText`.
    /// - Parameters:
    ///   - value: The value.
    ///   - unicode: Whether to write `−` and `∞` rather than `-` and `inf`.
    /// - Returns: The label.
    static func short(_ value: Double, unicode: Bool) -> String {
        NumberText.write(value, unicode: unicode) { String(format: "%.3g", $0) }
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
