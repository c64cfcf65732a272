/// A plot a story can show: drawn in the terminal as the story runs, and written as
/// SVG next to the rendered workbook's pages.
public protocol StoryPlot: Sendable {
    /// Draws the plot for a terminal.
    /// - Parameter style: Colour, Unicode and the width to fit in.
    /// - Returns: The plot's lines joined by newlines.
    func render(style: TerminalStyle) -> String

    /// The same plot as a standalone SVG document.
    /// - Parameters:
    ///   - width: The document's width in pixels.
    ///   - height: The document's height in pixels.
    ///   - title: A title drawn above the plot, or none when empty.
    /// - Returns: The SVG text.
    func svg(width: Int, height: Int, title: String) -> String
}

extension LinePlot: StoryPlot {}
extension BarChart: StoryPlot {}
extension HeatMap: StoryPlot {}
extension Histogram: StoryPlot {}
