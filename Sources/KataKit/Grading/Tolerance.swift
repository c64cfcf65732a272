/// How far a computed number may be from the expected one and still count as right.
///
/// A value passes when it is within `absolute` of the expected value **or** within
/// `relative` times the larger magnitude of the two, in the style of swift-numerics'
/// `isApproximatelyEqual(to:absoluteTolerance:relativeTolerance:)`. Approximate
/// equality is not transitive: always compare a learner's value with the reference
/// value, never with another approximation of it.
public struct Tolerance: Sendable, Codable, Equatable, CustomStringConvertible {
    /// The largest accepted absolute difference.
    public var absolute: Double
    /// The largest accepted difference relative to the larger magnitude.
    public var relative: Double

    /// Creates a tolerance from both bounds; a value passes if either bound holds.
    public init(absolute: Double = 0, relative: Double = 0) {
        self.absolute = absolute
        self.relative = relative
    }

    /// A tolerance of `bound` on the absolute difference.
    public static func absolute(_ bound: Double) -> Tolerance { Tolerance(absolute: bound) }

    /// A tolerance of `bound` on the difference relative to the larger magnitude.
    public static func relative(_ bound: Double) -> Tolerance { Tolerance(relative: bound) }

    /// Bit-for-bit equality (with `-0 == 0`, and NaN matching NaN).
    public static let exact = Tolerance()

    /// Whether `actual` is close enough to `expected`.
    ///
    /// Infinities must match exactly, NaN matches only NaN, and a finite expected
    /// value is never matched by an infinite or NaN actual one.
    /// - Parameters:
    ///   - actual: The value computed by the code under test.
    ///   - expected: The reference value.
    /// - Returns: `true` when the difference is within either bound.
    public func accepts(_ actual: Double, expected: Double) -> Bool {
        if expected.isNaN { return actual.isNaN }
        if expected.isInfinite || actual.isInfinite || actual.isNaN { return actual == expected }
        let difference = abs(actual - expected)
        return difference <= absolute || difference <= relative * max(abs(actual), abs(expected))
    }

    /// The tolerance in words, as a failure message shows it: "within 1e-12, relative", each
    /// bound to three significant digits (a bound computed from the data, 10⁻⁴ of a
    /// half-width say, would otherwise show seventeen).
    public var description: String {
        switch (absolute, relative) {
        case (0, 0): return "exactly"
        case (_, 0): return "within \(Self.written(absolute)), absolute"
        case (0, _): return "within \(Self.written(relative)), relative"
        default: return "within \(Self.written(absolute)) absolute or \(Self.written(relative)) relative"
        }
    }

    /// A bound to three significant digits, written as Swift writes a Double: 1e-12, 0.000196.
    private static func written(_ bound: Double) -> String {
        guard bound.isFinite else { return "\(bound)" }
        return "\(Double(String(format: "%.2e", bound)) ?? bound)"
    }
}
