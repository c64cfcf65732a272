import Foundation
import KataKit
import MLETutorialData

/// Kata 10.2.4's 200 points (`TutorialStream`'s logistic data), as a two-class problem
/// in this kata's layout: x as one row of one feature per sample, labels 0 or 1.
struct NonSeparableData: Sendable {
    let x: [[Double]]
    let labels: [Int]

    init() {
        let stream = TutorialStream()
        x = stream.logisticX.map { [$0] }
        labels = stream.logisticLabels
    }

    /// The exact maximum of the logistic likelihood, (w, b), by Newton's method from (0, 0).
    func exactFit() -> (weight: Double, bias: Double) {
        let points = zip(x.map { $0[0] }, labels.map(Double.init))
        func loss(_ theta: [Double]) -> Double {
            points.reduce(0) { total, point in
                let z = theta[0] * point.0 + theta[1]
                return total + logisticLoss(logit: z, label: point.1)
            }
        }
        let fit = NewtonMinimizer(tolerance: 1e-14).minimize(loss, derivatives: { theta in
            var g = [0.0, 0.0], h = [[0.0, 0.0], [0.0, 0.0]]
            for (xi, yi) in points {
                let p = 1 / (1 + exp(-(theta[0] * xi + theta[1])))
                g[0] += (p - yi) * xi; g[1] += p - yi
                h[0][0] += p * (1 - p) * xi * xi; h[0][1] += p * (1 - p) * xi; h[1][1] += p * (1 - p)
            }
            h[1][0] = h[0][1]
            return (g, h)
        }, from: [0, 0])
        return (fit.point[0], fit.point[1])
    }

    /// The mean negative log-likelihood of the logistic model at (w, b).
    func meanLoss(weight: Double, bias: Double) -> Double {
        zip(x, labels).reduce(0.0) { total, point in
            let z = weight * point.0[0] + bias
            return total + logisticLoss(logit: z, label: Double(point.1))
        } / Double(labels.count)
    }
}

/// The minibatch run's learning rate and number of epochs, and the seed of its orders.
let minibatchRate = 0.1, minibatchEpochs = 100
let shuffleSeed: UInt32 = 42

/// Two-class softmax weights as one logistic (w, b): class 1's logit minus class 0's.
func logisticPair(weights: [[Double]], bias: [Double]) -> (weight: Double, bias: Double) {
    (weights[0][1] - weights[0][0], bias[1] - bias[0])
}
