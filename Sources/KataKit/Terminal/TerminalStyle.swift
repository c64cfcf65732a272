import Foundation

/// How to draw text on the output at hand: with or without colour, Unicode or ASCII
/// symbols, and how wide.
///
/// Colour only on a terminal, never with `NO_COLOR` set or `TERM=dumb`. The driver
/// passes its decision to kata binaries through `KATA_COLOR` and `KATA_WIDTH`, since
/// their output is a pipe even when the learner is at a terminal.
public struct TerminalStyle: Sendable, Equatable {
    /// Whether ANSI colour codes are written.
    public var colour: Bool
    /// Whether Unicode symbols (✓, ✗, braille) are used rather than ASCII.
    public var unicode: Bool
    /// The width to wrap prose at.
    public var width: Int

    /// Creates a style.
    public init(colour: Bool, unicode: Bool = true, width: Int = 80) {
        self.colour = colour
        self.unicode = unicode
        self.width = width
    }

    /// Plain, 80 columns: for tests and files.
    public static let plain = TerminalStyle(colour: false, unicode: true, width: 80)

    /// The style for standard output in this process's environment.
    /// - Parameter environment: The environment to read; the process's by default.
    public static func forStandardOutput(environment: [String: String] = ProcessInfo.processInfo.environment) -> TerminalStyle {
        let isTerminal = isatty(1) == 1
        let dumb = environment["TERM"] == "dumb"
        var colour = isTerminal && !dumb && environment["NO_COLOR"] == nil
        switch environment["KATA_COLOR"] {
        case "always": colour = environment["NO_COLOR"] == nil
        case "never": colour = false
        default: break
        }
        return TerminalStyle(colour: colour, unicode: !dumb,
                             width: wrapWidth(columns: terminalSize()?.width, environment: environment))
    }

    /// The width to wrap prose at on a terminal `columns` wide: `KATA_WIDTH` or `COLUMNS`
    /// when the environment sets one, else the terminal's (80 when there is none), kept
    /// within 40 to 100 columns.
    /// - Parameters:
    ///   - columns: The terminal's width, `nil` when the output is not a terminal.
    ///   - environment: The environment to read.
    /// - Returns: The width.
    public static func wrapWidth(columns: Int?, environment: [String: String]) -> Int {
        let width = Int(environment["KATA_WIDTH"] ?? "") ?? Int(environment["COLUMNS"] ?? "") ?? columns ?? 80
        return min(max(width, 40), 100)
    }

    /// ANSI styles used by the workbook.
    public enum Paint: String, Sendable {
        /// Bold.
        case bold = "1"
        /// Dim, for secondary text.
        case dim = "2"
        /// Italic, for emphasis in prose.
        case italic = "3"
        /// Red, for failures.
        case red = "31"
        /// Green, for passes.
        case green = "32"
        /// Yellow, for what is still to do.
        case yellow = "33"
        /// Blue, for headings.
        case blue = "34"
        /// Magenta, for crashes.
        case magenta = "35"
        /// Cyan, for commands to type.
        case cyan = "36"
    }

    /// `text` in `paint`, or unchanged when colour is off.
    public func paint(_ text: String, _ paint: Paint...) -> String {
        guard colour, !paint.isEmpty else { return text }
        return "\u{1B}[\(paint.map(\.rawValue).joined(separator: ";"))m\(text)\u{1B}[0m"
    }

    /// `unicode` when Unicode symbols are on, `ascii` otherwise.
    public func symbol(_ unicode: String, ascii: String) -> String {
        self.unicode ? unicode : ascii
    }
}
