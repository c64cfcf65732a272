/// How the workbook signs a number wherever it shows one: prose, code output, bar and
/// legend values, tick labels and SVG coordinates all come through here, so there is
/// one answer to the minus sign, to −0 and to the values that are not finite.
public enum NumberText {
    /// `value` with its magnitude written by `format`, then signed.
    ///
    /// - A minus only where the written magnitude has a digit other than 0: −0, and a
    ///   negative value that rounds to zero at the precision written, are plain zero.
    /// - The minus is `−` (U+2212) with `unicode`, `-` without; an exponent's too
    ///   (`1.6e−03`).
    /// - NaN is `NaN` and the infinities `∞` and `−∞`; without `unicode`, `nan`, `inf`
    ///   and `-inf`, as Swift prints them.
    /// - Parameters:
    ///   - value: The number.
    ///   - unicode: Whether to write `−`, `∞` and `NaN`.
    ///   - format: Writes a non-negative finite magnitude.
    /// - Returns: The number as the workbook writes it.
    public static func write(_ value: Double, unicode: Bool = true, _ format: (Double) -> String) -> String {
        if value.isNaN { return unicode ? "NaN" : "nan" }
        guard value.isFinite else { return (value < 0 ? minus(unicode) : "") + (unicode ? "∞" : "inf") }
        var magnitude = format(abs(value))
        if unicode { magnitude = magnitude.replacingOccurrences(of: "-", with: "−") }
        let writtenAsZero = !magnitude.contains { $0.isNumber && $0 != "0" }
        return value < 0 && !writtenAsZero ? minus(unicode) + magnitude : magnitude
    }

    /// A number in a readout of an explorable view: four significant digits, or an
    /// exponent when it is tiny or huge, signed as `write` signs.
    public static func readout(_ value: Double, unicode: Bool = true) -> String {
        write(value, unicode: unicode) { magnitude in
            magnitude != 0 && (magnitude < 1e-3 || magnitude >= 1e5) ? String(format: "%.3e", magnitude)
                : String(format: "%.4g", magnitude)
        }
    }

    /// The minus sign: `−` (U+2212) with `unicode`, else the hyphen-minus.
    public static func minus(_ unicode: Bool) -> String { unicode ? "−" : "-" }
}
