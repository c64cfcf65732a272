"""Writes numpy-extra-vectors.json: longer runs of numpy's legacy streams than the
shared reference file has, to reach the rarer branches of BTPE (the squeeze and
Stirling's bound), gamma with shape below and above 1, long normal runs, and Poisson
on both sides of its switch at a mean of 10 (300 PTRS draws per mean reach every
rejection branch: a negative candidate for the small means, the us < 0.013 cut, the
exact test). The last case is the stream a kata replays: normal, exponential, gamma.

Also writes tutorial-stream.json: what the Python tutorial of kata 10.2 derives from
its seed-42 stream (the regression's y, the logistic x and labels), for TutorialStream.

Same format as numpy-legacy-vectors.json. Regenerate with
    python3 Tests/KataKitTests/Reference/numpy_extra_vectors.py
(numpy's legacy RandomState streams are frozen, so any numpy version gives the same file).
"""
import json
import os

import numpy as np

CASES = [
    ("binomial, BTPE far from the mode (squeeze and Stirling)", 42,
     [("binomial(100000, 0.5, 300)", lambda r: r.binomial(100000, 0.5, 300))]),
    ("binomial, BTPE with p > 1/2 and small n·q", 2026,
     [("binomial(120, 0.6, 300)", lambda r: r.binomial(120, 0.6, 300)),
      ("binomial(1000000, 0.001, 300)", lambda r: r.binomial(1000000, 0.001, 300))]),
    ("binomial, inversion near the switch", 7,
     [("binomial(60, 0.5, 300)", lambda r: r.binomial(60, 0.5, 300)),
      ("binomial(45, 0.9, 300)", lambda r: r.binomial(45, 0.9, 300)),
      ("binomial(0, 0.3, 5)", lambda r: r.binomial(0, 0.3, 5))]),
    ("gamma, shapes below and above 1", 99,
     [("gamma(0.3, 1, 300)", lambda r: r.gamma(0.3, 1, 300)),
      ("gamma(7.5, 2, 300)", lambda r: r.gamma(7.5, 2, 300)),
      ("normal(-3, 0.1, 3)", lambda r: r.normal(-3, 0.1, 3))]),
    ("mixed calls share one stream", 0,
     [("normal(0, 1, 1)", lambda r: r.normal(0, 1, 1)),
      ("exponential(0.5, 300)", lambda r: r.exponential(0.5, 300)),
      ("randn(3)", lambda r: r.randn(3)),
      ("binomial(1000, 0.4, 3)", lambda r: r.binomial(1000, 0.4, 3)),
      ("random_sample(3)", lambda r: r.random_sample(3))]),
    ("poisson, multiplication method below a mean of 10", 12,
     [("poisson(0.5, 300)", lambda r: r.poisson(0.5, 300)),
      ("poisson(3, 300)", lambda r: r.poisson(3, 300)),
      ("poisson(9.99, 300)", lambda r: r.poisson(9.99, 300)),
      ("poisson(0, 5)", lambda r: r.poisson(0, 5))]),
    ("poisson, PTRS from a mean of 10", 2024,
     [("poisson(10, 300)", lambda r: r.poisson(10, 300)),
      ("poisson(37.5, 300)", lambda r: r.poisson(37.5, 300)),
      ("poisson(1000, 300)", lambda r: r.poisson(1000, 300)),
      ("poisson(100000, 300)", lambda r: r.poisson(100000, 300))]),
    ("poisson mixed with other calls in one stream", 5,
     [("normal(0, 1, 1)", lambda r: r.normal(0, 1, 1)),
      ("poisson(3, 5)", lambda r: r.poisson(3, 5)),
      ("randn(3)", lambda r: r.randn(3)),
      ("poisson(50, 5)", lambda r: r.poisson(50, 5)),
      ("gamma(2.5, 1, 3)", lambda r: r.gamma(2.5, 1, 3)),
      ("poisson(0, 2)", lambda r: r.poisson(0, 2)),
      ("binomial(20, 0.3, 3)", lambda r: r.binomial(20, 0.3, 3)),
      ("poisson(9.99, 3)", lambda r: r.poisson(9.99, 3)),
      ("exponential(2, 3)", lambda r: r.exponential(2, 3))]),
    ("a kata's seed-42 stream: normal, exponential, gamma", 42,
     [("normal(5, 2, 100)", lambda r: r.normal(loc=5, scale=2, size=100)),
      ("exponential(2, 100)", lambda r: r.exponential(scale=2, size=100)),
      ("gamma(3, 2, 200)", lambda r: r.gamma(shape=3, scale=2, size=200))]),
]


def tutorial_stream(r):
    """The tutorial's whole seed-42 stream (see TutorialStream.swift), as derived data."""
    r.normal(5, 2, 50)
    x = r.uniform(0, 10, 100)
    y = 3 * x + 7 + r.normal(0, 2, 100)
    for n in [5, 10, 30, 100, 500]:
        r.binomial(1, 0.7, n)
    xl = r.randn(200, 1) * 2
    p = 1 / (1 + np.exp(-(1.5 * xl[:, 0] - 0.5)))
    labels = r.binomial(1, p)
    return [("regression y = 3 * x + 7 + normal(0, 2, 100)", y),
            ("logistic x = randn(200, 1) * 2", xl[:, 0]),
            ("logistic labels binomial(1, 1 / (1 + exp(-(1.5 x - 0.5))))", labels)]


def encode(values):
    values = np.asarray(values)
    if values.dtype.kind == "i":
        return "int", [int(v) for v in values]
    return "float64-hex", [float(v).hex() for v in values]


def main():
    cases = []
    for name, seed, calls in CASES:
        state = np.random.RandomState(seed)
        written = []
        for call, draw in calls:
            kind, values = encode(draw(state))
            written.append({"call": call, "kind": kind, "values": values})
        cases.append({"name": name, "seed": seed, "calls": written})
    out = {"numpy": np.__version__,
           "about": "Written by numpy_extra_vectors.py; same format as numpy-legacy-vectors.json.",
           "cases": cases}
    path = os.path.join(os.path.dirname(os.path.abspath(__file__)), "numpy-extra-vectors.json")
    write(path, out)
    derived = [{"call": call, "kind": encode(values)[0], "values": encode(values)[1]}
               for call, values in tutorial_stream(np.random.RandomState(42))]
    write(os.path.join(os.path.dirname(path), "tutorial-stream.json"),
          {"numpy": np.__version__,
           "about": "Written by numpy_extra_vectors.py: values the tutorial derives from its seed-42 stream.",
           "cases": [{"name": "the tutorial's stream, derived", "seed": 42, "calls": derived}]})


def write(path, out):
    with open(path, "w") as f:
        json.dump(out, f, indent=1)
        f.write("\n")


if __name__ == "__main__":
    main()
