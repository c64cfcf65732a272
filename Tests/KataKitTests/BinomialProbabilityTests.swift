import Foundation
import KataKit
import Testing

@Suite("binomialProbability")
struct BinomialProbabilityTests {
    @Test("agrees with C(n, k) pᵏ (1 − p)ⁿ⁻ᵏ written out, to 1e-12 relative, for n up to 20",
          arguments: [0.1, 0.3, 0.5, 0.77])
    func writtenOut(p: Double) {
        for n in 0...20 {
            var choose = 1.0  // C(n, k), exact in Double at these n
            for k in 0...n {
                let direct = choose * pow(p, Double(k)) * pow(1 - p, Double(n - k))
                let mass = binomialProbability(k, of: n, p: p)
                #expect(abs(mass - direct) <= 1e-12 * direct, "n = \(n), k = \(k), p = \(p)")
                choose = choose * Double(n - k) / Double(k + 1)
            }
        }
    }

    @Test("sums to 1 over k at n = 1000 and n = 10⁵, to 4 ulps of ln n! (no overflow on the way)")
    func sumsToOne() {
        for n in [1000, 100_000] {
            let total = (0...n).reduce(0) { $0 + binomialProbability($1, of: n, p: 0.3) }
            // ln C(n, k) is a difference of numbers near ln n!, each rounded: their error,
            // through exp, is each mass's relative error.
            let tolerance = 4 * logGamma(Double(n) + 1) * Double.ulpOfOne
            #expect(abs(total - 1) <= tolerance, "n = \(n)")
        }
    }

    @Test("p = 0 and p = 1 put all the mass at one end; a count outside 0 … n has none")
    func edges() {
        #expect(binomialProbability(0, of: 7, p: 0) == 1 && binomialProbability(1, of: 7, p: 0) == 0)
        #expect(binomialProbability(7, of: 7, p: 1) == 1 && binomialProbability(6, of: 7, p: 1) == 0)
        #expect(binomialProbability(-1, of: 7, p: 0.5) == 0 && binomialProbability(8, of: 7, p: 0.5) == 0)
    }
}
