"""Writes scipy-special.json: reference values for KataKit's special functions and the
normal distribution (SpecialFunctionTests.swift).

Each point is [x, the correctly rounded value, scipy's value], all as float.hex()
strings, with scipy's left off where it is the same (most points: the file stays small).
The correctly rounded value comes from mpmath at 200 bits; it is there because
scipy is itself a few ulps off in places (gammaln by up to 2·10⁹ ulps next to its roots
at 1 and 2, where cephes loses relative accuracy), so the tests grade against the true
value and against scipy wherever scipy is right. Regenerate with
    python3 Tests/KataKitTests/Reference/scipy_special.py
"""
import json
import os

import mpmath
import numpy as np
import scipy
import scipy.special as special
import scipy.stats as stats

mpmath.mp.prec = 200
DIGAMMA_ROOT = 1.4616321449683623


def gamma_grid():
    """x in [1e-3, 1e6]: a dense log grid, the neighbourhood of digamma's positive root
    (to 1 part in 10¹⁵ on each side), the roots of ln Γ at 1 and 2, integers and halves."""
    xs = list(np.logspace(-3, 6, 1500))
    xs += [DIGAMMA_ROOT, np.nextafter(DIGAMMA_ROOT, 0), np.nextafter(DIGAMMA_ROOT, 3)]
    xs += list(DIGAMMA_ROOT + np.linspace(-0.6, 0.6, 241))
    steps = np.logspace(-15, -1, 60)
    xs += list(DIGAMMA_ROOT * (1 + steps)) + list(DIGAMMA_ROOT * (1 - steps))
    xs += [1 + 1e-9, 1 - 1e-9, 2 + 1e-9, 2 - 1e-9, 1 + 2**-30, 2 - 2**-30]
    xs += list(np.linspace(0.9, 2.1, 121))
    xs += [float(n) for n in range(1, 41)] + [n + 0.5 for n in range(0, 40)]
    return sorted(set(float(x) for x in xs if 1e-3 <= x <= 1e6))


# Negative non-integers, where digamma and trigamma reflect and ln|Γ| comes from glibc.
NEGATIVE = [-0.5, -1.5, -2.5, -0.1, -0.9, -3.3, -10.25, -100.75]


def cdf_grid():
    """z from the lower end of double precision (Φ ≈ 1e-300 near −37) to where Φ rounds to 1."""
    zs = list(np.linspace(-37.5, 8.5, 800))
    zs += list(-np.logspace(-10, np.log10(37.5), 200)) + list(np.logspace(-10, np.log10(8.5), 200))
    zs += [0.0, 1.959963984540054, -1.959963984540054, 1.0, -1.0, 3.0, -3.0]
    return sorted(set(float(z) for z in zs))


def quantile_grid():
    """p from 1e-300 to 1 − 1e-16, the centre to within 1e-16 of ½, and the usual levels."""
    ps = list(np.logspace(-300, np.log10(0.5), 800))
    centre = np.logspace(-16, -0.5, 200)
    ps += list(0.5 - centre) + list(0.5 + centre) + list(1 - np.logspace(-16, -0.4, 200))
    ps += [0.975, 0.025, 0.995, 0.005, 0.95, 0.05, 0.9, 0.1, 0.5, 0.02425, 1 - 0.02425, 0.25, 0.75]
    return sorted(set(float(p) for p in ps if 0 < p < 1))


def exact_quantile(p):
    guess = 0.0 if p == 0.5 else float(special.ndtri(float(p)))
    return mpmath.findroot(lambda x: mpmath.ncdf(x) - p, mpmath.mpf(guess))


FUNCTIONS = {
    "logGamma": (gamma_grid() + NEGATIVE, special.gammaln,
                 lambda x: mpmath.loggamma(x).real),
    "digamma": (gamma_grid() + NEGATIVE, special.psi, mpmath.digamma),
    "trigamma": (gamma_grid() + NEGATIVE, lambda x: special.polygamma(1, x),
                 lambda x: mpmath.psi(1, x)),
    "normalCDF": (cdf_grid(), stats.norm.cdf, mpmath.ncdf),
    "normalQuantile": (quantile_grid(), stats.norm.ppf, exact_quantile),
}


def main():
    lines = ["{", f' "scipy": "{scipy.__version__}", "mpmath": "{mpmath.__version__}",',
             ' "about": "Written by scipy_special.py: [x, correctly rounded, scipy if different] as float.hex().",',
             ' "functions": {']
    for index, (name, (points, scipy_function, exact)) in enumerate(FUNCTIONS.items()):
        rows = []
        for x in points:
            row = [x.hex(), float(exact(mpmath.mpf(x))).hex()]
            scipy_value = float(scipy_function(x)).hex()
            if scipy_value != row[1]:
                row.append(scipy_value)
            rows.append("  " + json.dumps(row))
        closing = "  ]," if index < len(FUNCTIONS) - 1 else "  ]"
        lines += [f'  "{name}": ['] + [",\n".join(rows)] + [closing]
    lines += [" }", "}"]
    path = os.path.join(os.path.dirname(os.path.abspath(__file__)), "scipy-special.json")
    with open(path, "w") as f:
        f.write("\n".join(lines) + "\n")


if __name__ == "__main__":
    main()
