/// A grid of character cells to draw dots on, rendered as Unicode braille or ASCII.
///
/// In Unicode each cell holds 2 × 4 braille dots, so a 60-column canvas is 120 dots
/// wide; in ASCII each cell holds 1 × 2 dots, drawn as `'` (upper), `.` (lower) or
/// `:` (both). Dot coordinates start at the top left. Plots of every kind draw on a
/// canvas, then add their axes and labels around its lines.
public struct DotCanvas: Sendable, Equatable {
    /// The width in character cells.
    public let columns: Int
    /// The height in character cells.
    public let rows: Int
    /// Whether the canvas renders braille (`true`) or ASCII (`false`).
    public let unicode: Bool
    private var cells: [UInt8]
    private var overlays: [Int: Character] = [:]

    /// Creates an empty canvas.
    /// - Parameters:
    ///   - columns: The width in character cells (at least 1).
    ///   - rows: The height in character cells (at least 1).
    ///   - unicode: Braille when `true`, ASCII otherwise.
    public init(columns: Int, rows: Int, unicode: Bool) {
        self.columns = max(1, columns)
        self.rows = max(1, rows)
        self.unicode = unicode
        cells = Array(repeating: 0, count: self.columns * self.rows)
    }

    /// Dots across one cell: 2 in braille, 1 in ASCII.
    public var dotsPerColumn: Int { unicode ? 2 : 1 }
    /// Dots down one cell: 4 in braille, 2 in ASCII.
    public var dotsPerRow: Int { unicode ? 4 : 2 }
    /// The width in dots.
    public var dotWidth: Int { columns * dotsPerColumn }
    /// The height in dots.
    public var dotHeight: Int { rows * dotsPerRow }

    /// Sets one dot; dots outside the canvas are ignored.
    /// - Parameters:
    ///   - x: The dot's column, 0 at the left.
    ///   - y: The dot's row, 0 at the top.
    public mutating func setDot(x: Int, y: Int) {
        guard (0..<dotWidth).contains(x), (0..<dotHeight).contains(y) else { return }
        let (dx, dy) = (x % dotsPerColumn, y % dotsPerRow)
        // Braille numbers its dots 1-2-3-7 down the left column, 4-5-6-8 down the right.
        let bit: UInt8 = unicode ? [[0x01, 0x02, 0x04, 0x40], [0x08, 0x10, 0x20, 0x80]][dx][dy] : (dy == 0 ? 1 : 2)
        cells[(y / dotsPerRow) * columns + x / dotsPerColumn] |= bit
    }

    /// Draws a straight line of dots between two dots, both ends included.
    /// - Parameters:
    ///   - start: The first dot.
    ///   - end: The last dot.
    public mutating func drawLine(from start: (x: Int, y: Int), to end: (x: Int, y: Int)) {
        let (dx, dy) = (end.x - start.x, end.y - start.y)
        let steps = max(abs(dx), abs(dy))
        guard steps > 0 else { return setDot(x: start.x, y: start.y) }
        for step in 0...steps {
            let fraction = Double(step) / Double(steps)
            setDot(x: start.x + Int((Double(dx) * fraction).rounded()),
                   y: start.y + Int((Double(dy) * fraction).rounded()))
        }
    }

    /// Puts a character in a cell in place of its dots, to mark a point.
    /// - Parameters:
    ///   - character: The marker; it should be one column wide.
    ///   - column: The cell's column, 0 at the left.
    ///   - row: The cell's row, 0 at the top.
    public mutating func put(_ character: Character, column: Int, row: Int) {
        guard (0..<columns).contains(column), (0..<rows).contains(row) else { return }
        overlays[row * columns + column] = character
    }

    /// The canvas as text, one string per row, each exactly `columns` characters.
    public func lines() -> [String] {
        (0..<rows).map { row in
            String((0..<columns).map { column -> Character in
                let index = row * columns + column
                if let overlay = overlays[index] { return overlay }
                return character(for: cells[index])
            })
        }
    }

    private func character(for bits: UInt8) -> Character {
        if unicode {
            return bits == 0 ? " " : Character(Unicode.Scalar(0x2800 + UInt32(bits)) ?? " ")
        }
        return [" ", "'", ".", ":"][Int(bits & 3)]
    }
}
