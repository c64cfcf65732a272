import Foundation

// The method of moments against maximum likelihood on the uniform, and invariance.

/// One estimator's record over the simulated samples of one size.
private struct EstimatorRecord {
    let n: Int
    let moments: SampleSummary
    let likelihood: SampleSummary
}

/// The uniform on [0, θ]: MoM 2x̄ against the MLE max xᵢ, and where the 1/√n theory fails.
func tellMomentsAgainstLikelihood(_ narrator: Narrator) {
    let (theta, samples, sizes) = (10.0, 4000, [10, 100])
    narrator.heading("Against the method of moments: the uniform on [0, θ]")
    narrator.prose("""
    The *method of moments* sets the sample's moments equal to the model's and solves. \
    Often it gives the same answer as maximum likelihood (x̄ for a Poisson mean), but not \
    always. For data spread uniformly on [0, θ] the mean is θ/2, so the method of \
    moments says θ̃ = 2x̄. The likelihood is (1/θ)ⁿ if every xᵢ ≤ θ and 0 otherwise: it \
    falls as θ grows, so it is largest at the smallest θ the data allow,

      θ̂ = max xᵢ

    which is always a little below the truth. Compare them over \(samples) seeded \
    samples with θ = \(theta, decimals: 0):
    """)
    let records = narrator.step { show in
        var random = NumPyRandom(seed: 12)
        show("n      estimate   mean     bias      sd    √MSE")
        return sizes.map { n in
            var moments: [Double] = [], likelihood: [Double] = []
            for _ in 0..<samples {
                let x = random.uniform(low: 0, high: theta, count: n)
                moments.append(2 * x.reduce(0, +) / Double(n))
                likelihood.append(x.max() ?? 0)
            }
            let record = EstimatorRecord(n: n, moments: SampleSummary(moments),
                                         likelihood: SampleSummary(likelihood))
            let rows = [("2x̄    ", record.moments), ("max xᵢ", record.likelihood)]
            for (name, summary) in rows {
                let bias = summary.mean - theta
                let sd = summary.standardDeviation
                let rootMeanSquare = (summary.variance + bias * bias).squareRoot()
                let numbers = String(format: "%8.3f %8.3f %7.3f %7.3f",
                                     summary.mean, bias, sd, rootMeanSquare)
                let size = "\(n)".padding(toLength: 6, withPad: " ", startingAt: 0)
                show(size, name, numbers)
            }
            return record
        }
    }
    let (ten, hundred) = (records[0], records[1])
    func rootMeanSquare(_ summary: SampleSummary) -> Double {
        (summary.variance + (summary.mean - theta) * (summary.mean - theta)).squareRoot()
    }
    narrator.claim("""
        max xᵢ is biased low at both sizes, yet its √MSE is below 2x̄'s at both
        """,
        records.allSatisfy { $0.likelihood.mean < theta && rootMeanSquare($0.likelihood) < rootMeanSquare($0.moments) })
    let momentsShrink = ten.moments.standardDeviation / hundred.moments.standardDeviation
    let likelihoodShrink = ten.likelihood.standardDeviation / hundred.likelihood.standardDeviation
    let growth = Double(hundred.n) / Double(ten.n)
    narrator.prose("""
    The maximum likelihood estimate is biased (its mean is nθ/(n + 1)) and still far \
    better. Look at how the spreads shrink from n = \(ten.n) to n = \(hundred.n): 2x̄'s by a \
    factor of \(momentsShrink, decimals: 2), close to √\(growth, decimals: 0) ≈ \
    \(growth.squareRoot(), decimals: 2), the usual 1/√n; max xᵢ's by \(likelihoodShrink, decimals: 2), \
    close to \(growth, decimals: 0), like 1/n. The theory of the last \
    sections does not apply here. It needs a likelihood that is smooth in θ around its \
    peak, and this one drops to 0 the moment θ passes below max xᵢ: the data's range \
    depends on the parameter, there is no score equation, and 1/I does not bound the \
    variance. Maximum likelihood is still a fine recipe; the normal approximation is not.
    """)
    let (rootLike, likeN) = (2.5...4.0, 7.0)
    narrator.claim("""
        from n = \(ten.n) to n = \(hundred.n) the sd of 2x̄ shrinks by between \
        \(rootLike.lowerBound, decimals: 1) and \(rootLike.upperBound, decimals: 0), and the sd of \
        max xᵢ by more than \(likeN, decimals: 0)
        """,
        rootLike.contains(momentsShrink) && likelihoodShrink > likeN)
}

/// The MLE of g(θ) is g(θ̂): the chance of a quiet hour.
func tellInvariance(_ narrator: Narrator, _ maths: ReferenceSolution, counts: [Int]) {
    narrator.heading("Invariance: estimate λ, and you have estimated e^(−λ)")
    narrator.prose("""
    The help desk wants the chance of an hour with no calls, P(k = 0) = e^(−λ). There is \
    no need for a new derivation: if θ̂ is the maximum likelihood estimate of θ, then \
    g(θ̂) is the maximum likelihood estimate of g(θ), for any function g. (Writing the \
    likelihood in terms of q = e^(−λ) relabels its points; the best point stays best.) \
    Check it by maximising over q directly, on a grid:
    """)
    let (byInvariance, byGrid, spacing, share) = narrator.step { show in
        let estimate = maths.maximumLikelihoodEstimate(counts: counts)
        let byInvariance = exp(-estimate)
        let spacing = 0.0001
        // The log-likelihood of q = P(k = 0) is that of the mean λ = −ln q.
        let ofQ = { (q: Double) in
            maths.logLikelihood(mean: -log(q), counts: counts)
        }
        let grid = stride(from: spacing, to: 1, by: spacing).map { $0 }
        let byGrid = grid.max { ofQ($0) < ofQ($1) } ?? 0
        let share = Double(counts.filter { $0 == 0 }.count) / Double(counts.count)
        show("e^(−λ̂) = \(byInvariance, decimals: 4)",
             "  grid's best q = \(byGrid, decimals: 4)")
        show("share of quiet hours in the data: \(share, decimals: 4)")
        return (byInvariance, byGrid, spacing, share)
    }
    narrator.claim("the grid's best q is within one grid step of e^(−λ̂)", abs(byGrid - byInvariance) <= spacing)
    narrator.prose("""
    The share of quiet hours in the sample, \(share, decimals: 2), is an estimate too, \
    but it uses only whether each count was 0; e^(−λ̂) uses every count, and so has less \
    variance when the Poisson model holds. Invariance is also why 10.2.5 could estimate \
    the mean wait as 1/α̂ = x̄.
    """)
}
