import KataKit

extension CheckInputs {
    /// `rows` rows of `classes` logits, each N(0, scale²).
    mutating func logits(rows: Int, classes: Int, scale: Double) -> [[Double]] {
        (0..<rows).map { _ in numpy.normal(mean: 0, standardDeviation: scale, count: classes) }
    }

    /// `count` class indices, each uniform over `0..<classes`.
    mutating func labels(count: Int, classes: Int) -> [Int] {
        (0..<count).map { _ in int(in: 0...(classes - 1)) }
    }

    /// A random order of `0..<count`, by Fisher–Yates from the end.
    mutating func order(count: Int) -> [Int] {
        var order = Array(0..<count)
        for i in stride(from: count - 1, to: 0, by: -1) { order.swapAt(i, int(in: 0...i)) }
        return order
    }

    /// A classification problem: `count` samples of `features` N(0, 1) inputs, labels
    /// drawn from a random multinomial model of `classes` classes, and a random start.
    mutating func classificationProblem(count: Int, features: Int, classes: Int)
        -> (x: [[Double]], labels: [Int], weights: [[Double]], bias: [Double]) {
        let truth = (0..<features).map { _ in numpy.normal(mean: 0, standardDeviation: 2, count: classes) }
        let x = (0..<count).map { _ in numpy.standardNormal(count: features) }
        let maths = ReferenceSolution()
        let labels = x.map { row in
            let logits = (0..<classes).map { c in (0..<features).reduce(0.0) { $0 + row[$1] * truth[$1][c] } }
            let probabilities = maths.softmax(logits: [logits])[0]
            var u = double(in: 0...1)
            return probabilities.firstIndex { u -= $0; return u <= 0 } ?? classes - 1
        }
        let weights = (0..<features).map { _ in numpy.normal(mean: 0, standardDeviation: 0.5, count: classes) }
        return (x, labels, weights, numpy.normal(mean: 0, standardDeviation: 0.5, count: classes))
    }
}
