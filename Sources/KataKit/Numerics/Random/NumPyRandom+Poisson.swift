import Foundation

extension NumPyRandom {
    /// The largest mean numpy's legacy `poisson` accepts: ten standard deviations below
    /// `Int64.max`, so that every draw fits in an integer.
    static let largestPoissonMean = Double(Int64.max) - Double(Int64.max).squareRoot() * 10

    /// One draw from the Poisson distribution with the given mean, as `np.random.poisson(lam)`.
    ///
    /// numpy's legacy rule: 0 for a mean of 0, the multiplication method (multiply
    /// uniforms until the product falls below e^(−λ)) for a mean below 10, and Hörmann's
    /// transformed rejection (PTRS) from 10 up.
    /// - Precondition: `mean` is at least 0, not NaN, and at most about 9.2·10¹⁸
    ///   (numpy's `ValueError` cases: `lam < 0 or lam is NaN`, `lam value too large`).
    /// - Parameter mean: The mean λ, which is also the variance.
    /// - Returns: A count, at least 0.
    public mutating func poisson(mean lam: Double) -> Int {
        precondition(lam >= 0, "poisson: mean < 0 or nan (numpy: lam < 0 or lam is NaN)")
        precondition(lam <= Self.largestPoissonMean, "poisson: mean too large (numpy: lam value too large)")
        if lam >= 10 { return poissonByPTRS(mean: lam) }
        if lam == 0 { return 0 }
        return poissonByMultiplication(mean: lam)
    }

    /// Draws from the Poisson distribution with the given mean, as `np.random.poisson(lam, count)`.
    /// - Precondition: `mean` is at least 0, not NaN, and at most about 9.2·10¹⁸.
    /// - Parameters:
    ///   - mean: The mean λ.
    ///   - count: How many values to draw.
    /// - Returns: The counts, in draw order.
    public mutating func poisson(mean: Double, count: Int) -> [Int] {
        draw(count) { $0.poisson(mean: mean) }
    }

    private mutating func poissonByMultiplication(mean lam: Double) -> Int {
        let limit = exp(-lam)
        var x = 0
        var product = 1.0
        while true {
            product *= randomSample()
            if product <= limit { return x }
            x += 1
        }
    }

    /// PTRS (Hörmann, Insurance: Mathematics and Economics 12, 1993) as numpy's
    /// `random_poisson_ptrs`, with its constants and its order of tests.
    private mutating func poissonByPTRS(mean lam: Double) -> Int {
        let slam = lam.squareRoot()
        let loglam = log(lam)
        let b = 0.931 + 2.53 * slam
        let a = -0.059 + 0.02483 * b
        let invalpha = 1.1239 + 1.1328 / (b - 3.4)
        let vr = 0.9277 - 3.6224 / (b - 2)
        while true {
            let u = randomSample() - 0.5
            let v = randomSample()
            let us = 0.5 - abs(u)
            let candidate = floor((2 * a / us + b) * u + lam + 0.43)
            // With us ≥ 0.07 the candidate is within a few σ of λ, so it fits an Int.
            if us >= 0.07 && v <= vr { return Int(candidate) }
            // numpy's C cast of an out-of-range candidate (us near 0) gives a negative
            // count on x86, which it rejects; Int(exactly:) rejects it without trapping.
            guard let k = Int(exactly: candidate), k >= 0 else { continue }
            if us < 0.013 && v > us { continue }
            if log(v) + log(invalpha) - log(a / (us * us) + b)
                <= -lam + Double(k) * loglam - Self.numpyLogGamma(Double(k) + 1) {
                return k
            }
        }
    }

    /// ln Γ(x) exactly as numpy's `random_loggam` computes it (Stirling's series after
    /// shifting x up to 7), which PTRS's acceptance test needs to the last bit.
    private static func numpyLogGamma(_ x: Double) -> Double {
        if x == 1 || x == 2 { return 0 }
        let shift = x < 7 ? Int(7 - x) : 0
        var x0 = x + Double(shift)
        let x2 = (1 / x0) * (1 / x0)
        var series = stirlingCoefficients[9]
        for k in stride(from: 8, through: 0, by: -1) {
            series *= x2
            series += stirlingCoefficients[k]
        }
        let logTwoPi = 1.8378770664093453e+00
        var result = series / x0 + 0.5 * logTwoPi + (x0 - 0.5) * log(x0) - x0
        for _ in 0..<shift {
            result -= log(x0 - 1)
            x0 -= 1
        }
        return result
    }

    /// numpy's `random_loggam` coefficients, as written there (B₂ₖ / (2k(2k − 1)), rounded).
    private static let stirlingCoefficients = [
        8.333333333333333e-02, -2.777777777777778e-03, 7.936507936507937e-04,
        -5.952380952380952e-04, 8.417508417508418e-04, -1.917526917526918e-03,
        6.410256410256410e-03, -2.955065359477124e-02, 1.796443723688307e-01,
        -1.39243221690590e+00,
    ]
}
