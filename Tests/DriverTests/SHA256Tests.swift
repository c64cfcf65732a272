import Foundation
import Testing
@testable import kata

/// The driver's own SHA-256 against digests from Python's hashlib: each expected value
/// below was printed by `python3 -c "import hashlib; print(hashlib.sha256(M).hexdigest())"`
/// for the message M described beside it.
@Suite("SHA-256")
struct SHA256Tests {
    @Test("the NIST examples", arguments: [
        // b''
        ("", "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"),
        // b'abc'
        ("abc", "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"),
        // The 448-bit message: exactly 56 bytes, so the padding needs a second block.
        ("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq",
         "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1"),
        // The 896-bit message: 112 bytes, a full block and a tail with room for the padding.
        ("abcdefghbcdefghicdefghijdefghijkefghijklfghijklmghijklmnhijklmnoijklmnopjklmnopqklmnopqrlmnopqrsmnopqrstnopqrstu",
         "cf5b16a778af8380036ce59e7b0492370b249b11e8f07a51afac45037afee9d1"),
    ])
    func knownMessages(message: String, digest: String) {
        #expect(SHA256.hexDigest(of: Data(message.utf8)) == digest)
    }

    /// Not an argument above: Swift Testing would print all million a's in its log.
    @Test("a million a's")
    func millionAs() {
        // b'a' * 1000000
        let digest = "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0"
        #expect(SHA256.hexDigest(of: Data(repeating: UInt8(ascii: "a"), count: 1_000_000)) == digest)
    }

    /// Lengths where the padding changes shape: 55 bytes leave just room for the 1 bit and
    /// the length, 56 do not, 64 fill a block, and 119/120 are the same edge one block on.
    @Test("lengths around the padding's edges", arguments: [
        // b'a' * n for each n
        (55, "9f4390f8d30c2dd92ec9f095b65e2b9ae9b0a925a5258e241c9f1e910f734318"),
        (56, "b35439a4ac6f0948b6d6f9e3c6af0f5f590ce20f1bde7090ef7970686ec6738a"),
        (57, "f13b2d724659eb3bf47f2dd6af1accc87b81f09f59f2b75e5c0bed6589dfe8c6"),
        (63, "7d3e74a05d7db15bce4ad9ec0658ea98e3f06eeecf16b4c6fff2da457ddc2f34"),
        (64, "ffe054fe7ae0cb6dc65c3af9b61d5209f439851db43d0ba5997337df154668eb"),
        (65, "635361c48bb9eab14198e76ea8ab7f1a41685d6ad62aa9146d301d4f17eb0ae0"),
        (119, "31eba51c313a5c08226adf18d4a359cfdfd8d2e816b13f4af952f7ea6584dcfb"),
        (120, "2f3d335432c70b580af0e8e1b3674a7c020d683aa5f73aaaedfdc55af904c21c"),
    ])
    func paddingEdges(length: Int, digest: String) {
        #expect(SHA256.hexDigest(of: Data(repeating: UInt8(ascii: "a"), count: length)) == digest)
    }

    @Test("every byte value, and a slice of a larger Data that does not start at index 0")
    func everyByteAndSlices() {
        // bytes(range(256))
        let allBytes = Data((0...255).map { UInt8($0) })
        let digest = "40aff2e9d2d8922e47afd4648e6967497158785fbd1da870e7110266bf944880"
        #expect(SHA256.hexDigest(of: allBytes) == digest)
        let padded = Data([1, 2, 3]) + allBytes + Data([4])
        #expect(SHA256.hexDigest(of: padded[3..<259]) == digest)
        #expect(SHA256.digest(of: allBytes).count == 32)
    }
}
