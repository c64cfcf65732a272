import Foundation
import KataKit
import Testing

/// A point of `Reference/scipy-special.json` (written by `scipy_special.py`).
struct SpecialPoint: Sendable {
    let x: Double
    /// The correctly rounded value, from mpmath at 200 bits.
    let exact: Double
    /// scipy's value, which the file leaves off where it is `exact`.
    let scipy: Double

    /// The points of each function, by the Swift function's name; empty if the file did
    /// not load, which the count test catches.
    static let all: [String: [SpecialPoint]] = {
        struct File: Decodable { let functions: [String: [[String]]] }
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .appendingPathComponent("Reference/scipy-special.json")
        guard let data = try? Data(contentsOf: url),
              let file = try? JSONDecoder().decode(File.self, from: data) else { return [:] }
        return file.functions.mapValues { rows in
            rows.compactMap { row in
                guard row.count >= 2, let x = Double(row[0]), let exact = Double(row[1]) else { return nil }
                return SpecialPoint(x: x, exact: exact, scipy: row.count > 2 ? Double(row[2]) ?? .nan : exact)
            }
        }
    }()
}

/// How far `value` is from `reference`, in units of the reference's last place.
func ulpsApart(_ value: Double, _ reference: Double) -> Double {
    if value == reference { return 0 }
    guard value.isFinite, reference.isFinite else { return .infinity }
    return abs(value - reference) / (reference == 0 ? Double.leastNonzeroMagnitude : reference.ulp)
}

/// One function over one part of its domain, with the error bound its test allows.
struct SpecialCase: Sendable, CustomTestStringConvertible {
    let name: String
    let function: @Sendable (Double) -> Double
    let domain: ClosedRange<Double>
    /// Ulps from the correctly rounded value: the measured maximum (in the comment at each
    /// case) plus one, room for another libm's erf, exp or log to round differently.
    let bound: Double
    var testDescription: String { "\(name) on \(domain)" }

    var points: [SpecialPoint] { (SpecialPoint.all[name] ?? []).filter { domain.contains($0.x) } }

    /// The worst point against `reference`, and its error in ulps.
    func worst(against reference: (SpecialPoint) -> Double, at points: [SpecialPoint]) -> (ulps: Double, x: Double) {
        points.map { (ulpsApart(function($0.x), reference($0)), $0.x) }.max { $0.0 < $1.0 } ?? (0, .nan)
    }

    static let all: [SpecialCase] = [
        // Each bound is the maximum measured on glibc (x86_64), plus one ulp.
        SpecialCase(name: "logGamma", function: { logGamma($0) }, domain: 1e-3...1e6, bound: 3),  // 2
        SpecialCase(name: "digamma", function: { digamma($0) }, domain: 1e-3...1e6, bound: 4),  // 3, next to x = 2
        SpecialCase(name: "trigamma", function: { trigamma($0) }, domain: 1e-3...1e6, bound: 3),  // 2
        // A few negative non-integers: glibc's lgamma, and the reflections, whose
        // subtraction costs digamma a factor of the cancellation (6 at −100.75).
        SpecialCase(name: "logGamma", function: { logGamma($0) }, domain: -101...(-0.1), bound: 3),  // 2
        SpecialCase(name: "digamma", function: { digamma($0) }, domain: -101...(-0.1), bound: 7),  // 6
        SpecialCase(name: "trigamma", function: { trigamma($0) }, domain: -101...(-0.1), bound: 2),  // 1
        SpecialCase(name: "normalCDF", function: { normalCDF($0) }, domain: -38...9, bound: 3),  // 2, in the lower tail
        SpecialCase(name: "normalQuantile", function: { normalQuantile($0) }, domain: 0...1, bound: 3),  // 2, near ½
    ]
}

@Suite("Special functions against the true values and scipy")
struct SpecialFunctionTests {
    /// scipy is trusted where it is within this many ulps of the true value. Elsewhere it is
    /// the reference that is wrong: gammaln at 245 points next to 1 and 2 (by up to 2·10⁹
    /// ulps), ndtr at 589 points of the lower tail (z below about −9, by up to 10¹³ ulps
    /// where Φ nears the subnormals).
    static let scipyTrusted = 4.0

    @Test("the reference file has all its points")
    func fileIsComplete() {
        // As scipy_special.py writes them; fewer means the file did not load.
        let counts = SpecialPoint.all.mapValues(\.count)
        #expect(counts == ["logGamma": 2076, "digamma": 2076, "trigamma": 2076,
                           "normalCDF": 1205, "normalQuantile": 1397])
    }

    @Test("within the bound of the correctly rounded value", arguments: SpecialCase.all)
    func matchesTrueValue(_ special: SpecialCase) {
        let points = special.points
        #expect(!points.isEmpty)
        let worst = special.worst(against: \.exact, at: points)
        #expect(worst.ulps <= special.bound,
                "\(special.name): \(worst.ulps) ulps at x = \(worst.x), bound \(special.bound)")
    }

    @Test("within the bound plus scipy's own error of scipy, where scipy is right", arguments: SpecialCase.all)
    func matchesSciPy(_ special: SpecialCase) {
        let trusted = special.points.filter { ulpsApart($0.scipy, $0.exact) <= Self.scipyTrusted }
        let worst = special.worst(against: \.scipy, at: trusted)
        let bound = special.bound + Self.scipyTrusted
        #expect(worst.ulps <= bound, "\(special.name): \(worst.ulps) ulps from scipy at x = \(worst.x), bound \(bound)")
    }
}

@Suite("Special functions at their edges")
struct SpecialFunctionEdgeTests {
    @Test("the poles: ln |Γ| is +∞ there, ψ and ψ′ have no value")
    func poles() {
        for pole in [0.0, -0.0, -1, -2, -50] {
            #expect(logGamma(pole) == .infinity)
            #expect(digamma(pole).isNaN)
            #expect(trigamma(pole).isNaN)
        }
    }

    @Test("infinities and NaN")
    func infinities() {
        #expect(logGamma(.infinity) == .infinity)
        #expect(digamma(.infinity) == .infinity)
        #expect(trigamma(.infinity) == 0)
        #expect(digamma(-.infinity).isNaN && trigamma(-.infinity).isNaN)
        #expect(digamma(.nan).isNaN && trigamma(.nan).isNaN && logGamma(.nan).isNaN)
        #expect(normalCDF(-.infinity) == 0 && normalCDF(.infinity) == 1 && normalCDF(.nan).isNaN)
        #expect(normalQuantile(0) == -.infinity && normalQuantile(1) == .infinity)
    }

    @Test("the quantile is NaN outside 0 … 1", arguments: [-0.1, 1.1, -.infinity, .infinity, .nan])
    func quantileOutsideZeroOne(_ p: Double) {
        #expect(normalQuantile(p).isNaN)
    }

    @Test("the 95 % interval's z is computed, and is the double nearest Φ⁻¹(0.975)")
    func ninetyFivePercentZ() {
        let z = normalQuantile(1 - 0.05 / 2)
        // The true Φ⁻¹ of the double 0.975 is 1.95996398454005385…; scipy's ndtri gives
        // the next double up, 1.959963984540054, and both print so to 16 digits.
        #expect(z == 1.9599639845400538)
        #expect(String(format: "%.16g", z) == "1.959963984540054")
        #expect(ulpsApart(normalCDF(z), 0.975) <= 1)
    }
}
