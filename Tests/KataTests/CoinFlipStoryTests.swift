@testable import CoinFlipKata
import Foundation
import MLETutorialData
import Testing

@Suite("Kata 10.2.1, coin flip: the story")
struct CoinFlipStoryTests {
    /// The story as told to a plain 80-column terminal.
    static let told = StoryTranscript(coinFlipKata)

    @Test("told with another largest sample, its claims hold and its flips are numpy's", arguments: [200, 1000, 20_000])
    func largestSample(count: Int) {
        let told = StoryTranscript(coinFlipKata, settings: [CoinFlipKata.largestSample.name: Double(count)])
        #expect(told.failedClaims.isEmpty, "largest_n = \(count)")
        if count == 20_000 {
            // python3 -c "import numpy as np; np.random.seed(42); np.random.normal(5, 2, 50)
            // np.random.uniform(0, 10, 100); np.random.normal(0, 2, 100)
            // print([np.random.binomial(1, 0.7, n).sum() for n in (5, 10, 30, 100, 20000)])"   (numpy 2.4.6)
            #expect(told.text.contains("20000  14040   0.7020"))
        }
    }

    @Test("every claim the story makes holds")
    func claimsHold() {
        #expect(Self.told.failedClaims.isEmpty)
        #expect(Self.told.claims >= 10)
    }

    @Test("the estimate for 9 heads in 13 and the grid's peak are shown")
    func estimate() {
        let grid = (0...1000).map { Double($0) / 1000 }
        let peak = grid.max { pow($0, 9) * pow(1 - $0, 4) < pow($1, 9) * pow(1 - $1, 4) } ?? 0
        #expect(Self.told.text.contains(String(format: "%.4f", 9.0 / 13.0)))
        #expect(Self.told.text.contains("L(\(String(format: "%.3f", peak)))"))
        #expect(Self.told.text.contains("θ⁸(1 − θ)³ · (9 − 13θ)"))
    }

    @Test("7 heads in 10: the three likelihoods are tabulated")
    func secondCoin() {
        for theta in [0.5, 0.7, 0.9] {
            #expect(Self.told.text.contains(String(format: "%.6e", pow(theta, 7) * pow(1 - theta, 3))))
        }
    }

    @Test("1000 factors of 0.1: the log-likelihood is shown")
    func underflow() {
        #expect(Self.told.text.contains(String(format: "%.2f", 1000 * log(0.1))))
    }

    @Test("gradient descent lands where numpy-free Python lands, within 1e-9 of the estimate")
    func descent() {
        var theta = 0.5
        for _ in 0..<100 { theta -= 1e-9 * (-8_675_309 / theta + 256_245 / (1 - theta)) }
        #expect(Self.told.text.contains(String(format: "%.12f", theta)))
        #expect(Self.told.text.contains(String(format: "%.8f", 8_675_309.0 / 8_931_554.0)))
        // python3 -c "
        // h, t, x = 8675309, 256245, 0.5
        // for _ in range(100): x -= 1e-9 * (-h / x + t / (1 - x))
        // print(repr(x))"
        let python = 0.9713101437659449
        #expect(abs(theta - python) < 1e-15)
        let reference = ReferenceSolution().gradientDescent(heads: 8_675_309, tails: 256_245, start: 0.5, learningRate: 1e-9, steps: 100)
        #expect(abs(reference - python) < 1e-15)
        #expect(abs(reference - 8_675_309.0 / 8_931_554.0) < 1e-9)
    }

    @Test("the sample-size table shows each standard error")
    func sampleSizes() {
        for n in [5, 10, 30, 100, 500] {
            #expect(Self.told.text.contains(String(format: "%.4f", (0.7 * 0.3 / Double(n)).squareRoot())))
        }
    }

    @Test("the seeded samples are numpy's, flip for flip, and tabulated")
    func seededSamples() throws {
        // numpy 2.4.6 wrote these (the shared reference file, copied into KataKitTests):
        // np.random.seed(42); normal(5, 2, 50); uniform(0, 10, 100); normal(0, 2, 100);
        // then binomial(1, 0.7, n) for each n.
        let stream = try TutorialStreamReference.calls()
        let sizes = [5, 10, 30, 100, 500]
        let numpy = try sizes.map { n in try #require(stream.first { $0.call == "binomial(1, 0.7, \(n))" }?.integers) }
        for (n, sample) in zip(sizes, numpy) {
            let heads = sample.reduce(0, +)
            #expect(Self.told.text.contains(String(format: "│ %4d  %5d   %.4f", n, heads, Double(heads) / Double(n))))
        }
    }

    @Test("the likelihood and log-likelihood are drawn, each with its peak marked at the grid point nearest 9/13")
    func plots() throws {
        let lines = Self.told.text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        for title in ["L(θ) = θ⁹(1 − θ)⁴", "ℓ(θ) = 9 ln θ + 4 ln(1 − θ)"] {
            // A plot is its own block: its title line, then its rows down to a blank line.
            // (A formula in the prose may read like a title; a plot's next line is its axis.)
            let top = try #require(lines.indices.dropLast().first {
                lines[$0].trimmingCharacters(in: .whitespaces) == title && lines[$0 + 1].contains("│")
            }, "no plot titled \(title)")
            let plot = lines[top...].prefix { !$0.isEmpty }
            #expect(plot.filter { $0.contains("●") }.count == 1, "\(title): one marked peak")
            let axis = try #require(plot.firstIndex { $0.contains("▲") })
            #expect(plot[axis + 1].contains(" 0.692 "), "\(title): the peak is labelled 0.692 under the axis")
        }
    }

    @Test("the transcript shows the code of the key steps before what they print")
    func stepCode() throws {
        let text = Self.told.text
        let counting = try #require(text.range(of: "┃ let (heads, tails) = maths.countFlips(flips)"))
        let counted = try #require(text.range(of: "│ HHHTHTTHHHHHT → 9 heads and 4 tails"))
        #expect(counting.upperBound < counted.lowerBound)
        let estimating = try #require(
            text.range(of: "┃ let estimate = maths.maximumLikelihoodEstimate(heads: heads, tails: tails)"))
        let estimated = try #require(text.range(of: "│ θ̂ = \(String(format: "%.4f", 9.0 / 13.0))"))
        #expect(estimating.upperBound < estimated.lowerBound)
        #expect(text.contains("┃     let slope = maths.negativeLogLikelihoodGradient("))
        #expect(text.contains("┃     path.append(theta - rate * slope)"))
    }
}
