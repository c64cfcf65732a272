import Foundation
import MLETutorialData

/// `kata explore 10.2.3`: the negative log-likelihood (or the MSE) of the tutorial's
/// line over its slope m, the intercept held at b̂ and the noise σ at a level you set,
/// beside the line at the cursor's slope drawn through the data, all computed with the
/// kata's own functions (the reference's, or with `--mine` the learner's).
struct RegressionExplorer: Explorer {
    /// Which loss the left plot draws over m.
    enum Loss: String {
        /// n/2 · ln(2πσ²) + RSS/(2σ²), at the cursor's σ.
        case negativeLogLikelihood = "NLL"
        /// RSS/n.
        case meanSquaredError = "MSE"
    }

    /// The slopes the plot spans and the cursor keeps to.
    static let slopes = 2.0...4.0
    /// The noise levels σ the cursor keeps to.
    static let sigmas = 0.25...10.0

    /// Whose functions draw the view.
    let maths: any RegressionExercises
    /// The tutorial's hundred points, y = 3x + 7 + noise.
    let x: [Double], y: [Double]
    /// The cursor's slope.
    var slope = 2.5
    /// The noise level σ the negative log-likelihood is taken at.
    var sigma = 2.0
    /// The loss drawn over m.
    var loss = Loss.negativeLogLikelihood

    /// The view with a solution's functions.
    init(maths: any RegressionExercises) {
        self.maths = maths
        (x, y) = storyData()
    }

    /// The view's name, with what it is drawn over.
    var title: String { "Kata 10.2.3 · explore the \(loss.rawValue) of a line over its slope" }
    /// As 10.2.1's: 64×24.
    var minimumSize: (width: Int, height: Int) { (64, 24) }
    /// The keys, as the bottom lines show them.
    var keyHelp: [(key: String, does: String)] {
        [("←→", "m ∓ 0.05"), ("↑↓", "σ ± 0.25"), ("m", "to m̂"), ("s", "σ to σ̂"),
         ("l", loss == .negativeLogLikelihood ? "plot the MSE" : "plot the NLL"), ("q", "quit")]
    }

    /// Does what `key` asks; q quits.
    mutating func handle(_ key: ExplorerKey) -> Bool {
        switch key {
        case .left: slope = Self.clamp(slope - 0.05, Self.slopes)
        case .right: slope = Self.clamp(slope + 0.05, Self.slopes)
        case .down: sigma = Self.clamp(sigma - 0.25, Self.sigmas)
        case .up: sigma = Self.clamp(sigma + 0.25, Self.sigmas)
        case .character("m"): slope = Self.clamp(maths.leastSquares(x: x, y: y).slope, Self.slopes)
        case .character("s"): sigma = Self.clamp(maths.noiseVariance(x: x, y: y).squareRoot(), Self.sigmas)
        case .character("l"): loss = loss == .negativeLogLikelihood ? .meanSquaredError : .negativeLogLikelihood
        case .character("q"): return false
        default: break
        }
        return true
    }

    /// `value` kept inside `range`; a value that is not a number goes to the range's middle.
    static func clamp(_ value: Double, _ range: ClosedRange<Double>) -> Double {
        guard !value.isNaN else { return (range.lowerBound + range.upperBound) / 2 }
        return min(max(value, range.lowerBound), range.upperBound)
    }

    /// The readouts over the plots, in `width` × `height`.
    func body(width: Int, height: Int, style: TerminalStyle) -> [String] {
        let fit = maths.leastSquares(x: x, y: y)
        let noise = maths.noiseVariance(x: x, y: y).squareRoot()
        let nll = { maths.negativeLogLikelihood(x: self.x, y: self.y, slope: $0, intercept: fit.intercept,
                                                sigma: self.sigma) }
        let mse = { maths.meanSquaredError(x: x, y: y, slope: $0, intercept: fit.intercept) }
        let text = { Self.text($0, unicode: style.unicode) }
        let fixed = { Self.fixed($0, $1, unicode: style.unicode) }
        let readouts = Self.pack([
            "m = \(fixed(slope, 2))", "b = b̂ = \(fixed(fit.intercept, 4))", "σ = \(fixed(sigma, 2))",
            "NLL = \(text(nll(slope)))", "MSE = \(text(mse(slope)))",
        ], width: width) + Self.pack([
            "m̂ = \(fixed(fit.slope, 4))", "σ̂ = √(RSS/n) = \(fixed(noise, 4))",
            "NLL − NLL(m̂) = \(text(nll(slope) - nll(fit.slope)))",
            "MSE − MSE(m̂) = \(text(mse(slope) - mse(fit.slope)))",
        ], width: width) + wrap("NLL = n/2 · ln(2πσ²) + n · MSE/(2σ²): the bottom is m̂ at every σ", width: width)
        let room = max(10, height - readouts.count - 1)
        let right = max(26, width / 2)
        let left = width - right - 1
        let curve = loss == .negativeLogLikelihood ? nll : mse
        let (low, high) = (Self.slopes.lowerBound, Self.slopes.upperBound)
        let grid = (0...100).map { low + (high - low) * Double($0) / 100 }
        let name = loss == .negativeLogLikelihood ? "NLL(m), σ = \(fixed(sigma, 2))" : "MSE(m)"
        let lossPlot = Self.plot(width: left, lines: room, style: style) { rows in
            LinePlot(series: [LinePlot.Series(name: name, points: grid.map { ($0, curve($0)) }),
                              LinePlot.Series(name: "m̂", points: [(fit.slope, curve(fit.slope))], drawn: .points)],
                     width: left, height: rows, xLabel: "slope m (b = b̂)", yLabel: "", mark: (slope, curve(slope)))
        }
        let ends = [0.0, 10.0]
        let fitPlot = Self.plot(width: right, lines: room, style: style) { rows in
            LinePlot(series: [LinePlot.Series(name: "y = \(fixed(slope, 2))x + b̂",
                                              points: ends.map { ($0, slope * $0 + fit.intercept) }),
                              LinePlot.Series(name: "the data", points: Array(zip(x, y)), drawn: .points)],
                     width: right, height: rows, xLabel: "x", yLabel: "")
        }
        return readouts + [""] + Self.beside(lossPlot, fitPlot, leftWidth: left)
    }
}
