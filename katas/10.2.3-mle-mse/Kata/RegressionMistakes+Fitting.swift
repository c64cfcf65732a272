import Foundation

extension RegressionMistakes {
    /// The sums of a closed-form fit, and the lines that common slips produce.
    struct Sums {
        /// n, x̄, ȳ, the centred sums Σ(x − x̄)², Σ(x − x̄)(y − ȳ), Σ(y − ȳ)², and the raw Σxy, Σx².
        let n: Double, xMean: Double, yMean: Double, sxx: Double, sxy: Double, syy: Double, sumXY: Double, sumXX: Double

        /// The sums of the data (x, y).
        init(x: [Double], y: [Double]) {
            n = Double(x.count)
            xMean = x.reduce(0, +) / n
            yMean = y.reduce(0, +) / n
            let (xm, ym) = (xMean, yMean)
            sxx = x.reduce(0) { $0 + ($1 - xm) * ($1 - xm) }
            syy = y.reduce(0) { $0 + ($1 - ym) * ($1 - ym) }
            sxy = zip(x, y).reduce(0) { $0 + ($1.0 - xm) * ($1.1 - ym) }
            sumXY = zip(x, y).reduce(0) { $0 + $1.0 * $1.1 }
            sumXX = x.reduce(0) { $0 + $1 * $1 }
        }
    }

    // MARK: - leastSquares

    /// Ways to get the least-squares slope wrong.
    static func slopeMistakes(_ sums: Sums, expected line: (slope: Double, intercept: Double), farFromZero: Bool,
                              story: [Double]) -> [Mistake<Double>] {
        let n = sums.n
        return [
            Mistake("swapped slope and intercept",
                    explanation: "This is the intercept, returned where the slope belongs. Return the slope first: `return (slope: m, intercept: b)`. Labelling the tuple's elements makes a swap hard to write.") { actual, _ in
                !agree(line.slope, line.intercept) && agree(actual, line.intercept)
            },
            Mistake("Σxy/Σx², a line through the origin",
                    explanation: "Σxᵢyᵢ/Σxᵢ² is the slope of the best line through (0, 0). With an intercept the line passes through (x̄, ȳ) instead, so subtract the means first: m̂ = Σ(xᵢ − x̄)(yᵢ − ȳ) / Σ(xᵢ − x̄)².") { actual, expected in
                !agree(expected, sums.sumXY / sums.sumXX) && agreeFinite(actual, sums.sumXY / sums.sumXX)
            },
            Mistake("the slope of x on y",
                    explanation: "Σ(x − x̄)(y − ȳ) / Σ(y − ȳ)² is the slope for predicting x from y. The misses are measured in y, so divide by the spread of x: m̂ = Σ(xᵢ − x̄)(yᵢ − ȳ) / Σ(xᵢ − x̄)².") { actual, expected in
                !agree(expected, sums.sxy / sums.syy) && agreeFinite(actual, sums.sxy / sums.syy)
            },
            Mistake("the fraction upside down",
                    explanation: "This is Σ(x − x̄)² / Σ(x − x̄)(y − ȳ), the reciprocal of the slope. The covariance goes on top: m̂ = Σ(xᵢ − x̄)(yᵢ − ȳ) / Σ(xᵢ − x̄)².") { actual, expected in
                !agree(expected, sums.sxx / sums.sxy) && agreeFinite(actual, sums.sxx / sums.sxy)
            },
            Mistake("mixed n and n − 1",
                    explanation: "The slope is a covariance over a variance; whatever you divide one by, divide the other by the same (or divide neither). Here one was divided by n and the other by n − 1.") { actual, expected in
                n > 1 && (agree(actual, expected * n / (n - 1)) || agree(actual, expected * (n - 1) / n))
            },
            hardCoded(story),
            Mistake("catastrophic cancellation",
                    explanation: "Σxᵢyᵢ − n·x̄·ȳ and Σxᵢ² − n·x̄² are right on paper but not in floating point: for x near 10⁶ each term is near 10¹⁴ (times n), and subtracting two such nearly equal numbers leaves mostly rounding error. Subtract the means first: m̂ = Σ(xᵢ − x̄)(yᵢ − ȳ) / Σ(xᵢ − x̄)², whose terms are the size of the spread.") { actual, _ in
                farFromZero && !actual.isNaN
            },
        ]
    }

    /// Ways to get the intercept wrong once the slope is right.
    static func interceptMistakes(_ sums: Sums, slope: Double, story: [Double]) -> [Mistake<Double>] {
        [
            Mistake("ȳ + m̂·x̄, not ȳ − m̂·x̄",
                    explanation: "The line passes through (x̄, ȳ): ȳ = m̂·x̄ + b̂, so b̂ = ȳ − m̂·x̄, with a minus.") { actual, expected in
                !agree(expected, sums.yMean + slope * sums.xMean) && agree(actual, sums.yMean + slope * sums.xMean)
            },
            Mistake("returned ȳ as the intercept",
                    explanation: "ȳ is the line's height at x = x̄, not at x = 0. The intercept is b̂ = ȳ − m̂·x̄.") { actual, expected in
                !agree(expected, sums.yMean) && agree(actual, sums.yMean)
            },
            Mistake("x̄ and ȳ swapped in the intercept",
                    explanation: "This is x̄ − m̂·ȳ. The line passes through (x̄, ȳ), so ȳ = m̂·x̄ + b̂ and b̂ = ȳ − m̂·x̄.") { actual, expected in
                !agree(expected, sums.xMean - slope * sums.yMean) && agree(actual, sums.xMean - slope * sums.yMean)
            },
            hardCoded(story),
        ]
    }

    // MARK: - Nelder-Mead on the learner's NLL

    /// Why Nelder-Mead on the learner's negative log-likelihood missed the learner's line.
    enum Disagreement {
        /// The search did not converge, or σ ran off towards 0 or ∞.
        case noMinimum
        /// It converged at (b̂, m̂): the learner's NLL swaps slope and intercept.
        case swapped
        /// It found the least-squares line, so the learner's leastSquares is off.
        case leastSquaresOff
        /// The learner's line is right, so the NLL's minimum is elsewhere.
        case negativeLogLikelihoodOff
        /// Neither is the least-squares line.
        case both

        /// The mistake a failure names, and what to look at.
        var mistake: NamedMistake {
            switch self {
            case .noMinimum:
                NamedMistake(name: "your negativeLogLikelihood has no minimum",
                             explanation: "Nelder-Mead could not settle: your negativeLogLikelihood keeps falling somewhere. A minus where a plus belongs makes it a log-likelihood, which has a maximum, not a minimum; dropping n/2 · ln(2πσ²) lets it fall for ever as σ grows. It must be n/2 · ln(2πσ²) + RSS/(2σ²).")
            case .swapped:
                NamedMistake(name: "your negativeLogLikelihood swaps slope and intercept",
                             explanation: "Nelder-Mead landed on (b̂, m̂), the least-squares line with its slope and intercept exchanged: your negativeLogLikelihood predicts `intercept * xi + slope`. The prediction is `slope * xi + intercept`.")
            case .leastSquaresOff:
                NamedMistake(name: "your leastSquares is likely wrong",
                             explanation: "Nelder-Mead on your negativeLogLikelihood found the least-squares line, but your leastSquares returned another. Look at leastSquares: m̂ = Σ(xᵢ − x̄)(yᵢ − ȳ) / Σ(xᵢ − x̄)², b̂ = ȳ − m̂·x̄.")
            case .negativeLogLikelihoodOff:
                NamedMistake(name: "your negativeLogLikelihood is likely wrong",
                             explanation: "Your leastSquares line is right, but your negativeLogLikelihood is smallest somewhere else. Its (m, b) part must be RSS/(2σ²) with RSS = Σ(yᵢ − (m·xᵢ + b))²; check the residual.")
            case .both:
                NamedMistake(name: "both functions are off",
                             explanation: "Neither Nelder-Mead on your negativeLogLikelihood nor your leastSquares found the least-squares line. Fix negativeLogLikelihood first (its exercise comes first), then leastSquares.")
            }
        }
    }

    // MARK: - noiseVariance

    /// Ways to get σ̂² wrong.
    static func noiseVarianceMistakes(_ fit: Fit, sums: Sums, story: [Double]) -> [Mistake<Double>] {
        let n = fit.n
        let rss = fit.rss
        return [
            Mistake("divided by n − 2",
                    explanation: "RSS/(n − 2) is the unbiased estimate, the one statistics packages often print, because two parameters were fitted. The maximum likelihood estimate, from ∂NLL/∂σ = n/σ − RSS/σ³ = 0, divides by n: σ̂² = RSS/n. (With two points, n − 2 = 0 and RSS/(n − 2) is 0/0.)") { actual, expected in
                n > 2 ? agree(actual, rss / (n - 2)) : !actual.isFinite && expected.isFinite
            },
            Mistake("divided by n − 1",
                    explanation: "RSS/(n − 1) is neither estimate: the maximum likelihood one divides by n, the unbiased one by n − 2. Setting ∂NLL/∂σ = n/σ − RSS/σ³ to zero gives σ̂² = RSS/n.") { actual, _ in
                n > 1 && rss > 0 && agree(actual, rss / (n - 1))
            },
            Mistake("returned σ̂, not σ̂²",
                    explanation: "This is the standard deviation σ̂ = √(RSS/n). The exercise asks for the variance σ̂² = RSS/n: leave out the square root.") { actual, expected in
                expected > 0 && expected != 1 && agree(actual, expected.squareRoot())
            },
            Mistake("returned RSS, not RSS/n",
                    explanation: "This is the residual sum of squares. σ̂² is its mean: divide by n, `Double(x.count)`.") { actual, expected in
                n > 1 && rss > 0 && agree(actual, rss)
            },
            Mistake("the variance of y, not of the residuals",
                    explanation: "This is Σ(yᵢ − ȳ)²/n, the spread of y around its mean. σ̂² is the spread around the fitted line: the mean of (yᵢ − (m̂·xᵢ + b̂))² at the least-squares line.") { actual, expected in
                !agree(expected, sums.syy / n) && agree(actual, sums.syy / n)
            },
            hardCoded(story),
            // Last: it explains any value above the right one that nothing above names.
            Mistake("residuals of another line",
                    explanation: "No line has a smaller RSS than the least-squares line, so a σ̂² above RSS/n there means the residuals came from another line (or were divided by less than n). If you call your own leastSquares, make its checks pass first: this exercise measures at its line.") { actual, expected in
                actual.isFinite && actual > expected
            },
        ]
    }
}
