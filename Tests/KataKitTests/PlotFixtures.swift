import Foundation
import KataKit

/// Styles and plots shared by the plot tests: the workbook's own kinds of figure.
enum PlotFixture {
    static let ascii80 = TerminalStyle(colour: false, unicode: false, width: 80)
    static let unicode80 = TerminalStyle(colour: false, unicode: true, width: 80)
    static let ascii120 = TerminalStyle(colour: false, unicode: false, width: 120)
    static let unicode120 = TerminalStyle(colour: false, unicode: true, width: 120)
    static let colour80 = TerminalStyle(colour: true, unicode: true, width: 80)

    /// The styles golden files are kept for, with the name each file gets.
    static let goldenStyles: [(name: String, style: TerminalStyle)] = [
        ("unicode-80", unicode80), ("ascii-80", ascii80), ("unicode-120", unicode120), ("ascii-120", ascii120),
    ]

    /// θ, or `theta` where the output must be pure ASCII.
    static func theta(_ style: TerminalStyle) -> String { style.unicode ? "θ" : "theta" }

    /// The coin-flip likelihood θ⁹(1 − θ)⁴ on θ = 0, 0.01, …, 1, its grid maximum marked.
    static func likelihood(style: TerminalStyle, width: Int? = nil) -> LinePlot {
        let grid = (0...100).map { Double($0) / 100 }
        let values = grid.map { pow($0, 9) * pow(1 - $0, 4) }
        let peak = values.indices.max { values[$0] < values[$1] } ?? 0
        let t = theta(style)
        return LinePlot(points: Array(zip(grid, values)), width: width ?? style.width - 20, height: 14,
                        xLabel: t, yLabel: "L(\(t)) = \(t)^9 (1 - \(t))^4", mark: (grid[peak], values[peak]))
    }

    /// The log-likelihood and its quadratic approximation at the maximum: two
    /// series, one of them −∞ at θ = 0 and θ = 1.
    static func logLikelihood(style: TerminalStyle, width: Int? = nil) -> LinePlot {
        let grid = (0...100).map { Double($0) / 100 }
        let best = 9.0 / 13
        let curvature = 9 / (best * best) + 4 / ((1 - best) * (1 - best))
        let top = 9 * log(best) + 4 * log(1 - best)
        let t = theta(style)
        return LinePlot(series: [
            .init(name: "log L(\(t))", points: grid.map { ($0, 9 * log($0) + 4 * log(1 - $0)) }),
            .init(name: "quadratic at the maximum", points: grid.map { ($0, top - curvature / 2 * ($0 - best) * ($0 - best)) }),
        ], width: width ?? style.width - 20, height: 12, xLabel: t, yLabel: "log L", mark: (best, top))
    }

    /// The binomial probabilities of 0 to 13 heads at θ = 0.69.
    static func binomial(style: TerminalStyle, width: Int? = nil) -> BarChart {
        let bars = (0...13).map { heads -> (label: String, value: Double) in
            let ways = exp(lgamma(14) - lgamma(Double(heads + 1)) - lgamma(Double(14 - heads)))
            return ("\(heads) heads", ways * pow(0.69, Double(heads)) * pow(0.31, Double(13 - heads)))
        }
        return BarChart(bars: bars, width: width ?? style.width - 30, categoryLabel: "heads in 13 flips",
                        valueLabel: "probability at \(theta(style)) = 0.69")
    }

    /// The log-likelihood of a small normal sample over (μ, σ), −∞ at σ = 0.
    static func normalSurface(style: TerminalStyle, width: Int? = nil, columns: Int = 61, rows: Int = 41) -> HeatMap {
        let sample = [4.2, 5.1, 3.9, 6.0, 5.5, 4.8, 5.2, 4.4, 6.3, 5.0]
        let mus = (0..<columns).map { 3.5 + 3 * Double($0) / Double(columns - 1) }
        let sigmas = (0..<rows).map { 2 * Double($0) / Double(rows - 1) }
        return HeatMap(xs: mus, ys: sigmas, width: width ?? style.width - 20, height: 16,
                       xLabel: style.unicode ? "μ" : "mu", yLabel: style.unicode ? "σ" : "sigma",
                       valueLabel: "log L", valueRange: -40 ... -11) { mu, sigma in
            sample.reduce(0) { total, x in
                total - log(sigma) - 0.5 * log(2 * .pi) - (x - mu) * (x - mu) / (2 * sigma * sigma)
            }
        }
    }

    /// 2000 draws from N(0.7, 0.15²) in 30 bins over 0.2...1.2 (a few fall outside),
    /// under the density they were drawn from.
    static func normalSample(style: TerminalStyle, width: Int? = nil) -> Histogram {
        var generator = NumPyRandom(seed: 7)
        let sample = generator.normal(mean: 0.7, standardDeviation: 0.15, count: 2000)
        let curve = (0...200).map { index -> (x: Double, y: Double) in
            let x = 0.2 + Double(index) / 200
            return (x, exp(-(x - 0.7) * (x - 0.7) / (2 * 0.15 * 0.15)) / (0.15 * (2 * .pi).squareRoot()))
        }
        return Histogram(values: sample, bins: 30, range: 0.2...1.2, width: width ?? style.width - 18, height: 12,
                         xLabel: style.unicode ? "θ̂ over 2000 samples" : "theta-hat over 2000 samples",
                         barsName: "estimates", curves: [LinePlot.Series(name: style.unicode ? "N(0.7, 0.15²)" : "N(0.7, 0.15^2)",
                                                                         points: curve)])
    }

    /// The lines of a rendered plot.
    static func lines(_ text: String) -> [String] {
        text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    }

    /// `text` without ANSI colour codes.
    static func withoutColour(_ text: String) -> String {
        text.replacingOccurrences(of: "\u{1B}\\[[0-9;]*m", with: "", options: .regularExpression)
    }
}
