/// The scipy release `ScipyFit` quotes.
let scipyVersion = "1.17.1"

/// scipy's L-BFGS-B fit of the story's 200 Gamma draws, quoted, not computed: the kata
/// runs no Python.
///
/// Taken with scipy 1.17.1 (numpy 2.4.6) as
/// `minimize(nll, [α₀, β₀], method='L-BFGS-B', bounds=[(1e-6, None), (1e-6, None)])`, with
/// `nll = lambda p: -np.sum(stats.gamma.logpdf(x, a=p[0], scale=1/p[1]))` and (α₀, β₀) the
/// method-of-moments start; every other option at scipy's default, so the gradient is by
/// finite differences. `Tests/KataTests/Reference/gamma_mle.py` refits it, and a test checks
/// these numbers against the script's.
enum ScipyFit {
    /// `res.x[0]`: the shape.
    static let shape = 3.002243248683467
    /// `res.x[1]`: the rate.
    static let rate = 0.4979872922748004
    /// `res.fun`: the negative log-likelihood there.
    static let negativeLogLikelihood = 509.0462368213209
    /// `res.nit` and `res.nfev`.
    static let iterations = 4, evaluations = 18
    /// `res.message`.
    static let message = "CONVERGENCE: RELATIVE REDUCTION OF F <= FACTR*EPSMCH"
    /// L-BFGS-B's default `ftol`, factr · machine epsilon = 1e7 · 2⁻⁵²: it stops when an
    /// iteration lowers f by less than this much relative to |f|.
    static let relativeReduction = 2.220446049250313e-09
    /// The step of L-BFGS-B's default forward-difference gradient (its `eps`).
    static let finiteDifferenceStep = 1e-8
    /// The bounds passed, as Python writes them.
    static let bounds = "[(1e-6, None), (1e-6, None)]"
}
