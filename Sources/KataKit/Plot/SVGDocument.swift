/// A standalone SVG document under construction: an XML header, a white background,
/// then elements in drawing order.
///
/// Every attribute value and every text goes through ``escape(_:)``, and every
/// number through ``PlotNumber/svg(_:)``, so a label such as `P(x < 3 & y)` cannot
/// break the XML and the same plot writes the same bytes everywhere.
struct SVGDocument {
    /// The width in pixels.
    let width: Int
    /// The height in pixels.
    let height: Int
    private var elements: [String] = []

    /// Starts a document with a white background.
    /// - Parameters:
    ///   - width: The width in pixels.
    ///   - height: The height in pixels.
    ///   - title: The document's title, for screen readers and browser tabs.
    init(width: Int, height: Int, title: String) {
        self.width = max(1, width)
        self.height = max(1, height)
        if !title.isEmpty { elements.append("<title>\(Self.escape(title))</title>") }
        add("rect", ["width": "100%", "height": "100%", "fill": "white"])
    }

    /// Adds an element.
    /// - Parameters:
    ///   - name: The element's name, such as `rect`.
    ///   - attributes: Its attributes; they are written sorted by name, so the output
    ///     does not depend on dictionary order.
    ///   - text: Its text content, if any.
    mutating func add(_ name: String, _ attributes: [String: String], text: String? = nil) {
        let written = attributes.sorted { $0.key < $1.key }.map { " \($0.key)=\"\(Self.escape($0.value))\"" }.joined()
        if let text {
            elements.append("<\(name)\(written)>\(Self.escape(text))</\(name)>")
        } else {
            elements.append("<\(name)\(written)/>")
        }
    }

    /// Opens a group whose attributes apply to the elements added until ``endGroup()``.
    mutating func beginGroup(_ attributes: [String: String]) {
        let written = attributes.sorted { $0.key < $1.key }.map { " \($0.key)=\"\(Self.escape($0.value))\"" }.joined()
        elements.append("<g\(written)>")
    }

    /// Closes the group ``beginGroup(_:)`` opened.
    mutating func endGroup() {
        elements.append("</g>")
    }

    /// Adds a straight line.
    mutating func line(from start: (x: Double, y: Double), to end: (x: Double, y: Double),
                       stroke: String, width: Double = 1, dash: String = "") {
        var attributes = ["x1": PlotNumber.svg(start.x), "y1": PlotNumber.svg(start.y),
                          "x2": PlotNumber.svg(end.x), "y2": PlotNumber.svg(end.y),
                          "stroke": stroke, "stroke-width": PlotNumber.svg(width)]
        if !dash.isEmpty { attributes["stroke-dasharray"] = dash }
        add("line", attributes)
    }

    /// Adds a rectangle.
    mutating func rect(x: Double, y: Double, width: Double, height: Double, fill: String,
                       stroke: String = "", opacity: Double = 1) {
        var attributes = ["x": PlotNumber.svg(x), "y": PlotNumber.svg(y),
                          "width": PlotNumber.svg(max(0, width)), "height": PlotNumber.svg(max(0, height)), "fill": fill]
        if !stroke.isEmpty { attributes["stroke"] = stroke }
        if opacity < 1 { attributes["fill-opacity"] = PlotNumber.svg(opacity) }
        add("rect", attributes)
    }

    /// Adds a text, anchored `start`, `middle` or `end` at (x, y) on its baseline,
    /// optionally turned a quarter anticlockwise to run up the page.
    mutating func text(_ text: String, x: Double, y: Double, anchor: String = "start", size: Double = 12,
                       bold: Bool = false, fill: String = "#222", vertical: Bool = false) {
        var attributes = ["x": PlotNumber.svg(x), "y": PlotNumber.svg(y), "font-size": PlotNumber.svg(size),
                          "text-anchor": anchor, "fill": fill]
        if bold { attributes["font-weight"] = "bold" }
        if vertical { attributes["transform"] = "rotate(-90 \(PlotNumber.svg(x)) \(PlotNumber.svg(y)))" }
        add("text", attributes, text: text)
    }

    /// The finished document.
    func rendered() -> String {
        """
        <?xml version="1.0" encoding="UTF-8"?>
        <svg xmlns="http://www.w3.org/2000/svg" width="\(width)" height="\(height)" \
        viewBox="0 0 \(width) \(height)" font-family="DejaVu Sans, Helvetica, Arial, sans-serif">
        \(elements.joined(separator: "\n"))
        </svg>

        """
    }

    /// `text` with the five characters that XML reserves written as entities, and
    /// the control characters that XML 1.0 forbids left out.
    static func escape(_ text: String) -> String {
        var escaped = ""
        for character in text {
            if let scalar = character.unicodeScalars.first, scalar.value < 0x20, !"\t\n\r".contains(character) { continue }
            switch character {
            case "&": escaped += "&amp;"
            case "<": escaped += "&lt;"
            case ">": escaped += "&gt;"
            case "\"": escaped += "&quot;"
            case "'": escaped += "&apos;"
            default: escaped.append(character)
            }
        }
        return escaped
    }
}
