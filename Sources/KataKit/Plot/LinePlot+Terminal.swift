extension LinePlot {
    /// Draws the plot.
    /// - Parameter style: Braille and box-drawing characters when `style.unicode`,
    ///   plain ASCII otherwise; colour for the series and the mark when
    ///   `style.colour`, though the plot reads the same without it.
    /// - Returns: The plot's lines joined by newlines, without a final newline.
    public func render(style: TerminalStyle) -> String {
        let (bounds, ticks) = (bounds, ticks(style: style))
        var body = drawSeries(style: style)
        var xMark: PlotFrame.Tick?
        if let mark, let cell = cell(of: mark, style: style) {
            body[cell.row].write(style.symbol("●", ascii: "O"), at: cell.column, paint: [.bold, .yellow])
            xMark = PlotFrame.Tick(position: cell.column,
                                   label: tickFormat?(mark.x) ?? ticks.x.preciseLabel(mark.x, unicode: style.unicode))
        }
        let xTicks = ticks.x.values.compactMap { value in
            cell(of: (value, bounds.y.lowerBound), style: style).map {
                PlotFrame.Tick(position: $0.column, label: tickLabel(value, ticks: ticks.x, style: style))
            }
        }
        let frame = PlotFrame(body: body, yTicks: yTickLabels(style: style), xTicks: xTicks, xMark: xMark,
                              yLabel: yLabel, xLabel: xLabel)
        var lines = frame.lines(unicode: style.unicode)
        if series.contains(where: { !$0.name.isEmpty }) {
            lines += PaintedLine.fitted(legend(indent: frame.margin + 1, style: style), to: style.width)
        }
        return lines.map { $0.rendered(style: style) }.joined(separator: "\n")
    }

    /// The y ticks and the rows they fall on; a tick that shares a row with the one
    /// above it is dropped.
    func yTickLabels(style: TerminalStyle) -> [PlotFrame.Tick] {
        let (bounds, ticks) = (bounds, yAxisTicks)
        let canvas = DotCanvas(columns: 1, rows: height, unicode: style.unicode)
        var result: [PlotFrame.Tick] = []
        for value in ticks.values.reversed() {
            guard let dot = dot(of: (bounds.x.lowerBound, value), on: canvas, bounds: bounds) else { continue }
            let row = dot.y / canvas.dotsPerRow
            if result.last?.position == row { continue }
            result.append(PlotFrame.Tick(position: row, label: tickLabel(value, ticks: ticks, style: style)))
        }
        return result
    }

    /// The drawing area: the first series in dots, each further one in its marker,
    /// drawn over the earlier ones.
    private func drawSeries(style: TerminalStyle) -> [PaintedLine] {
        let (bounds, columns) = (bounds, drawingWidth(style: style))
        var body = (0..<height).map { _ in PaintedLine(String(repeating: " ", count: columns)) }
        Self.draw(series, over: &body, style: style) { dot(of: $0, on: $1, bounds: bounds) }
        return body
    }

    /// Draws `series` over a drawing area as a line plot draws its own: the first in
    /// dots, each further one (and any series of points) in its marker, each in its
    /// colour, later ones over earlier ones and over what `body` already holds.
    /// - Parameters:
    ///   - series: The series, in drawing order.
    ///   - body: The drawing area, one line per row, all as wide as the first.
    ///   - style: Braille or ASCII dots, and the markers to match.
    ///   - dot: Where a point falls on a canvas the size of `body`; `nil` off the axes,
    ///     which breaks the line there.
    static func draw(_ series: [Series], over body: inout [PaintedLine], style: TerminalStyle,
                     dot: (_ point: (x: Double, y: Double), _ canvas: DotCanvas) -> (x: Int, y: Int)?) {
        let (rows, columns) = (body.count, body.first?.count ?? 0)
        for (index, line) in series.enumerated() {
            var canvas = DotCanvas(columns: columns, rows: rows, unicode: style.unicode)
            var previous: (x: Int, y: Int)?
            for point in line.points {
                let current = dot(point, canvas)
                if line.drawn == .line, let from = previous, let to = current { canvas.drawLine(from: from, to: to) }
                else if let only = current { canvas.setDot(x: only.x, y: only.y) }
                previous = current
            }
            let marked = index > 0 || line.drawn == .points
            for (row, text) in canvas.lines().enumerated() where row < rows {
                for (column, character) in text.enumerated() where character != " " && column < columns {
                    let drawn = marked ? Self.marker(series: index, unicode: style.unicode) : String(character)
                    body[row].write(drawn, at: column, paint: Self.paint(series: index))
                }
            }
        }
    }

    /// One line naming each series after a sample of how it is drawn, or a line for
    /// each series when one line would not fit the width.
    private func legend(indent: Int, style: TerminalStyle) -> [PaintedLine] {
        let entries = series.enumerated().filter { !$0.element.name.isEmpty }.map { index, named in
            Self.legendEntry(named, index: index, style: style)
        }
        return PaintedLine.legend(entries, indent: indent, width: style.width)
    }

    /// A legend entry for series `index`: a sample of how it is drawn, in its colour,
    /// then its name.
    static func legendEntry(_ series: Series, index: Int, style: TerminalStyle) -> PaintedLine {
        var entry = PaintedLine()
        let marker = Self.marker(series: index, unicode: style.unicode)
        let sample = series.drawn == .points ? " \(marker)"
            : index == 0 ? style.symbol("⠤⠤", ascii: "..") : String(repeating: marker, count: 2)
        entry.append(sample, paint: Self.paint(series: index))
        entry.append(" " + series.name)
        return entry
    }

    private func tickLabel(_ value: Double, ticks: AxisTicks, style: TerminalStyle) -> String {
        tickFormat?(value) ?? ticks.label(value, unicode: style.unicode)
    }

    /// The character that draws series `index` (from the second on, or any series of
    /// points: the first series' points take the first marker).
    static func marker(series index: Int, unicode: Bool) -> String {
        let markers = unicode ? ["•", "×", "+", "◦"] : ["*", "x", "+", "#"]
        return markers[max(0, index - 1) % markers.count]
    }

    /// The colour of series `index`, used only when colour is on.
    static func paint(series index: Int) -> [TerminalStyle.Paint] {
        [[.cyan], [.magenta], [.green], [.blue]][index % 4]
    }
}
