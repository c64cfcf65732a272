/// The mean, variance and skewness of a sample, as a story's simulations report them.
struct SampleSummary {
    /// How many values.
    let count: Int
    /// Their mean.
    let mean: Double
    /// Their variance, Σ(x − x̄)²/N: over thousands of simulated values 1/N and 1/(N − 1) agree.
    let variance: Double
    /// Their skewness, the mean cubed deviation over the variance to the power 3/2: 0 for a symmetric sample.
    let skewness: Double

    /// Summarises `values`, at least two.
    init(_ values: [Double]) {
        count = values.count
        let n = Double(values.count)
        let mean = values.reduce(0, +) / n
        let deviations = values.map { $0 - mean }
        let variance = deviations.reduce(0) { $0 + $1 * $1 } / n
        self.mean = mean
        self.variance = variance
        skewness = deviations.reduce(0) { $0 + $1 * $1 * $1 } / n / (variance * variance.squareRoot())
    }

    /// The standard deviation.
    var standardDeviation: Double { variance.squareRoot() }
    /// The standard error of the mean, √(variance/N): how far the simulated mean may fall from its expectation.
    var standardError: Double { (variance / Double(count)).squareRoot() }
}
