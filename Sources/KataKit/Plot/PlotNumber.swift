import Foundation

/// How plots write numbers that are not tick labels: values at the ends of bars,
/// the ends of a heat map's legend, coordinates in SVG.
///
/// All of it goes through `String(format:)`, which does not follow the locale, so a
/// plot reads `0.25` on every machine.
enum PlotNumber {
    /// A value to three significant digits, such as `0.236`, `1.6e−03` or `−∞`.
    /// - Parameters:
    ///   - value: The value.
    ///   - unicode: Whether to write `−` and `∞` rather than `-` and `inf`.
    /// - Returns: The label.
    static func short(_ value: Double, unicode: Bool) -> String {
        if value.isNaN { return "nan" }
        if value.isInfinite { return minus((value < 0 ? "-" : "") + (unicode ? "∞" : "inf"), unicode: unicode) }
        // Adding zero turns −0 into +0, so that no label reads "-0".
        return minus(String(format: "%.3g", value + 0), unicode: unicode)
    }

    /// `text` with each hyphen-minus turned into the minus sign `−` when `unicode` is on.
    static func minus(_ text: String, unicode: Bool) -> String {
        unicode ? text.replacingOccurrences(of: "-", with: "−") : text
    }

    /// A coordinate for SVG: at most two decimals, trailing zeros dropped, never `-0`.
    static func svg(_ value: Double) -> String {
        guard value.isFinite else { return "0" }
        var text = String(format: "%.2f", value + 0)
        while text.hasSuffix("0") { text.removeLast() }
        if text.hasSuffix(".") { text.removeLast() }
        return text == "-0" ? "0" : text
    }
}
