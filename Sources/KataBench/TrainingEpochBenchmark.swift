import Foundation
import KataKit
import TrainingKata

/// One epoch of minibatch SGD for multinomial logistic regression, kata 10.2.8's
/// `ReferenceSolution.sgdEpoch`, on a million samples of 20 features and 10 classes, in
/// batches of 128 (the last holds 64) from zero weights at η = 0.1.
///
/// Data, drawn in this order: `np.random.seed(3)`; the labels
/// `(np.random.random_sample(n) * 10).astype(int)`; the class means `randn(10, 20)`;
/// `X = randn(n, 20) + means[labels]`; the order `np.random.permutation(n)`. Each is
/// one rounding per number, so both sides hold the same bits. Drawing is not timed.
enum TrainingEpochBenchmark {
    /// The number of samples, features and classes, the batch size and the learning rate.
    static let count = 1_000_000, features = 20, classes = 10, batchSize = 128, learningRate = 0.1

    /// Draws the data and times the epoch.
    /// - Parameter stopwatch: How many runs to take the best of.
    /// - Returns: The fastest time and [W[0][0], W[19][9], b[0], b[9], ΣW²] after the epoch.
    static func run(_ stopwatch: Stopwatch) -> BenchmarkResult {
        var rng = NumPyRandom(seed: 3)
        let labels = rng.randomSample(count: count).map { Int($0 * Double(classes)) }
        let means = rng.randn(classes, features)
        let noise = rng.randn(count, features)
        let x = (0..<count).map { i in
            (0..<features).map { j in noise[i * features + j] + means[labels[i] * features + j] }
        }
        let order = rng.permutation(count)
        let zeros = [[Double]](repeating: [Double](repeating: 0, count: classes), count: features)
        let maths = ReferenceSolution()
        let timed = stopwatch.best {
            maths.sgdEpoch(weights: zeros, bias: [Double](repeating: 0, count: classes), x: x, labels: labels,
                           order: order, batchSize: batchSize, learningRate: learningRate)
        }
        let (weights, bias) = timed.value
        let squares = weights.joined().reduce(0) { $0 + $1 * $1 }
        return BenchmarkResult(name: "training_epoch", seconds: timed.seconds,
                               value: [weights[0][0], weights[features - 1][classes - 1], bias[0], bias[classes - 1], squares])
    }
}
