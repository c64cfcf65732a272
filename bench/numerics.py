#!/usr/bin/env python3
"""The numerics benchmark's numpy/scipy side, and the comparison with kata-bench's.

Usage:
    numerics.py [--repeats N]                      print numpy's JSON lines
    numerics.py [--repeats N] --swift FILE         also compare with kata-bench's lines in
                                                   FILE and print a Markdown table; exit 1
                                                   when a result disagrees beyond its tolerance
    numerics.py --only NAME ...                    time one kernel alone (training_epoch, …)

Each kernel draws its data from the same seeded legacy stream as Sources/KataBench
(np.random.seed(n) there is NumPyRandom(seed: n)), so both sides work on the same data;
only the kernel is timed, best of N runs.
"""
import argparse
import json
import math
import sys
import time

import numpy as np
import scipy.optimize
import scipy.special


def best_of(repeats, kernel, prepare=lambda: None):
    """Runs prepare() untimed, then kernel(state) timed, `repeats` times; the fastest counts."""
    fastest, value = math.inf, None
    for _ in range(max(1, repeats)):
        state = prepare()
        start = time.perf_counter()
        value = kernel(state)
        fastest = min(fastest, time.perf_counter() - start)
    return fastest, value


def gaussian_log_likelihood(repeats):
    """ℓ(μ=5, σ=2) over np.random.seed(0); np.random.normal(5, 2, 10_000_000)."""
    np.random.seed(0)
    data = np.random.normal(5, 2, 10_000_000)

    def kernel(_):
        variance = 2.0 * 2.0
        return -data.size / 2 * np.log(2 * np.pi * variance) - np.sum((data - 5.0) ** 2) / (2 * variance)

    seconds, value = best_of(repeats, kernel)
    return seconds, [float(value)]


def nelder_mead_regression(repeats):
    """scipy's Nelder-Mead on kata 10.2.3's NLL over (m, b, log σ) from (1, 1, 0)."""
    np.random.seed(42)
    np.random.normal(5, 2, 50)  # kata 10.2.2's sample comes first in the tutorial's stream
    x = np.random.uniform(0, 10, 100)
    y = 3 * x + 7 + np.random.normal(0, 2, 100)

    def nll(p):
        sigma = np.exp(p[2])
        rss = np.sum((y - p[0] * x - p[1]) ** 2)
        return x.size / 2 * np.log(2 * np.pi * sigma * sigma) + rss / (2 * sigma * sigma)

    seconds, result = best_of(repeats, lambda _: scipy.optimize.minimize(nll, [1.0, 1.0, 0.0], method="Nelder-Mead"))
    return seconds, [float(v) for v in result.x] + [float(result.fun)]


def logistic_fit(repeats):
    """Newton's method from (0, 0) on the logistic NLL over a million points, as kata 10.2.4's story fits."""
    np.random.seed(1)
    x = np.random.randn(1_000_000) * 2
    labels = np.random.binomial(1, 1 / (1 + np.exp(-(1.5 * x - 0.5)))).astype(float)

    def kernel(_):
        point = np.zeros(2)
        steps = 0
        while steps < 100:
            p = scipy.special.expit(point[0] * x + point[1])
            residual = p - labels
            gradient = np.array([residual @ x, residual.sum()])
            if not gradient.any():
                break
            curvature = p * (1 - p)
            cx = curvature * x
            hessian = np.array([[cx @ x, cx.sum()], [cx.sum(), curvature.sum()]])
            step = np.linalg.solve(hessian, gradient)
            point = point - step
            steps += 1
            if np.linalg.norm(step) <= 1e-10 * max(1.0, np.linalg.norm(point)):
                break
        z = point[0] * x + point[1]
        return point, float(np.sum(np.logaddexp(0, z) - labels * z)), steps

    seconds, (point, value, steps) = best_of(repeats, kernel)
    return seconds, [float(point[0]), float(point[1]), value, float(steps)]


def normal_draws(repeats):
    """np.random.seed(7); np.random.standard_normal(10_000_000); seeding untimed."""
    seconds, draws = best_of(repeats, lambda _: np.random.standard_normal(10_000_000),
                             prepare=lambda: np.random.seed(7))
    return seconds, [float(draws[0]), float(draws[-1]), float(draws.sum())]


def training_epoch(repeats):
    """One epoch of minibatch SGD for multinomial logistic regression, as kata 10.2.8's sgdEpoch.

    A million samples of 20 features and 10 classes, batches of 128 (the last holds 64), from
    zero weights at η = 0.1; drawn as Sources/KataBench/TrainingEpochBenchmark.swift draws them.
    """
    n, d, k, batch, rate = 1_000_000, 20, 10, 128, 0.1
    np.random.seed(3)
    labels = (np.random.random_sample(n) * k).astype(int)
    means = np.random.randn(k, d)
    x = np.random.randn(n, d) + means[labels]
    order = np.random.permutation(n)

    def kernel(_):
        weights, bias = np.zeros((d, k)), np.zeros(k)
        for start in range(0, n, batch):
            rows = order[start:start + batch]
            xb = x[rows]
            z = xb @ weights + bias
            z -= z.max(axis=1, keepdims=True)
            g = np.exp(z)
            g /= g.sum(axis=1, keepdims=True)
            g[np.arange(len(rows)), labels[rows]] -= 1
            g /= len(rows)
            weights -= rate * (xb.T @ g)
            bias -= rate * g.sum(axis=0)
        return weights, bias

    seconds, (weights, bias) = best_of(repeats, kernel)
    return seconds, [float(weights[0, 0]), float(weights[-1, -1]), float(bias[0]), float(bias[-1]),
                     float((weights ** 2).sum())]


# name -> (what it measures, kernel, one (relative tolerance, absolute tolerance) per value, and why)
BENCHMARKS = {
    "gaussian_log_likelihood": ("Gaussian log-likelihood, 10M points", gaussian_log_likelihood,
                                [(1e-9, 0)], "rel 1e-9: only the order of summation differs"),
    "nelder_mead_regression": ("Nelder-Mead on the regression NLL (10.2.3)", nelder_mead_regression,
                               [(0, 1e-4)] * 3 + [(1e-6, 0)],
                               "abs 1e-4 on (m, b, log σ), scipy's xatol; rel 1e-6 on the NLL"),
    "logistic_fit": ("Logistic fit by Newton, 1M points (10.2.4)", logistic_fit,
                     [(1e-8, 0), (1e-8, 0), (1e-9, 0), (0, 1)],
                     "rel 1e-8 on (w, b), rel 1e-9 on the NLL, Newton steps within 1"),
    "normal_draws": ("10M standard normals, seeded (NumPyRandom)", normal_draws,
                     [(0, 0), (0, 0), (1e-9, 0)], "first and last draw bit for bit; rel 1e-9 on the sum"),
    "training_epoch": ("One SGD epoch, softmax regression, 1M points × 10 classes (10.2.8)", training_epoch,
                       [(1e-8, 1e-12)] * 5, "rel 1e-8 on weights, biases and ΣW²: sums run in another order"),
}


def agrees(ours, theirs, tolerances):
    """Whether every value is within its (relative, absolute) tolerance of numpy's."""
    if len(ours) != len(theirs):
        return False
    return all(abs(a - b) <= max(rel * abs(b), ab) for a, b, (rel, ab) in zip(ours, theirs, tolerances))


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeats", type=int, default=5, help="runs per kernel; the fastest counts (5)")
    parser.add_argument("--swift", metavar="FILE", help="kata-bench's JSON lines, to compare with")
    parser.add_argument("--only", metavar="NAME", choices=sorted(BENCHMARKS), help="time this kernel alone")
    arguments = parser.parse_args()

    python = {}
    chosen = {arguments.only: BENCHMARKS[arguments.only]} if arguments.only else BENCHMARKS
    for name, (_, kernel, _, _) in chosen.items():
        seconds, value = kernel(arguments.repeats)
        python[name] = (seconds, value)
        print(json.dumps({"name": name, "seconds": seconds, "value": value}), file=sys.stderr if arguments.swift else sys.stdout)

    if not arguments.swift:
        return 0
    with open(arguments.swift) as lines:
        swift = {entry["name"]: entry for entry in map(json.loads, filter(str.strip, lines))}
    print("| kernel | Swift (s) | numpy/scipy (s) | Swift ÷ numpy | target ≤ 1 | results agree | tolerance |")
    print("|---|---:|---:|---:|---|---|---|")
    every_agrees = True
    for name, (title, _, tolerances, why) in chosen.items():
        seconds, value = python[name]
        entry = swift.get(name)
        if entry is None:
            print(f"| {title} | missing | {seconds:.4f} | | | no | {why} |")
            every_agrees = False
            continue
        ratio = entry["seconds"] / seconds
        agreement = agrees(entry["value"], value, tolerances)
        every_agrees = every_agrees and agreement
        print(f"| {title} | {entry['seconds']:.4f} | {seconds:.4f} | {ratio:.2f} | "
              f"{'met' if ratio <= 1 else 'missed'} | {'yes' if agreement else 'NO: ' + str(entry['value']) + ' vs ' + str(value)} | {why} |")
    return 0 if every_agrees else 1


if __name__ == "__main__":
    sys.exit(main())
