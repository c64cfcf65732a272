import Foundation
import KataKit

/// A logistic regression problem for a check: inputs, labels and a point (w, b).
struct LogisticProblem {
    /// The inputs.
    var x: [Double]
    /// The labels, each 0 or 1.
    var labels: [Int]
    /// The weight w the check evaluates at.
    var weight: Double
    /// The bias b the check evaluates at.
    var bias: Double
}

extension CheckInputs {
    /// 1 to 200 points with x ~ N(0, s²) and labels drawn from a random logistic model,
    /// and a random (w, b) to evaluate at. The logits stay ordinary (mostly below 10 in
    /// size): the checks try the extremes, z = ±1000 and the like, one by one.
    mutating func logisticProblem() -> LogisticProblem {
        let count = int(in: 1...200)
        let spread = double(in: 0.2...2)
        let x = numpy.normal(mean: 0, standardDeviation: spread, count: count)
        let (trueWeight, trueBias) = (double(in: -3...3), double(in: -2...2))
        let chances = x.map { 1 / (1 + exp(-(trueWeight * $0 + trueBias))) }
        let labels = numpy.binomial(trials: 1, probabilities: chances)
        return LogisticProblem(x: x, labels: labels, weight: double(in: -2...2), bias: double(in: -2...2))
    }

    /// A logit whose size ranges from 10⁻³ to about 600, either sign.
    mutating func logit() -> Double {
        let sign: Double = double(in: 0...1) < 0.5 ? -1 : 1
        return sign * pow(10, double(in: -3...2.78))
    }
}
