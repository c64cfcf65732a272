import Foundation

/// One kernel's figure: what `kata-bench` prints and `bench/run` compares with numpy's.
struct BenchmarkResult {
    /// The kernel's name, the same on the Python side (`bench/numerics.py`).
    let name: String
    /// The fastest run, in seconds.
    let seconds: Double
    /// What the kernel computed, compared with numpy's to show both did the same work.
    let value: [Double]

    /// The result as one JSON line: `{"name": …, "seconds": …, "value": [...]}`.
    ///
    /// Numbers are printed with 17 significant digits so that a double survives the trip
    /// to Python exactly, which the bit-for-bit comparison of the normal draws needs.
    var jsonLine: String {
        let numbers = value.map { String(format: "%.17g", $0) }.joined(separator: ", ")
        return "{\"name\": \"\(name)\", \"seconds\": \(String(format: "%.9f", seconds)), \"value\": [\(numbers)]}"
    }
}
