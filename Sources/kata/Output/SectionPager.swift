import Foundation
import KataKit

/// Pauses a story between its sections, so a learner at a terminal reads one at a
/// time: Enter (or space) goes on, `a` shows the rest at once, `q` quits.
///
/// It pauses only when both standard input and output are a terminal: piped output,
/// or input that is not a keyboard, never waits.
final class SectionPager {
    /// What the learner chose at a pause.
    enum Choice: Equatable {
        /// Show the next section.
        case next
        /// Stop pausing; show everything that is left.
        case all
        /// Stop reading.
        case quit
    }

    /// Whether the next section break pauses.
    private(set) var pausing: Bool
    private let style: TerminalStyle
    private let readKey: () -> UInt8?
    private let write: (String) -> Void

    /// Creates a pager.
    /// - Parameters:
    ///   - pausing: Whether to pause at all: at a terminal (`TerminalKeyboard.isInteractive`) and not `--no-pager`.
    ///   - style: How to draw the prompt.
    ///   - readKey: Reads one key press, `nil` at the end of input.
    ///   - write: Where the prompt goes.
    init(pausing: Bool, style: TerminalStyle, readKey: @escaping () -> UInt8? = TerminalKeyboard.readKey,
         write: @escaping (String) -> Void) {
        self.pausing = pausing
        self.style = style
        self.readKey = readKey
        self.write = write
    }

    /// Pauses, when pausing, until the learner chooses; the prompt is erased after.
    /// - Parameter next: What comes next, for the prompt ("next section").
    /// - Returns: The learner's choice; `.next` when not pausing.
    func pause(before next: String) -> Choice {
        guard pausing else { return .next }
        let prompt = style.paint("── Enter: \(next) · a: all the rest · q: quit ──", .dim)
        write(prompt)
        defer { write(style.colour ? "\r\u{1B}[2K" : "\n") }
        while true {
            switch readKey() {
            case 10, 13, 32: return .next
            case UInt8(ascii: "a"), UInt8(ascii: "A"):
                pausing = false
                return .all
            case UInt8(ascii: "q"), UInt8(ascii: "Q"), 27, nil:
                return .quit
            default: continue
            }
        }
    }
}
