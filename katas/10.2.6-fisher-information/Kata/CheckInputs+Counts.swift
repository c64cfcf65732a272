import KataKit

extension CheckInputs {
    /// `count` Poisson counts with mean `mean`.
    mutating func counts(count: Int, mean: Double) -> [Int] {
        numpy.poisson(mean: mean, count: count)
    }
}
