import Foundation

/// The fixed colours of SVG plots.
///
/// Series use the Okabe–Ito colours, which colour-blind readers can tell apart; heat
/// maps use viridis, whose lightness rises steadily from low to high so the surface
/// also reads in greyscale.
enum SVGPalette {
    /// The colour of series `index`: blue, vermilion, bluish green, reddish purple.
    static func series(_ index: Int) -> String {
        ["#0072B2", "#D55E00", "#009E73", "#CC79A7"][index % 4]
    }

    /// The dash pattern of series `index`: solid first, so that the series also
    /// differ in print.
    static func dash(_ index: Int) -> String {
        ["", "7 4", "2 3", "9 3 2 3"][index % 4]
    }

    /// The colour of a histogram's bars: a pale grey-blue, so that the series colours
    /// of the curves drawn over them stand out.
    static let bars = "#B9C7D6"

    /// The colour for the highlighted bar and the marked point.
    static let highlight = "#D55E00"

    /// Viridis at nine evenly spaced points, from matplotlib's table.
    private static let viridis: [(red: Double, green: Double, blue: Double)] = [
        (0x44, 0x01, 0x54), (0x47, 0x2C, 0x7A), (0x3B, 0x51, 0x8B), (0x2C, 0x71, 0x8E), (0x21, 0x90, 0x8D),
        (0x27, 0xAD, 0x81), (0x5C, 0xC8, 0x63), (0xAA, 0xDC, 0x32), (0xFD, 0xE7, 0x25),
    ]

    /// The viridis colour at `fraction` (0 dark purple, 1 yellow), interpolated
    /// between the table's points, as `#rrggbb`.
    static func viridis(_ fraction: Double) -> String {
        let clamped = fraction.isFinite ? min(1, max(0, fraction)) : 0
        let place = clamped * Double(viridis.count - 1)
        let index = min(viridis.count - 2, Int(place))
        let (low, high, t) = (viridis[index], viridis[index + 1], place - Double(index))
        let channels = [(low.red, high.red), (low.green, high.green), (low.blue, high.blue)]
        return "#" + channels.map { String(format: "%02X", Int(($0.0 + ($0.1 - $0.0) * t).rounded())) }.joined()
    }
}
