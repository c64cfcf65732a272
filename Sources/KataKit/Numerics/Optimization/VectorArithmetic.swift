import Foundation

/// The few vector operations the gradient-based optimisers need, on plain arrays.
enum VectorArithmetic {
    /// The Euclidean norm, scaled by the largest magnitude so that squaring neither
    /// overflows for huge entries nor underflows for tiny ones.
    /// - Parameter vector: The vector.
    /// - Returns: ‖vector‖₂, NaN if any entry is NaN, infinity if any is infinite.
    static func norm(_ vector: [Double]) -> Double {
        if vector.contains(where: \.isNaN) { return .nan }
        let scale = vector.reduce(0) { max($0, abs($1)) }
        guard scale > 0, scale.isFinite else { return scale }
        let sumOfSquares = vector.reduce(0) { sum, entry in
            let scaled = entry / scale
            return sum + scaled * scaled
        }
        return scale * sumOfSquares.squareRoot()
    }

    /// Whether every entry is finite (neither NaN nor infinite).
    static func isFinite(_ vector: [Double]) -> Bool {
        vector.allSatisfy(\.isFinite)
    }
}
