import KataKit

extension CheckInputs {
    /// A random regression data set: 3 to 200 points, x uniform over a random interval
    /// within 40 of zero, y = m·x + b + N(0, σ²) for a random line and noise level.
    ///
    /// The x interval is at least 1 wide, so the slope is always well determined.
    mutating func regressionData() -> (x: [Double], y: [Double]) {
        let count = int(in: 3...200)
        let low = double(in: -20...20)
        let x = numpy.uniform(low: low, high: low + double(in: 1...20), count: count)
        let (slope, intercept, sigma) = (double(in: -5...5), double(in: -20...20), double(in: 0.2...5))
        let noise = numpy.normal(mean: 0, standardDeviation: sigma, count: count)
        return (x, zip(x, noise).map { slope * $0 + intercept + $1 })
    }

    /// A data set like the story's, the kind a Nelder-Mead run from (1, 1, 0) handles:
    /// 100 points, x from U(0, 10), a slope in 1 … 5, an intercept in 0 … 10, σ in 1 … 3.
    mutating func storyLikeData() -> (x: [Double], y: [Double]) {
        let x = numpy.uniform(low: 0, high: 10, count: 100)
        let (slope, intercept, sigma) = (double(in: 1...5), double(in: 0...10), double(in: 1...3))
        let noise = numpy.normal(mean: 0, standardDeviation: sigma, count: 100)
        return (x, zip(x, noise).map { slope * $0 + intercept + $1 })
    }

    /// A random line to evaluate a loss at: a slope in −6 … 6, an intercept in −25 … 25.
    mutating func line() -> (slope: Double, intercept: Double) {
        (double(in: -6...6), double(in: -25...25))
    }
}
