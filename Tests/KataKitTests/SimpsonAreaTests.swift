import Foundation
import KataKit
import Testing

@Suite("Simpson's rule")
struct SimpsonAreaTests {
    @Test("exact for a cubic, on any even number of intervals")
    func cubic() {
        for intervals in [2, 10, 4000] {
            #expect(abs(simpsonArea(upTo: 3, intervals: intervals) { $0 * $0 * $0 - $0 } - (81.0 / 4 - 4.5)) < 1e-12)
        }
    }

    @Test("an odd count is rounded up to the next even one, and fewer than 2 to 2")
    func intervalCount() {
        let curve = { (x: Double) in exp(-x) }
        #expect(simpsonArea(upTo: 2, intervals: 7, of: curve) == simpsonArea(upTo: 2, intervals: 8, of: curve))
        #expect(simpsonArea(upTo: 2, intervals: 0, of: curve) == simpsonArea(upTo: 2, intervals: 2, of: curve))
        #expect(abs(simpsonArea(upTo: 2, intervals: 4000, of: curve) - (1 - exp(-2))) < 1e-13)
    }
}
