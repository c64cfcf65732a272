"""Reference values for kata 10.2.7 (When calculus fails: numerical maximum likelihood).

Run from the package root with numpy 2.4.6 and scipy 1.17.1:

    python3 Tests/KataTests/Reference/gamma_mle.py

It writes Tests/KataTests/GammaReference.swift. The kata quotes one of these numbers
(scipy's L-BFGS-B fit, in katas/10.2.7-numerical-mle/Kata/ScipyFit.swift) and computes
every other one itself; the tests compare the two.

Conventions, as the kata's contract states them:
- the Gamma(α, β) density has a *rate* β: β^α x^(α−1) e^(−βx) / Γ(α); numpy's
  `gamma(shape=3, scale=2)` is α = 3, β = 1/2;
- the method-of-moments start uses np.var's 1/n variance: α₀ = x̄²/s², β₀ = x̄/s²;
- scipy's L-BFGS-B minimises the summed negative log-likelihood
  `-np.sum(stats.gamma.logpdf(x, a=α, scale=1/β))` from the method-of-moments start,
  with bounds [(1e-6, None), (1e-6, None)] (both parameters positive) and every other
  option at scipy's default (so a finite-difference gradient).
"""

import math
import os

import numpy as np
import scipy
from scipy import optimize, special, stats

OUT = os.path.join(os.path.dirname(__file__), "..", "GammaReference.swift")

# The seed tutorial's stream: seed 42, a Gaussian sample, an exponential one, then the Gamma data.
np.random.seed(42)
normal = np.random.normal(loc=5, scale=2, size=100)
waits = np.random.exponential(scale=2, size=100)
x = np.random.gamma(shape=3, scale=2, size=200)
n = len(x)
mean = x.mean()
variance = x.var()
mean_log = np.log(x).mean()

# The method-of-moments start, 1/n (the tutorial's) and 1/(n − 1).
mom_shape, mom_rate = mean * mean / variance, mean / variance
unbiased = x.var(ddof=1)
unbiased_shape, unbiased_rate = mean * mean / unbiased, mean / unbiased


def log_likelihood(a, b):
    return float(np.sum(a * np.log(b) - special.gammaln(a) + (a - 1) * np.log(x) - b * x))


# The exact maximum: ln α − ψ(α) = ln x̄ − mean(ln x), solved by brentq, then β̂ = α̂/x̄.
gap = math.log(mean) - mean_log
shape_hat = optimize.brentq(lambda a: math.log(a) - special.digamma(a) - gap, 0.5, 50, xtol=1e-15, rtol=8.9e-16)
rate_hat = shape_hat / mean

# Newton-Raphson on the profile score n(ln α − ψ(α) − gap) from the method-of-moments start:
# stop once a step is at most 1e-10 relative to the new α, or after 50 steps.
newton, a = [mom_shape], mom_shape
while len(newton) <= 50:
    step = (math.log(a) - special.digamma(a) - gap) / (1 / a - special.polygamma(1, a))
    a -= step
    newton.append(a)
    if abs(step) <= 1e-10 * abs(a):
        break
newton_iterations = len(newton) - 1


def nll(p):
    return -np.sum(stats.gamma.logpdf(x, a=p[0], scale=1 / p[1]))


bounds = [(1e-6, None), (1e-6, None)]
lbfgsb = optimize.minimize(nll, [mom_shape, mom_rate], method="L-BFGS-B", bounds=bounds)

# Gradient descent on the mean negative log-likelihood over (α, β) from the method-of-moments
# start, as KataKit's GradientDescent runs it: stop when ‖∇‖ ≤ 1e-8, when a step is at most
# `step_tolerance` long, after 10 000 steps, or when anything stops being finite.


def mean_gradient(p):
    a, b = p
    return np.array([-math.log(b) + special.digamma(a) - mean_log, -a / b + mean]) if b > 0 else np.array([math.nan, math.nan])


def descend(eta, step_tolerance=1e-12, max_steps=10_000):
    p, steps = np.array([mom_shape, mom_rate]), 0
    while True:
        g = mean_gradient(p)
        norm = float(np.linalg.norm(g))
        if not math.isfinite(norm):
            return "nonFinite", steps, p
        if norm <= 1e-8:
            return "converged", steps, p
        if steps >= max_steps:
            return "maxIterations", steps, p
        step = eta * g
        p = p - step
        steps += 1
        if not np.all(np.isfinite(p)):
            return "nonFinite", steps, p
        if float(np.linalg.norm(step)) <= step_tolerance:
            return "converged", steps, p


descents = [(eta,) + descend(eta) for eta in [0.001, 0.01, 0.1, 0.15, 0.25, 2.0]]
fooled = descend(0.01, step_tolerance=1e-6)
# The mean negative log-likelihood's Hessian at the maximum, and its eigenvalues.
hessian = np.array([[special.polygamma(1, shape_hat), -1 / rate_hat], [-1 / rate_hat, shape_hat / rate_hat**2]])
eigen = np.linalg.eigvalsh(hessian)

# The Cauchy location: np.random.seed(14); standard_cauchy(size=5); the given local climber
# (Newton where ℓ curves down, else a unit step uphill; halve until ℓ does not fall) from each
# observation. Sums in order, as the kata's Swift adds them.
np.random.seed(14)
cauchy = [float(v) for v in np.random.standard_cauchy(size=5)]


def cauchy_ll(t):
    total = 0.0
    for v in cauchy:
        d = v - t
        total += math.log1p(d * d)
    return -total - len(cauchy) * math.log(math.pi)


def cauchy_climb(start):
    t = start
    for _ in range(200):
        g = h = 0.0
        for v in cauchy:
            d = v - t
            q = 1 + d * d
            g += 2 * d / q
            h += 2 * (d * d - 1) / (q * q)
        if h < 0:
            step = -g / h
        else:
            step = 1.0 if g > 0 else (-1.0 if g < 0 else 0.0)
        here, halvings = cauchy_ll(t), 0
        while cauchy_ll(t + step) < here and halvings < 60:
            step /= 2
            halvings += 1
        t += step
        if abs(step) <= 1e-12 * max(1.0, abs(t)):
            break
    return t


cauchy_maxima = [cauchy_climb(s) for s in cauchy]
# Each is a zero of the score: brentq on a bracket around it agrees.
for m in cauchy_maxima:
    root = optimize.brentq(lambda t: sum(2 * (v - t) / (1 + (v - t) ** 2) for v in cauchy), m - 0.05, m + 0.05, xtol=1e-14)
    assert abs(root - m) < 1e-9, (root, m)
cauchy_best = max(cauchy_maxima, key=cauchy_ll)

# The two-component mixture on the Gaussian sample: ½N(x₁, σ₁²) + ½N(x̄, s²) as σ₁ falls, with s
# the 1/n standard deviation; and the same plus the log of an inverse-gamma(1, 1) prior on σ₁²
# up to a constant, −2·ln σ₁² − 1/σ₁². The log densities are written out as the kata writes them.
g_mean = float(normal.mean())
g_sd = float(np.sqrt(np.mean((normal - g_mean) ** 2)))
sigmas = [2.0, 1.0, 0.1, 0.01, 1e-4, 1e-8, 1e-16, 1e-32, 1e-64, 1e-128]


def log_normal(v, mu, sigma):
    z = (v - mu) / sigma
    return -math.log(sigma) - 0.5 * math.log(2 * math.pi) - 0.5 * z * z


def mixture_ll(sigma):
    total = 0.0
    for v in normal:
        a = math.log(0.5) + log_normal(float(v), float(normal[0]), sigma)
        b = math.log(0.5) + log_normal(float(v), g_mean, g_sd)
        total += max(a, b) + math.log1p(math.exp(min(a, b) - max(a, b)))
    return total


mixture = [mixture_ll(s) for s in sigmas]
penalised = [mixture_ll(s) - 2 * math.log(s * s) - 1 / (s * s) for s in sigmas]
# scipy's own mixture density agrees where it can be evaluated without underflow.
for s, value in zip(sigmas[:6], mixture[:6]):
    check = float(np.sum(np.logaddexp(np.log(0.5) + stats.norm.logpdf(normal, normal[0], s),
                                      np.log(0.5) + stats.norm.logpdf(normal, g_mean, g_sd))))
    assert abs(check - value) < 1e-9 * abs(value), (s, check, value)

# The exponential waits fitted by scipy's Nelder-Mead from rate 1.
total_wait = waits.sum()
nm = optimize.minimize(lambda r: -(len(waits) * np.log(r[0]) - r[0] * total_wait), [1.0], method="Nelder-Mead")


def h(v):
    return float(v).hex()


def r(v):
    return repr(float(v))


lines = [
    f"// Written by Tests/KataTests/Reference/gamma_mle.py (numpy {np.__version__}, scipy {scipy.__version__}).",
    "// Do not edit: rerun the script.",
    "",
    "/// numpy's and scipy's values for kata 10.2.7 on the seed tutorial's stream.",
    "enum GammaReference {",
    "    /// The scipy release that computed these.",
    f'    static let scipyVersion = "{scipy.__version__}"',
    "    /// The first Gaussian and exponential draws of the stream (before the Gamma data).",
    f"    static let firstNormal = {h(normal[0])}, firstWait = {h(waits[0])}",
    "    /// The first five Gamma draws, and the last.",
    f"    static let firstFive = [{', '.join(h(v) for v in x[:5])}]",
    f"    static let last = {h(x[-1])}",
    "    /// x̄, np.var(x) (1/n), and mean(ln x).",
    f"    static let mean = {r(mean)}, variance = {r(variance)}, meanLog = {r(mean_log)}",
    "    /// The method-of-moments start with np.var's 1/n variance: α₀ = x̄²/s², β₀ = x̄/s².",
    f"    static let momShape = {r(mom_shape)}, momRate = {r(mom_rate)}",
    "    /// The same with the unbiased 1/(n − 1) variance.",
    f"    static let unbiasedShape = {r(unbiased_shape)}, unbiasedRate = {r(unbiased_rate)}",
    "    /// The exact maximum: α̂ from brentq on ln α − ψ(α) = ln x̄ − mean(ln x), β̂ = α̂/x̄.",
    f"    static let shape = {r(shape_hat)}, rate = {r(rate_hat)}",
    "    /// ℓ at the maximum, at the truth (3, 0.5) and at the method-of-moments start.",
    f"    static let logLikelihoodAtMaximum = {r(log_likelihood(shape_hat, rate_hat))}",
    f"    static let logLikelihoodAtTruth = {r(log_likelihood(3.0, 0.5))}",
    f"    static let logLikelihoodAtStart = {r(log_likelihood(mom_shape, mom_rate))}",
    "    /// Newton-Raphson on the profile score from α₀ (relative step ≤ 1e-10): its iterates.",
    f"    static let newtonIterates = [{', '.join(r(v) for v in newton)}]",
    f"    static let newtonIterations = {newton_iterations}",
    "    /// scipy L-BFGS-B from (α₀, β₀), bounds [(1e-6, None), (1e-6, None)]: x, fun, nit, nfev.",
    f"    static let lbfgsbShape = {r(lbfgsb.x[0])}, lbfgsbRate = {r(lbfgsb.x[1])}",
    f"    static let lbfgsbNLL = {r(lbfgsb.fun)}",
    f"    static let lbfgsbIterations = {lbfgsb.nit}, lbfgsbEvaluations = {lbfgsb.nfev}",
    f'    static let lbfgsbMessage = "{lbfgsb.message}"',
    "    /// Gradient descent on the mean NLL from (α₀, β₀): (η, stop, steps, α, β).",
    "    static let descents: [(learningRate: Double, stop: String, steps: Int, shape: Double, rate: Double)] = [",
]
for eta, stop, steps, p in descents:
    lines.append(f'        ({r(eta)}, "{stop}", {steps}, {r(p[0])}, {r(p[1])}),')
lines += [
    "    ]",
    "    /// η = 0.01 with a step tolerance of 1e-6: where the short-step rule stops it.",
    f'    static let fooled = (stop: "{fooled[0]}", steps: {fooled[1]}, shape: {r(fooled[2][0])}, rate: {r(fooled[2][1])})',
    "    /// The eigenvalues of the mean NLL's Hessian at the maximum, smallest first.",
    f"    static let hessianEigenvalues = ({r(eigen[0])}, {r(eigen[1])})",
    "    /// np.random.seed(14); standard_cauchy(size=5).",
    f"    static let cauchy = [{', '.join(h(v) for v in cauchy)}]",
    "    /// The local maximum the climber reaches from each observation, and the best of them.",
    f"    static let cauchyMaxima = [{', '.join(r(v) for v in cauchy_maxima)}]",
    f"    static let cauchyLogLikelihoods = [{', '.join(r(cauchy_ll(v)) for v in cauchy_maxima)}]",
    f"    static let cauchyBest = {r(cauchy_best)}",
    "    /// ℓ of ½N(x₁, σ₁²) + ½N(x̄, s²) on the Gaussian sample, for each σ₁.",
    f"    static let mixtureSigmas = [{', '.join(r(v) for v in sigmas)}]",
    f"    static let mixtureLogLikelihoods = [{', '.join(r(v) for v in mixture)}]",
    "    /// The same plus −2·ln σ₁² − 1/σ₁², the log of an inverse-gamma(1, 1) prior on σ₁² up to a constant.",
    f"    static let mixturePenalised = [{', '.join(r(v) for v in penalised)}]",
    "    /// scipy Nelder-Mead on the exponential waits' NLL from rate 1: x, nit, nfev; and 1/x̄.",
    f"    static let nelderMeadRate = {r(nm.x[0])}, nelderMeadIterations = {nm.nit}, nelderMeadEvaluations = {nm.nfev}",
    f"    static let waitRate = {r(1 / waits.mean())}",
    "}",
    "",
]
with open(OUT, "w") as f:
    f.write("\n".join(lines))
print("\n".join(lines))
