extension NumPyRandom {
    /// `count` draws of numpy's legacy `standard_cauchy`: a normal over the next normal,
    /// drawn in that order.
    /// - Parameter count: How many draws.
    /// - Returns: The draws.
    public mutating func standardCauchy(count: Int) -> [Double] {
        (0..<max(count, 0)).map { _ in
            let numerator = standardNormal()
            return numerator / standardNormal()
        }
    }
}
