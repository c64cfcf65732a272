import KataKit

extension CheckInputs {
    /// A sample of 2 to 200 values from a Gaussian with a random centre and spread.
    ///
    /// The centres stay within 50 of zero and the spreads at least 0.5, so that the
    /// random cases test the formulas; data far from zero get checks of their own.
    mutating func gaussianSample() -> [Double] {
        let count = Int(double(in: 2...200.999))
        let centre = double(in: -50...50)
        let spread = double(in: 0.5...20)
        return numpy.normal(mean: centre, standardDeviation: spread, count: count)
    }
}
