import KataKit

extension CheckInputs {
    /// `count` draws from Gamma(shape, rate), as numpy's `gamma(shape, scale=1/rate, size=count)`.
    mutating func gammaSample(count: Int, shape: Double, rate: Double) -> [Double] {
        numpy.gamma(shape: shape, scale: 1 / rate, count: count)
    }

    /// `count` standard Cauchy draws, as numpy's legacy `standard_cauchy(size=count)`: each
    /// the ratio of two normals drawn in turn.
    mutating func cauchySample(count: Int) -> [Double] {
        numpy.standardCauchy(count: count)
    }
}
