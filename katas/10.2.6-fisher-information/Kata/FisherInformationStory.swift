import Foundation

/// Tells the story of kata 10.2.6, computing every number it shows with
/// `ReferenceSolution` (never with the learner's code, which may not be written yet).
func tellFisherInformationStory(_ narrator: Narrator) {
    let maths = ReferenceSolution()
    let counts = tellCounts(narrator, maths)
    tellScore(narrator, maths)
    tellInformationTable(narrator)
    tellSamplingDistribution(narrator)
    tellEfficiency(narrator)
    tellMomentsAgainstLikelihood(narrator)
    tellInvariance(narrator, maths, counts: counts)
    tellTutorialInterval(narrator, maths)
    tellCoverage(narrator, maths)
    narrator.heading("Your turn")
    narrator.prose("""
    Open katas/10.2.6-fisher-information/Solution.swift. It holds six functions, in the \
    order of this story: `logLikelihood` and `maximumLikelihoodEstimate` for a Poisson \
    mean, `fisherInformation`, `observedInformation` by a central difference, \
    `waldInterval` and `coverage`. The comment above each says exactly what to return. \
    Replace each `todo()` with your code, then grade your work:

      swift run kata check 10.2.6

    It grades the functions in order and, when one is wrong, names the mistake it most \
    likely is.
    """)
}

// MARK: - Counts and the bend of the log-likelihood

/// The story's counts, their estimate, and how the log-likelihood's bend grows with n.
/// - Returns: The story's 50 counts.
private func tellCounts(_ narrator: Narrator, _ maths: ReferenceSolution) -> [Int] {
    narrator.heading("How sure is an estimate?")
    narrator.prose("""
    The katas so far found the parameter that makes the data least surprising. This one \
    asks how far to trust it. Two samples can give the same estimate and deserve very \
    different confidence: the answer is in how sharply the log-likelihood peaks.

    Our data are counts: calls to a help desk in each of \(storyCountSize) hours. Counts of events in a \
    fixed window are modelled as *Poisson* with a mean λ:

      P(k; λ) = λᵏ e^(−λ) / k!,   so   ℓ(λ) = Σ (kᵢ · ln λ − λ − ln kᵢ!)

    The score ℓ′(λ) = Σkᵢ/λ − n is zero at λ̂ = Σkᵢ/n = x̄, the mean count. In this \
    story `maths` is the workbook's own answer to the exercises you are about to write:
    """)
    let (counts, more) = narrator.step { show in
        var random = NumPyRandom(seed: storySeed)
        let more = random.poisson(mean: storyMean, count: moreCountSize)
        let counts = Array(more.prefix(storyCountSize))
        let first = counts.prefix(12).map(String.init).joined(separator: " ")
        show("the first counts:", first)
        let estimate = maths.maximumLikelihoodEstimate(counts: counts)
        let peak = maths.logLikelihood(mean: estimate, counts: counts)
        show("n = \(counts.count)   Σk = \(counts.reduce(0, +))",
             "  λ̂ = \(estimate, decimals: 4)")
        show("ℓ(λ̂) = \(peak, decimals: 4)")
        return (counts, more)
    }
    narrator.prose("""
    In Python: `np.random.seed(\(storySeed)); k = np.random.poisson(\(storyMean, decimals: 0), \(more.count))`; \
    the story's sample is its first \(counts.count). Now draw ℓ(λ) − ℓ(λ̂) for those \
    \(counts.count) and for all \(more.count), so both peaks sit at height 0:
    """)
    narrator.step { show in
        let means = stride(from: 2.2, through: 3.4, by: 0.01).map { $0 }
        let curves = [counts, more].map { sample in
            let estimate = maths.maximumLikelihoodEstimate(counts: sample)
            let peak = maths.logLikelihood(mean: estimate, counts: sample)
            return LinePlot.Series(name: "n = \(sample.count)", points: means.map {
                ($0, maths.logLikelihood(mean: $0, counts: sample) - peak)
            })
        }
        show(LinePlot(series: curves, width: 62, height: 12,
                      xLabel: "λ", yLabel: "ℓ(λ) − ℓ(λ̂)"))
    }
    narrator.prose("""
    The \(more.count) counts give a much narrower peak: move λ a little away from λ̂ and the data \
    become far more surprising. The sharpness of a peak is its curvature, −ℓ″ at the \
    peak, the *observed information*. `maths.observedInformation` measures it for any \
    log-likelihood by a central difference, and for the Poisson it is exactly n/λ̂:
    """)
    let informations = narrator.step { show in
        [counts, more].map { sample in
            let estimate = maths.maximumLikelihoodEstimate(counts: sample)
            let observed = maths.observedInformation(
                of: { maths.logLikelihood(mean: $0, counts: sample) }, at: estimate)
            let exact = maths.fisherInformation(mean: estimate, count: sample.count)
            show("n = \(sample.count):  −ℓ″(λ̂) = \(observed, decimals: 4)",
                 "  n/λ̂ = \(exact, decimals: 4)")
            return (observed, exact)
        }
    }
    let agreement = 1e-6
    narrator.claim("""
        the central difference agrees with n/λ̂ to within \(prose: agreement, significant: 1), relative, \
        for both samples
        """, informations.allSatisfy { abs($0.0 - $0.1) <= agreement * $0.1 })
    narrator.prose("""
    Ten times the data, ten times the information: the curvature grows in proportion to \
    n. That is why more data give a sharper estimate, and in a moment it will say by how \
    much.
    """)
    return counts
}
