import KataKit

/// What the explorable views' tests read: the screens `explore --keys` prints.
enum ExplorerScreens {
    /// The screens of `explorer` after each of `keys`, drawn at `width`×`height` without colour.
    static func of(_ explorer: some Explorer, keys: String, width: Int = 80, height: Int = 24) -> [String] {
        let text = ExplorerSession.script(explorer, keys: ExplorerKey.keys(inScript: keys), width: width, height: height,
                                          style: TerminalStyle(colour: false, width: width))
        // Each screen starts at a caption line, "── after → ───…".
        return ("\n" + text).components(separatedBy: "\n── ").dropFirst()
            .map { $0.hasSuffix("\n") ? String($0.dropLast()) : $0 }
    }

    /// A screen's words on one line, as wrapping may split a sentence.
    static func flat(_ screen: String) -> String {
        screen.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }
}
