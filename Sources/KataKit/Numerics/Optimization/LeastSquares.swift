/// Closed-form least squares, which is maximum likelihood for a linear model with Gaussian noise.
///
/// Both fits centre the data first (the means by the corrected two-pass method), so data
/// far from zero, such as x around 10⁸, lose no accuracy to cancellation; the multiple
/// fit then solves for w = (XᵀX)⁻¹Xᵀy by Householder QR, never forming XᵀX or an inverse.
/// Bad input is a thrown `LeastSquaresError`, never a trap.
public enum LeastSquares {
    /// Fits y ≈ slope·x + intercept: slope = Σ(x − x̄)(y − ȳ) / Σ(x − x̄)², intercept = ȳ − slope·x̄.
    /// - Parameters:
    ///   - x: The inputs.
    ///   - y: The outputs, one per input.
    /// - Returns: The slope and the intercept.
    /// - Throws: `LeastSquaresError` when the lengths differ, there are fewer than two
    ///   points, a value is not finite, or all x are equal (no slope is determined).
    public static func line(x: [Double], y: [Double]) throws(LeastSquaresError) -> LineFit {
        guard x.count == y.count else {
            throw .shapeMismatch("x has \(x.count) values but y has \(y.count)")
        }
        guard x.count >= 2 else { throw .tooFewObservations(observations: x.count, parameters: 2) }
        guard VectorArithmetic.isFinite(x), VectorArithmetic.isFinite(y) else { throw .nonFiniteData }
        guard x.contains(where: { $0 != x[0] }) else { throw .rankDeficient("all x are equal") }

        let xMean = mean(x)
        let yMean = mean(y)
        var sxy = 0.0
        var sxx = 0.0
        for (xi, yi) in zip(x, y) {
            sxy += (xi - xMean) * (yi - yMean)
            sxx += (xi - xMean) * (xi - xMean)
        }
        guard sxx > 0 else { throw .rankDeficient("the spread of x is zero to working precision") }
        let slope = sxy / sxx
        return LineFit(slope: slope, intercept: yMean - slope * xMean)
    }

    /// Fits y ≈ X·w (+ intercept), numpy's `lstsq` on X (with a column of ones appended
    /// when `includesIntercept`).
    /// - Parameters:
    ///   - features: X, one row per observation, one column per feature.
    ///   - targets: y, one per row.
    ///   - includesIntercept: Whether to fit an intercept as well; `true` unless given.
    /// - Returns: The weights and the intercept (0 without one).
    /// - Throws: `LeastSquaresError` when shapes do not match, there are fewer rows than
    ///   parameters, a value is not finite, or the columns are linearly dependent.
    public static func fit(features: [[Double]], targets: [Double],
                           includesIntercept: Bool = true) throws(LeastSquaresError) -> LinearFit {
        guard features.count == targets.count else {
            throw .shapeMismatch("features has \(features.count) rows but targets has \(targets.count) values")
        }
        let width = features.first?.count ?? 0
        if let row = features.firstIndex(where: { $0.count != width }) {
            throw .shapeMismatch("row \(row) has \(features[row].count) features but row 0 has \(width)")
        }
        let parameters = width + (includesIntercept ? 1 : 0)
        guard parameters > 0 else { throw .shapeMismatch("there are no features and no intercept to fit") }
        guard features.count >= parameters else {
            throw .tooFewObservations(observations: features.count, parameters: parameters)
        }
        guard features.allSatisfy(VectorArithmetic.isFinite), VectorArithmetic.isFinite(targets) else {
            throw .nonFiniteData
        }
        guard width > 0 else { return LinearFit(weights: [], intercept: mean(targets)) }

        var columns = (0..<width).map { j in features.map { $0[j] } }
        var y = targets
        var columnMeans = [Double](repeating: 0, count: width)
        var yMean = 0.0
        if includesIntercept {
            // Fitting centred columns is the same problem with the intercept eliminated.
            columnMeans = columns.map(mean)
            yMean = mean(y)
            for j in columns.indices { columns[j] = columns[j].map { $0 - columnMeans[j] } }
            y = y.map { $0 - yMean }
        }
        guard let weights = HouseholderQR.solve(columns: columns, targets: y) else {
            throw .rankDeficient(includesIntercept
                ? "a feature is constant or a combination of the others"
                : "a feature is zero or a combination of the others")
        }
        guard includesIntercept else { return LinearFit(weights: weights, intercept: 0) }
        let intercept = zip(weights, columnMeans).reduce(yMean) { $0 - $1.0 * $1.1 }
        return LinearFit(weights: weights, intercept: intercept)
    }

    /// The mean by the corrected two-pass method: x̄ = Σx/n, then x̄ + Σ(x − x̄)/n, which
    /// removes most of the rounding error of the first pass.
    static func mean(_ values: [Double]) -> Double {
        let count = Double(values.count)
        let first = values.reduce(0, +) / count
        return first + values.reduce(0) { $0 + ($1 - first) } / count
    }
}
