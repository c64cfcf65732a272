import Foundation

/// SHA-256 (FIPS 180-4), written out because Linux has no CryptoKit and the workbook
/// takes no packages. It fingerprints the shipped files so a teacher can tell that the
/// checks are the ones that were published; it is not meant for secrets, so it makes no
/// attempt at constant time.
///
/// The driver is built without optimisation, as `swift build` builds it: the rounds work
/// on pointers, with masking shifts and a transparent rotation, because array subscripts
/// and calls that are not inlined there made hashing the shipped files several times slower.
enum SHA256 {
    /// The digest of `data`, as 64 lowercase hex digits: the form `sha256sum` prints.
    /// - Parameter data: The bytes to hash.
    /// - Returns: The hex digest.
    static func hexDigest(of data: Data) -> String {
        digest(of: data).map { byte in
            let hex = String(byte, radix: 16)
            return byte < 16 ? "0" + hex : hex
        }.joined()
    }

    /// The digest of `data`: 32 bytes.
    /// - Parameter data: The bytes to hash.
    /// - Returns: The digest.
    static func digest(of data: Data) -> [UInt8] {
        var state = initialState
        // The tail, a 1 bit, zeros, and the length in bits as a big-endian 64-bit
        // number, making one block, or two when the tail leaves fewer than 9 bytes free.
        let fullBlocks = data.count / 64
        var tail = [UInt8](data.suffix(from: data.startIndex + fullBlocks * 64))
        tail.append(0x80)
        while tail.count % 64 != 56 { tail.append(0) }
        let bitCount = UInt64(data.count) &* 8
        for shift in stride(from: 56, through: 0, by: -8) {
            tail.append(UInt8(truncatingIfNeeded: bitCount >> UInt64(shift)))
        }
        roundConstants.withUnsafeBufferPointer { constants in
            state.withUnsafeMutableBufferPointer { state in
                withUnsafeTemporaryAllocation(of: UInt32.self, capacity: 64) { schedule in
                    let rounds = Rounds(state: state.baseAddress!, schedule: schedule.baseAddress!,
                                        constants: constants.baseAddress!)
                    data.withUnsafeBytes { bytes in
                        for block in 0..<fullBlocks { rounds.compress(bytes.baseAddress! + block * 64) }
                    }
                    tail.withUnsafeBytes { bytes in
                        for start in stride(from: 0, to: bytes.count, by: 64) { rounds.compress(bytes.baseAddress! + start) }
                    }
                }
            }
        }
        return state.flatMap { word in
            [UInt8(word >> 24), UInt8(truncatingIfNeeded: word >> 16), UInt8(truncatingIfNeeded: word >> 8),
             UInt8(truncatingIfNeeded: word)]
        }
    }

    /// The working memory of one digest: the eight state words, room for the 64-word
    /// message schedule (reused between blocks, so a large file allocates nothing per
    /// block) and the round constants.
    private struct Rounds {
        let state: UnsafeMutablePointer<UInt32>
        let schedule: UnsafeMutablePointer<UInt32>
        let constants: UnsafePointer<UInt32>

        /// `word` rotated right by `count` bits; transparent, so inlined even unoptimised.
        @_transparent
        private func rotate(_ word: UInt32, _ count: UInt32) -> UInt32 {
            word &>> count | word &<< (32 &- count)
        }

        /// Mixes the 64-byte block at `block` into the state.
        func compress(_ block: UnsafeRawPointer) {
            let bytes = block.assumingMemoryBound(to: UInt8.self)
            var index = 0
            while index < 16 {
                let offset = index &* 4
                schedule[index] = UInt32(bytes[offset]) &<< 24 | UInt32(bytes[offset &+ 1]) &<< 16
                    | UInt32(bytes[offset &+ 2]) &<< 8 | UInt32(bytes[offset &+ 3])
                index &+= 1
            }
            while index < 64 {
                let early = schedule[index &- 15], late = schedule[index &- 2]
                let sigma0 = rotate(early, 7) ^ rotate(early, 18) ^ (early &>> 3)
                let sigma1 = rotate(late, 17) ^ rotate(late, 19) ^ (late &>> 10)
                schedule[index] = schedule[index &- 16] &+ sigma0 &+ schedule[index &- 7] &+ sigma1
                index &+= 1
            }
            var a = state[0], b = state[1], c = state[2], d = state[3]
            var e = state[4], f = state[5], g = state[6], h = state[7]
            index = 0
            while index < 64 {
                let sum1 = rotate(e, 6) ^ rotate(e, 11) ^ rotate(e, 25)
                let choice = (e & f) ^ (~e & g)
                let first = h &+ sum1 &+ choice &+ constants[index] &+ schedule[index]
                let sum0 = rotate(a, 2) ^ rotate(a, 13) ^ rotate(a, 22)
                let majority = (a & b) ^ (a & c) ^ (b & c)
                h = g
                g = f
                f = e
                e = d &+ first
                d = c
                c = b
                b = a
                a = first &+ sum0 &+ majority
                index &+= 1
            }
            state[0] &+= a
            state[1] &+= b
            state[2] &+= c
            state[3] &+= d
            state[4] &+= e
            state[5] &+= f
            state[6] &+= g
            state[7] &+= h
        }
    }
    /// The first 32 bits of the fractional parts of the square roots of the first 8 primes.
    private static let initialState: [UInt32] = [
        0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19,
    ]

    /// The first 32 bits of the fractional parts of the cube roots of the first 64 primes.
    private static let roundConstants: [UInt32] = [
        0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5,
        0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174,
        0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da,
        0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967,
        0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85,
        0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070,
        0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3,
        0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2,
    ]
}
