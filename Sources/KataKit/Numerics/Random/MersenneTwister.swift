/// The MT19937 Mersenne Twister, seeded from a 32-bit integer the way numpy's legacy
/// `np.random.seed(n)` seeds it.
///
/// This is the engine under ``NumPyRandom``; katas use that instead. It follows
/// numpy's `mt19937_seed` (Matsumoto and Nishimura's `init_genrand`) and `mt19937_gen`,
/// so the same seed yields numpy's 32-bit outputs in the same order.
public struct MersenneTwister: Sendable {
    private static let stateSize = 624
    private static let shift = 397
    private static let matrixA: UInt32 = 0x9908_B0DF
    private static let upperMask: UInt32 = 0x8000_0000
    private static let lowerMask: UInt32 = 0x7FFF_FFFF

    private var key: [UInt32]
    private var position: Int

    /// Creates a generator in the state `np.random.seed(seed)` leaves.
    /// - Parameter seed: The seed; numpy accepts 0 ... 2³² − 1 for its legacy seeding.
    public init(seed: UInt32) {
        key = Array(repeating: 0, count: Self.stateSize)
        var value = seed
        for index in 0..<Self.stateSize {
            key[index] = value
            value = 1_812_433_253 &* (value ^ (value >> 30)) &+ UInt32(index + 1)
        }
        // Starting at the end makes the first draw regenerate the whole block, as numpy does.
        position = Self.stateSize
    }

    /// The next 32-bit output, tempered.
    @inline(__always)
    public mutating func nextUInt32() -> UInt32 {
        if position == Self.stateSize { regenerate() }
        // `position` is below stateSize here, so the read needs no bounds check: this is
        // the innermost loop of every draw (see bench/RESULTS.md).
        var y = key.withUnsafeBufferPointer { $0[position] }
        position += 1
        y ^= y >> 11
        y ^= (y << 7) & 0x9D2C_5680
        y ^= (y << 15) & 0xEFC6_0000
        y ^= y >> 18
        return y
    }

    /// The next double in [0, 1) with 53 random bits, built from two outputs as numpy's
    /// `random_sample` builds it: 27 bits from the first and 26 from the second.
    public mutating func nextDouble() -> Double {
        let high = Double(nextUInt32() >> 5)
        let low = Double(nextUInt32() >> 6)
        return (high * 67_108_864.0 + low) / 9_007_199_254_740_992.0
    }

    /// Computes the next block of 624 untempered outputs, as numpy's `mt19937_gen`.
    ///
    /// Three loops instead of one with `% size`: the indices `index + 1` and
    /// `index + shift` wrap only near the end, and a modulo and a bounds check per
    /// element stood out in perf's profile of bench/run's ten million normal draws.
    private mutating func regenerate() {
        let (size, shift) = (Self.stateSize, Self.shift)
        key.withUnsafeMutableBufferPointer { key in
            @inline(__always) func twist(_ index: Int, _ next: Int, _ far: Int) {
                let y = (key[index] & Self.upperMask) | (key[next] & Self.lowerMask)
                key[index] = key[far] ^ (y >> 1) ^ (y & 1 == 1 ? Self.matrixA : 0)
            }
            for index in 0..<(size - shift) { twist(index, index + 1, index + shift) }
            for index in (size - shift)..<(size - 1) { twist(index, index + 1, index + shift - size) }
            twist(size - 1, 0, shift - 1)
        }
        position = 0
    }
}
