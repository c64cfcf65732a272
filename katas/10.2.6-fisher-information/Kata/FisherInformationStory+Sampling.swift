import Foundation

// The sampling distribution of the estimate, and the Cramér–Rao bound.

/// The middle sample size of the sampling-distribution section: a parameter a reader may change.
let sampleSize = StoryParameter.int("sample_size", 2...2000, default: 30,
                                    "the middle sample size whose estimates are drawn as a histogram")

/// How many seeded samples each histogram summarises.
private let replications = 2000

/// The density of N(mean, sd²) at x.
func normalDensity(_ x: Double, mean: Double, standardDeviation sd: Double) -> Double {
    exp(-0.5 * (x - mean) * (x - mean) / (sd * sd)) / (sd * (2 * Double.pi).squareRoot())
}

/// λ̂ = 1/x̄ over many exponential samples at n = 5, the reader's n and 500, against N(λ, 1/I).
func tellSamplingDistribution(_ narrator: Narrator) {
    let truth = 0.5
    narrator.heading("The estimate's own distribution")
    narrator.prose("""
    An estimate is computed from random data, so it is random too: draw another sample \
    and λ̂ moves. How it moves is its *sampling distribution*, and the information \
    predicts it. For large n the maximum likelihood estimate is approximately normal, \
    centred on the truth, with variance one over the information:

      θ̂ ≈ N(θ, 1/I(θ))

    Watch it happen for the rate of exponential waits (kata 10.2.5: λ̂ = 1/x̄, \
    I(λ) = n/λ²), true rate λ = \(truth, decimals: 1). Each histogram is λ̂ over \
    \(replications) seeded samples of n waits; the curve is N(λ, λ²/n):
    """)
    let sizes = [5, narrator.integer(sampleSize), 500]
    let summaries = narrator.step { show in
        var random = NumPyRandom(seed: 10)
        return sizes.map { n in
            let estimates = (0..<replications).map { _ in
                let waits = random.exponential(scale: 1 / truth, count: n)
                return Double(n) / waits.reduce(0, +)
            }
            // The normal curve the theory predicts: N(λ, 1/I) with I = n/λ².
            let predicted = truth / Double(n).squareRoot()
            let low = max(0.01, truth - 4 * predicted), high = truth + 5 * predicted
            let curve = (0...120).map { low + (high - low) * Double($0) / 120 }
                .map { x in
                    (x, normalDensity(x, mean: truth, standardDeviation: predicted))
                }
            let histogram = Histogram(
                values: estimates, bins: 30, range: low...high,
                width: 62, height: 9,
                xLabel: "λ̂ from n = \(n) waits",
                curves: [LinePlot.Series(name: "N(λ, λ²/n)", points: curve)])
            show(histogram)
            let summary = SampleSummary(estimates)
            show("n = \(n): mean λ̂ = \(summary.mean, decimals: 4),",
                 "sd = \(summary.standardDeviation, decimals: 4)",
                 "(1/√I = \(predicted, decimals: 4)),",
                 "skewness \(summary.skewness, decimals: 2)")
            if histogram.outside > 0 {
                show("(\(histogram.outside) estimates lie off the plot)")
            }
            return (n: n, summary: summary, predicted: predicted)
        }
    }
    let (small, large) = (summaries[0], summaries[2])
    let (skewed, symmetric, spread) = (1.0, 0.3, 0.05)
    narrator.claim("""
        at n = \(small.n) the estimates are skewed (skewness \(prose: small.summary.skewness, decimals: 2) \
        > \(skewed, decimals: 0)) and their mean is above λ = \(truth, decimals: 1); at n = \(large.n) \
        the skewness is below \(symmetric, decimals: 1) in size and the standard deviation within \
        \(100 * spread, decimals: 0)% of 1/√I
        """,
        small.summary.skewness > skewed && small.summary.mean > truth && abs(large.summary.skewness) < symmetric
            && abs(large.summary.standardDeviation / large.predicted - 1) < spread)
    let smallMean = truth * Double(small.n) / Double(small.n - 1)
    narrator.prose("""
    At n = \(small.n) the normal curve is a poor description: λ̂ = 1/x̄ has a long right \
    tail (a few samples of short waits give huge rates) and it is biased upwards, with \
    mean nλ/(n − 1) = \(smallMean, decimals: 3). By n = \(large.n) the histogram is the \
    curve. This is *asymptotic normality*, and it is what makes the standard error 1/√I \
    and the interval θ̂ ± \(normalQuantile(0.975), decimals: 2)/√I trustworthy for large n \
    and suspect for small.
    """)
}

/// Var(θ̂) ≥ 1/I, and the median's efficiency 2/π against the mean.
func tellEfficiency(_ narrator: Narrator) {
    let (n, samples) = (101, 4000)
    narrator.heading("The Cramér–Rao bound and efficiency")
    narrator.prose("""
    How small can the variance of an estimate be? For any unbiased estimate θ̃ of θ, \
    the *Cramér–Rao bound* says

      Var(θ̃) ≥ 1/I(θ)

    No amount of cleverness beats it: the information caps what the data can tell. An \
    unbiased estimate that reaches the bound is *efficient*, and its efficiency is \
    (1/I) / Var. The maximum likelihood estimate reaches it as n grows. Other estimates \
    can be unbiased and still waste data. For Gaussian data the sample mean and the \
    sample median both estimate μ without bias; compare their variances over \
    \(samples) seeded samples of \(n) values from N(0, 1), where 1/I = σ²/n:
    """)
    let (mean, median, bound) = narrator.step { show in
        var random = NumPyRandom(seed: 11)
        var means: [Double] = [], medians: [Double] = []
        for _ in 0..<samples {
            let x = random.normal(mean: 0, standardDeviation: 1, count: n).sorted()
            means.append(x.reduce(0, +) / Double(n))
            medians.append(x[n / 2])
        }
        let bound = 1 / Double(n)
        let (mean, median) = (SampleSummary(means), SampleSummary(medians))
        show("Cramér–Rao bound 1/I = σ²/n = \(bound, decimals: 5)")
        for (name, summary) in [("mean  ", mean), ("median", median)] {
            show("Var(\(name)) = \(summary.variance, decimals: 5)",
                 "  efficiency \(bound / summary.variance, decimals: 3)")
        }
        let ratio = median.variance / mean.variance
        show("Var(median) / Var(mean) = \(ratio, decimals: 3)",
             "  (π/2 = \(Double.pi / 2, decimals: 3))")
        return (mean, median, bound)
    }
    let (closeness, ratios) = (0.1, 1.4...1.75)
    narrator.claim("""
        the mean's variance is within \(100 * closeness, decimals: 0)% of the bound, and the \
        median's is between \(ratios.lowerBound, decimals: 1) and \(ratios.upperBound, decimals: 2) \
        times the mean's, around π/2
        """,
        abs(mean.variance / bound - 1) < closeness && ratios.contains(median.variance / mean.variance))
    narrator.prose("""
    The median needs about π/2 ≈ \(Double.pi / 2, decimals: 2) times as many observations \
    to be as precise as the mean: its efficiency is 2/π ≈ \(2 / Double.pi, decimals: 2). (It buys something for the price: a wild \
    outlier barely moves it.) For the Gaussian the mean is the maximum likelihood \
    estimate, and it sits on the bound.
    """)
}
