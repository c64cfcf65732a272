extension NelderMead {
    /// Reflection coefficient ρ (scipy's `rho`).
    static let reflection = 1.0
    /// Expansion coefficient χ (scipy's `chi`).
    static let expansion = 2.0
    /// Contraction coefficient ψ (scipy's `psi`).
    static let contraction = 0.5
    /// Shrink coefficient σ (scipy's `sigma`).
    static let shrinkage = 0.5

    /// One iteration of scipy's loop body: reflect, then expand, accept, contract or shrink.
    ///
    /// Points are computed with scipy's formulas in scipy's order (for example
    /// `(1 + ρ)·x̄ − ρ·worst`), so each coordinate rounds as numpy rounds it. When the
    /// budget runs out mid-iteration the error propagates like scipy's
    /// `_MaxFuncCallError`: what was assigned stays assigned, including a shrunk vertex
    /// whose new value was never computed.
    /// - Parameters:
    ///   - simplex: The simplex, sorted best first; left unsorted after the move.
    ///   - evaluate: The objective behind the evaluation budget.
    static func move(
        _ simplex: inout Simplex, evaluate: ([Double]) throws(EvaluationBudgetExhausted) -> Double
    ) throws(EvaluationBudgetExhausted) {
        let worst = simplex.vertices.count - 1
        let centroid = simplex.centroidOfAllButWorst()
        let worstVertex = simplex.vertices[worst]
        func point(centroidWeight: Double, worstWeight: Double) -> [Double] {
            // a·x̄ + b·w with b < 0 rounds exactly as numpy's a·x̄ − |b|·w.
            zip(centroid, worstVertex).map { centroidWeight * $0 + worstWeight * $1 }
        }
        let (rho, chi, psi) = (reflection, expansion, contraction)

        let reflected = point(centroidWeight: 1 + rho, worstWeight: -rho)
        let reflectedValue = try evaluate(reflected)
        if reflectedValue < simplex.values[0] {
            let expanded = point(centroidWeight: 1 + rho * chi, worstWeight: -rho * chi)
            let expandedValue = try evaluate(expanded)
            if expandedValue < reflectedValue {
                simplex.replace(worst, with: expanded, value: expandedValue)
            } else {
                simplex.replace(worst, with: reflected, value: reflectedValue)
            }
        } else if reflectedValue < simplex.values[worst - 1] {
            simplex.replace(worst, with: reflected, value: reflectedValue)
        } else if reflectedValue < simplex.values[worst] {
            let outside = point(centroidWeight: 1 + psi * rho, worstWeight: -psi * rho)
            let outsideValue = try evaluate(outside)
            if outsideValue <= reflectedValue {
                simplex.replace(worst, with: outside, value: outsideValue)
            } else {
                try shrink(&simplex, evaluate: evaluate)
            }
        } else {
            let inside = point(centroidWeight: 1 - psi, worstWeight: psi)
            let insideValue = try evaluate(inside)
            if insideValue < simplex.values[worst] {
                simplex.replace(worst, with: inside, value: insideValue)
            } else {
                try shrink(&simplex, evaluate: evaluate)
            }
        }
    }

    /// Moves every vertex but the best halfway towards it, evaluating each as it moves.
    private static func shrink(
        _ simplex: inout Simplex, evaluate: ([Double]) throws(EvaluationBudgetExhausted) -> Double
    ) throws(EvaluationBudgetExhausted) {
        let best = simplex.vertices[0]
        for j in 1..<simplex.vertices.count {
            simplex.vertices[j] = zip(best, simplex.vertices[j]).map { $0 + shrinkage * ($1 - $0) }
            simplex.values[j] = try evaluate(simplex.vertices[j])
        }
    }
}
