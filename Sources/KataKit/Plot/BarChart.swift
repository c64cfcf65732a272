/// Horizontal bars drawn in the terminal, one per category, with the value printed
/// at the end of each bar and a value axis with round ticks underneath.
///
/// ```swift
/// let chart = BarChart(bars: (0...13).map { ("\($0) heads", probability(of: $0)) },
///                      valueLabel: "probability")
/// show(chart)   // in a story step: drawn here, and as SVG in the Docs
/// ```
///
/// Bars start at zero and the longest is ``width`` cells long. In Unicode a bar ends
/// in an eighth block (`▏▎▍▌▋▊▉`), so lengths are drawn to an eighth of a cell; in
/// ASCII bars are `#` rounded to whole cells. A bar whose value is negative or not
/// finite is drawn empty: the chart measures sizes from zero, and its printed value
/// still shows the sign. The highlighted bar (the largest by default) carries `◀`
/// (`<` in ASCII) after its value.
public struct BarChart: Sendable {
    /// Which bar to highlight.
    public enum Highlight: Sendable, Equatable {
        /// The bar with the largest finite value (the first of equal largest ones);
        /// none when all the finite values are equal, as nothing stands out.
        case maximum
        /// The bar at this index of ``BarChart/bars``.
        case bar(Int)
    }

    /// The bars, top to bottom: each category's label and value.
    public var bars: [(label: String, value: Double)]
    /// The length in character cells of the longest bar. A narrower style shrinks
    /// it to fit (see ``barWidth(style:)``).
    public var width: Int
    /// The label above the category labels, such as `heads`.
    public var categoryLabel: String
    /// The label under the value axis, such as `probability`.
    public var valueLabel: String
    /// The bar to highlight, if any.
    public var highlight: Highlight?
    /// Formats the values printed after the bars; `nil` (the default) writes three
    /// significant digits.
    public var valueFormat: (@Sendable (Double) -> String)?

    /// Creates a bar chart.
    /// - Parameters:
    ///   - bars: The bars, top to bottom: each category's label and value.
    ///   - width: The length in character cells of the longest bar.
    ///   - categoryLabel: The label above the category labels.
    ///   - valueLabel: The label under the value axis.
    ///   - highlight: The bar to highlight; the largest by default, `nil` for none.
    ///   - valueFormat: Formats the values printed after the bars.
    public init(bars: [(label: String, value: Double)], width: Int = 50, categoryLabel: String = "",
                valueLabel: String = "", highlight: Highlight? = .maximum,
                valueFormat: (@Sendable (Double) -> String)? = nil) {
        self.bars = bars
        self.width = max(1, width)
        self.categoryLabel = categoryLabel
        self.valueLabel = valueLabel
        self.highlight = highlight
        self.valueFormat = valueFormat
    }

    /// The index of the highlighted bar, or `nil` when there is none (no highlight
    /// asked, no finite value, or an index out of range).
    public var highlightedIndex: Int? {
        switch highlight {
        case .maximum?:
            let finite = bars.indices.filter { bars[$0].value.isFinite }
            guard Set(finite.map { bars[$0].value }).count > 1 else { return nil }
            return finite.max { bars[$0].value < bars[$1].value || (bars[$0].value == bars[$1].value && $0 > $1) }
        case .bar(let index)?:
            return bars.indices.contains(index) ? index : nil
        case nil:
            return nil
        }
    }

    /// The value a full-width bar stands for: the largest finite value, or 1 when no
    /// value is positive (then every bar is empty).
    public var scale: Double {
        let largest = bars.map(\.value).filter(\.isFinite).max() ?? 0
        return largest > 0 ? largest : 1
    }

    /// The round ticks on the value axis, from 0 to ``scale``: as many as fit
    /// without crowding, at most 6.
    /// - Parameter style: The style the chart is drawn in; it may shorten the bars.
    /// - Returns: The ticks.
    public func ticks(style: TerminalStyle) -> AxisTicks {
        AxisTicks(covering: 0...scale, maximumCount: PlotFrame.tickCount(columns: barWidth(style: style)))
    }

    /// The longest bar's length in `style`: ``width``, or less when the chart would
    /// not fit in `style.width` columns with its labels and values.
    /// - Parameter style: The style the chart is drawn in.
    /// - Returns: The length in character cells, at least 10.
    public func barWidth(style: TerminalStyle) -> Int {
        let labels = bars.map(\.label.count).max() ?? 0
        let values = bars.map { valueText($0.value, style: style).count }.max() ?? 0
        // Label, the axis, a space, the value and the highlight's " ◀".
        let room = style.width - labels - 1 - 1 - values - 2
        return max(min(width, 10), min(width, room))
    }

    /// The length of bar `index` in eighths of a cell, as drawn in Unicode.
    /// - Parameters:
    ///   - index: The bar's index in ``bars``.
    ///   - style: The style the chart is drawn in; it sets the longest bar's length.
    /// - Returns: The length in eighths; ASCII rounds it to whole cells.
    public func eighths(ofBar index: Int, style: TerminalStyle) -> Int {
        let value = bars[index].value
        guard value.isFinite, value > 0 else { return 0 }
        return Int((min(value, scale) / scale * Double(barWidth(style: style) * 8)).rounded())
    }

    /// Draws the chart.
    /// - Parameter style: Block characters when `style.unicode`, `#` otherwise; the
    ///   highlighted bar in colour when `style.colour`, though it is marked without it.
    /// - Returns: The chart's lines joined by newlines, without a final newline.
    public func render(style: TerminalStyle) -> String {
        let columns = barWidth(style: style)
        let labelWidth = max(bars.map(\.label.count).max() ?? 0, 1)
        let highlighted = highlightedIndex
        var lines = categoryLabel.isEmpty ? [] : [PaintedLine(categoryLabel)]
        for (index, bar) in bars.enumerated() {
            let paint: [TerminalStyle.Paint] = index == highlighted ? [.bold, .yellow] : [.cyan]
            var line = PaintedLine(String(repeating: " ", count: labelWidth - bar.label.count) + bar.label)
            line.append(style.symbol(" │", ascii: " |"))
            line.append(drawnBar(eighths: eighths(ofBar: index, style: style), unicode: style.unicode), paint: paint)
            line.append(" ")
            line.append(valueText(bar.value, style: style), paint: index == highlighted ? [.bold] : [])
            if index == highlighted { line.append(style.symbol(" ◀", ascii: " <"), paint: paint) }
            lines.append(line)
        }
        let ticks = ticks(style: style)
        let axisTicks = ticks.values.map { value in
            // A tick stands under the last cell of a bar of its value, so a bar that
            // reaches a tick ends right above it; zero is the axis's corner.
            let place = value / scale * Double(columns)
            return PlotFrame.Tick(position: min(columns - 1, max(-1, Int(place.rounded(.up)) - 1)),
                                  label: ticks.label(value, unicode: style.unicode))
        }
        let axis = PlotFrame.xAxis(columns: columns, ticks: axisTicks, mark: nil, unicode: style.unicode,
                                   indent: labelWidth + 1)
        lines += [axis.rule, axis.labels]
        if !valueLabel.isEmpty {
            let centre = labelWidth + 2 + max(0, (columns - valueLabel.count) / 2)
            lines.append(PaintedLine(String(repeating: " ", count: centre) + valueLabel))
        }
        return lines.map { $0.rendered(style: style) }.joined(separator: "\n")
    }

    private func valueText(_ value: Double, style: TerminalStyle) -> String {
        valueFormat?(value) ?? PlotNumber.short(value, unicode: style.unicode)
    }

    private func drawnBar(eighths: Int, unicode: Bool) -> String {
        guard unicode else { return String(repeating: "#", count: (eighths + 4) / 8) }
        let partial = ["", "▏", "▎", "▍", "▌", "▋", "▊", "▉"][eighths % 8]
        return String(repeating: "█", count: eighths / 8) + partial
    }
}
