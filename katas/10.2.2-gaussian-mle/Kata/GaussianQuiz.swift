import Foundation
import MLETutorialData

/// The knowledge check of kata 10.2.2: n against n − 1, the estimate of σ by
/// invariance, what the Fisher information says, the 95% interval, why the estimate
/// beats the truth, and the variance of the five measurements. Every number in it is
/// computed with `ReferenceSolution` when it is asked, on the story's own sample.
func gaussianQuiz() -> [Question] {
    let sample = TutorialStream().gaussianSample
    return [
        nOrNMinusOne(),
        estimateOfSigma(sample),
        fisherInformation(sample),
        intervalHalfWidth(sample),
        estimateBeatsTruth(sample),
        varianceOfFive(),
    ]
}

/// σ̂² against s²: which maximises the likelihood, and which is unbiased.
private func nOrNMinusOne() -> Question {
    let maths = ReferenceSolution()
    let n = Double(smallExample.count)
    let variance = maths.maximumLikelihoodEstimate(of: smallExample).variance
    let unbiased = variance * n / (n - 1)
    let (small, sigma) = (Double(biasSimulation.sizes[0]), biasSimulation.sigma)
    return .choice("n-or-n-minus-one", """
        For the story's \(smallExample.count) measurements, σ̂² = Σ(xᵢ − x̄)²/n = \(variance, decimals: 4) and \
        s² = Σ(xᵢ − x̄)²/(n − 1) = \(unbiased, decimals: 3). Which is true?
        """, [
        .wrong("s² is the maximum likelihood estimate; σ̂² is a shortcut for large n", """
            Setting ∂ℓ/∂σ² to zero gives −nσ² + Σ(xᵢ − x̄)² = 0: the likelihood peaks at σ̂², dividing by n. \
            s² is what many statistics courses teach first (and pandas' var), not the maximum.
            """),
        .right("σ̂² maximises the likelihood but is too small on average; s² is unbiased but not the maximum", """
            The derivative in σ² is zero at σ̂²; and since x̄ sits closer to its own data than μ does, \
            E[σ̂²] = (n − 1)/n · σ². Dividing by n − 1 instead gives s², right on average.
            """),
        .wrong("σ̂² is unbiased, as every maximum likelihood estimate is", """
            Maximum likelihood promises consistency, not unbiasedness: E[σ̂²] = (n − 1)/n · σ², which for \
            n = \(small, decimals: 0) and σ² = \(sigma * sigma, decimals: 0) is only \
            \((small - 1) / small * sigma * sigma, decimals: 0).
            """),
        .wrong("They are the same estimate, up to rounding", """
            They differ by the factor n/(n − 1), here \(n / (n - 1), decimals: 2): \(variance, decimals: 4) \
            against \(unbiased, decimals: 3). The gap shrinks like 1/n, but for no n does it close.
            """),
    ], explanation: """
        σ̂² = (1/n) Σ(xᵢ − x̄)² is where ℓ peaks, and it is biased by (n − 1)/n, a bias that shrinks like 1/n: \
        the MLE is asymptotically unbiased. This kata's exercises ask for σ̂², dividing by n.
        """)
}

/// The estimate of σ is the square root of the estimate of σ²: invariance.
private func estimateOfSigma(_ sample: [Double]) -> Question {
    let maths = ReferenceSolution()
    let n = Double(sample.count)
    let variance = maths.maximumLikelihoodEstimate(of: sample).variance
    let sd = variance.squareRoot()
    return .choice("estimate-of-sigma", """
        On the story's \(sample.count) measurements, σ̂² = \(variance, decimals: 4). What is the maximum \
        likelihood estimate of σ, the standard deviation?
        """, [
        .wrong("It cannot be had from σ̂²: ℓ must be maximised over σ afresh, and peaks elsewhere", """
            Maximising over σ does find a peak, but at √σ̂²: relabelling a parameter renames its peak and does \
            not move it.
            """),
        .wrong("\((variance * n / (n - 1)).squareRoot(), decimals: 4), the square root of the unbiased s²", """
            That is the sample standard deviation many courses teach, dividing by n − 1. It is not where the \
            likelihood peaks, in σ² or in σ.
            """),
        .right("√σ̂² = \(sd, decimals: 4)", """
            The estimate of a function of a parameter is that function of the estimate: the invariance of \
            maximum likelihood.
            """),
        .wrong("\(sd / n.squareRoot(), decimals: 4), √σ̂² divided by √n", """
            That is the standard error of μ̂, how far x̄ typically misses μ, not the spread of the measurements \
            themselves.
            """),
    ], explanation: """
        σ̂ = √σ̂² = \(sd, decimals: 4): the story's heat map over (μ, σ) had its top there, though it was drawn \
        over σ and the estimate was derived for σ².
        """)
}

/// What the Fisher information n/σ² says: how sharply the data pin μ down.
private func fisherInformation(_ sample: [Double]) -> Question {
    let maths = ReferenceSolution()
    let (mu, variance) = maths.maximumLikelihoodEstimate(of: sample)
    let information = Double(sample.count) / variance
    let top = maths.logLikelihood(of: sample, mean: mu, variance: variance)
    return .choice("fisher-information", """
        The curvature of ℓ over μ at its peak, −∂²ℓ/∂μ² = n/σ², is the Fisher information I(μ). For the story's \
        \(sample.count) measurements, with σ̂² for σ², it is \(information, decimals: 2). What does it tell you?
        """, [
        .wrong("The probability that μ̂ is the true μ", """
            μ̂ is a continuous estimate and equals μ with probability 0. The information says how far it \
            typically misses: by about 1/√I.
            """),
        .wrong("How far the measurements scatter around μ", """
            That is σ, a property of each measurement. For the same σ the information n/σ² grows with n: more \
            data, a sharper peak.
            """),
        .wrong("How high the log-likelihood is at its peak", """
            The height, ℓ(μ̂, σ̂²) = \(prose: top, decimals: 4), carries constants that say nothing about μ. \
            The information is the curvature at the peak, not its height.
            """),
        .right("How much the data say about μ: μ̂ has a standard error of about 1/√I = σ/√n", """
            Here 1/√I = \(1 / information.squareRoot(), decimals: 4). The sharper the peak, the more \
            information, and the smaller the error.
            """),
    ], explanation: """
        For large samples the MLE is roughly Gaussian with variance 1/I, so SE(μ̂) = 1/√I(μ) = σ/√n ≈ σ̂/√n, the \
        standard error of the 95% interval μ̂ ± 1.96 · σ̂/√n.
        """)
}

/// The half-width of the 95% interval for μ on the story's sample.
private func intervalHalfWidth(_ sample: [Double]) -> Question {
    let maths = ReferenceSolution()
    let (mu, variance) = maths.maximumLikelihoodEstimate(of: sample)
    let (lower, upper) = maths.confidenceInterval95(of: sample)
    let (sd, n) = (variance.squareRoot(), sample.count)
    let (trueMean, trueSD) = (TutorialStream.gaussianMean, TutorialStream.gaussianStandardDeviation)
    let truth = "N(\(trueMean, decimals: 0), \(trueSD, decimals: 0)²)"
    return .number("interval-half-width", """
        The story's \(n) measurements from \(truth) give μ̂ = \(mu, decimals: 4) and σ̂ = \(sd, decimals: 4). How \
        far either side of μ̂ does the 95% confidence interval for μ reach? Give it to 3 decimals.
        """, answer: (upper - lower) / 2, tolerance: 0.0005, explanation: """
        1.96 · σ̂/√n = 1.96 · \(sd, decimals: 4)/√\(n) = \((upper - lower) / 2, decimals: 4), so the interval is \
        [\(lower, decimals: 4), \(upper, decimals: 4)]. σ̂/√n, the standard error, is 1/√I(μ) with σ̂ in place \
        of σ.
        """)
}

/// Why the data are more likely under the estimate than under the truth that made them.
private func estimateBeatsTruth(_ sample: [Double]) -> Question {
    let maths = ReferenceSolution()
    let (mu, variance) = maths.maximumLikelihoodEstimate(of: sample)
    let (trueMean, trueSD) = (TutorialStream.gaussianMean, TutorialStream.gaussianStandardDeviation)
    let atEstimate = maths.logLikelihood(of: sample, mean: mu, variance: variance)
    let atTruth = maths.logLikelihood(of: sample, mean: trueMean, variance: trueSD * trueSD)
    let truth = "(\(trueMean, decimals: 0), \(trueSD * trueSD, decimals: 0))"
    return .choice("estimate-beats-truth", """
        On the story's \(sample.count) measurements, ℓ(μ̂, σ̂²) = \(prose: atEstimate, decimals: 4), while at the \
        truth that drew them, (μ, σ²) = \(truth), ℓ = \(prose: atTruth, decimals: 4). Why do the data favour the \
        estimate over the truth?
        """, [
        .right("The estimate is, by construction, where these particular data are most likely", """
            No (μ, σ²) does better on this sample, the truth included. The truth is best only on average over \
            samples.
            """),
        .wrong("The sample must be unlucky: the truth should score highest", """
            Every sample misses the truth somewhat; \(sample.count) measurements do not pin μ and σ down \
            exactly. The estimate beating the truth is what always happens, not a fault.
            """),
        .wrong("Only because ℓ is a log; the likelihood itself would favour the truth", """
            ln is increasing, so it keeps every comparison: L(μ̂, σ̂²) is e^\(atEstimate - atTruth, decimals: 3) \
            = \(exp(atEstimate - atTruth), decimals: 2) times L at the truth.
            """),
        .wrong("(μ̂, σ̂²) is a maximum over μ only; over σ² the truth would win", """
            Both slopes vanish at (μ̂, σ̂²) and ℓ curves down in both directions, with no twist between them: \
            it is the maximum over both parameters.
            """),
    ], explanation: """
        The MLE is the parameter under which these particular data are least surprising, so it beats the truth, \
        here by \(atEstimate - atTruth, decimals: 3) in log-likelihood. That is no paradox.
        """)
}

/// What the estimate of the five measurements prints, against the variance's usual slips.
private func varianceOfFive() -> Question {
    let maths = ReferenceSolution()
    let n = Double(smallExample.count)
    let variance = maths.maximumLikelihoodEstimate(of: smallExample).variance
    let printed = { (value: Double) in "σ̂² = " + String(format: "%.4f", value) }
    return .printed("variance-of-five", """
        What does this step print? `smallExample` is the story's \(smallExample.count) measurements, \
        \(written(smallExample)).
        """, wrong: [
        .wrong(printed(variance * n / (n - 1)), """
            Divided by n − 1: that is s², the unbiased variance. The maximum likelihood estimate divides by n.
            """),
        .wrong(printed(variance.squareRoot()), """
            That is σ̂, the standard deviation. `maximumLikelihoodEstimate` returns the variance σ̂², not σ.
            """),
        .wrong(printed(variance * n), """
            That is the sum of squares Σ(xᵢ − x̄)², not yet divided by n.
            """),
    ], explanation: """
        The squared distances from x̄ = \(maths.mean(of: smallExample), decimals: 2) add up to \
        \(variance * n, decimals: 3), and σ̂² divides them by n = \(smallExample.count).
        """) { show in
        let maths = ReferenceSolution()
        let estimate = maths.maximumLikelihoodEstimate(of: smallExample)
        show("σ̂² =", String(format: "%.4f", estimate.variance))
    }
}
