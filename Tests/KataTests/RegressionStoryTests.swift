import Foundation
@testable import RegressionKata
import KataKit
import Testing

@Suite("Kata 10.2.3, MLE = MSE: the story")
struct RegressionStoryTests {
    /// The story as told to a plain 80-column terminal.
    static let told = StoryTranscript(regressionKata)

    @Test("told with another noise level, every claim holds, and the fit is numpy's for that noise",
          arguments: [0.1, 10])
    func otherNoise(sigma: Double) {
        let told = StoryTranscript(regressionKata, settings: [noiseLevel.name: sigma])
        #expect(told.failedClaims.isEmpty, "noise_sd = \(sigma)")
        #expect(told.text.contains("np.random.normal(0, \(StoryParameter.text(sigma)), 100)"))
        if sigma == 10 {
            // python3 -c "import numpy as np; np.random.seed(42); np.random.normal(5, 2, 50)
            // x = np.random.uniform(0, 10, 100); y = 3*x + 7 + np.random.normal(0, 10, 100)
            // m, b = np.polyfit(x, y, 1); print(repr(m), repr(b), repr(np.mean((y - m*x - b)**2)))"   (numpy 2.4.6)
            let (slope, intercept, variance) = (3.1467103974007693, 7.015560781923659, 97.91848239975852)
            #expect(told.text.contains("m̂ = \(String(format: "%.4f", slope)) and b̂ = \(String(format: "%.4f", intercept))"))
            #expect(told.text.replacingOccurrences(of: "\n", with: " ").contains("σ̂² = \(String(format: "%.4f", variance))"))
        }
    }
    /// The reference values: numpy and scipy, from Reference/regression.py.
    typealias Numpy = RegressionReference

    @Test("every claim the story makes holds")
    func claimsHold() {
        #expect(Self.told.failedClaims.isEmpty, "\(Self.told.failedClaims)")
        #expect(Self.told.claims >= 10)
    }

    @Test("the story's data are the tutorial's, point for point")
    func data() {
        let (x, y) = storyData()
        #expect(x.count == 100 && y.count == 100)
        #expect(Array(x.prefix(5)) == Numpy.firstX)
        #expect(Array(y.prefix(5)) == Numpy.firstY)
    }

    @Test("the reference agrees with numpy on the least-squares line and σ̂²")
    func referenceMatchesNumpy() {
        let maths = ReferenceSolution()
        let (x, y) = storyData()
        let line = maths.leastSquares(x: x, y: y)
        // numpy solves by SVD and sums pairwise, Swift in order: the last bits may differ.
        let close = { (a: Double, b: Double) in abs(a - b) <= 1e-13 * abs(b) }
        #expect(close(line.slope, Numpy.slope))
        #expect(close(line.intercept, Numpy.intercept))
        #expect(close(maths.noiseVariance(x: x, y: y), Numpy.varianceEstimate))
        #expect(close(maths.meanSquaredError(x: x, y: y, slope: Numpy.slope, intercept: Numpy.intercept),
                      Numpy.varianceEstimate))
    }

    @Test("Nelder-Mead on the reference NLL takes scipy's steps: the same point, value, nit and nfev")
    func nelderMeadMatchesScipy() {
        let maths = ReferenceSolution()
        let (x, y) = storyData()
        let result = NelderMead().minimize({ p in
            maths.negativeLogLikelihood(x: x, y: y, slope: p[0], intercept: p[1], sigma: exp(p[2]))
        }, from: [1, 1, 0])
        #expect(result.point == Numpy.nelderMeadPoint)
        #expect(result.value == Numpy.nelderMeadValue)
        #expect(result.iterations == Numpy.nelderMeadIterations)
        #expect(result.evaluations == Numpy.nelderMeadEvaluations)
        #expect(result.converged)
    }

    @Test("the story shows numpy's and scipy's numbers to the digits it prints")
    func keyNumbersShown() {
        let text = Self.told.text
        let eight = { (value: Double) in String(format: "%.8f", value) }
        #expect(text.contains("least squares    \(eight(Numpy.slope))    \(eight(Numpy.intercept))    "
                              + "\(eight(Numpy.varianceEstimate))    \(eight(Numpy.minimumNegativeLogLikelihood))"))
        #expect(text.contains("Nelder-Mead      \(eight(Numpy.nelderMeadPoint[0]))    \(eight(Numpy.nelderMeadPoint[1]))    "
                              + "\(eight(Numpy.nelderMeadVariance))    \(eight(Numpy.nelderMeadValue))"))
        #expect(text.contains("Nelder-Mead: \(Numpy.nelderMeadIterations) iterations, \(Numpy.nelderMeadEvaluations) evaluations"))
        #expect(text.contains("log σ = \(eight(Numpy.nelderMeadPoint[2]))"))
        #expect(text.contains("RSS/(n − 2) would say \(String(format: "%.4f", Numpy.unbiasedVariance))"))
        for (x, y) in zip(Numpy.firstX, Numpy.firstY) {
            #expect(text.contains(String(format: "x = %.8f   y = %.8f", x, y)))
        }
    }

    @Test("the several-features table shows numpy's weights, by the normal equations and by QR")
    func featuresShown() {
        let text = Self.told.text
        let normal = Numpy.quadraticNormalEquations.map { String(format: "%13.8f", $0) }.joined(separator: "  ")
        let qr = Numpy.quadraticWeights.map { String(format: "%13.8f", $0) }.joined(separator: "  ")
        #expect(text.contains("normal equations    " + normal))
        #expect(text.contains("QR                  " + qr))
    }

    @Test("one plot holds the MSE and both NLLs, with the shared bottom marked at m̂")
    func plot() throws {
        let lines = Self.told.text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let top = try #require(lines.firstIndex {
            $0.trimmingCharacters(in: .whitespaces) == "excess over the minimum, ÷ its largest on the grid"
        })
        let plot = lines[top...].prefix { !$0.isEmpty }
        #expect(plot.filter { $0.contains("●") }.count == 1, "one marked bottom")
        let axis = try #require(plot.firstIndex { $0.contains("▲") })
        #expect(plot[axis + 1].contains(" 3.029 "), "the bottom is labelled m̂ under the axis")
        let legend = try #require(plot.last)
        for name in ["MSE", "NLL, σ = σ̂", "NLL, σ refitted"] { #expect(legend.contains(name)) }
        #expect(plot.contains { $0.contains("•") } && plot.contains { $0.contains("×") })
    }

    @Test("the small check's table is n/2 · ln(2πσ²) + RSS/(2σ²) for RSS = 2 and 1.8")
    func smallCheck() {
        // y = 2x + 1 misses [3, 4, 8, 9] at x = [1, 2, 3, 4] by [0, −1, 1, 0]; y = 2.2x + 0.5
        // by [0.3, −0.9, 0.9, −0.3]: RSS 2 and 1.8.
        let (n, rss) = (4.0, [2.0, 1.8])
        #expect(Self.told.text.contains("line y = 2.0x + 1.0:  RSS = 2.00"))
        #expect(Self.told.text.contains("line y = 2.2x + 0.5:  RSS = 1.80"))
        for sigma in [0.5, 1.0, 3.0, 40.0] {
            let nll = rss.map { n / 2 * log(2 * Double.pi * sigma * sigma) + $0 / (2 * sigma * sigma) }
            let row = String(format: "%-6g %14.6f %14.6f %14.6f", sigma, nll[0], nll[1], nll[0] - nll[1])
            #expect(Self.told.text.contains(row), "\(row)")
        }
    }

    @Test("the story shows the code of its steps, the key calls included")
    func stepsShowTheirCode() {
        let code = Self.told.text.split(separator: "\n").filter { $0.hasPrefix("┃ ") }.map { $0.dropFirst(2) }
        for call in ["let line = maths.leastSquares(x: x, y: y)",
                     "let variance = maths.noiseVariance(x: x, y: y)",
                     "maths.negativeLogLikelihood(x: x, y: y, slope: p[0], intercept: p[1],",
                     "let normal = LinearSystem.solve(xtx, xty) ?? [.nan, .nan, .nan]"] {
            #expect(code.contains { $0.trimmingCharacters(in: .whitespaces) == call }, "\(call)")
        }
        #expect(code.count >= 60)
    }

    @Test("the story fits 80 columns, and 120")
    func fitsTheWidth() {
        for line in Self.told.text.split(separator: "\n") {
            #expect(line.count <= 80, "\(line)")
        }
        let sink = WideSink()
        regressionKata.story(Narrator(style: TerminalStyle(colour: false, unicode: true, width: 120), write: { sink.text += $0 }))
        for line in sink.text.split(separator: "\n") {
            #expect(line.count <= 120, "\(line)")
        }
    }
}

/// Collects a story told at 120 columns; only the one story being told touches it.
private final class WideSink: @unchecked Sendable {
    var text = ""
}
