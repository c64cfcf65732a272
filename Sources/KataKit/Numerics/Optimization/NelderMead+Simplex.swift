/// The N + 1 vertices of a Nelder-Mead simplex and the objective's value at each
/// (scipy's `sim` and `fsim`).
struct Simplex {
    /// The vertices, best first after `sortByValue()`.
    var vertices: [[Double]]
    /// The value at each vertex, in the same order.
    var values: [Double]

    /// scipy's relative step for a nonzero coordinate of the start (`nonzdelt`).
    static let nonzeroDelta = 0.05
    /// scipy's absolute value for a zero coordinate of the start (`zdelt`).
    static let zeroDelta = 0.00025

    /// scipy's default simplex: the start, then for each coordinate k the start with
    /// coordinate k scaled by 1.05, or set to 0.00025 when it is zero.
    /// - Parameter start: The starting point.
    /// - Returns: N + 1 vertices, the start first.
    static func defaultVertices(around start: [Double]) -> [[Double]] {
        var vertices = [start]
        for k in start.indices {
            var vertex = start
            vertex[k] = vertex[k] != 0 ? (1 + nonzeroDelta) * vertex[k] : zeroDelta
            vertices.append(vertex)
        }
        return vertices
    }

    /// Sorts vertices by value, lowest first and NaN last, keeping tied vertices in order.
    ///
    /// numpy's `argsort` also puts NaN last, but is not stable; a stable sort is the
    /// one ordering of ties that does not depend on the CPU (see `NelderMead`).
    /// Insertion sort: the simplex has a handful of vertices.
    mutating func sortByValue() {
        for i in values.indices.dropFirst() {
            let value = values[i]
            let vertex = vertices[i]
            var j = i
            while j > 0 && Self.precedes(value, values[j - 1]) {
                values[j] = values[j - 1]
                vertices[j] = vertices[j - 1]
                j -= 1
            }
            values[j] = value
            vertices[j] = vertex
        }
    }

    /// numpy's sort order: by `<`, with NaN after every number.
    private static func precedes(_ a: Double, _ b: Double) -> Bool {
        a < b || (b.isNaN && !a.isNaN)
    }

    /// scipy's stopping test: `max|sim[1:] − sim[0]| <= xatol and max|fsim[0] − fsim[1:]| <= fatol`.
    ///
    /// "The maximum is at most t" is "every one is at most t"; a NaN fails it, as
    /// numpy's NaN-propagating `max` makes scipy's test fail.
    /// - Parameters:
    ///   - xTolerance: scipy's `xatol`.
    ///   - fTolerance: scipy's `fatol`.
    /// - Returns: Whether the sorted simplex is small enough in both senses.
    func isConverged(xTolerance: Double, fTolerance: Double) -> Bool {
        let best = vertices[0]
        let pointsClose = vertices.dropFirst().allSatisfy { vertex in
            zip(vertex, best).allSatisfy { abs($0 - $1) <= xTolerance }
        }
        return pointsClose && values.dropFirst().allSatisfy { abs(values[0] - $0) <= fTolerance }
    }

    /// The mean of every vertex but the worst, summed in numpy's order (row after row,
    /// starting from the best) and then divided by N.
    func centroidOfAllButWorst() -> [Double] {
        let count = vertices.count - 1
        var sum = vertices[0]
        for vertex in vertices[1..<count] {
            for i in sum.indices { sum[i] += vertex[i] }
        }
        return sum.map { $0 / Double(count) }
    }

    /// Puts `vertex`, with its value, at `index`.
    mutating func replace(_ index: Int, with vertex: [Double], value: Double) {
        vertices[index] = vertex
        values[index] = value
    }
}
