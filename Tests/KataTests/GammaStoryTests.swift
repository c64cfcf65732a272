import Foundation
@testable import GammaKata
import Testing

/// The story of kata 10.2.7 against numpy's and scipy's numbers, which
/// `Tests/KataTests/Reference/gamma_mle.py` wrote into `GammaReference`.
///
/// Tolerances: the seeded draws are compared bit for bit; sums and the estimates built on
/// them to 1e-13 relative (numpy adds pairwise, Swift in order), and α̂ to 1e-12 (KataKit's
/// digamma and trigamma are scipy's to a few ulps, and Newton and brentq stop at different
/// last bits); gradient descent's end points to 1e-9 where the run settles or crawls (each of
/// thousands of steps may differ in its last bit), and only its stop and step count where it
/// bounces, since a bouncing run amplifies those bits.
@Suite("Kata 10.2.7, numerical MLE: the story")
struct GammaStoryTests {
    /// The story as told to a plain 80-column terminal.
    static let told = StoryTranscript(gammaKata)
    /// The kata's reference, whose numbers the story shows.
    static var maths: ReferenceSolution { ReferenceSolution() }
    /// The story's Gamma draws.
    static let sample = SeededData().gamma

    static func close(_ a: Double, _ b: Double, _ relative: Double = 1e-13) -> Bool {
        abs(a - b) <= relative * max(abs(a), abs(b))
    }

    @Test("every claim the story makes holds")
    func claimsHold() {
        #expect(Self.told.failedClaims.isEmpty, "\(Self.told.failedClaims)")
        #expect(Self.told.claims >= 15)
    }

    @Test("told with other step sizes, every claim holds", arguments: [0.0001, 0.05, 0.16, 0.17, 1.0, 3.0])
    func otherStepSizes(eta: Double) {
        let told = StoryTranscript(gammaKata, settings: [learningRate.name: eta])
        #expect(told.failedClaims.isEmpty, "learning_rate = \(eta): \(told.failedClaims)")
        #expect(told.text.contains("This telling uses η = \(StoryParameter.text(eta))"))
    }

    @Test("the seeded stream is numpy's, draw for draw")
    func seededData() {
        let data = SeededData()
        #expect(data.normal.first == GammaReference.firstNormal)
        #expect(data.waits.first == GammaReference.firstWait)
        #expect(Array(data.gamma.prefix(5)) == GammaReference.firstFive)
        #expect(data.gamma.last == GammaReference.last)
        #expect(data.gamma.count == 200 && data.normal.count == 100 && data.waits.count == 100)
        #expect(storyCauchySample() == GammaReference.cauchy)
    }

    @Test("the sample's moments and the method-of-moments start are numpy's")
    func moments() {
        let n = Double(Self.sample.count)
        let mean = Self.sample.reduce(0, +) / n
        #expect(Self.close(mean, GammaReference.mean))
        #expect(Self.close(Self.sample.reduce(0) { $0 + log($1) } / n, GammaReference.meanLog))
        let start = Self.maths.methodOfMomentsStart(observations: Self.sample)
        #expect(Self.close(start.shape, GammaReference.momShape, 1e-12))
        #expect(Self.close(start.rate, GammaReference.momRate, 1e-12))
    }

    @Test("Newton's α̂ is brentq's, step for step from α₀, in as many steps")
    func newton() {
        let start = Self.maths.methodOfMomentsStart(observations: Self.sample).shape
        let run = Self.maths.newtonRaphson(observations: Self.sample, start: start, tolerance: 1e-10, maxIterations: 50)
        #expect(run.iterations == GammaReference.newtonIterations)
        #expect(Self.close(run.shape, GammaReference.shape, 1e-12), "\(run.shape)")
        for (steps, iterate) in GammaReference.newtonIterates.enumerated() {
            let here = Self.maths.newtonRaphson(observations: Self.sample, start: start, tolerance: 0, maxIterations: steps)
            #expect(Self.close(here.shape, iterate, 1e-12), "after \(steps) steps")
        }
        let rate = run.shape * n / Self.sample.reduce(0, +)
        #expect(Self.close(rate, GammaReference.rate, 1e-12))
        let ell = Self.maths.logLikelihood(shape: run.shape, rate: rate, observations: Self.sample)
        #expect(Self.close(ell, GammaReference.logLikelihoodAtMaximum))
        #expect(Self.close(Self.maths.logLikelihood(shape: 3, rate: 0.5, observations: Self.sample),
                           GammaReference.logLikelihoodAtTruth))
        let mom = Self.maths.methodOfMomentsStart(observations: Self.sample)
        #expect(Self.close(Self.maths.logLikelihood(shape: mom.shape, rate: mom.rate, observations: Self.sample),
                           GammaReference.logLikelihoodAtStart))
    }

    var n: Double { Double(Self.sample.count) }

    @Test("the quoted scipy fit is the script's, and so is its version")
    func scipyQuote() {
        #expect(scipyVersion == GammaReference.scipyVersion)
        #expect(ScipyFit.shape == GammaReference.lbfgsbShape)
        #expect(ScipyFit.rate == GammaReference.lbfgsbRate)
        #expect(ScipyFit.negativeLogLikelihood == GammaReference.lbfgsbNLL)
        #expect(ScipyFit.iterations == GammaReference.lbfgsbIterations)
        #expect(ScipyFit.evaluations == GammaReference.lbfgsbEvaluations)
        #expect(ScipyFit.message == GammaReference.lbfgsbMessage)
        // scipy's fun is the kata's −ℓ at scipy's point, to the summation's rounding.
        let ell = Self.maths.logLikelihood(shape: ScipyFit.shape, rate: ScipyFit.rate, observations: Self.sample)
        #expect(Self.close(-ell, ScipyFit.negativeLogLikelihood))
        #expect(Self.told.text.contains("scipy L-BFGS-B, quoted: α = \(String(format: "%.9f", GammaReference.lbfgsbShape))"))
    }

    @Test("gradient descent stops where numpy's run of the same steps stops")
    func descents() {
        let start = Self.maths.methodOfMomentsStart(observations: Self.sample)
        for expected in GammaReference.descents {
            let run = descend(Self.sample, from: start, eta: expected.learningRate)
            let stop = switch run.stopReason {
            case .converged: "converged"
            case .maxIterations: "maxIterations"
            case .nonFinite: "nonFinite"
            default: "other"
            }
            #expect(stop == expected.stop, "η = \(expected.learningRate)")
            #expect(run.iterations == expected.steps, "η = \(expected.learningRate)")
            if expected.learningRate != 0.25 {
                #expect(abs(run.point[0] - expected.shape) < 1e-9 && abs(run.point[1] - expected.rate) < 1e-9,
                        "η = \(expected.learningRate): \(run.point)")
            }
        }
        let fooled = descend(Self.sample, from: start, eta: 0.01, stepTolerance: 1e-6)
        #expect(fooled.converged && fooled.iterations == GammaReference.fooled.steps)
        #expect(abs(fooled.point[0] - GammaReference.fooled.shape) < 1e-9)
    }

    @Test("the Hessian's eigenvalues and 2/λ_max are numpy's")
    func curvature() {
        let text = Self.told.text
        let (flattest, sharpest) = GammaReference.hessianEigenvalues
        #expect(text.contains("λ_min = \(String(format: "%.5f", flattest))   λ_max = \(String(format: "%.5f", sharpest))"))
        #expect(text.contains("2/λ_max = \(String(format: "%.5f", 2 / sharpest))"))
    }

    @Test("the Cauchy climbs and the multi-start answer are the script's")
    func cauchy() {
        let c = storyCauchySample()
        for (start, expected) in zip(c, GammaReference.cauchyMaxima) {
            #expect(Self.close(cauchyLocalMaximum(from: start, observations: c), expected, 1e-12))
        }
        for (top, expected) in zip(GammaReference.cauchyMaxima, GammaReference.cauchyLogLikelihoods) {
            #expect(Self.close(cauchyLogLikelihood(location: top, observations: c), expected, 1e-12))
        }
        #expect(Self.close(Self.maths.multiStartMaximum(observations: c, starts: c), GammaReference.cauchyBest, 1e-12))
        #expect(Self.told.text.contains("multiStartMaximum: θ̂ = \(String(format: "%.6f", GammaReference.cauchyBest))"))
    }

    @Test("the mixture's log-likelihoods, plain and with the prior, are the script's")
    func mixture() {
        let lines = Self.told.text.components(separatedBy: "\n")
        for (sigma, (ell, penalised)) in zip(GammaReference.mixtureSigmas,
                                             zip(GammaReference.mixtureLogLikelihoods, GammaReference.mixturePenalised)) {
            let row = String(format: "│ %-8.0e  %-12.4f  %.4g", sigma, ell, penalised)
            #expect(lines.contains { $0.hasPrefix(row) }, "\(row)")
        }
    }

    @Test("Nelder-Mead on the waits lands where scipy's does, next to 1/x̄")
    func nelderMead() {
        let text = Self.told.text
        #expect(text.contains("Nelder-Mead: λ = \(String(format: "%.10f", GammaReference.nelderMeadRate))  (nit = \(GammaReference.nelderMeadIterations), nfev = \(GammaReference.nelderMeadEvaluations))"))
        #expect(text.contains("1/x̄:         λ = \(String(format: "%.10f", GammaReference.waitRate))"))
    }

    @Test("the story shows the data, the start, Newton's table and the maximum")
    func keyNumbersShown() {
        let text = Self.told.text
        #expect(text.contains("x = np.random.gamma(shape=3, scale=2, size=200)"))
        #expect(text.contains("the first five: " + GammaReference.firstFive.map { String(format: "%.6f", $0) }.joined(separator: ", ")))
        #expect(text.contains("α₀ = x̄²/s² = \(String(format: "%.6f", GammaReference.momShape))"))
        #expect(text.contains("β₀ = x̄/s²  = \(String(format: "%.6f", GammaReference.momRate))"))
        // Newton's table: "│ step  α  score  step size", α to 15 decimals, of which the last may differ by an ulp.
        let rows = text.components(separatedBy: "\n").compactMap { line -> (Int, Double)? in
            guard let match = line.wholeMatch(of: #/│ +([0-9]+)  ([0-9]\.[0-9]{15})   .*/#) else { return nil }
            return Int(match.1).flatMap { step in Double(match.2).map { (step, $0) } }
        }
        #expect(rows.map(\.0) == Array(0..<GammaReference.newtonIterates.count))
        for ((step, shown), iterate) in zip(rows, GammaReference.newtonIterates) {
            #expect(abs(shown - iterate) < 1e-12, "Newton's step \(step)")
        }
        #expect(text.contains("α̂ = \(String(format: "%.9f", GammaReference.shape)) after \(GammaReference.newtonIterations) steps")
                || text.contains("α̂ = \(String(format: "%.12f", GammaReference.shape)) after \(GammaReference.newtonIterations) steps"))
    }

    @Test("the histogram and the plots are drawn")
    func plots() {
        let text = Self.told.text
        #expect(text.contains("██ the 200 draws"))
        #expect(text.contains("ℓₚ(α) = ℓ(α, α/x̄)"))
        #expect(text.contains("θ (the location)"))
    }
}
