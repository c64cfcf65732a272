import Foundation
import KataKit

/// The knowledge check of kata 10.2.6: the Poisson information, the standard error
/// from the information, how it shrinks with n, the median's efficiency, the uniform's
/// estimate, and the Wald interval after no heads. Every number in it is computed with
/// `ReferenceSolution` when it is asked.
func fisherInformationQuiz() -> [Question] {
    let maths = ReferenceSolution()
    return [
        poissonInformation(maths),
        standardErrorFromInformation(),
        fourTimesTheData(),
        medianEfficiency(),
        uniformEstimate(),
        noHeads(maths),
    ]
}

/// n/λ, not the exponential's n/λ².
private func poissonInformation(_ maths: ReferenceSolution) -> Question {
    let (n, mean) = (50, 3.0)
    return .number("poisson-information", """
        What is the Fisher information about λ in \(n) Poisson counts when λ = \(mean, decimals: 0)? (to two decimals)
        """, answer: maths.fisherInformation(mean: mean, count: n), tolerance: 0.005, explanation: """
        Each count holds −E[ℓ″] = E[k]/λ² = 1/λ, and n counts hold n/λ = \(n)/\(mean, decimals: 0). The exponential's \
        n/λ² would give \(Double(n) / (mean * mean), decimals: 2).
        """)
}

/// SE = 1/√I.
private func standardErrorFromInformation() -> Question {
    .choice("standard-error", "An estimate's Fisher information is I = 400. What is its standard error?", [
        .wrong("1/400 = 0.0025", "1/I is the variance of the estimate, the square of the standard error."),
        .right("1/√400 = 0.05", "The variance is about 1/I, so the standard error is its square root."),
        .wrong("√400 = 20", "More information means a smaller error, so the information goes in the denominator."),
    ], explanation: "θ̂ ≈ N(θ, 1/I): the standard error is 1/√I, and a 95% interval is θ̂ ± 1.96/√I.")
}

/// Four times the data halves the standard error.
private func fourTimesTheData() -> Question {
    .choice("four-times-the-data", "You collect four times as many observations. What happens to the standard error?", [
        .wrong("It shrinks to a quarter", "The information grows fourfold, but the standard error is 1/√I."),
        .right("It halves", "I grows with n, so 1/√I shrinks as 1/√n: four times the data, half the error."),
        .wrong("It stays the same: the model has not changed", "The information adds up over independent observations."),
    ], explanation: "Independent observations add their information, I = n · I₁, so SE = 1/√(n · I₁).")
}

/// The median's efficiency is 2/π for Gaussian data.
private func medianEfficiency() -> Question {
    .choice("median-efficiency", """
        For Gaussian data, the sample median estimates μ without bias. How does it compare with the mean?
        """, [
        .wrong("It is as precise: both are unbiased", "Unbiased estimates can differ in variance; the Cramér–Rao bound is the best any can do."),
        .right("Its variance is about π/2 times the mean's: it wastes data", """
            The mean sits on the bound σ²/n; the median's variance is about πσ²/2n, an efficiency of \
            2/π = \(2 / Double.pi, decimals: 3).
            """),
        .wrong("It is more precise, since outliers cannot move it", "Robustness and precision differ: with no outliers, the median pays in variance."),
    ], explanation: "Efficiency is (1/I)/Var. The story's simulation of samples of 101 found the ratio near π/2 ≈ 1.57.")
}

/// The uniform's maximum likelihood estimate is the largest value.
private func uniformEstimate() -> Question {
    let data = [2.1, 7.3, 4.4, 1.0]
    let mean = data.reduce(0, +) / Double(data.count)
    return .number("uniform-estimate", """
        Data \(data) come from the uniform on [0, θ]. What is the maximum likelihood estimate of θ? (to one decimal)
        """, answer: data.max() ?? 0, tolerance: 0.05, explanation: """
        The likelihood (1/θ)ⁿ falls as θ grows but is 0 below the largest value, so it peaks at max xᵢ. The method \
        of moments would say 2x̄ = \(2 * mean, decimals: 1).
        """)
}

/// No heads in 10 flips: the Wald interval is a single point.
private func noHeads(_ maths: ReferenceSolution) -> Question {
    let flips = 10
    let coverage = BernoulliIntervals.exactCoverage(.wald, flips: flips, p: 0.1, maths: maths)
    return .choice("no-heads", "A coin shows no heads in \(flips) flips. What is its 95% Wald interval for p?", [
        .wrong("[0, 0.3], roughly", "That is close to what the Wilson interval gives; the Wald interval's width is √(p̂(1 − p̂)/n) = 0 here."),
        .right("The single point 0: its standard error √(p̂(1 − p̂)/n) is 0", """
            The observed information n/(p̂(1 − p̂)) is infinite at p̂ = 0, so the interval has no width, and holds \
            no p above 0.
            """),
        .wrong("It is undefined, so the flips must be repeated", "It is defined, and that is the trouble: it claims certainty."),
    ], explanation: """
        This is why the Wald interval's coverage collapses near p = 0: at n = \(flips) and p = 0.1 it holds the truth \
        only \(100 * coverage, decimals: 1)% of the time.
        """)
}
