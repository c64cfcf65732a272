/// A number a story lets its reader change, as the tutorials' live code declares one
/// (`# @param n_samples int 5 500 50`): `kata run 10.2.2 --set n_samples=500` tells the
/// story with that value, and every number, plot and claim after it follows.
///
/// The story reads it through its narrator, `narrator.integer(sampleSize)`, so the told
/// value is the only one there is.
public struct StoryParameter: Sendable, Codable, Equatable {
    /// Whether the value is a whole number or any real number.
    public enum Kind: String, Sendable, Codable {
        /// A whole number (`int` in the tutorials' declarations).
        case int
        /// A real number (`float`).
        case double
    }

    /// The name the reader types, as the tutorial spells it: `n_samples`.
    public let name: String
    /// What it is, in a few words: "how many measurements to draw".
    public let summary: String
    /// Whole or real.
    public let kind: Kind
    /// The smallest value allowed.
    public let lowest: Double
    /// The largest value allowed.
    public let highest: Double
    /// The value the story is told with unless the reader sets another.
    public let defaultValue: Double

    /// A whole-number parameter.
    /// - Parameters:
    ///   - name: What the reader types.
    ///   - range: The values allowed.
    ///   - defaultValue: The story's own value, inside `range`.
    ///   - summary: What it is.
    public static func int(_ name: String, _ range: ClosedRange<Int>, default defaultValue: Int,
                           _ summary: String) -> StoryParameter {
        StoryParameter(name: name, summary: summary, kind: .int, lowest: Double(range.lowerBound),
                       highest: Double(range.upperBound), defaultValue: Double(defaultValue))
    }

    /// A real-number parameter.
    /// - Parameters:
    ///   - name: What the reader types.
    ///   - range: The values allowed.
    ///   - defaultValue: The story's own value, inside `range`.
    ///   - summary: What it is.
    public static func double(_ name: String, _ range: ClosedRange<Double>, default defaultValue: Double,
                              _ summary: String) -> StoryParameter {
        StoryParameter(name: name, summary: summary, kind: .double, lowest: range.lowerBound,
                       highest: range.upperBound, defaultValue: defaultValue)
    }

    /// The values allowed, in words: "a whole number from 5 to 500".
    public var rangeText: String {
        let kindText = kind == .int ? "a whole number" : "a number"
        return "\(kindText) from \(Self.text(lowest)) to \(Self.text(highest))"
    }

    /// Reads a value the reader typed.
    /// - Parameter text: What followed `name=`.
    /// - Returns: The value, or why it is not one: the message names the range.
    public func value(parsing text: String) -> Result<Double, ParameterError> {
        let number = kind == .int ? Int(text).map(Double.init) : Double(text).flatMap { $0.isFinite ? $0 : nil }
        guard let number, number >= lowest, number <= highest else {
            return .failure(ParameterError("\(name) is \(rangeText) (the story's own is \(Self.text(defaultValue))); '\(text)' is not."))
        }
        return .success(number)
    }

    /// A value as the reader would type it: 50, 0.25.
    public static func text(_ value: Double) -> String {
        value == value.rounded() && abs(value) < 1e15 ? String(Int(value)) : "\(value)"
    }
}

/// A value given for a story parameter that is not one: the message says what is allowed.
public struct ParameterError: Error, Sendable, Equatable, CustomStringConvertible {
    /// What is wrong and what is allowed.
    public let description: String

    /// Creates the error.
    public init(_ description: String) { self.description = description }
}

extension [StoryParameter] {
    /// Reads `name=value` settings against these parameters.
    /// - Parameter settings: Each as the reader typed it after `--set`.
    /// - Returns: The values by name, or the first setting that is not allowed.
    public func values(parsing settings: [String]) -> Result<[String: Double], ParameterError> {
        var values: [String: Double] = [:]
        for setting in settings {
            guard let equals = setting.firstIndex(of: "="), equals != setting.startIndex else {
                return .failure(ParameterError("--set takes name=value, such as \(first.map { "\($0.name)=\(StoryParameter.text($0.defaultValue))" } ?? "n=1"); '\(setting)' is not."))
            }
            let name = String(setting[..<equals]), text = String(setting[setting.index(after: equals)...])
            guard let parameter = first(where: { $0.name == name }) else {
                let known = isEmpty ? "This story has no parameters." : "Its parameters: \(map(\.name).joined(separator: ", "))."
                return .failure(ParameterError("The story has no parameter '\(name)'. \(known)"))
            }
            switch parameter.value(parsing: text) {
            case .success(let value): values[name] = value
            case .failure(let error): return .failure(error)
            }
        }
        return .success(values)
    }
}
