import Foundation

/// What a kata binary tells the driver while it grades: one JSON object a line on the
/// file descriptor named by `KATA_REPORT_FD`, each behind the marker in
/// `KATA_REPORT_MARKER`.
///
/// The driver gives that descriptor the same pipe as standard output and error, so
/// events and everything the learner's code prints (and Swift's crash reports) arrive
/// in the order they happened: what a check printed lies between its `started` and its
/// `finished`. The marker is random for each run, so nothing the learner prints can
/// pass for an event. A `started` with no `finished` after it, when the program ends or
/// stalls, is how the driver knows which check crashed or hung.
public enum ReportEvent: Sendable, Codable, Equatable {
    /// The kata's exercises and checks; always the first event.
    case plan(KataPlan)
    /// Check `check` (counted over all exercises) is starting.
    case started(check: Int)
    /// Check `check` passed and shows the learner `text` (from `showWhenPassed(_:)`);
    /// sent just before its `finished`.
    case noted(check: Int, text: String)
    /// Check `check` finished with `outcome`.
    case finished(check: Int, outcome: CheckOutcome)

    /// The environment variable that names the report file descriptor.
    public static let fileDescriptorVariable = "KATA_REPORT_FD"
    /// The environment variable that holds the marker written before each event.
    public static let markerVariable = "KATA_REPORT_MARKER"

    /// The event as one line of JSON, newline included.
    public var line: String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        guard let data = try? encoder.encode(self), let text = String(data: data, encoding: .utf8) else {
            return "{}\n"
        }
        return text + "\n"
    }

    /// Parses one line written by `line`; `nil` when it is not an event.
    public init?(line: Substring) {
        guard let event = try? JSONDecoder().decode(ReportEvent.self, from: Data(line.utf8)) else { return nil }
        self = event
    }
}
