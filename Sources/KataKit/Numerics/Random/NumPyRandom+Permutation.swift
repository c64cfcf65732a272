extension NumPyRandom {
    /// A random order of 0..<n, as numpy's legacy `np.random.permutation(n)` draws it:
    /// Fisher–Yates from the end, each index by numpy's masked rejection sampling.
    /// - Parameter n: How many indices, below 2³² (numpy draws larger ones another way); none for n ≤ 0.
    /// - Returns: 0..<n, shuffled.
    public mutating func permutation(_ n: Int) -> [Int] {
        var order = Array(0..<max(n, 0))
        var i = n - 1
        while i > 0 {
            let bound = UInt32(i)
            var mask = bound
            mask |= mask >> 1; mask |= mask >> 2; mask |= mask >> 4; mask |= mask >> 8; mask |= mask >> 16
            var drawn: UInt32
            repeat { drawn = nextUInt32() & mask } while drawn > bound
            order.swapAt(i, Int(drawn))
            i -= 1
        }
        return order
    }
}
