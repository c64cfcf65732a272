import Foundation

extension NumPyRandom {
    /// One draw from Binomial(trials, probability), as `np.random.binomial(trials, probability)`.
    ///
    /// numpy's legacy rule: work with p' = min(p, 1 − p), draw by inversion when
    /// trials · p' ≤ 30 and by BTPE (Kachitvichyanukul and Schmeiser) otherwise, and
    /// count failures instead of successes when p > ½. Every draw consumes at least one
    /// uniform, even when the answer is certain, as numpy's does.
    /// - Parameters:
    ///   - trials: The number of trials n, at least 0.
    ///   - probability: The success probability p of each trial, in 0 ... 1.
    /// - Returns: The number of successes, in 0 ... trials.
    public mutating func binomial(trials: Int, probability: Double) -> Int {
        precondition(trials >= 0, "binomial: trials < 0")
        precondition((0...1).contains(probability), "binomial: probability < 0, > 1 or nan")
        if probability <= 0.5 {
            return Double(trials) * probability <= 30
                ? binomialByInversion(trials: trials, probability: probability)
                : binomialByBTPE(trials: trials, probability: probability)
        }
        let failure = 1 - probability
        return trials - (Double(trials) * failure <= 30
            ? binomialByInversion(trials: trials, probability: failure)
            : binomialByBTPE(trials: trials, probability: failure))
    }

    /// Draws from Binomial(trials, probability), as `np.random.binomial(trials, probability, count)`.
    /// - Parameters:
    ///   - trials: The number of trials n, at least 0.
    ///   - probability: The success probability p, in 0 ... 1.
    ///   - count: How many values to draw.
    /// - Returns: The numbers of successes, in draw order.
    public mutating func binomial(trials: Int, probability: Double, count: Int) -> [Int] {
        draw(count) { $0.binomial(trials: trials, probability: probability) }
    }

    /// One draw per probability, in order, as `np.random.binomial(trials, probabilities)`
    /// with an array of probabilities.
    /// - Parameters:
    ///   - trials: The number of trials n of every draw.
    ///   - probabilities: The success probability of each draw, each in 0 ... 1.
    /// - Returns: The numbers of successes, one per probability.
    public mutating func binomial(trials: Int, probabilities: [Double]) -> [Int] {
        probabilities.map { binomial(trials: trials, probability: $0) }
    }

    /// Inversion: walk up the probability mass function until it covers a uniform,
    /// restarting with a fresh uniform if the walk passes a bound far in the tail.
    private mutating func binomialByInversion(trials n: Int, probability p: Double) -> Int {
        let q = 1 - p
        let qn = exp(Double(n) * log(q))
        let np = Double(n) * p
        let bound = Int(min(Double(n), np + 10 * (np * q + 1).squareRoot()))
        var x = 0
        var px = qn
        var u = randomSample()
        while u > px {
            x += 1
            if x > bound {
                x = 0
                px = qn
                u = randomSample()
            } else {
                u -= px
                px = (Double(n - x + 1) * p * px) / (Double(x) * q)
            }
        }
        return x
    }
}
