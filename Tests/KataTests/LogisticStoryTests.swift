@testable import LogisticKata
import Foundation
import KataKit
import Testing

/// The reference values are numpy's and scipy's, written by
/// `Reference/logistic_regression.py` into `LogisticReference.swift`.
@Suite("Kata 10.2.4, cross-entropy: the story")
struct LogisticStoryTests {
    /// The story as told to a plain 80-column terminal.
    static let told = StoryTranscript(logisticKata)
    typealias Numpy = LogisticReference

    /// Whether two numbers agree to a relative `tolerance`.
    static func close(_ a: Double, _ b: Double, _ tolerance: Double) -> Bool {
        abs(a - b) <= tolerance * max(abs(a), abs(b))
    }

    /// newtonFit takes both from one pass for speed; the story shows them apart. Equal
    /// bits keep the two fits, and the numbers the story prints, the same.
    @Test("the one-pass derivatives are the reference gradient and the Hessian, to the bit",
          arguments: [(0.0, 0.0, 0.0), (1.5, -0.5, 0.0), (-40.0, 3.0, 0.5)])
    func onePassDerivatives(weight: Double, bias: Double, ridge: Double) {
        let (x, labels) = storyData()
        let fused = derivatives(weight: weight, bias: bias, x: x, labels: labels, ridge: ridge)
        let slope = ReferenceSolution().gradient(weight: weight, bias: bias, x: x, labels: labels)
        #expect(fused.gradient == [slope.weight + ridge * weight, slope.bias])
        #expect(fused.hessian == hessian(weight: weight, bias: bias, x: x, ridge: ridge))
    }

    @Test("told with another learning rate, gradient descent crawls or never arrives, and the story says which",
          arguments: [(0.001, true), (0.02, true), (0.08, false)])
    func otherLearningRates(rate: Double, arrives: Bool) {
        // η = 0.08 is past 2 over the loss's sharpest curvature at the maximum, so the
        // descent bounces for ever; the two smaller rates arrive.
        let told = StoryTranscript(logisticKata, settings: [stepSize.name: rate])
        let flat = told.text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        #expect(told.failedClaims.isEmpty, "learning_rate = \(rate)")
        #expect(flat.contains("with η = \(StoryParameter.text(rate)), until"))
        #expect(flat.contains("Gradient descent with η = \(StoryParameter.text(rate)) never arrived") == !arrives)
        #expect(told.unchecked.contains { $0.hasPrefix("all three converged") } == !arrives)
        #expect(flat.contains("to gradient descent's ") == arrives)
    }

    @Test("every claim the story makes holds")
    func claimsHold() {
        #expect(Self.told.failedClaims.isEmpty, "\(Self.told.failedClaims)")
        #expect(Self.told.claims >= 17)
    }

    @Test("every line fits 80 columns")
    func fitsTheWidth() {
        let long = Self.told.text.split(separator: "\n").filter { $0.count > 80 }
        #expect(long.isEmpty, "\(long)")
    }

    /// What the plain style writes before each line of a step's code.
    static let gutter = "┃ "

    @Test("the key steps show their code, and every step's code was found")
    func stepsShowTheirCode() {
        let code = Set(Self.told.text.split(separator: "\n").filter { $0.hasPrefix(Self.gutter) }
            .map { $0.dropFirst(Self.gutter.count).trimmingCharacters(in: .whitespaces) })
        for line in ["let (x, labels) = storyData()",
                     "let crossEntropy = maths.binaryCrossEntropy(",
                     "let formula = maths.gradient(weight: w, bias: b, x: x, labels: labels)",
                     "let newton = NewtonMinimizer(recordsHistory: true).minimize(",
                     "let simplex = NelderMead().minimize(loss, from: [0, 0])",
                     "let penalised = newtonFit(x: x, labels: labels, inverseStrength: C)",
                     "let shifted = softmax(large)"] {
            #expect(code.contains(line), "no step shows \(line)")
        }
        #expect(Self.told.text.components(separatedBy: "┏━ Swift").count - 1 >= 15)
        #expect(!Self.told.failedClaims.contains { $0.contains("is in the compiled source") })
    }

    @Test("ℓ at the truth is numpy's, and so is −n times the mean cross-entropy")
    func logLikelihoodAtTruth() {
        let printed = String(format: "%.10f", -Numpy.nllAtTruth)
        #expect(Self.told.text.contains("ℓ(1.5, −0.5) = \(printed)"))
        #expect(Self.told.text.contains("−200 × mean cross-entropy = \(printed)"))
    }

    @Test("the softplus table shows the naive form losing digits at z = −20 and overflowing at 1000")
    func softplusTable() {
        let z = -20.0
        let row = String(format: "%6g  %-22.16g  %.16g", z, log(1 + exp(z)), log1p(exp(z)))
        #expect(Self.told.text.contains(row))
        #expect(Self.told.text.contains(String(format: "%6g  %-22.16g  %.16g", 1000.0, Double.infinity, 1000.0)))
        #expect(Self.told.text.contains("exp(z) / (1 + exp(z)) = NaN"))
    }

    @Test("the seeded data are numpy's: the first five points, the count of 1s, Σx")
    func seededData() {
        let (x, labels) = storyData()
        #expect(x.count == 200 && labels.count == 200)
        #expect(Array(x.prefix(5)) == Numpy.firstFiveX)
        #expect(Array(labels.prefix(5)) == Numpy.firstFiveLabels)
        #expect(labels.reduce(0, +) == Numpy.ones)
        // numpy sums pairwise and Swift in order, so the last bits may differ.
        #expect(Self.close(x.reduce(0, +), Numpy.xSum, 1e-13))
    }

    @Test("the three fits land where numpy's and scipy's do")
    func fits() {
        let (x, labels) = storyData()
        let newton = newtonFit(x: x, labels: labels)
        #expect(newton.iterations == Numpy.newtonSteps)
        #expect(Self.close(newton.point[0], Numpy.exactWeight, 1e-12))
        #expect(Self.close(newton.point[1], Numpy.exactBias, 1e-11))
        #expect(Self.close(newton.value, Numpy.exactNLL, 1e-13))
        // scipy's BFGS stops with "precision loss" about 1e-10 short, and agrees to that.
        #expect(abs(newton.point[0] - Numpy.bfgsWeight) < 1e-9 && abs(newton.point[1] - Numpy.bfgsBias) < 1e-9)
        let descent = descendOnStoryData()
        #expect(descent.iterations == Numpy.descentSteps)
        #expect(Self.close(descent.point[0], Numpy.descentWeight, 1e-12))
        #expect(Self.close(descent.point[1], Numpy.descentBias, 1e-10))
        let maths = ReferenceSolution()
        let simplex = NelderMead().minimize({ maths.negativeLogLikelihood(weight: $0[0], bias: $0[1], x: x, labels: labels) },
                                            from: [0, 0])
        #expect(simplex.iterations == Numpy.nelderMeadIterations && simplex.evaluations == Numpy.nelderMeadEvaluations)
        #expect(abs(simplex.point[0] - Numpy.nelderMeadWeight) < 1e-10 && abs(simplex.point[1] - Numpy.nelderMeadBias) < 1e-10)
        let truth = maths.negativeLogLikelihood(weight: 1.5, bias: -0.5, x: x, labels: labels)
        #expect(Self.close(truth, Numpy.nllAtTruth, 1e-13))
        let origin = maths.gradient(weight: 0, bias: 0, x: x, labels: labels)
        #expect(Self.close(origin.weight, Numpy.gradientAtOrigin.0, 1e-13) && origin.bias == Numpy.gradientAtOrigin.1)
    }

    @Test("the story prints the fits to the digits numpy and scipy give")
    func fitsPrinted() {
        let text = Self.told.text
        for (weight, bias, value, steps) in [(Numpy.exactWeight, Numpy.exactBias, Numpy.exactNLL, Numpy.newtonSteps),
                                             (Numpy.descentWeight, Numpy.descentBias, Numpy.exactNLL, Numpy.descentSteps)] {
            #expect(text.contains(String(format: "w = %.8f  b = %.8f\n", weight, bias)
                                  + String(format: "│ −ℓ(w, b) = %.10f  steps: %d\n", value, steps)))
        }
        #expect(text.contains(String(format: "w = %.8f  b = %.8f\n", Numpy.nelderMeadWeight, Numpy.nelderMeadBias)
                              + String(format: "│ −ℓ(w, b) = %.10f  steps: %d (%d evaluations)", Numpy.nelderMeadNLL,
                                       Numpy.nelderMeadIterations, Numpy.nelderMeadEvaluations)))
        #expect(text.contains(String(format: "x: %10.6f", Numpy.firstFiveX[0])))
        #expect(text.contains("\(Numpy.ones) of the 200 labels are 1"))
    }

    @Test("scikit-learn's quoted fits are the reference script's, and the story's analysis of them is numpy's")
    func scikitLearn() {
        #expect(ScikitLearnFits.shipped.weight == Numpy.scikitDefault.0 && ScikitLearnFits.shipped.bias == Numpy.scikitDefault.1)
        #expect(ScikitLearnFits.shipped.iterations == Numpy.scikitDefault.2)
        #expect(ScikitLearnFits.unpenalised.weight == Numpy.scikitUnpenalised.0
                && ScikitLearnFits.unpenalised.bias == Numpy.scikitUnpenalised.1
                && ScikitLearnFits.unpenalised.iterations == Numpy.scikitUnpenalised.2)
        #expect(ScikitLearnFits.tight.weight == Numpy.scikitTight.0 && ScikitLearnFits.tight.bias == Numpy.scikitTight.1
                && ScikitLearnFits.tight.iterations == Numpy.scikitTight.2)
        let (x, labels) = storyData()
        let free = ScikitLearnFits.unpenalised
        let summed = ReferenceSolution().gradient(weight: free.weight, bias: free.bias, x: x, labels: labels)
        #expect(Self.close(summed.weight / 200, Numpy.meanGradientAtScikit.0, 1e-9))
        #expect(Self.close(summed.bias / 200, Numpy.meanGradientAtScikit.1, 1e-9))
        let penalised = newtonFit(x: x, labels: labels, inverseStrength: 1)
        #expect(Self.close(penalised.point[0], Numpy.penalisedWeight, 1e-12))
        #expect(Self.close(penalised.point[1], Numpy.penalisedBias, 1e-11))
        let text = Self.told.text
        #expect(text.contains(String(format: "(%+.4e, %+.4e)", Numpy.meanGradientAtScikit.0, Numpy.meanGradientAtScikit.1)))
        #expect(text.contains(String(format: "w = %.8f", Numpy.penalisedWeight)))
        #expect(text.contains(String(format: "w = %.8f", Numpy.newtonFromScikit.0)))
        #expect(text.contains("quoted"))
        #expect(text.contains(String(format: "LogisticRegression(C=np.inf, tol=1e-10), quoted:\n│     w = %.8f  b = %.8f",
                                     Numpy.scikitTight.0, Numpy.scikitTight.1)))
    }

    @Test("softmax, cross-entropy, entropy and KL are numpy's")
    func crossEntropy() {
        let probabilities = softmax([2, 1, 0.1])
        for (mine, theirs) in zip(probabilities, Numpy.softmaxExample) { #expect(Self.close(mine, theirs, 1e-15)) }
        let text = Self.told.text
        #expect(text.contains(String(format: "cross-entropy = −log %.4f = %.4f nats", Numpy.softmaxExample[0],
                                     Numpy.categoricalExample)))
        #expect(text.contains(String(format: "H(p) = %.6f   KL(p‖q) = %.6f", Numpy.entropyExample, Numpy.klExample)))
        #expect(text.contains(String(format: "H(p, q) = %.6f", Numpy.crossEntropyExample)))
        #expect(text.contains(String(format: "b̂ = %.12f", Numpy.interceptOnlyBias)))
        #expect(text.contains(String(format: "H(p̂) = %.12f", Numpy.shareEntropy)))
    }

    @Test("the fit is drawn with the truth and the labels, with a legend")
    func plot() {
        let lines = Self.told.text.split(separator: "\n").map(String.init)
        // The plot is drawn after the step's code: its y label heads the axis.
        let top = lines.firstIndex { !$0.hasPrefix(Self.gutter) && $0.trimmingCharacters(in: .whitespaces) == "P(y = 1 | x)" }
        #expect(top != nil)
        #expect(top.map { lines[$0 + 1].hasPrefix("1.0 ┤") } == true)
        #expect(lines.contains { $0.contains("σ(ŵx + b̂), the fit") && $0.contains("the truth") && $0.contains("the labels") })
    }
}
