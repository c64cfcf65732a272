import Foundation

/// How a failure message writes the arguments of the call it names.
public enum CallText {
    /// Values as a call shows them: all of them as Swift prints them when there are at
    /// most six, else the first three, how many there are, and `more` if given:
    /// `[2.1, 3.5]`, or `[4.99, 6.01, 3.52, … 100 waits in all, mean 2.03]`.
    /// - Parameters:
    ///   - values: The values.
    ///   - noun: What they are, for the count: "values", "waits".
    ///   - significantDigits: Digits of each of the first three; `nil` writes them whole
    ///     (for data whose differences lie past the sixth digit, such as values near 10⁹).
    ///   - more: Something more to say of them after the count, such as their mean.
    /// - Returns: The text.
    public static func list(_ values: [Double], noun: String = "values", significantDigits: Int? = 6,
                            more: String? = nil) -> String {
        guard values.count > 6 else { return "\(values)" }
        let first = values.prefix(3).map { value in significantDigits.map { String(format: "%.\($0)g", value) } ?? "\(value)" }
        return "[" + first.joined(separator: ", ") + ", … \(values.count) \(noun) in all" + (more.map { ", " + $0 } ?? "") + "]"
    }
}
