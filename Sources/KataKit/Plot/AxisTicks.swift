import Foundation

/// Round tick values for an axis: multiples of 1, 2 or 5 × 10ᵏ inside a range, with
/// short labels that all use the same number of decimals.
///
/// ```swift
/// let ticks = AxisTicks(covering: 0...0.00035)
/// ticks.values                       // [0, 0.0001, 0.0002, 0.0003]
/// ticks.label(ticks.values[1])       // "1e−04"
/// ```
///
/// Labels use fixed decimals (`0.25`) unless that would need more than three of
/// them or the values reach 100 000, and then the `1e−04` style. Negative numbers
/// carry the minus sign `−` (U+2212), or `-` when `unicode` is off.
public struct AxisTicks: Sendable, Equatable {
    /// The tick values, in increasing order, all inside the range.
    public let values: [Double]
    /// The distance between neighbouring ticks (1 when the range is flat).
    public let step: Double
    /// Whether labels use the `1e−04` style rather than fixed decimals.
    public let scientific: Bool
    private let decimals: Int
    private let mantissaDecimals: Int

    /// Chooses the finest round step that puts at most `maximumCount` ticks in `range`.
    /// - Parameters:
    ///   - range: The span of the axis; a range whose ends are equal or not finite,
    ///     or too far apart for their distance to be a finite Double, gets one tick
    ///     at each finite end.
    ///   - maximumCount: The most ticks wanted (at least 2); 6 by default, which
    ///     gives 3 to 6 ticks on any range.
    public init(covering range: ClosedRange<Double>, maximumCount: Int = 6) {
        let (low, high) = (range.lowerBound, range.upperBound)
        guard low.isFinite, high.isFinite, high > low, (high - low).isFinite else {
            let ends = [low, high].filter(\.isFinite).reduce(into: [Double]()) { if !$0.contains($1) { $0.append($1) } }
            values = ends
            step = 1
            // No step to take the decimals from: as few as show the ends exactly.
            let fixedDecimals = (0...4).first { decimals in
                ends.allSatisfy { abs((Double(Self.fixed($0, decimals: decimals)) ?? .nan) - $0) <= abs($0) * 1e-9 }
            }
            scientific = fixedDecimals == nil || ends.contains { abs($0) >= 100_000 }
            decimals = fixedDecimals ?? 0
            mantissaDecimals = Self.fewestMantissaDecimals(for: ends, step: ends.map(abs).max() ?? 1)
            return
        }
        // Start one decade below the span's own and widen 1, 2, 5, 10, 20, ... until few enough fit.
        var exponent = Int((log10(high - low)).rounded(.down)) - 1
        var chosen: (values: [Double], step: Double, exponent: Int) = ([low, high], high - low, exponent)
        search: while exponent < 400 {
            for multiple in [1, 2, 5] {
                if let ticks = Self.multiples(of: multiple, exponent: exponent, from: low, to: high),
                   ticks.count <= max(2, maximumCount) {
                    chosen = (ticks, Self.value(multiple, exponent: exponent), exponent)
                    break search
                }
            }
            exponent += 1
        }
        values = chosen.values
        step = chosen.step
        decimals = max(0, -chosen.exponent)
        let largest = values.map(abs).max() ?? 0
        scientific = decimals > 3 || largest >= 100_000
        mantissaDecimals = Self.fewestMantissaDecimals(for: values, step: step)
    }

    /// The label for a tick value, in the decimals the ticks share.
    /// - Parameters:
    ///   - value: A tick value (any number, though only ticks are sure to be exact).
    ///   - unicode: Whether to write the minus sign as `−` rather than `-`.
    /// - Returns: A short label such as `0.25`, `−3` or `2.5e−04`.
    public func label(_ value: Double, unicode: Bool = true) -> String {
        NumberText.write(value, unicode: unicode) { magnitude in
            scientific ? Self.exponential(magnitude, decimals: mantissaDecimals) : Self.fixed(magnitude, decimals: decimals)
        }
    }

    /// A label two digits finer than the ticks', trailing zeros dropped: for a value
    /// marked between ticks, such as the argmax `0.692` on an axis ticked every 0.2.
    /// - Parameters:
    ///   - value: The value to label.
    ///   - unicode: Whether to write the minus sign as `−` rather than `-`.
    /// - Returns: The label.
    public func preciseLabel(_ value: Double, unicode: Bool = true) -> String {
        NumberText.write(value, unicode: unicode) { magnitude in
            scientific ? Self.exponential(magnitude, decimals: mantissaDecimals + 2, trimmingZeros: true)
                : Self.trimmingZeros(Self.fixed(magnitude, decimals: decimals + 2))
        }
    }

    /// `multiple × 10^exponent`, computed so that 0.1, 0.2, 0.3 come out as the
    /// doubles nearest those decimals (dividing by an exact power of ten).
    private static func value(_ multiple: Int, exponent: Int) -> Double {
        exponent >= 0 ? Double(multiple) * pow(10, Double(exponent)) : Double(multiple) / pow(10, Double(-exponent))
    }

    /// The multiples of the step inside `low...high`; `nil` when there are too many to list.
    private static func multiples(of multiple: Int, exponent: Int, from low: Double, to high: Double) -> [Double]? {
        let step = value(multiple, exponent: exponent)
        // A hair of slack so that an end which is itself round (0.3) counts as inside.
        let slack = (high - low) * 1e-9
        let first = ((low - slack) / step).rounded(.up), last = ((high + slack) / step).rounded(.down)
        guard last - first < 1_000 else { return nil }
        guard last >= first else { return [] }
        return stride(from: first, through: last, by: 1).map { index in
            let count = Int(index) * multiple
            return count == 0 ? 0 : value(count, exponent: exponent)
        }
    }

    private static func fewestMantissaDecimals(for values: [Double], step: Double) -> Int {
        (0...6).first { decimals in
            values.allSatisfy { abs((Double(exponential($0, decimals: decimals)) ?? .nan) - $0) <= step * 1e-6 }
        } ?? 6
    }

    private static func fixed(_ value: Double, decimals: Int) -> String {
        String(format: "%.\(decimals)f", value)
    }

    private static func exponential(_ value: Double, decimals: Int, trimmingZeros: Bool = false) -> String {
        guard value != 0 else { return "0" }
        let text = String(format: "%.\(decimals)e", value)
        guard trimmingZeros, let e = text.firstIndex(of: "e") else { return text }
        return Self.trimmingZeros(String(text[..<e])) + text[e...]
    }

    private static func trimmingZeros(_ text: String) -> String {
        guard text.contains(".") else { return text }
        let trimmed = text.reversed().drop { $0 == "0" }.drop { $0 == "." }
        return String(trimmed.reversed())
    }
}
