extension HeatMap {
    /// Draws the map.
    /// - Parameter style: Block shades when `style.unicode`, ASCII otherwise; a
    ///   colour per shade when `style.colour`, though the shades read without it.
    /// - Returns: The map's lines joined by newlines, without a final newline.
    public func render(style: TerminalStyle) -> String {
        let columns = drawingWidth(style: style)
        let (xRange, yRange) = bounds
        var body = drawSurface(columns: columns, style: style)
        if let point = markedPoint, let cell = cell(of: point, style: style) {
            body[cell.row].write(style.symbol("●", ascii: "X"), at: cell.column, paint: [.bold, .magenta])
        }
        let xTicks = AxisTicks(covering: xRange, maximumCount: PlotFrame.tickCount(columns: columns))
        let frameXTicks = xTicks.values.compactMap { value in
            cell(of: (value, yRange.lowerBound), style: style).map {
                PlotFrame.Tick(position: $0.column, label: xTicks.label(value, unicode: style.unicode))
            }
        }
        let frame = PlotFrame(body: body, yTicks: yTicks(style: style), xTicks: frameXTicks, xMark: nil,
                              yLabel: yLabel, xLabel: xLabel)
        let lines = frame.lines(unicode: style.unicode)
            + PaintedLine.fitted(legend(indent: frame.margin + 1, style: style), to: style.width)
        return lines.map { $0.rendered(style: style) }.joined(separator: "\n")
    }

    /// The drawing area: each cell shaded by the grid point nearest its middle; the
    /// first and last rows and columns sit on the grid's edges.
    private func drawSurface(columns: Int, style: TerminalStyle) -> [PaintedLine] {
        let ramp = Self.ramp(unicode: style.unicode)
        let (xRange, yRange) = bounds
        let (xSpan, ySpan) = (xRange.upperBound - xRange.lowerBound, yRange.upperBound - yRange.lowerBound)
        return (0..<height).map { row in
            let y = yRange.upperBound - Double(row) / Double(height - 1) * ySpan
            var line = PaintedLine()
            for column in 0..<columns {
                let value = nearestValue(x: xRange.lowerBound + Double(column) / Double(columns - 1) * xSpan, y: y)
                guard value.isFinite else { line.append(" "); continue }
                let level = shade(of: value, levels: ramp.count)
                line.append(String(ramp[level]), paint: Self.paint(level: level, levels: ramp.count))
            }
            return line
        }
    }

    /// The legend: the ramp and the values at its ends, the mark, and what blank means.
    private func legend(indent: Int, style: TerminalStyle) -> [PaintedLine] {
        let pad = String(repeating: " ", count: indent)
        let ramp = Self.ramp(unicode: style.unicode)
        let range = shadedRange
        var shades = PaintedLine(pad)
        for (level, character) in ramp.enumerated() {
            shades.append(String(character), paint: Self.paint(level: level, levels: ramp.count))
        }
        let name = valueLabel.isEmpty ? "" : valueLabel + " "
        let digits = PlotNumber.digits(telling: range.lowerBound, from: range.upperBound)
        shades.append("  \(name)from \(PlotNumber.short(range.lowerBound, unicode: style.unicode, digits: digits))"
            + " (\(ramp[0])) to \(PlotNumber.short(range.upperBound, unicode: style.unicode, digits: digits)) (\(ramp[ramp.count - 1]))")
        var lines = [shades]
        if let point = markedPoint {
            var line = PaintedLine(pad)
            line.append(style.symbol("●", ascii: "X"), paint: [.bold, .magenta])
            let (x, y) = (AxisTicks(covering: bounds.x), AxisTicks(covering: bounds.y))
            let at = "\(xLabel.isEmpty ? "x" : xLabel) = \(x.preciseLabel(point.x, unicode: style.unicode)), "
                + "\(yLabel.isEmpty ? "y" : yLabel) = \(y.preciseLabel(point.y, unicode: style.unicode))"
            if mark == .maximum, let maximum {
                line.append(" maximum \(name)\(PlotNumber.short(maximum.value, unicode: style.unicode, digits: digits)) at \(at)")
            } else {
                line.append(" marks \(at)")
            }
            lines.append(line)
        }
        if hasGaps {
            let infinity = style.symbol("−∞", ascii: "-inf")
            lines.append(PaintedLine(pad + "blank: not finite (\(infinity), or not a number)"))
        }
        return lines
    }

    /// The y ticks and the rows they fall on; a tick that shares a row with the one
    /// above it is dropped.
    func yTicks(style: TerminalStyle) -> [PlotFrame.Tick] {
        let yRange = bounds.y
        let ticks = AxisTicks(covering: yRange, maximumCount: PlotFrame.tickCount(rows: height))
        var result: [PlotFrame.Tick] = []
        for value in ticks.values.reversed() {
            // As in cell(of:), which cannot be used here: it needs the width, which needs these labels.
            let fraction = (yRange.upperBound - value) / (yRange.upperBound - yRange.lowerBound)
            let row = Int((fraction * Double(height - 1)).rounded())
            if result.last?.position == row { continue }
            result.append(PlotFrame.Tick(position: row, label: ticks.label(value, unicode: style.unicode)))
        }
        return result
    }

    /// The value at the grid point nearest (x, y).
    private func nearestValue(x: Double, y: Double) -> Double {
        guard let i = Self.nearestIndex(to: x, in: xs), let j = Self.nearestIndex(to: y, in: ys) else { return .nan }
        return values[j][i]
    }

    private static func nearestIndex(to value: Double, in sorted: [Double]) -> Int? {
        sorted.indices.min { abs(sorted[$0] - value) < abs(sorted[$1] - value) }
    }

    private static func ramp(unicode: Bool) -> [Character] {
        Array(unicode ? "·░▒▓█" : ".:-=+*#%@")
    }

    /// A colour per shade, cold to hot, used only when colour is on.
    private static func paint(level: Int, levels: Int) -> [TerminalStyle.Paint] {
        let colours: [TerminalStyle.Paint] = [.blue, .cyan, .green, .yellow, .red]
        return [colours[min(colours.count - 1, level * colours.count / levels)]]
    }
}
