import KataKit
import Testing

@Suite("Linear systems")
struct LinearSystemTests {
    @Test("solves a system whose first pivot is zero (partial pivoting swaps rows)")
    func pivoting() throws {
        let x = try #require(LinearSystem.solve([[0, 2, 1], [1, 1, 1], [2, 1, 3]], [5, 5, 12]))
        let expected = [1.0, 1, 3]
        for (found, want) in zip(x, expected) { #expect(abs(found - want) < 1e-14) }
    }

    @Test("solves a tiny-pivot system accurately, where elimination without pivoting fails")
    func tinyPivot() throws {
        // Without a row swap, 1e-20 as pivot loses the second equation entirely.
        let x = try #require(LinearSystem.solve([[1e-20, 1], [1, 1]], [1, 2]))
        #expect(abs(x[0] - 1) < 1e-15)
        #expect(abs(x[1] - 1) < 1e-15)
    }

    static let unsolvable: [(matrix: [[Double]], rightHandSide: [Double])] = [
        ([[1, 2], [2, 4]], [1, 2]),
        ([[1, 2], [2, 4.000000000000001]], [1, 2]),
        ([[0, 0], [0, 0]], [0, 0]),
        ([[1, 2], [3, 4]], [1]),
        ([[1, 2, 3], [3, 4, 5]], [1, 2]),
        ([[1, .nan], [3, 4]], [1, 2]),
        ([], []),
    ]

    @Test("answers nil for singular, mis-shaped or non-finite systems", arguments: Self.unsolvable)
    func noSolution(matrix: [[Double]], rightHandSide: [Double]) {
        #expect(LinearSystem.solve(matrix, rightHandSide) == nil)
    }
}
