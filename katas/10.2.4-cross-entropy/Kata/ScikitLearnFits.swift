/// scikit-learn's fits of the story's 200 points, quoted, not computed: the kata does
/// not depend on scikit-learn.
///
/// Taken with scikit-learn 1.9.1 (solver lbfgs) on the tutorial's data, as
/// `LogisticRegression(**options).fit(X, y)` with `X = randn(200, 1) * 2` and the labels
/// of the story; `Tests/KataTests/Reference/logistic_regression.py` refits them when
/// scikit-learn is installed and checks these numbers.
enum ScikitLearnFits {
    /// One fit: `coef_[0, 0]`, `intercept_[0]` and `n_iter_[0]`.
    struct Fit {
        /// The options passed, as Python writes them.
        var options: String
        /// The fitted weight, `coef_[0, 0]`.
        var weight: Double
        /// The fitted bias, `intercept_[0]`.
        var bias: Double
        /// The iterations lbfgs took, `n_iter_[0]`.
        var iterations: Int
    }

    /// `LogisticRegression()`: an L2 penalty with C = 1 and tol = 1e-4.
    static let shipped = Fit(options: "", weight: 1.32463635473037, bias: -0.06665434665403973, iterations: 5)
    /// `LogisticRegression(C=np.inf)`: no penalty, tol = 1e-4.
    static let unpenalised = Fit(options: "C=np.inf", weight: 1.370290010488931, bias: -0.07344738883633642,
                                 iterations: 5)
    /// `LogisticRegression(C=np.inf, tol=1e-10)`: no penalty, a tight tolerance.
    static let tight = Fit(options: "C=np.inf, tol=1e-10", weight: 1.370850454305978, bias: -0.07415064145895268,
                           iterations: 8)
    /// The tolerance lbfgs compares the largest entry of the mean loss's gradient with.
    static let defaultTolerance = 1e-4
    /// scikit-learn's C for `shipped`: the penalty is w²/(2C).
    static let defaultInverseStrength = 1.0
}
