import KataKit
import Testing

@Suite("Prose notation")
struct ProseNotationTests {
    @Test("numbers in prose take a true minus sign and ∞, never −0")
    func signs() {
        #expect("\(prose: -0.25, decimals: 2)" == "−0.25")
        #expect("\(prose: -Double.infinity, decimals: 0)" == "−∞")
        #expect("\(prose: -0.0, decimals: 1)" == "0.0")
        #expect("\(prose: Double.nan, decimals: 1)" == "NaN")
    }

    @Test("powers of ten are written as superscripts")
    func powers() {
        #expect("\(prose: 3.2049e8, significant: 4)" == "3.205 × 10⁸")
        #expect("\(prose: 1e-9, significant: 1)" == "10⁻⁹")
        #expect("\(prose: 0.5, significant: 3)" == "0.5")
        #expect(superscript(-12) == "⁻¹²")
    }

    @Test("long counts are grouped in threes")
    func grouping() {
        #expect(grouped(8_675_309) == "8,675,309")
        #expect(grouped(-1000) == "−1,000")
        #expect(grouped(999) == "999")
    }
}
