"""Reference values for kata 10.2.4 (MLE = cross-entropy: logistic regression).

Run from the package root with numpy 2.4.6 and scipy 1.17.1:

    python3 Tests/KataTests/Reference/logistic_regression.py

It writes Tests/KataTests/LogisticReference.swift. scikit-learn is optional: with it
(1.9.1 was used, e.g. `/path/to/venv/bin/python` of a venv that has it) the script
refits scikit-learn's three fits and checks them against the values quoted below;
without it, it writes the quoted values as they are. Neither the kata nor its tests
need scikit-learn.
"""

import os

import numpy as np
from scipy.optimize import minimize
from scipy.special import expit

OUT = os.path.join(os.path.dirname(__file__), "..", "LogisticReference.swift")

# The tutorial's stream: seed 42, then every draw before the logistic data, in order.
np.random.seed(42)
np.random.normal(5, 2, 50)
np.random.uniform(0, 10, 100)
np.random.normal(0, 2, 100)
for n in [5, 10, 30, 100, 500]:
    np.random.binomial(1, 0.7, n)
X = np.random.randn(200, 1) * 2
p_true = 1 / (1 + np.exp(-(1.5 * X[:, 0] - 0.5)))
y = np.random.binomial(1, p_true)
x = X[:, 0]
n = len(x)


def nll(t):
    z = t[0] * x + t[1]
    return np.sum(np.logaddexp(0, z) - y * z)


def grad(t):
    r = expit(t[0] * x + t[1]) - y
    return np.array([np.sum(r * x), np.sum(r)])


def hess(t, ridge=0.0):
    s = expit(t[0] * x + t[1])
    s = s * (1 - s)
    return np.array([[np.sum(s * x * x) + ridge, np.sum(s * x)], [np.sum(s * x), np.sum(s)]])


# BFGS with gtol 1e-12 stops with "precision loss" at a gradient of about 4e-9; Newton
# below polishes to a gradient of about 1e-14, and that is the maximum the tests use.
bfgs = minimize(nll, [0.0, 0.0], jac=grad, method="BFGS", options={"gtol": 1e-12})

# Nelder-Mead with scipy's defaults from (0, 0), as KataKit's port runs it.
nm = minimize(nll, [0.0, 0.0], method="Nelder-Mead")

# Gradient descent: learning rate 0.005 from (0, 0), until the gradient's norm is at most 1e-8.
eta, t, gd_steps = 0.005, np.zeros(2), 0
while np.linalg.norm(grad(t)) > 1e-8:
    t = t - eta * grad(t)
    gd_steps += 1
gd = t

# Newton from (0, 0), stopping as KataKit's NewtonMinimizer does (step ≤ 1e-10 · max(1, ‖x‖)).
t, newton_steps = np.zeros(2), 0
while True:
    step = np.linalg.solve(hess(t), grad(t))
    t = t - step
    newton_steps += 1
    if np.linalg.norm(step) <= 1e-10 * max(1, np.linalg.norm(t)):
        break
newton = t
w_hat, b_hat = newton
assert np.allclose(bfgs.x, newton, rtol=1e-8, atol=1e-9), (bfgs.x, newton)

# scikit-learn's fits, quoted (1.9.1, lbfgs): the default (L2 penalty, C = 1), the
# penalty off (C = inf) at the default tol = 1e-4, and the penalty off at tol = 1e-10.
SKLEARN = {
    "default": (1.32463635473037, -0.06665434665403973, 5),
    "unpenalised": (1.370290010488931, -0.07344738883633642, 5),
    "tight": (1.370850454305978, -0.07415064145895268, 8),
}
try:
    import sklearn
    from sklearn.linear_model import LogisticRegression

    for key, kwargs in [("default", {}), ("unpenalised", {"C": np.inf}), ("tight", {"C": np.inf, "tol": 1e-10})]:
        m = LogisticRegression(**kwargs).fit(X, y)
        got = (float(m.coef_[0, 0]), float(m.intercept_[0]), int(m.n_iter_[0]))
        assert got == SKLEARN[key], (key, got, SKLEARN[key], sklearn.__version__)
    print("scikit-learn", sklearn.__version__, "reproduces the quoted fits")
except ImportError:
    print("scikit-learn not installed: the quoted fits are written as they are")

sk_w, sk_b, _ = SKLEARN["unpenalised"]
mean_grad_at_sklearn = grad([sk_w, sk_b]) / n

# The L2-penalised maximum for C = 1, as scikit-learn defines it: maximise ℓ − w²/(2C)
# (the intercept is not penalised), by Newton.
t = np.zeros(2)
for _ in range(50):
    t = t - np.linalg.solve(hess(t, ridge=1.0), grad(t) + np.array([t[0], 0.0]))
penalised = t

# One Newton step from scikit-learn's unpenalised point.
from_sklearn = np.array([sk_w, sk_b]) - np.linalg.solve(hess([sk_w, sk_b]), grad([sk_w, sk_b]))

# Softmax and categorical cross-entropy: logits (2, 1, 0.1), the true class is the first.
logits = np.array([2.0, 1.0, 0.1])
softmax = np.exp(logits - logits.max()) / np.exp(logits - logits.max()).sum()
categorical = -np.log(softmax[0])

# CE = H(p) + KL(p‖q) for p = (0.7, 0.2, 0.1), q = (0.5, 0.3, 0.2).
p = np.array([0.7, 0.2, 0.1])
q = np.array([0.5, 0.3, 0.2])
entropy = -np.sum(p * np.log(p))
kl = np.sum(p * np.log(p / q))
cross = -np.sum(p * np.log(q))

# The intercept-only model: σ(b̂) = 99/200.
share = y.mean()
intercept_only = np.log(share / (1 - share))
share_entropy = -(share * np.log(share) + (1 - share) * np.log(1 - share))


def h(v):
    return float(v).hex()


values = [
    ("firstFiveX", "[" + ", ".join(h(v) for v in x[:5]) + "]", "The first five x values, `randn(200, 1) * 2`."),
    ("firstFiveLabels", str([int(v) for v in y[:5]]), "The first five labels."),
    ("ones", str(int(y.sum())), "How many of the 200 labels are 1."),
    ("xSum", h(x.sum()), "Σx over the 200 points (numpy's pairwise sum)."),
    ("exactWeight", repr(float(w_hat)), "The maximum's weight: numpy Newton to a gradient of ~1e-14."),
    ("exactBias", repr(float(b_hat)), "The maximum's bias (Newton)."),
    ("exactNLL", repr(float(nll(newton))), "The negative log-likelihood at the maximum."),
    ("bfgsWeight", repr(float(bfgs.x[0])), "scipy BFGS, gtol 1e-12 (stops with precision loss): the weight."),
    ("bfgsBias", repr(float(bfgs.x[1])), "scipy BFGS: the bias."),
    ("bfgsNLL", repr(float(bfgs.fun)), "scipy BFGS: the negative log-likelihood."),
    ("nllAtTruth", repr(float(nll([1.5, -0.5]))), "The negative log-likelihood at the true (1.5, −0.5)."),
    ("gradientAtOrigin", f"({h(grad([0, 0])[0])}, {h(grad([0, 0])[1])})", "The gradient of the NLL at (0, 0)."),
    ("nelderMeadWeight", repr(float(nm.x[0])), "scipy Nelder-Mead (defaults) from (0, 0): the weight."),
    ("nelderMeadBias", repr(float(nm.x[1])), "scipy Nelder-Mead: the bias."),
    ("nelderMeadNLL", repr(float(nm.fun)), "scipy Nelder-Mead: the negative log-likelihood there."),
    ("nelderMeadIterations", str(nm.nit), "scipy Nelder-Mead: nit."),
    ("nelderMeadEvaluations", str(nm.nfev), "scipy Nelder-Mead: nfev."),
    ("descentSteps", str(gd_steps), "Gradient descent at 0.005 from (0, 0): steps until ‖∇‖ ≤ 1e-8."),
    ("descentWeight", repr(float(gd[0])), "Gradient descent: the weight."),
    ("descentBias", repr(float(gd[1])), "Gradient descent: the bias."),
    ("newtonSteps", str(newton_steps), "Newton from (0, 0): steps until a step is ≤ 1e-10."),
    ("newtonWeight", repr(float(newton[0])), "Newton: the weight."),
    ("newtonBias", repr(float(newton[1])), "Newton: the bias."),
    ("scikitDefault", repr(SKLEARN["default"]), "scikit-learn 1.9.1 LogisticRegression(): (coef, intercept, n_iter)."),
    ("scikitUnpenalised", repr(SKLEARN["unpenalised"]), "scikit-learn LogisticRegression(C=np.inf)."),
    ("scikitTight", repr(SKLEARN["tight"]), "scikit-learn LogisticRegression(C=np.inf, tol=1e-10)."),
    ("meanGradientAtScikit", f"({repr(float(mean_grad_at_sklearn[0]))}, {repr(float(mean_grad_at_sklearn[1]))})",
     "The gradient of the mean log-loss at scikit-learn's C=np.inf point."),
    ("penalisedWeight", repr(float(penalised[0])), "The maximum of ℓ − w²/2 (C = 1): the weight."),
    ("penalisedBias", repr(float(penalised[1])), "The maximum of ℓ − w²/2: the bias."),
    ("newtonFromScikit", f"({repr(float(from_sklearn[0]))}, {repr(float(from_sklearn[1]))})",
     "One Newton step from scikit-learn's C=np.inf point."),
    ("softmaxExample", "[" + ", ".join(repr(float(v)) for v in softmax) + "]", "softmax(2, 1, 0.1)."),
    ("categoricalExample", repr(float(categorical)), "−log softmax(2, 1, 0.1)[0]."),
    ("entropyExample", repr(float(entropy)), "H(p) for p = (0.7, 0.2, 0.1)."),
    ("klExample", repr(float(kl)), "KL(p‖q) for q = (0.5, 0.3, 0.2)."),
    ("crossEntropyExample", repr(float(cross)), "H(p, q) = −Σ p log q."),
    ("interceptOnlyBias", repr(float(intercept_only)), "The intercept-only MLE, log(99/101)."),
    ("shareEntropy", repr(float(share_entropy)), "H(99/200), the mean BCE at the intercept-only MLE."),
]

with open(OUT, "w") as f:
    f.write("// Written by Tests/KataTests/Reference/logistic_regression.py (numpy 2.4.6, scipy 1.17.1,\n")
    f.write("// scikit-learn 1.9.1 quoted). Do not edit: rerun the script.\n\n")
    f.write("/// numpy's and scipy's values for kata 10.2.4 on the tutorial's seeded logistic data.\n")
    f.write("enum LogisticReference {\n")
    for name, value, doc in values:
        f.write(f"    /// {doc}\n    static let {name} = {value}\n")
    f.write("}\n")
print("wrote", os.path.normpath(OUT))
for name, value, _ in values:
    print(f"{name} = {value}")
