/// Linear least squares by Householder QR: the minimiser of ‖A·w − y‖₂ without forming AᵀA.
///
/// Solving the normal equations AᵀA·w = Aᵀy squares A's condition number; QR works on
/// A itself, so it loses about half as many digits on nearly collinear columns.
enum HouseholderQR {
    /// The least-squares solution for a design given by its columns.
    ///
    /// A diagonal entry of R no larger than max(m, p)·ε times the largest column norm
    /// means a column is (to working precision) a combination of earlier ones: the
    /// answer would not be unique, so the result is `nil`.
    /// - Parameters:
    ///   - columns: A as p columns of m entries, m ≥ p ≥ 1, all finite.
    ///   - targets: y, m entries.
    /// - Returns: w (p entries), or `nil` when A is rank deficient.
    static func solve(columns: [[Double]], targets: [Double]) -> [Double]? {
        var a = columns
        var y = targets
        let m = targets.count
        let p = columns.count
        let largestNorm = a.map(VectorArithmetic.norm).max() ?? 0
        let threshold = Double(max(m, p)) * .ulpOfOne * largestNorm
        guard largestNorm > 0 else { return nil }

        for k in 0..<p {
            let below = Array(a[k][k...])
            let length = VectorArithmetic.norm(below)
            guard length > threshold else { return nil }
            // Reflect onto −sign(x₀)·‖x‖·e₁, the choice that avoids cancellation in v = x − α·e₁.
            let alpha = below[0] > 0 ? -length : length
            var v = below
            v[0] -= alpha
            let vv = dot(v, v)
            for j in k..<p { reflect(&a[j], from: k, along: v, squaredLength: vv) }
            reflect(&y, from: k, along: v, squaredLength: vv)
        }

        // Back substitution on R, whose column j is a[j][0...j].
        var w = [Double](repeating: 0, count: p)
        for i in stride(from: p - 1, through: 0, by: -1) {
            var sum = y[i]
            for j in (i + 1)..<p { sum -= a[j][i] * w[j] }
            w[i] = sum / a[i][i]
        }
        return VectorArithmetic.isFinite(w) ? w : nil
    }

    /// Applies the reflection I − 2·v·vᵀ/(vᵀv) to the entries of `vector` from `start` on.
    private static func reflect(_ vector: inout [Double], from start: Int, along v: [Double],
                                squaredLength: Double) {
        var projection = 0.0
        for i in v.indices { projection += v[i] * vector[start + i] }
        let scale = 2 * projection / squaredLength
        for i in v.indices { vector[start + i] -= scale * v[i] }
    }

    private static func dot(_ u: [Double], _ v: [Double]) -> Double {
        zip(u, v).reduce(0) { $0 + $1.0 * $1.1 }
    }
}
