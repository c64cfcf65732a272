import Foundation
import KataKit

/// The mistakes the checks recognise, each built for the inputs of one call, since
/// what a mistake looks like depends on the data and the line that were passed.
///
/// Each is tried only after a check has failed, in the order a check lists them.
enum RegressionMistakes: MistakeCatalogue {
    /// The learner's value is an answer the story shows, to the four or more digits it
    /// prints, but this call's answer differs.
    static func hardCoded(_ storyAnswers: [Double]) -> Mistake<Double> {
        hardCoded(storyAnswers, name: "hard-coded an answer from the story",
                  explanation: "This is a number the story printed, but this call passed other arguments. Compute the answer from them.",
                  tolerance: Tolerance(relative: 1e-4))
    }

    /// A data set and a line, and the sums the mistakes are made of.
    struct Fit {
        /// The data and the line the call was graded at.
        let x: [Double], y: [Double], slope: Double, intercept: Double

        /// The number of points.
        var n: Double { Double(x.count) }
        /// The residuals y − (m·x + b).
        var residuals: [Double] { residuals(slope: slope, intercept: intercept) }
        /// Σr² at the line.
        var rss: Double { rss(slope: slope, intercept: intercept) }

        /// The residuals at another line.
        func residuals(slope: Double, intercept: Double) -> [Double] {
            zip(x, y).map { $1 - (slope * $0 + intercept) }
        }
        /// Σr² at another line.
        func rss(slope: Double, intercept: Double) -> Double {
            residuals(slope: slope, intercept: intercept).reduce(0) { $0 + $1 * $1 }
        }
    }

    // MARK: - meanSquaredError

    /// Ways to get the mean squared error of a line wrong.
    static func meanSquaredErrorMistakes(_ fit: Fit, story: [Double]) -> [Mistake<Double>] {
        let n = fit.n
        let residuals = fit.residuals
        return [
            Mistake("the sum, not the mean",
                    explanation: "This is the residual sum of squares Σrᵢ². The mean squared error divides it by n, the number of points: `total / Double(x.count)`.") { actual, expected in
                n > 1 && expected != 0 && agree(actual, fit.rss)
            },
            Mistake("the root mean squared error",
                    explanation: "This is √MSE, the RMSE. The exercise asks for the mean squared error itself: leave out the square root.") { actual, expected in
                expected > 0 && expected != 1 && agree(actual, expected.squareRoot())
            },
            Mistake("divided by n − 1",
                    explanation: "The mean squared error divides by n, the number of points: `Double(x.count)`, not `x.count - 1`.") { actual, _ in
                n > 1 && agree(actual, fit.rss / (n - 1))
            },
            Mistake("divided by n − 2",
                    explanation: "RSS/(n − 2) is the unbiased estimate of σ² some statistics packages print. The mean squared error divides by n: `Double(x.count)`.") { actual, _ in
                n > 2 && agree(actual, fit.rss / (n - 2))
            },
            Mistake("swapped slope and intercept",
                    explanation: "This is the error of the line y = b·x + m. The prediction is `slope * xi + intercept`: the slope multiplies x, the intercept is added.") { actual, expected in
                fit.slope != fit.intercept && !agree(expected, fit.rss(slope: fit.intercept, intercept: fit.slope) / n)
                    && agree(actual, fit.rss(slope: fit.intercept, intercept: fit.slope) / n)
            },
            Mistake("a sign slip in the residual",
                    explanation: "This is the error of the line y = m·x − b: the residual was written y − m·x + b. The residual is the data minus the whole prediction, `yi - (slope * xi + intercept)`, with the brackets.") { actual, expected in
                fit.intercept != 0 && agree(actual, fit.rss(slope: fit.slope, intercept: -fit.intercept) / n)
            },
            Mistake("the mean absolute error",
                    explanation: "This is Σ|rᵢ|/n. Square each residual instead of taking its absolute value: `r * r`.") { actual, expected in
                !agree(expected, residuals.reduce(0) { $0 + abs($1) } / n)
                    && agree(actual, residuals.reduce(0) { $0 + abs($1) } / n)
            },
            Mistake("did not square the residuals",
                    explanation: "This is the mean residual Σrᵢ/n, in which misses above and below the line cancel. Square each residual before adding: `r * r`.") { actual, _ in
                agree(actual, residuals.reduce(0, +) / n)
            },
            hardCoded(story),
        ]
    }

    // MARK: - negativeLogLikelihood

    /// Ways to get the negative log-likelihood wrong, each a formula a learner might write.
    static func negativeLogLikelihoodMistakes(_ fit: Fit, sigma: Double, story: [Double]) -> [Mistake<Double>] {
        let n = fit.n
        let rss = fit.rss
        let logTerm = n / 2 * log(2 * Double.pi * sigma * sigma)
        let squares = rss / (2 * sigma * sigma)
        func formula(_ name: String, _ explanation: String, _ wrong: Double) -> Mistake<Double> {
            Mistake(name, explanation: explanation) { actual, expected in
                !agree(expected, wrong) && agreeFinite(actual, wrong)
            }
        }
        let swapped = fit.rss(slope: fit.intercept, intercept: fit.slope)
        let slipped = fit.rss(slope: fit.slope, intercept: -fit.intercept)
        let asLogSigma = exp(sigma)
        return [
            formula("returned the log-likelihood, not its negative",
                    "This is −n/2 · ln(2πσ²) − RSS/(2σ²), the log-likelihood. The exercise asks for its negative, a loss that is smallest for the best line: n/2 · ln(2πσ²) + RSS/(2σ²), both terms added.",
                    -logTerm - squares),
            formula("a minus before RSS/(2σ²)",
                    "This is n/2 · ln(2πσ²) − RSS/(2σ²). Negating the log-likelihood −n/2 · ln(2πσ²) − RSS/(2σ²) flips both signs: n/2 · ln(2πσ²) + RSS/(2σ²). With the minus, a worse line scores better and the loss has no minimum.",
                    logTerm - squares),
            formula("a minus before n/2 · ln(2πσ²)",
                    "This is −n/2 · ln(2πσ²) + RSS/(2σ²). Negating the log-likelihood flips both signs, the logarithm's too: n/2 · ln(2πσ²) + RSS/(2σ²). With the minus, the loss falls for ever as σ grows.",
                    -logTerm + squares),
            formula("dropped n/2 · ln(2πσ²)",
                    "This is RSS/(2σ²) alone. It has the right minimum over the line, but not over σ: without n/2 · ln(2πσ²) it keeps falling as σ grows, so σ cannot be estimated. Keep both terms: n/2 · ln(2πσ²) + RSS/(2σ²).",
                    squares),
            formula("dropped the constant n/2 · ln(2π)",
                    "This is n/2 · ln σ² + RSS/(2σ²): the same minimum, but not the negative log-likelihood's value. The density's 1/√(2πσ²) contributes ½ · ln(2πσ²) per point, 2π included: n/2 · ln(2πσ²) + RSS/(2σ²).",
                    n / 2 * log(sigma * sigma) + squares),
            formula("missing the ½ in RSS/(2σ²)",
                    "This is n/2 · ln(2πσ²) + RSS/σ². The Gaussian's exponent is −r²/(2σ²), with a 2: the second term is RSS/(2σ²).",
                    logTerm + rss / (sigma * sigma)),
            formula("missing the ½ in n/2 · ln(2πσ²)",
                    "This is n · ln(2πσ²) + RSS/(2σ²). The density's factor is 1/√(2πσ²), whose log is −½ · ln(2πσ²): n points give n/2 · ln(2πσ²).",
                    2 * logTerm + squares),
            formula("treated sigma as the variance σ²",
                    "This is n/2 · ln(2πσ) + RSS/(2σ), which is right if `sigma` were σ². It is the standard deviation σ: square it, `sigma * sigma`, in both terms.",
                    n / 2 * log(2 * Double.pi * sigma) + rss / (2 * sigma)),
            formula("σ, not σ², inside the log",
                    "This is n/2 · ln(2πσ) + RSS/(2σ²). The density's normalising factor is 1/√(2πσ²): the log term is n/2 · ln(2πσ²), with σ squared (or n · ln σ + n/2 · ln(2π)).",
                    n / 2 * log(2 * Double.pi * sigma) + squares),
            formula("σ, not σ², under RSS",
                    "This is n/2 · ln(2πσ²) + RSS/(2σ). The Gaussian's exponent is −r²/(2σ²): divide RSS by 2σ², `2 * sigma * sigma`.",
                    logTerm + rss / (2 * sigma)),
            formula("treated sigma as log σ",
                    "This computes σ = e^sigma. The argument `sigma` is σ itself. (The story's Nelder-Mead searches over log σ, but it passes `sigma: exp(logSigma)` to your function.)",
                    n / 2 * log(2 * Double.pi * asLogSigma * asLogSigma) + rss / (2 * asLogSigma * asLogSigma)),
            formula("the mean, not the sum",
                    "This is the negative log-likelihood divided by n. The log-likelihood adds one term per point, so there is no division by n: n/2 · ln(2πσ²) + RSS/(2σ²).",
                    (logTerm + squares) / n),
            formula("½ · ln(2πσ²) once, not n times",
                    "Each of the n points contributes ½ · ln(2πσ²), so the term is n/2 · ln(2πσ²), not ½ · ln(2πσ²).",
                    log(2 * Double.pi * sigma * sigma) / 2 + squares),
            formula("log base 10",
                    "Use the natural log, `log` in Swift (`log10` is base 10).",
                    n / 2 * log10(2 * Double.pi * sigma * sigma) + squares),
            formula("swapped slope and intercept",
                    "This is the negative log-likelihood of the line y = b·x + m. The prediction is `slope * xi + intercept`: the slope multiplies x, the intercept is added.",
                    logTerm + swapped / (2 * sigma * sigma)),
            formula("a sign slip in the residual",
                    "This is the negative log-likelihood of the line y = m·x − b: the residual was written y − m·x + b. The residual is `yi - (slope * xi + intercept)`, with the brackets.",
                    logTerm + slipped / (2 * sigma * sigma)),
            Mistake("log taken after underflow",
                    explanation: "A density or a product of densities underflowed to 0 before its log was taken, and ln 0 = −∞. A point 40σ from the line has density e^(−800), already 0 in Double. Take logs by hand: −ln N(y; m·x + b, σ²) = ½ · ln(2πσ²) + r²/(2σ²), and add those.") { actual, expected in
                expected.isFinite && actual.isInfinite
            },
            hardCoded(story),
        ]
    }
}
