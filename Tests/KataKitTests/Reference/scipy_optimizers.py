"""Writes ScipyReference.swift: what scipy's Nelder-Mead and numpy's lstsq return on
the problems that NelderMeadTests and LeastSquaresTests solve with KataKit.

Regenerate from the package root with

    python3 Tests/KataKitTests/Reference/scipy_optimizers.py > Tests/KataKitTests/ScipyReference.swift

Only for generating reference values: nothing in the package runs Python.

Each objective below is written with plain float arithmetic in the order in which
OptimizationProblems.swift computes it, so both sides evaluate bit-identical values
and KataKit's port can be compared with scipy to the last bit, iteration counts
included. (Functions from scipy that sum with numpy's pairwise summation, for more
than 7 terms, would round differently from a Swift loop.) The Rosenbrock function
here is checked to equal scipy.optimize.rosen exactly, and the regression NLL is
checked to land where the numpy-vectorised form a tutorial writes lands.

numpy's argsort is not a stable sort (with SIMD sorting its order of ties depends on
the CPU), and KataKit sorts the simplex stably. So every problem is also solved with
argsort patched to a stable sort, and the script refuses a problem whose result
depends on the order of ties.
"""
import json
import math
import sys

import numpy as np
import scipy
import scipy.optimize as so


# MARK: - Objectives (mirrored in Tests/KataKitTests/OptimizationProblems.swift)

def rosenbrock(p):
    total = 0.0
    for i in range(len(p) - 1):
        a = float(p[i])
        b = float(p[i + 1]) - a * a
        c = 1.0 - a
        total += 100.0 * (b * b) + c * c
    return total


def shifted_quadratic(p):
    u = float(p[0]) - 3.0
    v = float(p[1]) + 1.0
    w = float(p[2]) - 0.5
    return u * u + 2.0 * (v * v) + 0.5 * (w * w) + 0.3 * (u * v)


def zero_start_quadratic(p):
    a, b, c = (float(t) for t in p)
    u = a - 0.3
    v = b - 2.0
    w = c + 0.7
    return u * u + 3.0 * (v * v) + w * w + 0.1 * (a * b)


def log_or_nan(a):
    """math.log, but with C's (and Swift's) answers where Python raises."""
    if a > 0:
        return math.log(a)
    return -math.inf if a == 0 else math.nan


def log_barrier(p):
    a, b = float(p[0]), float(p[1])
    d = b - a
    return 10.0 * a - 3.0 * log_or_nan(a) + d * d


def exponential_nll(p):
    rate = float(p[0])
    return rate * 7.5 - 5.0 * log_or_nan(rate)


def noisy_bowl(p):
    a, b = float(p[0]), float(p[1])
    s = math.sin(12.9898 * a + 78.233 * b) * 43758.5453
    return a * a + b * b + 0.01 * (s - math.floor(s))


def noisy_line(p):
    a = float(p[0])
    s = math.sin(12.9898 * a) * 43758.5453
    return a * a + 0.01 * (s - math.floor(s))


np.random.seed(42)
KATA_X = np.random.uniform(0, 10, 100)
KATA_NOISE = np.random.normal(0, 2, 100)
KATA_Y = 3 * KATA_X + 7 + KATA_NOISE


def regression_nll(p):
    slope, intercept, log_sigma = float(p[0]), float(p[1]), float(p[2])
    sigma = math.exp(log_sigma)
    rss = 0.0
    for xi, yi in zip(KATA_X.tolist(), KATA_Y.tolist()):
        r = yi - slope * xi - intercept
        rss += r * r
    return len(KATA_X) / 2 * math.log(2 * math.pi * sigma * sigma) + rss / (2 * sigma * sigma)


def regression_nll_numpy(p):
    """The same NLL as a tutorial writes it (pairwise np.sum): a check, not a reference."""
    slope, intercept, log_sigma = p
    sigma = np.exp(log_sigma)
    r = KATA_Y - slope * KATA_X - intercept
    return len(KATA_X) / 2 * np.log(2 * np.pi * sigma**2) + np.sum(r**2) / (2 * sigma**2)


PROBLEMS = {
    "rosenbrock": rosenbrock,
    "shiftedQuadratic": shifted_quadratic,
    "zeroStartQuadratic": zero_start_quadratic,
    "logBarrier": log_barrier,
    "exponentialNLL": exponential_nll,
    "noisyBowl": noisy_bowl,
    "noisyLine": noisy_line,
    "regressionNLL": regression_nll,
}

SCIPY_DOC_START = [1.3, 0.7, 0.8, 1.9, 1.2]

# (name, problem, start, options)
CASES = [
    ("Rosenbrock 2-D from (-1.2, 1)", "rosenbrock", [-1.2, 1.0], {}),
    ("Rosenbrock 5-D from scipy's documentation start", "rosenbrock", SCIPY_DOC_START, {}),
    ("Rosenbrock 2-D, xatol = fatol = 1e-10", "rosenbrock", [-1.2, 1.0], {"xatol": 1e-10, "fatol": 1e-10}),
    ("Rosenbrock 5-D stopped by maxiter = 50", "rosenbrock", SCIPY_DOC_START, {"maxiter": 50}),
    ("Rosenbrock 2-D stopped by maxfev = 40", "rosenbrock", [-1.2, 1.0], {"maxfev": 40}),
    ("Rosenbrock 2-D with maxfev = 2, fewer than the simplex has vertices", "rosenbrock", [-1.2, 1.0],
     {"maxfev": 2}),
    ("Rosenbrock 2-D with maxiter = 1: no iteration at all", "rosenbrock", [-1.2, 1.0], {"maxiter": 1}),
    ("Rosenbrock 8-D out of evaluations at the default limits", "rosenbrock", [-1.2, 1.0] * 4, {}),
    ("Rosenbrock 2-D from a given initial simplex", "rosenbrock", [-1.2, 1.0],
     {"initial_simplex": [[-1.2, 1.0], [-1.0, 1.0], [-1.2, 1.3]]}),
    ("shifted quadratic 3-D", "shiftedQuadratic", [1.0, 1.0, 1.0], {}),
    ("quadratic from a start with zero coordinates", "zeroStartQuadratic", [0.0, 1.5, 0.0], {}),
    ("log barrier, NaN where x < 0", "logBarrier", [4.0, 2.0], {}),
    ("exponential NLL in 1-D, NaN for a negative rate", "exponentialNLL", [5.0], {}),
    ("noisy bowl (shrinks)", "noisyBowl", [1.0, 0.8], {}),
    ("noisy line in 1-D (shrinks)", "noisyLine", [1.3], {}),
] + [
    # The first shrink of the noisy bowl spends evaluations 37 to 40: these limits stop
    # before it, after its reflection, after its contraction, halfway through and after
    # it, where an iteration cut short must not count in nit.
    (f"noisy bowl stopped by maxfev = {limit}", "noisyBowl", [1.0, 0.8], {"maxfev": limit})
    for limit in range(35, 42)
] + [
    ("kata 10.2.3: regression NLL over (m, b, log sigma) from (1, 1, 0)", "regressionNLL", [1.0, 1.0, 0.0], {}),
]


# MARK: - Solving

def minimize(function, start, options, stable_ties):
    original = np.argsort
    if stable_ties:
        np.argsort = lambda a, *args, **kwargs: original(a, kind="stable")
    try:
        return so.minimize(function, np.array(start, dtype=float), method="Nelder-Mead",
                           options=dict(options) or None)
    finally:
        np.argsort = original


def solve(name, problem, start, options):
    result = minimize(PROBLEMS[problem], start, options, stable_ties=False)
    stable = minimize(PROBLEMS[problem], start, options, stable_ties=True)
    if not (np.array_equal(result.x, stable.x) and result.nfev == stable.nfev and result.nit == stable.nit):
        sys.exit(f"{name}: the result depends on how numpy's argsort orders ties; choose another problem")
    return result


def check_mirrors():
    """The mirrored objectives are the functions they claim to be."""
    rng = np.random.default_rng(0)
    for _ in range(2000):
        p = rng.normal(0, 3, rng.integers(2, 9))
        assert rosenbrock(p) == so.rosen(p), "rosenbrock differs from scipy.optimize.rosen"
        q = rng.normal(0, 3, 3)
        assert math.isclose(regression_nll(q), regression_nll_numpy(q), rel_tol=1e-12)
    for args in [([-1.2, 1.0], {}), (SCIPY_DOC_START, {})]:
        ours = minimize(rosenbrock, *args, stable_ties=False)
        theirs = minimize(so.rosen, *args, stable_ties=False)
        assert np.array_equal(ours.x, theirs.x) and ours.nfev == theirs.nfev
    ours = minimize(regression_nll, [1.0, 1.0, 0.0], {}, stable_ties=False)
    tutorial = minimize(regression_nll_numpy, [1.0, 1.0, 0.0], {}, stable_ties=False)
    assert np.allclose(ours.x, tutorial.x, rtol=1e-9, atol=0), "the tutorial's NLL lands elsewhere"


# MARK: - Least squares

def least_squares_cases():
    design = np.column_stack([KATA_X, np.ones_like(KATA_X)])
    slope, intercept = np.linalg.lstsq(design, KATA_Y, rcond=None)[0]
    rs = np.random.RandomState(7)
    features = rs.uniform(-5, 5, (30, 3))
    targets = features @ np.array([1.5, -2.0, 0.5]) + 4.0 + rs.normal(0, 0.1, 30)
    with_ones = np.column_stack([features, np.ones(30)])
    with_intercept = np.linalg.lstsq(with_ones, targets, rcond=None)[0]
    without_intercept = np.linalg.lstsq(features, targets, rcond=None)[0]
    return slope, intercept, features, targets, with_intercept, without_intercept


# MARK: - Writing Swift

def swift_double(value):
    value = float(value)
    if math.isnan(value):
        return ".nan"
    if math.isinf(value):
        return ".infinity" if value > 0 else "-.infinity"
    return repr(value)


def swift_doubles(values):
    return "[" + ", ".join(swift_double(v) for v in values) + "]"


def swift_optional_int(options, key):
    return str(options[key]) if key in options else "nil"


def main():
    check_mirrors()
    out = []
    emit = out.append
    emit("// Generated by Tests/KataKitTests/Reference/scipy_optimizers.py: do not edit by hand.")
    emit("// Regenerate from the package root with")
    emit("//     python3 Tests/KataKitTests/Reference/scipy_optimizers.py > Tests/KataKitTests/ScipyReference.swift")
    emit(f"// scipy {scipy.__version__}, numpy {np.__version__}, Python {sys.version.split()[0]}.")
    emit("// Doubles are Python's repr, the shortest text that reads back as the same bits.")
    emit("")
    emit("/// What scipy and numpy return on the problems the optimisation tests solve.")
    emit("enum ScipyReference {")
    emit("    /// `scipy.optimize.minimize(f, start, method='Nelder-Mead', options=…)`, one per case.")
    emit("    static let nelderMead: [ScipyNelderMeadCase] = [")
    for name, problem, start, options in CASES:
        result = solve(name, problem, start, options)
        simplex = options.get("initial_simplex")
        emit("        ScipyNelderMeadCase(")
        emit(f"            name: {json.dumps(name)},")
        emit(f"            problem: .{problem}, start: {swift_doubles(start)},")
        emit(f"            xTolerance: {swift_double(options.get('xatol', 1e-4))}, "
             f"fTolerance: {swift_double(options.get('fatol', 1e-4))}, "
             f"maxIterations: {swift_optional_int(options, 'maxiter')}, "
             f"maxEvaluations: {swift_optional_int(options, 'maxfev')},")
        emit("            initialSimplex: "
             + ("nil" if simplex is None else "[" + ", ".join(swift_doubles(r) for r in simplex) + "]") + ",")
        emit(f"            x: {swift_doubles(result.x)},")
        emit(f"            fun: {swift_double(result.fun)},")
        emit(f"            nit: {result.nit}, nfev: {result.nfev}, success: {'true' if result.success else 'false'},")
        emit(f"            message: {json.dumps(result.message)}),")
    emit("    ]")
    emit("")
    emit("    /// The kata 10.2.3 data, from `np.random.seed(42); x = np.random.uniform(0, 10, 100);")
    emit("    /// noise = np.random.normal(0, 2, 100); y = 3 * x + 7 + noise`: its first and last values,")
    emit("    /// to tell a generator that drifted from numpy apart from an optimiser that did.")
    emit(f"    static let kataXEnds = {swift_doubles([KATA_X[0], KATA_X[-1]])}")
    emit(f"    static let kataNoiseEnds = {swift_doubles([KATA_NOISE[0], KATA_NOISE[-1]])}")
    slope, intercept, features, targets, with_intercept, without_intercept = least_squares_cases()
    emit("")
    emit("    /// `np.linalg.lstsq(np.column_stack([x, np.ones_like(x)]), y)` on the kata data: (slope, intercept).")
    emit(f"    static let kataLine = (slope: {swift_double(slope)}, intercept: {swift_double(intercept)})")
    emit("")
    emit("    /// `rs = np.random.RandomState(7); X = rs.uniform(-5, 5, (30, 3));")
    emit("    /// y = X @ [1.5, -2, 0.5] + 4 + rs.normal(0, 0.1, 30)`.")
    emit("    static let features: [[Double]] = [")
    for row in features:
        emit(f"        {swift_doubles(row)},")
    emit("    ]")
    emit(f"    static let targets: [Double] = {swift_doubles(targets)}")
    emit("")
    emit("    /// `np.linalg.lstsq(np.column_stack([X, np.ones(30)]), y)`: three weights, then the intercept.")
    emit(f"    static let weightsAndIntercept = {swift_doubles(with_intercept)}")
    emit("    /// `np.linalg.lstsq(X, y)`: the weights of the fit without an intercept.")
    emit(f"    static let weightsWithoutIntercept = {swift_doubles(without_intercept)}")
    emit("}")
    print("\n".join(out))


if __name__ == "__main__":
    main()
