@_exported import KataKit

/// The exercises of kata 10.2.1: what your `Solution` in `Solution.swift` must provide.
public protocol CoinFlipExercises {
    /// Counts the heads (`H`) and tails (`T`) in a string of flips such as `"HHTH"`.
    func countFlips(_ flips: String) -> (heads: Int, tails: Int)
}
