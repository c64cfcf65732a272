import Foundation

// The end of the story: several features, the normal equations, and QR.

/// w = (XᵀX)⁻¹Xᵀy for the features x and x², by LinearSystem and by QR, and whether x² earns its place.
func tellFeatures(_ narrator: Narrator, _ maths: ReferenceSolution, _ data: (x: [Double], y: [Double])) {
    let (x, y) = data
    let n = Double(x.count)
    narrator.heading("Several features: the normal equations")
    narrator.prose("""
    Nothing above needed the model to be a line. Put the features of point i in a row \
    (xᵢ, xᵢ², …, 1), stack the rows into a matrix X, and let y = Xw + ε with the same \
    Gaussian noise. The negative log-likelihood is again a constant plus \
    ‖y − Xw‖²/(2σ²), so maximum likelihood is again least squares. Its gradient in w \
    is −Xᵀ(y − Xw)/σ², zero where

      XᵀX w = Xᵀy,   so   w = (XᵀX)⁻¹ Xᵀy

    the normal equations. Try it with the features x and x² (and a column of ones for \
    the intercept) on our data, solving XᵀX w = Xᵀy with KataKit's LinearSystem \
    (Gaussian elimination: never compute the inverse itself), and compare with \
    LeastSquares.fit, which works on X directly through a QR factorisation, as numpy's \
    lstsq does with an SVD:

      X = np.column_stack([x, x**2, np.ones_like(x)])
      np.linalg.solve(X.T @ X, X.T @ y)
      np.linalg.lstsq(X, y)
    """)
    let rows = x.map { [$0, $0 * $0, 1.0] }
    let normal = normalEquations(rows, y) ?? [.nan, .nan, .nan]
    let fitted = try? LeastSquares.fit(features: x.map { [$0, $0 * $0] }, targets: y)
    let qr = fitted.map { $0.weights + [$0.intercept] } ?? [.nan, .nan, .nan]
    func row(_ name: String, _ w: [Double]) -> String {
        "  " + name.padding(toLength: 20, withPad: " ", startingAt: 0) + w.map { String(format: "%13.8f", $0) }.joined(separator: "  ")
    }
    narrator.output("""
                          weight of x    weight of x²   intercept
    \(row("normal equations", normal))
    \(row("QR", qr))
    """)
    let gap = zip(normal, qr).map { abs($0 - $1) }.max() ?? .infinity
    narrator.claim("the normal equations and QR agree to 10⁻⁹ on all three weights", gap < 1e-9)
    let line = maths.leastSquares(x: x, y: y)
    let straight = normalEquations(x.map { [$0, 1.0] }, y) ?? [.nan, .nan]
    narrator.claim("with the features x and 1 alone, the normal equations give back the line (\(straight[0], decimals: 8), \(straight[1], decimals: 8)), within 10⁻⁹ of the closed form",
                   abs(straight[0] - line.slope) < 1e-9 && abs(straight[1] - line.intercept) < 1e-9)
    let rssLine = maths.meanSquaredError(x: x, y: y, slope: line.slope, intercept: line.intercept) * n
    var rssCurve = 0.0
    for (row, yi) in zip(rows, y) {
        let prediction: Double = zip(row, normal).reduce(0) { $0 + $1.0 * $1.1 }
        rssCurve += (yi - prediction) * (yi - prediction)
    }
    let ratio = n * log(rssLine / rssCurve)
    narrator.prose("""
    On the same data the QR route is the safer one in general: forming XᵀX squares \
    the matrix's condition number, so nearly dependent features lose twice as many \
    digits through the normal equations. Here the features are tame and both routes \
    agree.

    Should the line bend? The x² weight, \(prose: normal[1], decimals: 4), is small, \
    and the extra feature lowers the RSS from \(rssLine, decimals: 2) to \
    \(rssCurve, decimals: 2). Each model's NLL at its best σ̂ is n/2 · ln(2π · RSS/n) + \
    n/2, so twice the drop in NLL is n · ln(RSS_line / RSS_curve) = \(ratio, decimals: 3). \
    A likelihood-ratio test asks it to exceed 1.96² = \(1.96 * 1.96, decimals: 2) before \
    one extra parameter counts as real at the 95% level: the data give no good \
    reason to bend the line, and the truth, a straight line, agrees.
    """)
    narrator.claim("the RSS falls when x² is added, and n · ln(RSS_line / RSS_curve) = \(ratio, decimals: 3) is below 1.96² = \(1.96 * 1.96, decimals: 4)",
                   rssCurve < rssLine && ratio > 0 && ratio < 1.96 * 1.96)
}

/// Solves XᵀX w = Xᵀy for the rows of X, or `nil` when XᵀX is singular.
private func normalEquations(_ rows: [[Double]], _ y: [Double]) -> [Double]? {
    let width = rows.first?.count ?? 0
    let gram = (0..<width).map { i in (0..<width).map { j in rows.reduce(0) { $0 + $1[i] * $1[j] } } }
    let moment = (0..<width).map { i in zip(rows, y).reduce(0) { $0 + $1.0[i] * $1.1 } }
    return LinearSystem.solve(gram, moment)
}
