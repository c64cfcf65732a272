// Written by Tests/KataTests/Reference/logistic_regression.py (numpy 2.4.6, scipy 1.17.1,
// scikit-learn 1.9.1 quoted). Do not edit: rerun the script.

/// numpy's and scipy's values for kata 10.2.4 on the tutorial's seeded logistic data.
enum LogisticReference {
    /// The first five x values, `randn(200, 1) * 2`.
    static let firstFiveX = [-0x1.a12d01848f2f1p+1, 0x1.1a8ddf7ecf867p+0, 0x1.00b6a67bdd710p+2, 0x1.6f6829de31372p+0, -0x1.e068428cebba5p-1]
    /// The first five labels.
    static let firstFiveLabels = [0, 1, 0, 1, 0]
    /// How many of the 200 labels are 1.
    static let ones = 99
    /// Σx over the 200 points (numpy's pairwise sum).
    static let xSum = -0x1.2b917f60093b0p+4
    /// The maximum's weight: numpy Newton to a gradient of ~1e-14.
    static let exactWeight = 1.370850449128573
    /// The maximum's bias (Newton).
    static let exactBias = -0.07415064404050009
    /// The negative log-likelihood at the maximum.
    static let exactNLL = 75.33189067136317
    /// scipy BFGS, gtol 1e-12 (stops with precision loss): the weight.
    static let bfgsWeight = 1.3708504492054245
    /// scipy BFGS: the bias.
    static let bfgsBias = -0.07415064421044573
    /// scipy BFGS: the negative log-likelihood.
    static let bfgsNLL = 75.33189067136315
    /// The negative log-likelihood at the true (1.5, −0.5).
    static let nllAtTruth = 77.40340873868124
    /// The gradient of the NLL at (0, 0).
    static let gradientAtOrigin = (-0x1.10ba916c4d75cp+7, 0x1.0000000000000p+0)
    /// scipy Nelder-Mead (defaults) from (0, 0): the weight.
    static let nelderMeadWeight = 1.370812278545535
    /// scipy Nelder-Mead: the bias.
    static let nelderMeadBias = -0.0741381630061585
    /// scipy Nelder-Mead: the negative log-likelihood there.
    static let nelderMeadNLL = 75.33189069217804
    /// scipy Nelder-Mead: nit.
    static let nelderMeadIterations = 68
    /// scipy Nelder-Mead: nfev.
    static let nelderMeadEvaluations = 130
    /// Gradient descent at 0.005 from (0, 0): steps until ‖∇‖ ≤ 1e-8.
    static let descentSteps = 174
    /// Gradient descent: the weight.
    static let descentWeight = 1.3708504489144842
    /// Gradient descent: the bias.
    static let descentBias = -0.07415064365641348
    /// Newton from (0, 0): steps until a step is ≤ 1e-10.
    static let newtonSteps = 7
    /// Newton: the weight.
    static let newtonWeight = 1.370850449128573
    /// Newton: the bias.
    static let newtonBias = -0.07415064404050009
    /// scikit-learn 1.9.1 LogisticRegression(): (coef, intercept, n_iter).
    static let scikitDefault = (1.32463635473037, -0.06665434665403973, 5)
    /// scikit-learn LogisticRegression(C=np.inf).
    static let scikitUnpenalised = (1.370290010488931, -0.07344738883633642, 5)
    /// scikit-learn LogisticRegression(C=np.inf, tol=1e-10).
    static let scikitTight = (1.370850454305978, -0.07415064145895268, 8)
    /// The gradient of the mean log-loss at scikit-learn's C=np.inf point.
    static let meanGradientAtScikit = (-6.698300813250624e-05, 7.431911693229431e-05)
    /// The maximum of ℓ − w²/2 (C = 1): the weight.
    static let penalisedWeight = 1.3248165390397055
    /// The maximum of ℓ − w²/2: the bias.
    static let penalisedBias = -0.06743814716753448
    /// One Newton step from scikit-learn's C=np.inf point.
    static let newtonFromScikit = (1.3708500997306348, -0.07415039586452402)
    /// softmax(2, 1, 0.1).
    static let softmaxExample = [0.6590011388859679, 0.24243297070471392, 0.09856589040931818]
    /// −log softmax(2, 1, 0.1)[0].
    static let categoricalExample = 0.4170300162778335
    /// H(p) for p = (0.7, 0.2, 0.1).
    static let entropyExample = 0.8018185525433372
    /// KL(p‖q) for q = (0.5, 0.3, 0.2).
    static let klExample = 0.0851228259572216
    /// H(p, q) = −Σ p log q.
    static let crossEntropyExample = 0.886941378500559
    /// The intercept-only MLE, log(99/101).
    static let interceptOnlyBias = -0.020000666706669543
    /// H(99/200), the mean BCE at the intercept-only MLE.
    static let shareEntropy = 0.6930971797265786
}
