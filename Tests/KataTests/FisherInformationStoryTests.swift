@testable import FisherInformationKata
import Foundation
import Testing

@Suite("Kata 10.2.6, Fisher information: the story")
struct FisherInformationStoryTests {
    /// The story as told to a plain 80-column terminal.
    static let told = StoryTranscript(fisherInformationKata)
    typealias Numpy = FisherInformationReference

    @Test("every claim the story makes holds")
    func claimsHold() {
        #expect(Self.told.failedClaims.isEmpty, "\(Self.told.failedClaims)")
        #expect(Self.told.claims >= 12)
    }

    @Test("told with other sample sizes and flip counts, each claim holds or says it is the story's own only",
          arguments: [(2, 2), (5, 30), (2000, 1000)])
    func otherSettings(size: Int, flips: Int) {
        let told = StoryTranscript(fisherInformationKata, settings: [sampleSize.name: Double(size), flipCount.name: Double(flips)])
        #expect(told.failedClaims.isEmpty, "sample_size = \(size), flips = \(flips): \(told.failedClaims)")
        #expect(told.text.contains("λ̂ from n = \(size) waits"))
        #expect(told.text.contains("with n = \(flips) flips"))
        if flips >= 30 { #expect(told.unchecked.contains { $0.hasPrefix("at n = \(flips) and p = 0.1") }) }
    }

    @Test("the counts are numpy's Poisson draws, and the reference's estimate and log-likelihood scipy's")
    func countsAreNumpys() {
        let counts = storyCounts()
        #expect(Array(counts.prefix(12)) == Numpy.firstCounts)
        #expect(counts.reduce(0, +) == Numpy.countSum)
        var random = NumPyRandom(seed: 42)
        #expect(random.poisson(mean: 3, count: 500).reduce(0, +) == Numpy.moreCountSum)
        let maths = ReferenceSolution()
        #expect(maths.maximumLikelihoodEstimate(counts: counts) == Numpy.estimate)
        #expect(abs(maths.logLikelihood(mean: Numpy.estimate, counts: counts) - Numpy.logLikelihoodAtEstimate)
                <= 1e-12 * abs(Numpy.logLikelihoodAtEstimate))
        #expect(Self.told.text.contains("λ̂ = \(String(format: "%.4f", Numpy.estimate))"))
        #expect(Self.told.text.contains("ℓ(λ̂) = \(String(format: "%.4f", Numpy.logLikelihoodAtEstimate))"))
    }

    @Test("the tutorial's interval is numpy's and scipy's: μ̂, I(μ), SE and both ends")
    func tutorialInterval() {
        let text = Self.told.text
        #expect(text.contains("μ̂ = \(String(format: "%.4f", Numpy.tutorialMean))   I(μ) = n/σ² = 25.0   SE = 1/√I = 0.2000"))
        #expect(text.contains(String(format: "95%% interval: [%.4f, %.4f]", Numpy.tutorialInterval.0, Numpy.tutorialInterval.1)))
        // KataKit rounds Φ⁻¹(0.975) correctly; scipy is 0.87 ulp away.
        #expect(abs(normalQuantile(0.975) - Numpy.z) <= Numpy.z.ulp)
        let interval = ReferenceSolution().waldInterval(estimate: Numpy.tutorialMean, observedInformation: Numpy.tutorialInformation)
        #expect(abs(interval.lower - Numpy.tutorialInterval.0) <= 1e-15 * 5 && abs(interval.upper - Numpy.tutorialInterval.1) <= 1e-15 * 6)
    }

    @Test("the exact coverage of the Wald and Wilson intervals at n = 10 is scipy's")
    func exactCoverage() {
        for (index, p) in Numpy.coverageProbabilities.enumerated() {
            for (kind, expected) in [(BernoulliIntervals.Kind.wald, Numpy.waldCoverage[index]), (.wilson, Numpy.wilsonCoverage[index])] {
                let coverage = BernoulliIntervals.exactCoverage(kind, flips: 10, p: p, maths: ReferenceSolution())
                #expect(abs(coverage - expected) <= 1e-12, "\(kind) at p = \(p)")
                #expect(Self.told.text.contains(String(format: "%.4f", expected)), "\(kind) at p = \(p) shown")
            }
        }
    }

    @Test("the histograms are drawn, each with its normal curve")
    func histograms() {
        let text = Self.told.text
        for n in [5, 30, 500] { #expect(text.contains("λ̂ from n = \(n) waits"), "n = \(n)") }
        #expect(text.components(separatedBy: "N(λ, λ²/n)").count - 1 >= 3)
    }
}
