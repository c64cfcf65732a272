// Written by Tests/KataTests/Reference/gamma_mle.py (numpy 2.4.6, scipy 1.17.1).
// Do not edit: rerun the script.

/// numpy's and scipy's values for kata 10.2.7 on the seed tutorial's stream.
enum GammaReference {
    /// The scipy release that computed these.
    static let scipyVersion = "1.17.1"
    /// The first Gaussian and exponential draws of the stream (before the Gamma data).
    static let firstNormal = 0x1.7f94545152610p+2, firstWait = 0x1.149eb4687e779p+0
    /// The first five Gamma draws, and the last.
    static let firstFive = [0x1.580ee96075d0dp+2, 0x1.741b91a499f91p+3, 0x1.e9868d34a6ad6p+2, 0x1.7f5fe754e3686p+1, 0x1.45b6f0285e525p+1]
    static let last = 0x1.b96ff790ef680p+1
    /// x̄, np.var(x) (1/n), and mean(ln x).
    static let mean = 6.028756450789013, variance = 11.94121724800999, meanLog = 1.6208506317022178
    /// The method-of-moments start with np.var's 1/n variance: α₀ = x̄²/s², β₀ = x̄/s².
    static let momShape = 3.0437352899669587, momRate = 0.5048695058113701
    /// The same with the unbiased 1/(n − 1) variance.
    static let unbiasedShape = 3.0285166135171244, unbiasedRate = 0.5023451582823134
    /// The exact maximum: α̂ from brentq on ln α − ψ(α) = ln x̄ − mean(ln x), β̂ = α̂/x̄.
    static let shape = 3.002239106165166, rate = 0.4979864638207848
    /// ℓ at the maximum, at the truth (3, 0.5) and at the method-of-moments start.
    static let logLikelihoodAtMaximum = -509.0462368211912
    static let logLikelihoodAtTruth = -509.05313684597036
    static let logLikelihoodAtStart = -509.05672640385296
    /// Newton-Raphson on the profile score from α₀ (relative step ≤ 1e-10): its iterates.
    static let newtonIterates = [3.0437352899669587, 3.0016384780257126, 3.0022389803436553, 3.0022391061651623, 3.002239106165166]
    static let newtonIterations = 4
    /// scipy L-BFGS-B from (α₀, β₀), bounds [(1e-6, None), (1e-6, None)]: x, fun, nit, nfev.
    static let lbfgsbShape = 3.002243248683467, lbfgsbRate = 0.4979872922748004
    static let lbfgsbNLL = 509.0462368213209
    static let lbfgsbIterations = 4, lbfgsbEvaluations = 18
    static let lbfgsbMessage = "CONVERGENCE: RELATIVE REDUCTION OF F <= FACTR*EPSMCH"
    /// Gradient descent on the mean NLL from (α₀, β₀): (η, stop, steps, α, β).
    static let descents: [(learningRate: Double, stop: String, steps: Int, shape: Double, rate: Double)] = [
        (0.001, "maxIterations", 10000, 3.0251914387043923, 0.5018125146765566),
        (0.01, "maxIterations", 10000, 3.0023448378345443, 0.498004088843741),
        (0.1, "converged", 2075, 3.0022392700904774, 0.49798649114644244),
        (0.15, "converged", 1381, 3.0022392704707825, 0.49798649120983784),
        (0.25, "maxIterations", 10000, 4.261010102983853, 0.5371379553580138),
        (2.0, "nonFinite", 4, 4.295591397928728, -4.911201931278728),
    ]
    /// η = 0.01 with a step tolerance of 1e-6: where the short-step rule stops it.
    static let fooled = (stop: "converged", steps: 5412, shape: 3.0038867357914687, rate: 0.498261116694589)
    /// The eigenvalues of the mean NLL's Hessian at the maximum, smallest first.
    static let hessianEigenvalues = (0.05984970726891148, 12.441005289888682)
    /// np.random.seed(14); standard_cauchy(size=5).
    static let cauchy = [0x1.397507efc6245p+4, -0x1.33da4012cd7ebp+1, -0x1.bb51df22ee905p+3, -0x1.c7183e20eb950p+2, -0x1.07868297694ebp-1]
    /// The local maximum the climber reaches from each observation, and the best of them.
    static let cauchyMaxima = [19.42305439863272, -2.1899120726368784, -13.443658281988514, -6.819358768142047, -2.1899120726368784]
    static let cauchyLogLikelihoods = [-31.476618263810497, -21.417538183407977, -26.52710485647768, -23.002932685363117, -21.417538183407977]
    static let cauchyBest = -2.1899120726368784
    /// ℓ of ½N(x₁, σ₁²) + ½N(x̄, s²) on the Gaussian sample, for each σ₁.
    static let mixtureSigmas = [2.0, 1.0, 0.1, 0.01, 0.0001, 1e-08, 1e-16, 1e-32, 1e-64, 1e-128]
    static let mixtureLogLikelihoods = [-206.57873212992897, -210.67653818946732, -257.70851454750533, -264.29754313424843, -260.36518954648835, -251.1548935369031, -232.7342127973875, -195.89285130948267, -122.21012833367318, 25.155317617945748]
    /// The same plus −2·ln σ₁² − 1/σ₁², the log of an inverse-gamma(1, 1) prior on σ₁² up to a constant.
    static let mixturePenalised = [-209.60132085216875, -211.67653818946732, -348.49817417552913, -10245.876862390296, -100000223.52382806, -1.0000000000000176e+16, -1e+32, -9.999999999999999e+63, -1e+128, -9.999999999999999e+255]
    /// scipy Nelder-Mead on the exponential waits' NLL from rate 1: x, nit, nfev; and 1/x̄.
    static let nelderMeadRate = 0.5319335937499995, nelderMeadIterations = 15, nelderMeadEvaluations = 30
    static let waitRate = 0.5319254050708649
}
