/// The random inputs of the checks: SplitMix64 from a fixed seed, so every run of
/// `kata check` tries the same cases, and no single example's answer can pass them.
///
/// Written out here rather than taken from the standard library, whose
/// `random(in:using:)` algorithms may change between Swift versions.
struct SeededInputs {
    private var state: UInt64

    /// Starts the stream at `seed`.
    init(seed: UInt64) {
        state = seed
    }

    /// The next 64 random bits (SplitMix64, Steele, Lea and Flood 2014).
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// A double drawn uniformly from `range`, to 53 bits.
    mutating func double(in range: ClosedRange<Double>) -> Double {
        let unit = Double(next() >> 11) / Double(1 << 53)
        return range.lowerBound + unit * (range.upperBound - range.lowerBound)
    }

    /// An integer drawn from `range` (a negligible bias for the small ranges used).
    mutating func int(in range: ClosedRange<Int>) -> Int {
        range.lowerBound + Int(next() % UInt64(range.upperBound - range.lowerBound + 1))
    }

    /// An element of `characters`, each equally likely.
    mutating func character(from characters: [Character]) -> Character {
        characters[int(in: 0...(characters.count - 1))]
    }
}
