import KataKit
import Testing

@Suite("DotCanvas")
struct DotCanvasTests {
    @Test("braille dots map to their Unicode bits")
    func brailleBits() {
        var canvas = DotCanvas(columns: 2, rows: 1, unicode: true)
        canvas.setDot(x: 0, y: 0)
        for y in 0..<4 { canvas.setDot(x: 2, y: y); canvas.setDot(x: 3, y: y) }
        #expect(canvas.lines() == ["⠁⣿"])
    }

    @Test("ASCII cells show the upper dot, the lower dot or both")
    func asciiDots() {
        var canvas = DotCanvas(columns: 3, rows: 1, unicode: false)
        canvas.setDot(x: 0, y: 0)
        canvas.setDot(x: 1, y: 1)
        canvas.setDot(x: 2, y: 0)
        canvas.setDot(x: 2, y: 1)
        #expect(canvas.lines() == ["'.:"])
    }

    @Test("dots and marks outside the canvas are ignored")
    func outside() {
        var canvas = DotCanvas(columns: 2, rows: 2, unicode: true)
        canvas.setDot(x: -1, y: 0)
        canvas.setDot(x: 4, y: 0)
        canvas.setDot(x: 0, y: 8)
        canvas.put("X", column: 2, row: 0)
        #expect(canvas.lines() == ["  ", "  "])
    }

    @Test("a line joins its ends without gaps", arguments: [true, false])
    func lineHasNoGaps(unicode: Bool) {
        var canvas = DotCanvas(columns: 5, rows: 5, unicode: unicode)
        canvas.drawLine(from: (0, 0), to: (canvas.dotWidth - 1, canvas.dotHeight - 1))
        let lines = canvas.lines()
        for row in 0..<5 {
            #expect(lines[row].count == 5)
            #expect(lines[row].contains { $0 != " " }, "row \(row) is empty")
        }
    }
}
