extension Explorer {
    /// A number with `decimals` decimals, its minus written as the workbook writes it.
    /// - Parameters:
    ///   - value: The number.
    ///   - decimals: How many decimals.
    ///   - unicode: Whether to write the minus as "−" (else "-").
    /// - Returns: The text.
    public static func fixed(_ value: Double, _ decimals: Int, unicode: Bool = true) -> String {
        NumberText.write(value, unicode: unicode) { String(format: "%.\(decimals)f", $0) }
    }

    /// `count` evenly spaced values from one end of `range` to the other, both ends included.
    /// - Parameters:
    ///   - range: The ends.
    ///   - count: How many values; fewer than two gives the two ends.
    /// - Returns: The values, in increasing order.
    public static func grid(_ range: ClosedRange<Double>, count: Int) -> [Double] {
        let count = max(2, count)
        return (0..<count).map {
            range.lowerBound + (range.upperBound - range.lowerBound) * Double($0) / Double(count - 1)
        }
    }

    /// Two columns of lines side by side, the left padded to `leftWidth` and a space.
    /// - Parameters:
    ///   - left: The left column's lines, which may hold colour codes.
    ///   - right: The right column's lines.
    ///   - leftWidth: The left column's width in characters, colour codes not counted.
    /// - Returns: As many lines as the longer column has.
    public static func beside(_ left: [String], _ right: [String], leftWidth: Int) -> [String] {
        (0..<max(left.count, right.count)).map { index in
            let line = index < left.count ? left[index] : ""
            let pad = String(repeating: " ", count: max(0, leftWidth - line.withoutEscapeCodes.count) + 1)
            return line + pad + (index < right.count ? right[index] : "")
        }
    }

    /// A plot drawn in `width` columns and at most `lines` lines: the frame takes three
    /// lines and the legend one, and a legend that wraps takes more, so the plot is drawn
    /// again shorter until it fits.
    /// - Parameters:
    ///   - width: The columns the plot may take.
    ///   - lines: The lines it may take.
    ///   - style: The screen's style; its width is replaced by `width`.
    ///   - make: The plot, given the rows its drawing area may take.
    /// - Returns: The plot's lines, at most `lines` of them.
    public static func plot(width: Int, lines: Int, style: TerminalStyle, _ make: (Int) -> LinePlot) -> [String] {
        let narrow = TerminalStyle(colour: style.colour, unicode: style.unicode, width: width)
        var rows = max(2, lines - 4)
        while true {
            let drawn = make(rows).render(style: narrow).components(separatedBy: "\n")
            if drawn.count <= lines || rows == 2 { return Array(drawn.prefix(lines)) }
            rows = max(2, rows - (drawn.count - lines))
        }
    }

    /// A heat map of `surface` over two ranges, with one grid point per cell, drawn in
    /// `width` columns and at most `lines` lines.
    /// - Parameters:
    ///   - xs: The x axis's range.
    ///   - ys: The y axis's range.
    ///   - width: The columns the map may take, tick labels included.
    ///   - lines: The lines it may take: the frame takes four and the legend two.
    ///   - style: The screen's style; its width is replaced by `width`.
    ///   - labels: The x axis's, the y axis's and the shades' labels.
    ///   - mark: The point to mark.
    ///   - valueRange: The values the shades span.
    ///   - surface: z(x, y).
    /// - Returns: The map's lines, at most `lines` of them.
    public static func heatMap(xs: ClosedRange<Double>, ys: ClosedRange<Double>, width: Int, lines: Int,
                               style: TerminalStyle, labels: (x: String, y: String, value: String),
                               mark: HeatMap.Mark, valueRange: ClosedRange<Double>,
                               surface: (_ x: Double, _ y: Double) -> Double) -> [String] {
        let narrow = TerminalStyle(colour: style.colour, unicode: style.unicode, width: width)
        let rows = max(3, lines - 6)
        // The columns the tick labels leave decide the grid: a surface's value can cost a
        // pass over hundreds of data, so no point is computed that no cell shows.
        let shape = HeatMap(xs: [xs.lowerBound, xs.upperBound], ys: [ys.lowerBound, ys.upperBound],
                            values: [], width: width, height: rows)
        let map = HeatMap(xs: grid(xs, count: shape.drawingWidth(style: narrow)), ys: grid(ys, count: rows),
                          width: width, height: rows, xLabel: labels.x, yLabel: labels.y,
                          valueLabel: labels.value, mark: mark, valueRange: valueRange, surface: surface)
        return Array(map.render(style: narrow).components(separatedBy: "\n").prefix(lines))
    }

    /// A curve over one parameter as the explorers draw it: the curve, its highest point as
    /// a point of its own (so that it shows when the cursor is elsewhere), the optimiser's
    /// path as points, and the cursor marked.
    /// - Parameters:
    ///   - curve: The curve's name and function.
    ///   - grid: The parameter values it is drawn over.
    ///   - top: The name and parameter value of its highest point.
    ///   - path: Where the optimiser has been.
    ///   - cursor: The cursor's parameter value.
    ///   - width: The drawing area's width.
    ///   - height: The drawing area's height.
    ///   - xLabel: The parameter's label.
    /// - Returns: The plot.
    public static func explored(_ curve: (name: String, f: (Double) -> Double), over grid: [Double],
                                top: (name: String, at: Double), path: [Double], cursor: Double,
                                width: Int, height: Int, xLabel: String) -> LinePlot {
        var series = [LinePlot.Series(name: curve.name, points: grid.map { ($0, curve.f($0)) }),
                      LinePlot.Series(name: top.name, points: [(top.at, curve.f(top.at))], drawn: .points)]
        if !path.isEmpty {
            series.append(LinePlot.Series(name: "the path", points: path.map { ($0, curve.f($0)) }, drawn: .points))
        }
        return LinePlot(series: series, width: width, height: height, xLabel: xLabel, yLabel: "",
                        mark: (cursor, curve.f(cursor)))
    }
}
