import Foundation

extension DefaultStringInterpolation {
    /// Interpolates a number with a fixed count of decimals, as code output prints it
    /// (`NumberText` without Unicode): `"\(0.69230, decimals: 4)"` is `0.6923`.
    public mutating func appendInterpolation(_ value: Double, decimals: Int) {
        appendLiteral(NumberText.write(value, unicode: false) { String(format: "%.\(max(0, decimals))f", $0) })
    }

    /// Interpolates a number with a count of significant digits, switching to
    /// scientific notation for very large or small magnitudes: `1.2207e-04`.
    public mutating func appendInterpolation(_ value: Double, significant: Int) {
        appendLiteral(NumberText.write(value, unicode: false) { String(format: "%.\(max(1, significant))g", $0) })
    }
}
