import Foundation
import KataKit
import Testing

/// A case of the numpy reference files in `Reference/`: outputs of numpy's legacy
/// `RandomState(seed)`. `numpy-legacy-vectors.json` is copied unchanged from the team's
/// shared reference folder so a clean clone has it. Each case starts from a fresh state
/// and makes its calls in order.
struct NumPyVectorCase: Decodable, Sendable, CustomTestStringConvertible {
    /// One call and what numpy returned.
    struct Call: Decodable, Sendable {
        /// The call as written in Python, such as `normal(5, 2, 3)` or `randn(200, 1) * 2`.
        let call: String
        /// `float64-hex` (values are `float.hex()` strings) or `int`.
        let kind: String
        /// The values, as JSON strings or integers.
        let values: [Value]
    }

    /// A value as the file writes it.
    enum Value: Decodable, Sendable, Equatable {
        case hex(String)
        case integer(Int)

        init(from decoder: Decoder) throws {
            let container = try decoder.singleValueContainer()
            if let integer = try? container.decode(Int.self) { self = .integer(integer) }
            else { self = .hex(try container.decode(String.self)) }
        }
    }

    let name: String
    let seed: UInt32
    let calls: [Call]

    var testDescription: String { name }

    /// The cases numpy wrote for the team (`numpy-legacy-vectors.json`).
    static let shared = load("numpy-legacy-vectors.json")
    /// Longer runs reaching BTPE's and PTRS's rarer branches (`numpy-extra-vectors.json`,
    /// written by `numpy_extra_vectors.py`).
    static let extra = load("numpy-extra-vectors.json")
    /// What the tutorial of kata 10.2 derives from its seed-42 stream
    /// (`tutorial-stream.json`, written by `numpy_extra_vectors.py`).
    static let tutorial = load("tutorial-stream.json")

    /// The values of the call named `call`, read as doubles (from `float.hex()`) or integers.
    func values(of call: String) -> (doubles: [Double], integers: [Int]) {
        let values = calls.first { $0.call == call }?.values ?? []
        return (values.compactMap { if case .hex(let hex) = $0 { Double(hex) } else { nil } },
                values.compactMap { if case .integer(let integer) = $0 { integer } else { nil } })
    }

    private static func load(_ file: String) -> [NumPyVectorCase] {
        struct File: Decodable { let cases: [NumPyVectorCase] }
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .appendingPathComponent("Reference/\(file)")
        do {
            return try JSONDecoder().decode(File.self, from: Data(contentsOf: url)).cases
        } catch {
            // An empty list would let the tests pass vacuously; the count tests catch it.
            return []
        }
    }
}

/// Makes a call written in numpy's Python on a `NumPyRandom`, so the reference file's
/// call strings drive the tests directly.
enum NumPyCall {
    /// What a call returned, as the reference file would write it.
    enum Result: Equatable {
        case doubles([Double])
        case integers([Int])
    }

    /// An error naming a call the interpreter does not know.
    struct Unknown: Error, CustomStringConvertible {
        let call: String
        var description: String { "no Swift equivalent for numpy call `\(call)`" }
    }

    /// Makes `call` on `rng`.
    /// - Throws: `Unknown` for a call or argument list this interpreter does not handle.
    static func make(_ call: String, on rng: inout NumPyRandom) throws -> Result {
        var text = call
        var factor: Double?
        if let star = text.range(of: ") * ") {
            factor = Double(text[star.upperBound...])
            text = String(text[..<text.index(after: star.lowerBound)])
        }
        guard let open = text.firstIndex(of: "("), text.hasSuffix(")") else { throw Unknown(call: call) }
        let name = String(text[..<open])
        let inside = String(text[text.index(after: open)..<text.index(before: text.endIndex)])
        if name == "binomial", let bracket = inside.firstIndex(of: "[") {
            guard let trials = Int(inside[..<bracket].trimmingCharacters(in: CharacterSet(charactersIn: ", "))) else { throw Unknown(call: call) }
            let list = inside[inside.index(after: bracket)...].trimmingCharacters(in: CharacterSet(charactersIn: "] "))
            let probabilities = list.split(separator: ",").compactMap { Double($0.trimmingCharacters(in: .whitespaces)) }
            return .integers(rng.binomial(trials: trials, probabilities: probabilities))
        }
        let numbers = inside.split(separator: ",").compactMap { Double($0.trimmingCharacters(in: .whitespaces)) }
        let counts = numbers.map { Int($0) }
        let doubles: [Double]
        switch (name, numbers.count) {
        case ("random_sample", 1): doubles = rng.randomSample(count: counts[0])
        case ("randn", 1): doubles = rng.randn(counts[0])
        case ("randn", 2): doubles = rng.randn(counts[0], counts[1])
        case ("standard_normal", 1): doubles = rng.standardNormal(count: counts[0])
        case ("uniform", 3): doubles = rng.uniform(low: numbers[0], high: numbers[1], count: counts[2])
        case ("normal", 3): doubles = rng.normal(mean: numbers[0], standardDeviation: numbers[1], count: counts[2])
        case ("exponential", 2): doubles = rng.exponential(scale: numbers[0], count: counts[1])
        case ("gamma", 3): doubles = rng.gamma(shape: numbers[0], scale: numbers[1], count: counts[2])
        case ("binomial", 3): return .integers(rng.binomial(trials: counts[0], probability: numbers[1], count: counts[2]))
        case ("poisson", 2): return .integers(rng.poisson(mean: numbers[0], count: counts[1]))
        default: throw Unknown(call: call)
        }
        return .doubles(factor.map { factor in doubles.map { $0 * factor } } ?? doubles)
    }
}

extension Double {
    /// The value as Python's `float.hex()` writes it, such as `0x1.7f8771e5f51ecp-2`.
    var pythonHex: String {
        if self == 0 { return sign == .minus ? "-0x0.0p+0" : "0x0.0p+0" }
        let mantissa = String(significandBitPattern, radix: 16)
        let padded = String(repeating: "0", count: 13 - mantissa.count) + mantissa
        let exponent = self.exponent
        return (sign == .minus ? "-" : "") + "0x1.\(padded)p\(exponent >= 0 ? "+" : "")\(exponent)"
    }
}
