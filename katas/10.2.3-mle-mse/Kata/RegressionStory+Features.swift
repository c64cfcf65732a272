import Foundation

// The end of the story: several features, the normal equations, and QR.

/// w = (XᵀX)⁻¹Xᵀy for the features x and x², by LinearSystem and by QR, and whether x² earns its place.
func tellFeatures(_ narrator: Narrator, _ maths: ReferenceSolution, _ data: StoryPoints, _ fit: ClosedFormFit) {
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
    the intercept) on our data: form XᵀX and Xᵀy, and solve XᵀX w = Xᵀy with KataKit's \
    `LinearSystem` (Gaussian elimination: never compute the inverse itself). In numpy:

      X = np.column_stack([x, x**2, np.ones_like(x)])
      np.linalg.solve(X.T @ X, X.T @ y)
    """)
    let (rows, normal, cells) = narrator.step { show in
        let rows = x.map { [$0, $0 * $0, 1.0] }
        let k = 0..<3
        let xtx = k.map { i in
            k.map { j in rows.reduce(0) { $0 + $1[i] * $1[j] } }
        }
        let xty = k.map { i in zip(rows, y).reduce(0) { $0 + $1.0[i] * $1.1 } }
        let normal = LinearSystem.solve(xtx, xty) ?? [.nan, .nan, .nan]
        let cells = { (w: [Double]) in
            w.map { String(format: "%13.8f", $0) }.joined(separator: "  ")
        }
        show("                    weight of x    weight of x²   intercept")
        show("normal equations   ", cells(normal))
        return (rows, normal, cells)
    }
    narrator.prose("""
    Compare with `LeastSquares.fit`, which works on X directly through a QR \
    factorisation, as numpy's `np.linalg.lstsq(X, y)` does with an SVD:
    """)
    let qr = narrator.step { show in
        let features = x.map { [$0, $0 * $0] }
        let fitted = try? LeastSquares.fit(features: features, targets: y)
        let qr = fitted.map { $0.weights + [$0.intercept] } ?? [.nan, .nan, .nan]
        show("QR                 ", cells(qr))
        return qr
    }
    let gap = zip(normal, qr).map { abs($0 - $1) }.max() ?? .infinity
    let tolerance = 1e-9
    narrator.claim("the normal equations and QR agree to \(prose: tolerance, significant: 1) on all three weights",
                   gap < tolerance)
    let line = fit.line
    let straight = normalEquations(x.map { [$0, 1.0] }, y) ?? [.nan, .nan]
    narrator.claim("with the features x and 1 alone, the normal equations give back the line (\(straight[0], decimals: 8), \(straight[1], decimals: 8)), within \(prose: tolerance, significant: 1) of the closed form",
                   abs(straight[0] - line.slope) < tolerance && abs(straight[1] - line.intercept) < tolerance)
    narrator.prose("""
    On the same data the QR route is the safer one in general: forming XᵀX squares \
    the matrix's condition number, so nearly dependent features lose twice as many \
    digits through the normal equations. Here the features are tame and both routes \
    agree.

    Should the line bend? Each model's NLL at its best σ̂ is n/2 · ln(2π · RSS/n) + \
    n/2, so twice the drop in NLL is n · ln(RSS_line / RSS_curve). Compute both RSS:
    """)
    let (rssLine, rssCurve, ratio) = narrator.step { show in
        let rssLine = n * maths.noiseVariance(x: x, y: y)
        let rssCurve = zip(rows, y).reduce(0.0) { sum, point in
            let prediction = zip(point.0, normal).reduce(0) { $0 + $1.0 * $1.1 }
            return sum + (point.1 - prediction) * (point.1 - prediction)
        }
        let ratio = n * log(rssLine / rssCurve)
        show("RSS, line:", "\(rssLine, decimals: 2)")
        show("RSS, curve:", "\(rssCurve, decimals: 2)")
        show("n · ln(RSS_line / RSS_curve) =", "\(ratio, decimals: 3)")
        return (rssLine, rssCurve, ratio)
    }
    let z = 1.96
    narrator.prose("""
    The x² weight, \(prose: normal[1], decimals: 4), is small, and the extra feature \
    lowers the RSS only from \(rssLine, decimals: 2) to \(rssCurve, decimals: 2). A \
    likelihood-ratio test asks twice the drop to exceed \(z, decimals: 2)² = \
    \(z * z, decimals: 2) before one extra parameter counts as real at the \(100 * erf(z / 2.0.squareRoot()), decimals: 0)% level: \
    the data give no good reason to bend the line, and the truth, a straight line, \
    agrees.
    """)
    narrator.claim("the RSS falls when x² is added, and n · ln(RSS_line / RSS_curve) = \(ratio, decimals: 3) is below \(z, decimals: 2)² = \(z * z, decimals: 4)",
                   rssCurve < rssLine && ratio > 0 && ratio < z * z)
}

/// Solves XᵀX w = Xᵀy for the rows of X, or `nil` when XᵀX is singular.
private func normalEquations(_ rows: [[Double]], _ y: [Double]) -> [Double]? {
    let width = rows.first?.count ?? 0
    let gram = (0..<width).map { i in (0..<width).map { j in rows.reduce(0) { $0 + $1[i] * $1[j] } } }
    let moment = (0..<width).map { i in zip(rows, y).reduce(0) { $0 + $1.0[i] * $1.1 } }
    return LinearSystem.solve(gram, moment)
}
