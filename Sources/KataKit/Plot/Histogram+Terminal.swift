extension Histogram {
    /// Draws the histogram.
    /// - Parameter style: Eighth blocks (`▁▂▃▄▅▆▇█`) and braille when `style.unicode`,
    ///   `#`, `_` and ASCII dots otherwise; the curves in colour when `style.colour`,
    ///   though they are told apart without it as a line plot's series are.
    /// - Returns: The histogram's lines joined by newlines, without a final newline.
    public func render(style: TerminalStyle) -> String {
        let columns = drawingWidth(style: style)
        var body = drawBars(columns: columns, style: style)
        // Over the bars, so a curve stays whole where it runs through them.
        LinePlot.draw(curves, over: &body, style: style) { dot(of: $0, on: $1) }
        let ticks = AxisTicks(covering: range, maximumCount: PlotFrame.tickCount(columns: columns))
        let xTicks = ticks.values.compactMap { value in
            cell(of: (value, 0), style: style).map {
                PlotFrame.Tick(position: $0.column, label: ticks.label(value, unicode: style.unicode))
            }
        }
        let frame = PlotFrame(body: body, yTicks: yTicks(style: style), xTicks: xTicks, xMark: nil,
                              yLabel: yLabel, xLabel: xLabel)
        var lines = frame.lines(unicode: style.unicode)
        let entries = legendEntries(style: style)
        if !entries.isEmpty {
            lines += PaintedLine.fitted(PaintedLine.legend(entries, indent: frame.margin + 1, width: style.width),
                                        to: style.width)
        }
        return lines.map { $0.rendered(style: style) }.joined(separator: "\n")
    }

    /// The width the drawing area gets in `style`: ``width``, or less when the
    /// histogram would not fit in `style.width` columns with its tick labels; then
    /// narrowed to a whole number of columns per bin, so that the bars are equally
    /// wide, when that costs at most a tenth of it.
    /// - Parameter style: The style the histogram is drawn in.
    /// - Returns: The width in character cells, at least 10 (or ``width`` if less).
    public func drawingWidth(style: TerminalStyle) -> Int {
        let margin = yTicks(style: style).map(\.label.count).max() ?? 0
        // The margin, the axis, and room for the last x label to overhang the rule.
        let fitted = max(min(width, 10), min(width, style.width - margin - 2 - 3))
        let whole = fitted / counts.count * counts.count
        return whole > 0 && whole * 10 >= fitted * 9 ? whole : fitted
    }

    /// The cell of the drawing area a point falls in, counted from the top left: the
    /// column whose stretch of x holds it, the row whose band of height does.
    /// - Parameters:
    ///   - point: The point, such as one of a curve's.
    ///   - style: The style it would be drawn in (braille cells hold more dots).
    /// - Returns: Its column and row, or `nil` when the point is outside the axes.
    public func cell(of point: (x: Double, y: Double), style: TerminalStyle) -> (column: Int, row: Int)? {
        let canvas = DotCanvas(columns: drawingWidth(style: style), rows: height, unicode: style.unicode)
        guard let dot = dot(of: point, on: canvas) else { return nil }
        return (dot.x / canvas.dotsPerColumn, dot.y / canvas.dotsPerRow)
    }

    /// Where a point falls on `canvas`, in dots from the top left; `nil` outside the
    /// bounds. Each dot stands for a stretch of x, as each column of bars does, so a
    /// curve lines up with the bars under it.
    private func dot(of point: (x: Double, y: Double), on canvas: DotCanvas) -> (x: Int, y: Int)? {
        let (xs, ys) = bounds
        guard point.x.isFinite, point.y.isFinite, xs.contains(point.x), ys.contains(point.y) else { return nil }
        let across = Self.fraction(of: point.x, in: xs) * Double(canvas.dotWidth)
        let down = (1 - Self.fraction(of: point.y, in: ys)) * Double(canvas.dotHeight)
        return (min(canvas.dotWidth - 1, Int(across)), min(canvas.dotHeight - 1, Int(down)))
    }

    /// How many eighths of a cell, 0 up to the height's, a bar of `density` rises;
    /// at least one for any positive density, so that no bin holding values looks empty.
    private func eighths(of density: Double) -> Int {
        let top = bounds.y.upperBound
        guard density.isFinite, density > 0 else { return 0 }
        return max(1, min(height * 8, Int((density / top * Double(height * 8)).rounded())))
    }

    /// The y ticks, each on the row where a bar of its density ends; a tick that
    /// shares a row with the one above it is dropped.
    func yTicks(style: TerminalStyle) -> [PlotFrame.Tick] {
        let ticks = AxisTicks(covering: bounds.y, maximumCount: PlotFrame.tickCount(rows: height))
        var result: [PlotFrame.Tick] = []
        for value in ticks.values.reversed() {
            let row = height - 1 - max(0, eighths(of: value) - 1) / 8
            if result.last?.position == row { continue }
            result.append(PlotFrame.Tick(position: row, label: ticks.label(value, unicode: style.unicode)))
        }
        return result
    }

    /// The bars, one column at a time: each column as high as the mean density over
    /// its stretch of x, which is its bin's when the columns split the bins evenly.
    private func drawBars(columns: Int, style: TerminalStyle) -> [PaintedLine] {
        let (densities, bins) = (densities, counts.count)
        let heights = (0..<columns).map { column in
            // Column and bin ends in units of 1/(bins · columns) of the range, so the overlaps are exact.
            let (start, end) = (column * bins, (column + 1) * bins)
            let mean = densities.indices.reduce(0.0) { total, bin in
                let overlap = min(end, (bin + 1) * columns) - max(start, bin * columns)
                return total + (overlap > 0 ? densities[bin] * Double(overlap) : 0)
            } / Double(bins)
            return eighths(of: mean)
        }
        return (0..<height).map { row in
            let floor = (height - 1 - row) * 8
            return PaintedLine(String(heights.map { Self.block(eighths: $0 - floor, unicode: style.unicode) }))
        }
    }

    /// The character for a cell a bar fills `eighths` of from the bottom (none when 0
    /// or less, all when 8 or more).
    private static func block(eighths: Int, unicode: Bool) -> Character {
        let filled = min(8, max(0, eighths))
        guard unicode else { return filled >= 4 ? "#" : filled > 0 ? "_" : " " }
        return Array(" ▁▂▃▄▅▆▇█")[filled]
    }

    /// The bars' entry, when they are named, then each named curve's as a line plot
    /// writes it.
    private func legendEntries(style: TerminalStyle) -> [PaintedLine] {
        let bars = barsName.isEmpty ? [] : [PaintedLine(style.symbol("██", ascii: "##") + " " + barsName)]
        return bars + curves.enumerated().filter { !$0.element.name.isEmpty }.map { index, curve in
            LinePlot.legendEntry(curve, index: index, style: style)
        }
    }
}
