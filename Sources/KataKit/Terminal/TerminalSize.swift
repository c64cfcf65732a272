import Foundation

/// The size of the terminal standard output is on, in character cells.
/// - Returns: Its columns and rows, or `nil` when standard output is not a terminal or
///   the terminal does not say.
public func terminalSize() -> (width: Int, height: Int)? {
    var window = winsize()
    guard ioctl(1, UInt(TIOCGWINSZ), &window) == 0, window.ws_col > 0, window.ws_row > 0 else { return nil }
    return (Int(window.ws_col), Int(window.ws_row))
}

/// How many rows `line` takes on a terminal `width` columns wide, where a line longer
/// than the width wraps: at least one.
/// - Parameters:
///   - line: One line, which may hold colour codes (they take no columns).
///   - width: The terminal's width.
/// - Returns: The rows.
public func terminalRows(_ line: String, width: Int) -> Int {
    max(1, (visibleWidth(line) + max(1, width) - 1) / max(1, width))
}
