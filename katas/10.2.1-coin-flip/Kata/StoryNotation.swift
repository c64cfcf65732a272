import Foundation

// Helpers the story uses to compute and typeset what it shows.

/// θ from 0 to 1 in steps of `step`, and the likelihood at each.
func likelihoodGrid(_ maths: ReferenceSolution, heads: Int, tails: Int,
                    step: Double = 0.001) -> (theta: [Double], likelihood: [Double]) {
    let grid = (0...Int((1 / step).rounded())).map { Double($0) * step }
    return (grid, grid.map { maths.likelihood(theta: $0, heads: heads, tails: tails) })
}

extension DefaultStringInterpolation {
    /// A number as prose writes it: a true minus sign (−), ∞ for infinity, and no −0.
    mutating func appendInterpolation(prose value: Double, decimals: Int) {
        appendLiteral(typeset(value) { String(format: "%.\(max(0, decimals))f", $0) })
    }

    /// A number to `significant` digits as prose writes it, with powers of ten as
    /// superscripts: 3.205 × 10⁸, and 10⁻⁹ rather than 1 × 10⁻⁹.
    mutating func appendInterpolation(prose value: Double, significant: Int) {
        appendLiteral(typeset(value) { magnitude in
            let text = String(format: "%.\(max(1, significant))g", magnitude)
            let parts = text.split(separator: "e")
            guard parts.count == 2, let exponent = Int(parts[1]) else { return text }
            let power = "10" + superscript(exponent)
            return parts[0] == "1" ? power : parts[0] + " × " + power
        })
    }
}

/// Typesets `value` with `format` applied to its magnitude, then its sign as a true minus.
func typeset(_ value: Double, _ format: (Double) -> String) -> String {
    if value.isNaN { return "NaN" }
    let magnitude = value.isInfinite ? "∞" : format(abs(value))
    return value < 0 ? "−" + magnitude : magnitude
}

/// The probability of `k` heads in `n` flips with heads probability `p`, computed in logs.
func binomialProbability(_ k: Int, of n: Int, _ p: Double) -> Double {
    let logChoose = lgamma(Double(n + 1)) - lgamma(Double(k + 1)) - lgamma(Double(n - k + 1))
    return exp(logChoose + Double(k) * log(p) + Double(n - k) * log1p(-p))
}

/// `number` in superscript digits, for exponents in formulas: 9 → ⁹.
func superscript(_ number: Int) -> String {
    let digits: [Character] = ["⁰", "¹", "²", "³", "⁴", "⁵", "⁶", "⁷", "⁸", "⁹"]
    let sign = number < 0 ? "⁻" : ""
    return sign + String(String(abs(number)).compactMap { $0.wholeNumberValue.map { digits[$0] } })
}

/// `number` with commas between groups of three digits: 8675309 → 8,675,309.
func grouped(_ number: Int) -> String {
    let digits = Array(String(abs(number)))
    let groups = stride(from: digits.count, to: 0, by: -3).reversed().map { end in
        String(digits[max(0, end - 3)..<end])
    }
    return (number < 0 ? "-" : "") + groups.joined(separator: ",")
}
