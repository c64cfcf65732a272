import Foundation

extension NumPyRandom {
    /// One draw from the exponential distribution with the given scale, as
    /// `np.random.exponential(scale)`.
    ///
    /// numpy's parameter is the scale β = 1/α, the mean, not the rate α:
    /// `exponential(scale: 2)` has density ½·e^(−x/2).
    /// - Parameter scale: The scale β = 1/rate, at least 0.
    /// - Returns: `scale · −log(1 − U)` for a 53-bit uniform U.
    public mutating func exponential(scale: Double = 1) -> Double {
        precondition(scale >= 0, "exponential: scale < 0")
        return scale * standardExponential()
    }

    /// Draws from the exponential distribution with the given scale, as
    /// `np.random.exponential(scale, count)`.
    /// - Parameters:
    ///   - scale: The scale β = 1/rate (the mean), at least 0.
    ///   - count: How many values to draw.
    /// - Returns: The values, in draw order.
    public mutating func exponential(scale: Double = 1, count: Int) -> [Double] {
        draw(count) { $0.exponential(scale: scale) }
    }

    /// One draw from the gamma distribution, as `np.random.gamma(shape, scale)`.
    ///
    /// numpy's legacy algorithms: the exponential for shape 1, Johnk-style rejection for
    /// shape below 1, Marsaglia and Tsang's method (on the cached normal stream) above.
    /// - Parameters:
    ///   - shape: The shape k, at least 0.
    ///   - scale: The scale θ, at least 0 (the mean is k·θ).
    /// - Returns: One gamma-distributed value.
    public mutating func gamma(shape: Double, scale: Double = 1) -> Double {
        precondition(shape >= 0, "gamma: shape < 0")
        precondition(scale >= 0, "gamma: scale < 0")
        return scale * standardGamma(shape: shape)
    }

    /// Draws from the gamma distribution, as `np.random.gamma(shape, scale, count)`.
    /// - Parameters:
    ///   - shape: The shape k, at least 0.
    ///   - scale: The scale θ, at least 0.
    ///   - count: How many values to draw.
    /// - Returns: The values, in draw order.
    public mutating func gamma(shape: Double, scale: Double = 1, count: Int) -> [Double] {
        draw(count) { $0.gamma(shape: shape, scale: scale) }
    }

    private mutating func standardExponential() -> Double {
        -log(1 - randomSample())
    }

    private mutating func standardGamma(shape: Double) -> Double {
        if shape == 1 { return standardExponential() }
        if shape == 0 { return 0 }
        if shape < 1 {
            while true {
                let u = randomSample()
                let v = standardExponential()
                if u <= 1 - shape {
                    let x = pow(u, 1 / shape)
                    if x <= v { return x }
                } else {
                    let y = -log((1 - u) / shape)
                    let x = pow(1 - shape + shape * y, 1 / shape)
                    if x <= v + y { return x }
                }
            }
        }
        let b = shape - 1.0 / 3.0
        let c = 1 / (9 * b).squareRoot()
        while true {
            var x: Double, v: Double
            repeat {
                x = standardNormal()
                v = 1 + c * x
            } while v <= 0
            v = v * v * v
            let u = randomSample()
            if u < 1 - 0.0331 * (x * x) * (x * x) { return b * v }
            if log(u) < 0.5 * x * x + b * (1 - v + log(v)) { return b * v }
        }
    }
}
