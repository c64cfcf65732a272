import Foundation

// How numbers and formulas are typeset in a story's prose: a true minus sign, ∞,
// superscript exponents and grouped digits. Every kata's story uses these.

extension DefaultStringInterpolation {
    /// A number as prose writes it (`NumberText`): a true minus sign (−), ∞ for infinity,
    /// and no −0.
    public mutating func appendInterpolation(prose value: Double, decimals: Int) {
        appendLiteral(NumberText.write(value) { String(format: "%.\(max(0, decimals))f", $0) })
    }

    /// A number to `significant` digits as prose writes it, with powers of ten as
    /// superscripts: 3.205 × 10⁸, and 10⁻⁹ rather than 1 × 10⁻⁹.
    public mutating func appendInterpolation(prose value: Double, significant: Int) {
        appendLiteral(NumberText.write(value) { magnitude in
            let text = String(format: "%.\(max(1, significant))g", magnitude)
            let parts = text.split(separator: "e")
            guard parts.count == 2, let exponent = Int(parts[1]) else { return text }
            let power = "10" + superscript(exponent)
            return parts[0] == "1" ? power : parts[0] + " × " + power
        })
    }
}

/// `number` in superscript digits, for exponents in formulas: 9 → ⁹.
public func superscript(_ number: Int) -> String {
    let digits: [Character] = ["⁰", "¹", "²", "³", "⁴", "⁵", "⁶", "⁷", "⁸", "⁹"]
    let sign = number < 0 ? "⁻" : ""
    return sign + String(String(abs(number)).compactMap { $0.wholeNumberValue.map { digits[$0] } })
}

/// `number` with commas between groups of three digits: 8675309 → 8,675,309, and a true
/// minus sign.
public func grouped(_ number: Int) -> String {
    let digits = Array(String(abs(number)))
    let groups = stride(from: digits.count, to: 0, by: -3).reversed().map { end in
        String(digits[max(0, end - 3)..<end])
    }
    return (number < 0 ? NumberText.minus(true) : "") + groups.joined(separator: ",")
}
