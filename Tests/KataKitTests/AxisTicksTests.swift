import Foundation
import KataKit
import Testing

@Suite("AxisTicks")
struct AxisTicksTests {
    static let ranges: [ClosedRange<Double>] = [
        0...1, 0...0.00035, -41.4 ... -7.7, 3.5...6.5, 0...2, 0.017...0.983, -1...1, 0...350_000,
        1e-9...3e-9, 99...101, -0.3...0.7, 12...13.7, 0...0.2336,
    ]

    @Test("ticks are 3 to 6 round multiples of 1, 2 or 5 × 10^k inside the range", arguments: ranges)
    func roundTicksInside(range: ClosedRange<Double>) throws {
        let ticks = AxisTicks(covering: range)
        #expect((3...6).contains(ticks.values.count), "\(ticks.values)")
        let exponent = log10(ticks.step).rounded(.down)
        let leading = (ticks.step / pow(10, exponent) * 1e9).rounded() / 1e9
        #expect([1, 2, 5].contains(leading), "step \(ticks.step)")
        let slack = (range.upperBound - range.lowerBound) * 1e-9
        for value in ticks.values {
            #expect(value >= range.lowerBound - slack && value <= range.upperBound + slack, "\(value) outside \(range)")
            let multiple = value / ticks.step
            #expect(abs(multiple - multiple.rounded()) < 1e-9, "\(value) is not a multiple of \(ticks.step)")
        }
        for (low, high) in zip(ticks.values, ticks.values.dropFirst()) {
            #expect(abs(high - low - ticks.step) <= ticks.step * 1e-9)
        }
    }

    @Test("labels share their decimals and are exact for the ticks")
    func labels() {
        let unit = AxisTicks(covering: 0...1)
        #expect(unit.values.map { unit.label($0) } == ["0.0", "0.2", "0.4", "0.6", "0.8", "1.0"])
        let quarters = AxisTicks(covering: 0...1, maximumCount: 5)
        #expect(quarters.values.map { quarters.label($0) } == ["0.0", "0.5", "1.0"])
        let whole = AxisTicks(covering: 3.5...6.5)
        #expect(whole.values.map { whole.label($0) } == ["4", "5", "6"])
    }

    @Test("tiny and huge values switch to the 1e−04 style, and only they do")
    func scientific() {
        let tiny = AxisTicks(covering: 0...0.00035)
        #expect(tiny.scientific)
        #expect(tiny.values.map { tiny.label($0) } == ["0", "1e−04", "2e−04", "3e−04"])
        let halves = AxisTicks(covering: 0...0.00016)
        #expect(halves.values.map { halves.label($0, unicode: false) } == ["0", "5.0e-05", "1.0e-04", "1.5e-04"])
        let huge = AxisTicks(covering: 0...350_000)
        #expect(huge.values.map { huge.label($0) } == ["0", "1e+05", "2e+05", "3e+05"])
        let thousandths = AxisTicks(covering: 0...0.004)
        #expect(!thousandths.scientific)
        #expect(thousandths.label(0.002) == "0.002")
    }

    @Test("negative labels use one minus sign: − in Unicode, - in ASCII, never −0")
    func minusSign() {
        let ticks = AxisTicks(covering: -41.4 ... -7.7)
        #expect(ticks.values.map { ticks.label($0) } == ["−40", "−30", "−20", "−10"])
        #expect(ticks.values.map { ticks.label($0, unicode: false) } == ["-40", "-30", "-20", "-10"])
        let across = AxisTicks(covering: -1...1)
        #expect(across.values.map { across.label($0) } == ["−1.0", "−0.5", "0.0", "0.5", "1.0"])
        #expect(across.label(-0.0) == "0.0")
        #expect(across.label(-0.001) == "0.0")
    }

    @Test("a marked value gets two more digits than the ticks, without trailing zeros")
    func preciseLabels() {
        let unit = AxisTicks(covering: 0...1)
        #expect(unit.preciseLabel(9.0 / 13) == "0.692")
        #expect(unit.preciseLabel(0.3) == "0.3")
        #expect(unit.preciseLabel(1) == "1")
        #expect(unit.preciseLabel(-0.25) == "−0.25")
        let tiny = AxisTicks(covering: 0...0.00035)
        #expect(tiny.preciseLabel(0.000328) == "3.28e−04")
    }

    @Test("a flat or broken range gets a tick at each finite end")
    func degenerate() {
        #expect(AxisTicks(covering: 2...2).values == [2])
        #expect(AxisTicks(covering: -Double.infinity...3).values == [3])
        #expect(AxisTicks(covering: 0...0).label(0) == "0")
        let half = AxisTicks(covering: 0.5...0.5)
        #expect(half.label(0.5) == "0.5")
        let tiny = AxisTicks(covering: 2.5e-7...2.5e-7)
        #expect(tiny.label(2.5e-7) == "2.5e−07")
        let tooWide = AxisTicks(covering: -1e308...1e308)
        #expect(tooWide.values == [-1e308, 1e308], "a span past Double's largest is not searched for a step")
        #expect(tooWide.label(1e308) == "1e+308")
    }
}
