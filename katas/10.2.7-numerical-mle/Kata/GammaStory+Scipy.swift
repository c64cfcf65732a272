import Foundation

// What scipy's L-BFGS-B reports on the same data, and why it is a little short.

/// scipy's L-BFGS-B answer, quoted, against Newton's maximum; why it stopped where it did.
func tellScipy(_ narrator: Narrator, _ maths: ReferenceSolution, sample: [Double], fit: GammaFit) {
    narrator.heading("What scipy reports")
    narrator.prose("""
    The tutorial hands the negative log-likelihood to scipy: \
    `minimize(nll, [α₀, β₀], method='L-BFGS-B', bounds=\(ScipyFit.bounds))`, where the \
    bounds keep both parameters positive and the gradient is left to finite \
    differences. `ScipyFit` holds scipy \(scipyVersion)'s answer, *quoted* from a run of \
    it, not computed here. Everything after it is computed.
    """)
    let (shapeGap, rise, scoreThere) = narrator.step { show in
        let (alpha, beta) = (ScipyFit.shape, ScipyFit.rate)
        show("scipy L-BFGS-B, quoted: α = \(alpha, decimals: 9)",
             " β = \(beta, decimals: 9)")
        show("  nit = \(ScipyFit.iterations), nfev = \(ScipyFit.evaluations):",
             ScipyFit.message)
        show("Newton's maximum:       α̂ = \(fit.shape, decimals: 9)",
             " β̂ = \(fit.rate, decimals: 9)")
        let ell = maths.logLikelihood(shape: alpha, rate: beta,
                                      observations: sample)
        let rise = fit.logLikelihood - ell
        let score = maths.profileScore(shape: alpha, observations: sample)
        show("α − α̂ = \(ScipyFit.shape - fit.shape, significant: 3)")
        show("ℓ(α̂, β̂) − ℓ(scipy) = \(rise, significant: 3)")
        show("profile score at scipy's α: \(score, significant: 3)")
        return (ScipyFit.shape - fit.shape, rise, score)
    }
    narrator.prose("""
    scipy stops \(prose: shapeGap, significant: 2) from α̂, and its log-likelihood is \
    \(prose: rise, significant: 2) below the maximum. Its message says why: L-BFGS-B \
    stops when an iteration lowers f by less than factr·ε = \
    \(prose: ScipyFit.relativeReduction, significant: 3) of |f|. With |f| ≈ \
    \(prose: fit.logLikelihood.magnitude, decimals: 0), that is a change of about \
    \(prose: ScipyFit.relativeReduction * fit.logLikelihood.magnitude, significant: 2): far larger \
    than the gap left, so the optimiser rightly calls the point converged by *its* \
    rule. Its gradient, by forward differences with a step of \
    \(prose: ScipyFit.finiteDifferenceStep, significant: 1), cannot see much further anyway. One Newton step from scipy's α closes the gap:
    """)
    let (stepped, distance, standardError) = narrator.step { show in
        let (stepped, _) = maths.newtonRaphson(
            observations: sample, start: ScipyFit.shape,
            tolerance: 1e-10, maxIterations: 1)
        let distance = abs(stepped - fit.shape)
        show("one Newton step from scipy's α: \(stepped, decimals: 12)")
        show("from α̂:", "\(distance, significant: 2)")
        // The profile's curvature at α̂ gives α̂'s standard error, as in 10.2.5.
        let n = Double(sample.count)
        let curvature = n * (trigamma(fit.shape) - 1 / fit.shape)
        let standardError = 1 / curvature.squareRoot()
        show("standard error of α̂, 1/√(−score′(α̂)):",
             "\(standardError, decimals: 4)")
        return (stepped, distance, standardError)
    }
    let (shortfall, reach) = (1e-6, 1e-10)
    narrator.claim("""
        scipy's α is more than \(prose: shortfall, significant: 1) from α̂, its ℓ below the maximum, \
        its profile score not zero (\(prose: scoreThere, significant: 2)), and one Newton step from it lands \
        within \(prose: reach, significant: 1) of α̂
        """, abs(shapeGap) > shortfall && rise > 0 && scoreThere != 0 && distance < reach && stepped.isFinite)
    narrator.prose("""
    For a Gamma fit no one will notice a difference of \(prose: abs(shapeGap), significant: 1) in α: \
    the standard error, \(standardError, decimals: 3), is \(prose: standardError / abs(shapeGap), significant: 2) times \
    larger. But "converged" always means "my \
    stopping test passed", on the optimiser's own scale. When the exact maximum \
    matters, check the gradient (here the score) where the optimiser stopped.
    """)
}
