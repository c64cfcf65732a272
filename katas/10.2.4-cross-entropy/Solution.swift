// Kata 10.2.4 — MLE = cross-entropy: logistic regression.
//
// This is the file you edit. Each function's body is a call to `todo`, which marks it
// as not written yet: replace it with your code, one function at a time, in order.
// Then, from the package folder:
//
//   swift run kata check 10.2.4    grades your functions and names likely mistakes
//   swift run kata run 10.2.4      tells the story again, then grades
//
// A label is 0 or 1; P(y = 1 | x) = σ(z) with the logit z = weight · x + bias.
// binaryCrossEntropy is a MEAN over the points; negativeLogLikelihood and gradient
// are SUMS. Nothing may overflow at z = ±1000, and nothing may be clipped.
// `import Foundation` gives you `exp`, `log` and `log1p` (log1p(x) = log(1 + x),
// accurate for tiny x).
import LogisticKata
import Foundation

struct Solution: LogisticExercises {
    /// Return the sigmoid σ(z) = 1/(1 + e^(−z)).
    ///
    /// No NaN anywhere: sigmoid(1000) is 1 and sigmoid(-1000) is 0. Every digit for large
    /// negative z: sigmoid(-50) is about 1.92875e-22, not 0. Do not clip z.
    func sigmoid(_ z: Double) -> Double {
        todo()
    }

    /// Return the binary cross-entropy, the MEAN over the points of
    /// −[y·log p + (1 − y)·log(1 − p)] (natural log).
    ///
    /// A point labelled 1 costs −log p, a point labelled 0 costs −log(1 − p). Certain and
    /// right costs 0 (p = 0 for a 0 is not NaN); p = 0 for a 1 costs +∞. Do not clip.
    /// `binaryCrossEntropy(labels: [1, 0], probabilities: [0.8, 0.4])` is
    /// (−log 0.8 − log 0.6)/2 ≈ 0.3670.
    func binaryCrossEntropy(labels: [Int], probabilities: [Double]) -> Double {
        todo()
    }

    /// Return the negative log-likelihood of (weight, bias), the SUM over the points of
    /// log(1 + e^z) − y·z, where z = weight · x + bias.
    ///
    /// Finite for z = ±1000 (z = 1000 with y = 0 costs 1000); exact for tiny losses
    /// (z = −40 with y = 0, or z = 40 with y = 1, costs e^(−40) ≈ 4.25e-18, not 0).
    /// Do not clip.
    /// `negativeLogLikelihood(weight: 1, bias: 0, x: [0], labels: [1])` is log 2.
    func negativeLogLikelihood(weight: Double, bias: Double, x: [Double], labels: [Int]) -> Double {
        todo()
    }

    /// Return the gradient of negativeLogLikelihood (the SUM) with respect to weight and
    /// bias: (Σ (σ(z) − y)·x, Σ (σ(z) − y)), where z = weight · x + bias.
    ///
    /// The gradient of the loss (σ − y), not of the log-likelihood (y − σ). No NaN for
    /// z = ±1000. `gradient(weight: 0, bias: 0, x: [2], labels: [1])` is (−1, −0.5).
    func gradient(weight: Double, bias: Double, x: [Double], labels: [Int]) -> (weight: Double, bias: Double) {
        todo()
    }

    /// Return (weight, bias) after exactly `steps` steps of gradient descent from
    /// (0, 0): (w, b) ← (w, b) − learningRate · gradient, with the gradient above.
    ///
    /// Compute both parts of the gradient at the same (w, b) before changing either.
    /// With `steps: 0` return (0, 0). You may call your own `gradient(...)`.
    func gradientDescent(x: [Double], labels: [Int], learningRate: Double, steps: Int) -> (weight: Double, bias: Double) {
        todo()
    }
}
