/// A key pressed in an explorable view, read from a terminal's bytes (arrows arrive as
/// escape sequences) or from a script of keys.
public enum ExplorerKey: Sendable, Equatable {
    /// ←
    case left
    /// →
    case right
    /// ↑
    case up
    /// ↓
    case down
    /// Enter
    case enter
    /// Ctrl-C, which quits as q does.
    case interrupt
    /// A printable character.
    case character(Character)

    /// The keys in `bytes`, as a terminal sends them; a lone escape or an unknown
    /// sequence is dropped.
    public static func keys(in bytes: [UInt8]) -> [ExplorerKey] {
        var keys: [ExplorerKey] = []
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            if byte == 0x1B, index + 2 < bytes.count, bytes[index + 1] == UInt8(ascii: "[") || bytes[index + 1] == UInt8(ascii: "O") {
                switch bytes[index + 2] {
                case UInt8(ascii: "A"): keys.append(.up)
                case UInt8(ascii: "B"): keys.append(.down)
                case UInt8(ascii: "C"): keys.append(.right)
                case UInt8(ascii: "D"): keys.append(.left)
                default: break
                }
                index += 3
                continue
            }
            switch byte {
            case 3: keys.append(.interrupt)
            case 10, 13: keys.append(.enter)
            case 0x20...0x7E: keys.append(.character(Character(UnicodeScalar(byte))))
            default: break
            }
            index += 1
        }
        return keys
    }

    /// The keys of a script: characters as they are, `←` `→` `↑` `↓` for the arrows and
    /// `⏎` for Enter: `"→→→g"` moves right three times, then presses g.
    public static func keys(inScript script: String) -> [ExplorerKey] {
        script.map { character in
            switch character {
            case "←": .left
            case "→": .right
            case "↑": .up
            case "↓": .down
            case "⏎": .enter
            default: .character(character)
            }
        }
    }

    /// How the key is written in a script and in a frame's caption.
    public var name: String {
        switch self {
        case .left: "←"
        case .right: "→"
        case .up: "↑"
        case .down: "↓"
        case .enter: "⏎"
        case .interrupt: "Ctrl-C"
        case .character(let character): String(character)
        }
    }
}
