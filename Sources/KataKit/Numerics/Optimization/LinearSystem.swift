/// Solving a square linear system A·x = b, without ever forming A⁻¹.
public enum LinearSystem {
    /// Solves A·x = b by Gaussian elimination with partial pivoting.
    ///
    /// Partial pivoting (using the largest remaining entry of each column) keeps the
    /// elimination stable for the small, well-scaled systems of the katas, such as a
    /// Newton step H·Δ = ∇f. A pivot no larger than n·ε times the largest entry of A
    /// means A is singular to working precision, and the answer is `nil` rather than a
    /// vector of huge or infinite numbers.
    /// - Parameters:
    ///   - matrix: A, as n rows of n entries.
    ///   - rightHandSide: b, n entries.
    /// - Returns: x, or `nil` when the shapes do not match, an entry is not finite, or A is singular.
    public static func solve(_ matrix: [[Double]], _ rightHandSide: [Double]) -> [Double]? {
        let n = rightHandSide.count
        guard n > 0, matrix.count == n, matrix.allSatisfy({ $0.count == n }),
              matrix.allSatisfy(VectorArithmetic.isFinite), VectorArithmetic.isFinite(rightHandSide)
        else { return nil }

        var a = matrix
        var b = rightHandSide
        let largest = a.reduce(0) { max($0, $1.reduce(0) { max($0, abs($1)) }) }
        let threshold = Double(n) * .ulpOfOne * largest
        guard largest > 0 else { return nil }

        for column in 0..<n {
            var pivotRow = column
            for row in (column + 1)..<n where abs(a[row][column]) > abs(a[pivotRow][column]) {
                pivotRow = row
            }
            guard abs(a[pivotRow][column]) > threshold else { return nil }
            a.swapAt(column, pivotRow)
            b.swapAt(column, pivotRow)
            for row in (column + 1)..<n {
                let factor = a[row][column] / a[column][column]
                guard factor != 0 else { continue }
                for k in column..<n { a[row][k] -= factor * a[column][k] }
                b[row] -= factor * b[column]
            }
        }

        var x = [Double](repeating: 0, count: n)
        for row in stride(from: n - 1, through: 0, by: -1) {
            var sum = b[row]
            for k in (row + 1)..<n { sum -= a[row][k] * x[k] }
            x[row] = sum / a[row][row]
        }
        return VectorArithmetic.isFinite(x) ? x : nil
    }
}
