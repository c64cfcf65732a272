import Foundation
@testable import GaussianKata
import MLETutorialData
import Testing

@Suite("Kata 10.2.2, Gaussian MLE: the story")
struct GaussianStoryTests {
    /// The story as told to a plain 80-column terminal.
    static let told = StoryTranscript(gaussianKata)

    /// The story with its prose unwrapped, to find phrases the wrapping may have split.
    static let flat = told.text.replacingOccurrences(of: "\n", with: " ")

    @Test("every claim the story makes holds")
    func claimsHold() {
        #expect(Self.told.failedClaims.isEmpty)
        #expect(Self.told.claims >= 10)
        #expect(Self.told.unchecked.isEmpty, "told with its own values, every claim is checked")
    }

    @Test("told with n_samples = 500, the sample and its estimates are numpy's for 500 draws")
    func fiveHundredDraws() throws {
        // python3 -c "import numpy as np; np.random.seed(42); x = np.random.normal(5, 2, 500)
        // print(repr(x.mean()), repr(x.var()), repr(x.std()))"   (numpy 2.4.6)
        let (mean, variance, deviation) = (5.013675989177296, 3.8437288783490633, 1.9605430059932538)
        let estimate = ReferenceSolution().maximumLikelihoodEstimate(of: TutorialStream(gaussianCount: 500).gaussianSample)
        #expect(abs(estimate.mean - mean) < 1e-13 && abs(estimate.variance - variance) < 1e-13)
        let told = StoryTranscript(gaussianKata, settings: [sampleSize.name: 500])
        for shown in ["n = 500", "np.random.normal(5, 2, 500)", String(format: "%.6f", mean),
                      String(format: "%.6f", variance), String(format: "%.6f", deviation)] {
            #expect(told.text.contains(shown), "\(shown)")
        }
        #expect(!told.text.contains(String(format: "%.6f", 4.54905218948772)), "no number of the 50 draws is left")
        #expect(told.failedClaims.isEmpty)
    }

    @Test("at every sample size allowed, each claim holds or is shown as the story's claim for 50 only",
          // The ends of the range, and 7 and 8: of all sizes from 5 to 500, the two whose μ̂ lies furthest out (6.04 and
          // 6.10, by numpy), which the grids must still hold.
          arguments: [5, 7, 8, 500])
    func claimsAtEverySize(count: Int) {
        let told = StoryTranscript(gaussianKata, settings: [sampleSize.name: Double(count)])
        #expect(told.failedClaims.isEmpty, "n_samples = \(count)")
        #expect(told.text.contains("n = \(count) "))
        if count == 5 {
            // Five measurements: the simulated coverage of the 95% interval is far below 95%.
            #expect(told.unchecked.contains { $0.hasPrefix("the simulated coverage") })
            #expect(told.text.contains("short of 95%, because σ̂ is itself estimated"))
        }
    }

    @Test("the seeded sample is numpy's, and its estimates are the ones numpy gives")
    func seededSample() throws {
        // python3 -c "import numpy as np; np.random.seed(42); x = np.random.normal(5, 2, 50)
        // n = len(x); ll = lambda m, v: -n/2*np.log(2*np.pi*v) - ((x - m)**2).sum()/(2*v)
        // print(repr(x.mean()), repr(x.var()), repr(x.std()), repr(ll(x.mean(), x.var())), repr(ll(5, 4)))"
        // (numpy 2.4.6)
        let (mean, variance, deviation) = (4.54905218948772, 3.4172105855113255, 1.8485698757448488)
        let (atEstimate, atTruth) = (-101.66754166036912, -103.23281389646306)
        let sample = TutorialStream().gaussianSample
        let estimate = ReferenceSolution().maximumLikelihoodEstimate(of: sample)
        #expect(abs(estimate.mean - mean) < 1e-13)
        #expect(abs(estimate.variance - variance) < 1e-13)
        #expect(abs(estimate.variance.squareRoot() - deviation) < 1e-13)
        #expect(abs(ReferenceSolution().logLikelihood(of: sample, mean: estimate.mean, variance: estimate.variance) - atEstimate) < 1e-11)
        #expect(abs(ReferenceSolution().logLikelihood(of: sample, mean: 5, variance: 4) - atTruth) < 1e-11)
        for shown in [String(format: "%.6f", mean), String(format: "%.6f", variance), String(format: "%.6f", deviation),
                      "−" + String(format: "%.4f", -atEstimate), "−" + String(format: "%.4f", -atTruth)] {
            #expect(Self.told.text.contains(shown), "\(shown)")
        }
        // The first five values as numpy prints them: [5.99342831 4.7234714 6.29537708 8.04605971 4.53169325].
        #expect(Self.told.text.contains("5.99342831  4.72347140  6.29537708  8.04605971  4.53169325"))
    }

    @Test("the small example: μ̂ = 2.88, σ̂² = 0.2096, s² = 0.262, as numpy gives them")
    func smallExample() {
        // python3 -c "import numpy as np; x = np.array([2.1, 3.5, 2.8, 3.1, 2.9]); print(x.mean(), x.var(), x.var(ddof=1))"
        // prints 2.88 0.20959999999999995 0.26199999999999996
        let estimate = ReferenceSolution().maximumLikelihoodEstimate(of: [2.1, 3.5, 2.8, 3.1, 2.9])
        #expect(abs(estimate.mean - 2.88) < 1e-15)
        #expect(abs(estimate.variance - 0.20959999999999995) < 1e-15)
        for shown in ["x̄ = 14.4/5 = 2.88", "σ̂² = 1.048/5 = 0.2096", "1.048/4 = 0.262"] {
            #expect(Self.flat.contains(shown), "\(shown)")
        }
        // The table's rows, and the curvatures −n/σ̂² and −n/(2σ̂⁴) at the estimate.
        for (x, deviation, square) in [(2.1, "-0.78", "0.6084"), (3.5, "+0.62", "0.3844"), (2.9, "+0.02", "0.0004")] {
            #expect(Self.told.text.contains(String(format: "%4.1f", x) + "    \(deviation)    \(square)"), "\(x)")
        }
        let (n, v) = (5.0, 0.20959999999999995)
        #expect(Self.told.text.contains("−n/σ̂²    = " + String(format: "%.4f", -n / v)))
        #expect(Self.told.text.contains("−n/(2σ̂⁴) = " + String(format: "%.4f", -n / (2 * v * v))))
    }

    @Test("the stub's worked examples are what the reference computes")
    func stubExamples() {
        let maths = ReferenceSolution()
        let small = [2.1, 3.5, 2.8, 3.1, 2.9]
        #expect(String(format: "%.4f", maths.logLikelihood(of: small, mean: 2.88, variance: 0.2096)) == "-3.1883")
        let interval = maths.confidenceInterval95(of: TutorialStream().gaussianSample)
        #expect(String(format: "%.3f %.3f", interval.lower, interval.upper) == "4.037 5.061")
    }

    @Test("the bias simulation is numpy's, row for row")
    func biasSimulation() {
        // python3 -c "import numpy as np
        // np.random.seed(7)
        // for n in [2, 5, 10, 50]:
        //     x = np.random.normal(0, 2, size=(20000, n))
        //     print(n, repr(x.var(axis=1).mean()), repr(x.var(axis=1, ddof=1).mean()))"
        let numpy: [(n: Int, biased: Double, unbiased: Double)] = [
            (2, 1.964933201337207, 3.929866402674414),
            (5, 3.2084327475548333, 4.010540934443542),
            (10, 3.5958516823143203, 3.9953907581270234),
            (50, 3.925619049923477, 4.005733724411711),
        ]
        let rows = simulateVarianceEstimates(ReferenceSolution())
        #expect(rows.map(\.n) == numpy.map(\.n))
        for (row, expected) in zip(rows, numpy) {
            #expect(abs(row.biased - expected.biased) < 1e-12, "n = \(row.n)")
            #expect(abs(row.unbiased - expected.unbiased) < 1e-12, "n = \(row.n)")
            #expect(Self.told.text.contains(String(format: "  %4d   %.4f", row.n, expected.biased)))
        }
    }

    @Test("the interval and its simulated coverage are numpy's")
    func interval() {
        // python3 -c "import numpy as np
        // np.random.seed(42); x = np.random.normal(5, 2, 50); h = 1.96 * np.sqrt(x.var() / 50)
        // print(x.mean() - h, x.mean() + h)
        // np.random.seed(2024); c = 0
        // for _ in range(10000):
        //     d = np.random.normal(5, 2, 50); m = d.mean(); h = 1.96 * np.sqrt(d.var() / 50); c += m - h <= 5 <= m + h
        // print(c)"  prints 4.036654761990269 5.061449616985172, then 9387
        let interval = ReferenceSolution().confidenceInterval95(of: TutorialStream().gaussianSample)
        #expect(abs(interval.lower - 4.036654761990269) < 1e-13)
        #expect(abs(interval.upper - 5.061449616985172) < 1e-13)
        #expect(Self.told.text.contains("[4.0367, 5.0614]"))
        #expect(Self.told.text.contains("9,387 of 10,000 intervals contain μ = 5.0"))
        #expect(Self.flat.contains("That is 93.87%"))
    }

    @Test("Nelder-Mead with σ² known lands where scipy's lands")
    func knownVariance() {
        // python3 -c "import numpy as np; from scipy.optimize import minimize
        // np.random.seed(42); x = np.random.normal(5, 2, 50)
        // for v in [1, 4]:
        //     r = minimize(lambda m: 25 * np.log(2 * np.pi * v) + ((x - m[0])**2).sum() / (2 * v), x0=[0], method='Nelder-Mead')
        //     print(v, repr(r.x[0]), r.nit)"  prints 4.5490625 and 29 for both (scipy 1.17.1)
        for variance in [1.0, 4.0] {
            #expect(Self.told.text.contains("σ² = \(Int(variance)): μ = 4.549063 after 29 iterations"))
        }
        #expect(Self.told.text.contains("x̄      = 4.549052"))
    }

    @Test("the profile over μ and the surface over (μ, σ) are drawn, each with one marked peak")
    func plots() throws {
        let lines = Self.told.text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let profileTop = try #require(lines.firstIndex { $0.trimmingCharacters(in: .whitespaces) == "ℓ(μ, σ̂²)" })
        let profile = lines[profileTop...].prefix { !$0.isEmpty }
        #expect(profile.filter { $0.contains("●") }.count == 1)
        let axis = try #require(profile.firstIndex { $0.contains("▲") })
        #expect(profile[axis + 1].contains(" 4.55 "), "the peak is labelled 4.55 under the axis")
        let mapTop = try #require(lines.firstIndex { $0.trimmingCharacters(in: .whitespaces) == "σ" })
        let map = lines[mapTop...].prefix { !$0.isEmpty }
        #expect(map.filter { $0.contains("●") }.count == 2, "the mark and its legend line")
        #expect(map.contains { $0.contains("● maximum ℓ(μ, σ²)") && $0.contains("μ = 4.54, σ = 1.84") })
    }

    @Test("the story shows the code of its steps, the key calls included")
    func stepsShowTheirCode() {
        let code = Self.told.text.split(separator: "\n").filter { $0.hasPrefix("┃ ") }.map { $0.dropFirst(2) }
        for call in ["let (mu, variance) = maths.maximumLikelihoodEstimate(of: sample)",
                     "let formula = maths.logLikelihood(of: data, mean: mu, variance: variance)",
                     "let (lower, upper) = maths.confidenceInterval95(of: sample)",
                     "let sample = TutorialStream(gaussianCount: count).gaussianSample"] {
            #expect(code.contains { $0.trimmingCharacters(in: .whitespaces) == call }, "\(call)")
        }
        #expect(code.count >= 60)
    }
}
