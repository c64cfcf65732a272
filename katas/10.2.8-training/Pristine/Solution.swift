// Kata 10.2.8 — Training is maximum likelihood.
//
// This is the file you edit. Each function's body is a call to `todo`, which marks it
// as not written yet: replace it with your code, one function at a time, in order.
// Then, from the package folder:
//
//   swift run kata check 10.2.8    grades your functions and names likely mistakes
//   swift run kata run 10.2.8      tells the story again, then grades
//
// Layouts, as in numpy: `logits` is one row per sample, one column per class
// (logits[i][c]); `labels[i]` is sample i's class, 0..<k; `x` is one row per sample,
// one column per feature; `weights` is one row per feature, one column per class, so
// logits[i][c] = bias[c] + Σⱼ x[i][j] · weights[j][c]. Losses and their gradients
// are MEANS over the rows. `import Foundation` gives you `log` and `exp`.
import Foundation
import TrainingKata

struct Solution: TrainingExercises {
    /// Return log(Σ e^v) computed stably: m + log(Σ e^(v − m)), m the largest value.
    ///
    /// `logSumExp([1000, 1000])` is 1000 + ln 2 ≈ 1000.6931, not ∞.
    func logSumExp(_ values: [Double]) -> Double {
        todo()
    }

    /// Return the softmax of each row: e^(z_c − m) / Σ e^(z_c′ − m) over the row's
    /// classes, m the row's largest logit. Each row of the result adds up to 1.
    ///
    /// `softmax(logits: [[0, 0]])` is [[0.5, 0.5]].
    func softmax(logits: [[Double]]) -> [[Double]] {
        todo()
    }

    /// Return the mean over the rows of logSumExp(zᵢ) − zᵢ[labels[i]], the categorical
    /// cross-entropy from logits. Never take the log of a probability.
    ///
    /// `crossEntropy(logits: [[0, 0]], labels: [1])` is ln 2 ≈ 0.6931.
    func crossEntropy(logits: [[Double]], labels: [Int]) -> Double {
        todo()
    }

    /// Return the gradient of `crossEntropy` with respect to each logit:
    /// (softmax(zᵢ)[c] − (c == labels[i] ? 1 : 0)) / n, n the number of rows.
    ///
    /// `crossEntropyGradient(logits: [[0, 0]], labels: [1])` is [[0.5, −0.5]].
    func crossEntropyGradient(logits: [[Double]], labels: [Int]) -> [[Double]] {
        todo()
    }

    /// Return the weights and bias after one epoch of minibatch SGD: take the samples
    /// in `order`, batchSize at a time (the last batch holds what is left, and counts),
    /// and for each batch compute its logits with the current weights and bias, its
    /// gradient G = crossEntropyGradient (already a mean over the batch), then step:
    /// weights[j][c] −= learningRate · Σᵢ x[i][j] · G[i][c], bias[c] −= learningRate · Σᵢ G[i][c].
    func sgdEpoch(weights: [[Double]], bias: [Double], x: [[Double]], labels: [Int],
                  order: [Int], batchSize: Int, learningRate: Double) -> (weights: [[Double]], bias: [Double]) {
        todo()
    }
}
