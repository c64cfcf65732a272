import Foundation

// The score and its two identities, and the table of informations.

/// How many draws each simulation of the score makes.
private let scoreDraws = 20_000

/// How many standard errors a simulated number may fall from its expectation, in the claims.
let simulationSlack = 4.0

/// The score's mean is 0 at the truth and its variance is the information, −E[ℓ″].
func tellScore(_ narrator: Narrator, _ maths: ReferenceSolution) {
    narrator.heading("The score and the Fisher information")
    narrator.prose("""
    The *score* is the slope of the log-likelihood, s(λ) = ℓ′(λ). For one Poisson count \
    k it is s(λ) = k/λ − 1, and ℓ″(λ) = −k/λ². The data are random, so at the true λ the \
    score is a random number too, and it has two properties that make the whole theory \
    work:

      E[s(λ)] = 0            on average the slope at the truth is flat
      Var[s(λ)] = −E[ℓ″(λ)]   and its spread is the average curvature

    That common value is the *Fisher information*, I(λ). For the Poisson, −E[ℓ″] = \
    E[k]/λ² = λ/λ² = 1/λ per count. Check both identities by simulation, with \
    \(scoreDraws) counts at λ = \(storyMean, decimals: 0):
    """)
    let truth = storyMean
    let (score, squared, bend, information) = narrator.step { show in
        var random = NumPyRandom(seed: 2026)
        let k = random.poisson(mean: truth, count: scoreDraws).map(Double.init)
        let score = SampleSummary(k.map { $0 / truth - 1 })
        let squared = SampleSummary(k.map { ($0 / truth - 1) * ($0 / truth - 1) })
        let bend = SampleSummary(k.map { $0 / (truth * truth) })
        let information = maths.fisherInformation(mean: truth, count: 1)
        let rows = [("mean score    ", score), ("mean of score²", squared),
                    ("mean of −ℓ″   ", bend)]
        for (name, summary) in rows {
            show("\(name) = \(summary.mean, decimals: 5)",
                 "  (± \(summary.standardError, decimals: 5))")
        }
        show("I(\(truth, decimals: 0)) = 1/λ     = \(information, decimals: 5)")
        return (score, squared, bend, information)
    }
    narrator.claim("""
        the mean score is within \(simulationSlack, decimals: 0) standard errors of 0, and the means \
        of s² and of −ℓ″ are each within \(simulationSlack, decimals: 0) standard errors of \
        I(\(truth, decimals: 0)) = 1/\(truth, decimals: 0)
        """,
        abs(score.mean) <= simulationSlack * score.standardError
            && abs(squared.mean - information) <= simulationSlack * squared.standardError
            && abs(bend.mean - information) <= simulationSlack * bend.standardError)
    narrator.prose("""
    (The ± is the simulation's own standard error: \(scoreDraws) draws pin a mean down to \
    about that much.) Independent observations add their scores, so they add their \
    information: n counts hold I(λ) = n/λ. That is the curvature the plot above showed \
    growing with n.
    """)
}

/// One model of the information table: its derivation, per observation, and a simulation of it.
private struct InformationRow {
    let model: String
    let parameter: String
    let formula: String
    let exact: Double
    let scores: [Double]
    let bends: [Double]

    init(_ model: String, _ parameter: String, _ formula: String, _ exact: Double, scores: [Double], bends: [Double]) {
        (self.model, self.parameter, self.formula, self.exact, self.scores, self.bends)
            = (model, parameter, formula, exact, scores, bends)
    }

    /// The model, parameter and derived information, padded to the table's columns.
    var label: String {
        model.padding(toLength: 15, withPad: " ", startingAt: 0)
            + parameter.padding(toLength: 11, withPad: " ", startingAt: 0)
            + "\(formula) = \(exact, decimals: 4)".padding(toLength: 21, withPad: " ", startingAt: 0)
    }
}

/// The table of one seed tutorial: Bernoulli, Gaussian mean, Poisson, exponential.
func tellInformationTable(_ narrator: Narrator) {
    narrator.heading("Four models, four informations")
    narrator.prose("""
    The same two steps give the information of any model: differentiate the log of one \
    observation's density twice, then average over the data. For one flip x ∈ {0, 1} of \
    a coin with P(heads) = p:

      ℓ(p) = x · ln p + (1 − x) · ln(1 − p)
      ℓ″(p) = −x/p² − (1 − x)/(1 − p)²
      −E[ℓ″] = p/p² + (1 − p)/(1 − p)² = 1/p + 1/(1 − p) = 1/(p(1 − p))

    using E[x] = p. Information is largest near p = 0 or 1, where one flip says a lot, \
    and smallest at p = ½. The Gaussian mean (σ known), the Poisson mean and the \
    exponential rate go the same way. Each row below is derived, then confirmed by \
    \(scoreDraws) seeded draws:
    """)
    let rows = narrator.step { show in
        var random = NumPyRandom(seed: 7)
        let (p, mu, sigma, lambda, rate) = (0.3, 5.0, 2.0, 3.0, 0.5)
        let n = scoreDraws
        let flips = random.binomial(trials: 1, probability: p, count: n)
            .map(Double.init)
        let normals = random.normal(mean: mu, standardDeviation: sigma, count: n)
        let counts = random.poisson(mean: lambda, count: n).map(Double.init)
        let waits = random.exponential(scale: 1 / rate, count: n)
        // Each row: the score s and −ℓ″ of every draw.
        let rows = [
            InformationRow("Bernoulli", "p = 0.3", "1/(p(1−p))", 1 / (p * (1 - p)),
                           scores: flips.map { $0 / p - (1 - $0) / (1 - p) },
                           bends: flips.map {
                               $0 / (p * p) + (1 - $0) / ((1 - p) * (1 - p))
                           }),
            InformationRow("Gaussian mean", "σ = 2", "1/σ²", 1 / (sigma * sigma),
                           scores: normals.map { ($0 - mu) / (sigma * sigma) },
                           bends: normals.map { _ in 1 / (sigma * sigma) }),
            InformationRow("Poisson", "λ = 3", "1/λ", 1 / lambda,
                           scores: counts.map { $0 / lambda - 1 },
                           bends: counts.map { $0 / (lambda * lambda) }),
            InformationRow("exponential", "λ = 0.5", "1/λ²", 1 / (rate * rate),
                           scores: waits.map { 1 / rate - $0 },
                           bends: waits.map { _ in 1 / (rate * rate) }),
        ]
        show("model          parameter  I per observation    Var[s]     −E[ℓ″]")
        for row in rows {
            let variance = SampleSummary(row.scores).variance
            let bend = SampleSummary(row.bends).mean
            show(row.label + "\(variance, decimals: 4)    \(bend, decimals: 4)")
        }
        return rows
    }
    narrator.claim("""
        in every row the simulated Var[s] is within \(simulationSlack, decimals: 0) standard errors \
        of the derived information, and the simulated −E[ℓ″] too
        """,
        rows.allSatisfy { row in
            let squares = SampleSummary(row.scores.map { $0 * $0 })
            let bends = SampleSummary(row.bends)
            return abs(squares.mean - row.exact) <= simulationSlack * squares.standardError
                && abs(bends.mean - row.exact) <= simulationSlack * max(bends.standardError, 1e-12 * row.exact)
        })
    narrator.prose("""
    For the Gaussian mean and the exponential rate ℓ″ does not depend on the data, so \
    −E[ℓ″] is exact; for the coin and the Poisson it is an average. (For a coin the two \
    columns agree flip by flip: x(1 − x) = 0, so s² = x/p² + (1 − x)/(1 − p)² = −ℓ″.) With n observations \
    multiply each row by n: n/(p(1 − p)), n/σ², n/λ and n/λ². The Poisson's n/λ and the \
    exponential's n/λ² are easy to mix up; your `fisherInformation` is the Poisson's.
    """)
}
