/// The reference solution of kata 10.2.1: every check passes it.
public struct ReferenceSolution: CoinFlipExercises {
    /// Creates the reference solution.
    public init() {}

    /// Counts the heads and tails.
    public func countFlips(_ flips: String) -> (heads: Int, tails: Int) {
        (flips.filter { $0 == "H" }.count, flips.filter { $0 == "T" }.count)
    }
}
