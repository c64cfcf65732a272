import Foundation

// The second and third parts of the story: computing the loss without overflow, and
// its gradient.

// MARK: - Stability

/// The stable logits form, and what naive log(1 + exp(z)) and sigmoids do at the extremes.
func tellStability(_ narrator: Narrator, _ maths: ReferenceSolution) {
    let saturation = (1...100).first { maths.sigmoid(Double($0)) == 1 } ?? 0
    narrator.heading("Computing it without overflow")
    narrator.prose("""
    Computing pᵢ = σ(zᵢ) and then log pᵢ walks into two traps. σ(z) rounds to exactly \
    1 once z reaches \(saturation), so log(1 − p) becomes log 0 = −∞ for a point the \
    model is merely very sure of; and 1 − p loses the digits of a tiny probability. \
    Work with the logits instead. Since p = e^z/(1 + e^z),

      log p = z − log(1 + e^z),   log(1 − p) = −log(1 + e^z)

    and the log-likelihood needs no probability at all:

      ℓ(w, b) = Σ [ yᵢ·zᵢ − log(1 + e^(zᵢ)) ]

    One trap is left: log(1 + e^z) itself, written as log(1 + exp(z)). For large z, \
    exp(z) overflows to +∞ (past z ≈ \(log(Double.greatestFiniteMagnitude), decimals: 2)). \
    For very negative z, 1 + e^z rounds to exactly 1 and the log is 0, though the \
    true value is about e^z. `log1p(u)`, which computes log(1 + u) without ever \
    forming 1 + u, fixes the second; pulling out max(z, 0) fixes the first, because \
    log(1 + e^z) = z + log(1 + e^(−z)):

      log(1 + e^z) = max(z, 0) + log1p(e^(−|z|))

    Now the exponent is never positive. That is `softplus(z)`, the function \
    `maths.negativeLogLikelihood` uses. Compare:
    """)
    let (zs, naive) = narrator.step { show in
        func naive(_ z: Double) -> Double { log(1 + exp(z)) }
        let zs = [-800.0, -40, -20, 0, 20, 40, 1000]
        show("     z  log(1 + exp(z))         softplus(z)")
        for z in zs {
            show(String(format: "%6g  %-22.16g  %.16g", z, naive(z), softplus(z)))
        }
        return (zs, naive)
    }
    let (huge, tiny, small) = (zs.max() ?? 0, zs[1], zs[2])
    narrator.claim("at z = \(huge, decimals: 0) the naive form is +∞ and the stable one is \(softplus(huge), decimals: 0)",
                   naive(huge) == .infinity && softplus(huge) == huge)
    let relative = 1e-15
    narrator.claim("at z = \(prose: tiny, decimals: 0) the naive form is 0, the stable one is e^(\(prose: tiny, decimals: 0)) within \(prose: relative, significant: 1) relative",
                   naive(tiny) == 0 && abs(softplus(tiny) - exp(tiny)) <= relative * exp(tiny))
    let lost = abs(naive(small) - softplus(small)) / softplus(small)
    let digits = matchingDigits(naive(small), softplus(small))
    narrator.claim("at z = \(prose: small, decimals: 0) the naive form is off by \(prose: lost, significant: 2) relative: only its first \(digits) digits are right",
                   lost > 1e-9 && lost < 1e-7 && digits < 10)
    narrator.prose("""
    The sigmoid has the same two faces. Written as e^z/(1 + e^z) it is ∞/∞ = NaN for \
    large z; written as 1 − σ(−z) it loses everything for negative z. The form \
    1/(1 + e^(−z)) is fine for z ≥ 0, and e^z/(1 + e^z) is fine for z < 0: \
    `maths.sigmoid` chooses by the sign, and the exponent is again never positive.
    """)
    let rows = narrator.step { show in
        [1000.0, -50].map { z in
            let naive = exp(z) / (1 + exp(z))
            let complement = 1 - maths.sigmoid(-z)
            let stable = maths.sigmoid(z)
            show("z = \(prose: z, decimals: 0)")
            show("  exp(z) / (1 + exp(z)) = \(prose: naive, significant: 17)")
            show("  1 − maths.sigmoid(−z) = \(prose: complement, significant: 17)")
            show("  maths.sigmoid(z)      = \(prose: stable, significant: 17)")
            return (z: z, naive: naive, complement: complement, stable: stable)
        }
    }
    let high = rows.first { $0.z > 0 }
    let low = rows.first { $0.z < 0 }
    narrator.claim("""
    e^z/(1 + e^z) is NaN at z = \(high?.z ?? .nan, decimals: 0), 1 − σ(−z) is 0 at \
    z = \(prose: low?.z ?? .nan, decimals: 0), and there the stable σ(z) is \
    e^z/(1 + e^z) within \(prose: relative, significant: 1) relative
    """, high?.naive.isNaN == true && low?.complement == 0
        && low.map { abs($0.stable - $0.naive) <= relative * $0.naive } == true)
}

/// How many leading significant digits `a` and `b` share, written to 17 digits.
private func matchingDigits(_ a: Double, _ b: Double) -> Int {
    let digits = { (value: Double) in String(format: "%.16e", value).filter(\.isNumber) }
    return zip(digits(a), digits(b)).prefix { $0 == $1 }.count
}

// MARK: - The gradient

/// The gradient Σ(σ(zᵢ) − yᵢ)·(xᵢ, 1), checked against finite differences.
func tellGradient(_ narrator: Narrator, _ maths: ReferenceSolution, x: [Double], labels: [Int]) {
    let (label, guess) = (1.0, 0.3)
    narrator.heading("The gradient: residual times input")
    narrator.prose("""
    We minimise the negative log-likelihood, the summed cross-entropy \
    Σ [log(1 + e^(zᵢ)) − yᵢ·zᵢ]. One point's slope in its logit is

      d/dz [log(1 + e^z) − y·z] = e^z/(1 + e^z) − y = σ(z) − y

    the residual: the predicted probability minus the label. A point labelled \
    \(label, decimals: 0) that the model gives \(guess, decimals: 1) has residual \
    \(prose: guess - label, decimals: 1) and pulls its logit up. The chain rule, with \
    ∂z/∂w = x and ∂z/∂b = 1, gives

      ∂/∂w = Σ (σ(zᵢ) − yᵢ)·xᵢ,   ∂/∂b = Σ (σ(zᵢ) − yᵢ)

    Differentiate once more and the Hessian is Σ σ(zᵢ)(1 − σ(zᵢ))·[xᵢ², xᵢ; xᵢ, 1], \
    positive definite unless all the x are equal: the loss is convex, with one \
    minimum, so every method that converges converges to the same point.

    `maths.gradient` is that formula. Check it against the slope measured with \
    central differences, (f(w + h) − f(w − h))/2h:
    """)
    let (formula, numeric, h) = narrator.step { show in
        let (w, b, h) = (1.0, 0.0, 1e-6)
        func loss(_ w: Double, _ b: Double) -> Double {
            maths.negativeLogLikelihood(weight: w, bias: b, x: x, labels: labels)
        }
        let formula = maths.gradient(weight: w, bias: b, x: x, labels: labels)
        let numeric = (weight: (loss(w + h, b) - loss(w - h, b)) / (2 * h),
                       bias: (loss(w, b + h) - loss(w, b - h)) / (2 * h))
        let format = "(%.8f, %.8f)"
        show("at (w, b) = (\(w), \(b)) on the \(x.count) points:")
        show("  formula:    ", String(format: format, formula.weight, formula.bias))
        show("  differences:", String(format: format, numeric.weight, numeric.bias))
        return (formula, numeric, h)
    }
    let tolerance = 1e-6
    narrator.claim("the formula and central differences with h = \(prose: h, significant: 1) agree within \(prose: tolerance, significant: 1) in both parts",
                   abs(formula.weight - numeric.weight) < tolerance && abs(formula.bias - numeric.bias) < tolerance)
}
