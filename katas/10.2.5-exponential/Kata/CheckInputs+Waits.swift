import KataKit

extension CheckInputs {
    /// `count` exponential waits with mean `scale` (the rate is 1/scale).
    mutating func waits(count: Int, scale: Double) -> [Double] {
        numpy.exponential(scale: scale, count: count)
    }
}
