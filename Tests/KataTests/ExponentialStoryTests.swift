@testable import ExponentialKata
import Foundation
import Testing

@Suite("Kata 10.2.5, exponential: the story")
struct ExponentialStoryTests {
    /// The story as told to a plain 80-column terminal.
    static let told = StoryTranscript(exponentialKata)

    // Reference values from numpy 2.4.6, written by:
    // python3 -c "
    // import numpy as np
    // np.random.seed(42); x = np.random.exponential(scale=2, size=100)
    // a = 1 / x.mean()
    // print([float(v).hex() for v in x[:5]], float(x[-1]).hex(), float(x.sum()).hex())
    // print(repr(a), repr(a / 10), repr(100 * np.log(a) - a * x.sum()), repr(100 * np.log(0.5) - 0.5 * x.sum()))
    // r = 0.1
    // for k in range(10):
    //     r = r - (100 / r - x.sum()) / (-100 / r**2)
    //     if k == 2: print(repr(r))
    // print(repr(r))
    // np.random.seed(42); e = [1 / np.random.exponential(scale=2, size=100).mean() for _ in range(2000)]
    // print(repr(np.mean(e)), repr(np.std(e, ddof=1)))"
    static let numpyFirstFive: [Double] = [0x1.e087d06e0729cp-1, 0x1.814ba8b763c5ep+2, 0x1.51163eeaed31fp+1,
                                           0x1.d36d34d7305a8p+0, 0x1.5b6448b9cac7bp-2]
    static let numpyLast = 0x1.d3a13b86ad1c4p-3
    static let numpySum = 0x1.6de632fe9cd57p+7
    static let estimate = 0.5465986027424027
    static let standardError = 0.05465986027424027
    static let logLikelihoodAtEstimate = -160.40405617621965
    static let logLikelihoodAtTruth = -160.78952195988168
    static let newtonAfter3 = 0.4380412461572708
    static let newtonAfter10 = 0.5465986027424027
    static let simulatedMean = 0.5047879130702755
    static let simulatedSpread = 0.05022154707414525

    @Test("every claim the story makes holds")
    func claimsHold() {
        #expect(Self.told.failedClaims.isEmpty, "\(Self.told.failedClaims)")
        #expect(Self.told.claims >= 10)
    }

    @Test("told with other sample sizes, each claim holds or says it is the story's for 100 waits only",
          arguments: [5, 10, 1000])
    func otherSizes(count: Int) {
        let told = StoryTranscript(exponentialKata, settings: [waitCount.name: Double(count)])
        #expect(told.failedClaims.isEmpty, "n_waits = \(count)")
        #expect(told.text.contains("size=\(count))"))
        if count <= 10 {
            #expect(told.unchecked.contains { $0.hasPrefix("the estimates' standard deviation") })
            #expect(told.text.replacingOccurrences(of: "\n", with: " ").contains("the standard error is a large-sample approximation"))
        }
    }

    @Test("told with 1000 waits, the estimate is numpy's for 1000 draws")
    func thousandWaits() {
        // python3 -c "import numpy as np; np.random.seed(42)
        // x = np.random.exponential(scale=2, size=1000); print(repr(1 / x.mean()))"   (numpy 2.4.6)
        let rate = 0.5141356729448809
        let told = StoryTranscript(exponentialKata, settings: [waitCount.name: 1000])
        #expect(told.text.contains(String(format: "%.4f", rate)))
    }

    @Test("the seeded sample is numpy's, wait for wait")
    func seededSample() {
        let sample = ExponentialKata.seededSample()
        #expect(sample.count == 100)
        #expect(Array(sample.prefix(5)) == Self.numpyFirstFive)
        #expect(sample.last == Self.numpyLast)
        #expect(abs(sample.reduce(0, +) - Self.numpySum) <= 1e-12 * Self.numpySum)
    }

    @Test("the reference agrees with numpy on the story's numbers")
    func referenceMatchesNumpy() {
        let maths = ReferenceSolution()
        let sample = ExponentialKata.seededSample()
        // numpy sums pairwise and Swift in order, so the last bit or two may differ.
        let close = { (a: Double, b: Double) in abs(a - b) <= 1e-13 * abs(b) }
        #expect(close(maths.maximumLikelihoodEstimate(observations: sample), Self.estimate))
        #expect(close(maths.standardError(observations: sample), Self.standardError))
        #expect(close(maths.logLikelihood(rate: Self.estimate, observations: sample), Self.logLikelihoodAtEstimate))
        #expect(close(maths.logLikelihood(rate: 0.5, observations: sample), Self.logLikelihoodAtTruth))
        #expect(close(maths.newtonRaphson(observations: sample, start: 0.1, steps: 3), Self.newtonAfter3))
        #expect(close(maths.newtonRaphson(observations: sample, start: 0.1, steps: 10), Self.newtonAfter10))
    }

    @Test("the story shows the sample, its estimate, the standard error and the simulation")
    func keyNumbersShown() {
        let text = Self.told.text
        #expect(text.contains("np.random.exponential(scale=2, size=100)"))
        for (index, wait) in Self.numpyFirstFive.enumerated() {
            #expect(text.contains("│ wait \(index + 1): \(String(format: "%.8f", wait))"))
        }
        #expect(text.contains("x̄ = \(String(format: "%.6f", Self.numpySum / 100))"))
        #expect(text.contains("α̂ = 1/x̄ = \(String(format: "%.6f", Self.estimate))"))
        #expect(text.contains("SE = α̂/√n = \(String(format: "%.6f", Self.standardError))"))
        #expect(text.contains("ℓ(α̂) = −\(String(format: "%.4f", -Self.logLikelihoodAtEstimate))"))
        #expect(text.contains("mean \(String(format: "%.4f", Self.simulatedMean)), standard deviation \(String(format: "%.4f", Self.simulatedSpread))"))
        #expect(text.contains("α̂ = 0.333333 per minute"))
    }

    @Test("the Newton table starts at 0.1, passes numpy's third iterate and ends on 1/x̄")
    func newtonTable() {
        let text = Self.told.text
        for (step, rate) in [(0, 0.1), (3, Self.newtonAfter3), (8, Self.estimate)] {
            #expect(text.contains(String(format: "│ %4d   %.15f", step, rate)))
        }
        #expect(text.contains("1/x̄ = \(String(format: "%.12f", Self.estimate))"))
    }

    @Test("both log-likelihoods are drawn, each with its peak marked next to its estimate")
    func plots() throws {
        let lines = Self.told.text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let sampleTitle = "ℓ(α) = 100 ln α − α · \(String(format: "%.2f", Self.numpySum))"
        for (title, peak) in [("ℓ(α) = ln α − 3α", " 0.334 "), (sampleTitle, " 0.547 ")] {
            // A plot is its own block: its title line, then its rows down to a blank line.
            // (A formula in the prose may read like a title; a plot's next line is its axis.)
            let top = try #require(lines.indices.dropLast().first {
                lines[$0].trimmingCharacters(in: .whitespaces) == title && lines[$0 + 1].contains("│")
            }, "no plot titled \(title)")
            let plot = lines[top...].prefix { !$0.isEmpty }
            #expect(plot.filter { $0.contains("●") }.count == 1, "\(title): one marked peak")
            let axis = try #require(plot.firstIndex { $0.contains("▲") })
            #expect(plot[axis + 1].contains(peak), "\(title): the peak is labelled \(peak) under the axis")
        }
    }

    @Test("the transcript shows the code of the key steps before what they print")
    func stepCode() throws {
        let text = Self.told.text
        let drawing = try #require(text.range(of: "┃ let sample = random.exponential(scale: scale, count: count)"))
        let drawn = try #require(text.range(of: "│ wait 1: \(String(format: "%.8f", Self.numpyFirstFive[0]))"))
        #expect(drawing.upperBound < drawn.lowerBound)
        let estimating = try #require(
            text.range(of: "┃ let estimate = maths.maximumLikelihoodEstimate(observations: sample)"))
        let estimated = try #require(text.range(of: "│ α̂ = 1/x̄ = \(String(format: "%.6f", Self.estimate)) per minute"))
        #expect(estimating.upperBound < estimated.lowerBound)
        #expect(text.contains("┃     of: { maths.score(rate: $0, observations: sample) },"))
    }
}
