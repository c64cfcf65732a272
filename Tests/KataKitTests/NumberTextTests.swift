import Foundation
import KataKit
import Testing

/// One answer to the sign, −0 and the non-finite values, wherever a number is shown.
@Suite("NumberText: one way to sign a number")
struct NumberTextTests {
    static func twoDecimals(_ magnitude: Double) -> String { String(format: "%.2f", magnitude) }

    @Test("−0, and a negative value that rounds to zero, are plain zero; other negatives take the minus")
    func zeroAndMinus() {
        #expect(NumberText.write(-0.0, Self.twoDecimals) == "0.00")
        #expect(NumberText.write(-0.001, Self.twoDecimals) == "0.00")
        #expect(NumberText.write(-0.001, unicode: false, Self.twoDecimals) == "0.00")
        #expect(NumberText.write(-0.5, Self.twoDecimals) == "−0.50")
        #expect(NumberText.write(-0.5, unicode: false, Self.twoDecimals) == "-0.50")
        #expect(NumberText.write(0.25, Self.twoDecimals) == "0.25")
    }

    @Test("an exponent's minus is the true minus too, and only with Unicode")
    func exponents() {
        let short = { (magnitude: Double) in String(format: "%.2g", magnitude) }
        #expect(NumberText.write(-0.0016, short) == "−0.0016")
        #expect(NumberText.write(-1.6e-7, short) == "−1.6e−07")
        #expect(NumberText.write(-1.6e-7, unicode: false, short) == "-1.6e-07")
    }

    @Test("NaN and the infinities: NaN, ∞, −∞; nan, inf, -inf as Swift prints them without Unicode")
    func nonFinite() {
        #expect([Double.nan, .infinity, -.infinity].map { NumberText.write($0, Self.twoDecimals) } == ["NaN", "∞", "−∞"])
        #expect([Double.nan, .infinity, -.infinity].map { NumberText.write($0, unicode: false, Self.twoDecimals) }
                == ["nan", "inf", "-inf"])
    }

    @Test("prose, code output, plot values and tick labels give −0 the same answer")
    func everyFormatterAgrees() {
        #expect("\(prose: -0.0001, decimals: 2)" == "0.00")
        #expect("\(-0.0001, decimals: 2)" == "0.00")
        #expect("\(-0.0, significant: 3)" == "0")
        let ticks = AxisTicks(covering: -1...1)
        #expect(ticks.label(-0.0) == ticks.label(0) && ticks.label(-0.001) == ticks.label(0))
        #expect(ticks.label(-1) == "−" + ticks.label(1))
        #expect(BarChart(bars: [("a", -0.0)], width: 10).render(style: TerminalStyle(colour: false, unicode: true, width: 40))
            .contains("a │ 0"))
    }
}
