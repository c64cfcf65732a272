import Foundation

extension GaussianMistakes {
    // MARK: - maximumLikelihoodEstimate

    /// σ̂ returned where σ̂² is asked.
    static var standardDeviationForVariance: Mistake<Double> {
        Mistake("returned σ̂, not σ̂²",
                explanation: "This is the square root of the variance, the standard deviation σ̂. The exercise asks for the variance σ̂² = Σ(xᵢ − x̄)² / n: leave out the `sqrt`.") { actual, expected in
            expected > 0 && expected != 1 && agree(actual, expected.squareRoot())
        }
    }

    /// Σxᵢ²/n: the squares about 0 rather than about the mean.
    static func didNotSubtractMean(meanOfSquares: Double) -> Mistake<Double> {
        Mistake("forgot to subtract the mean",
                explanation: "This is Σxᵢ² / n, the mean square about 0. The variance measures the spread about the mean: Σ(xᵢ − x̄)² / n.") { actual, expected in
            !agree(expected, meanOfSquares) && agree(actual, meanOfSquares)
        }
    }

    /// Σxᵢ²/n − x̄² computed in floating point on data far from zero.
    ///
    /// Its value is rounding error the size of a few units in the last place of Σxᵢ²/n:
    /// hundreds for data near 10⁹, where any other wrong variance is just as far off. So the
    /// mistake is named only when the learner's value is what the one-pass formula gives
    /// here, written in any of the ways learners write it.
    static func catastrophicCancellation(of data: [Double]) -> Mistake<Double> {
        let n = Double(data.count)
        let sum = data.reduce(0, +), sumOfSquares = data.reduce(0) { $0 + $1 * $1 }
        let mean = sum / n
        let onePass = [sumOfSquares / n - mean * mean, (sumOfSquares - n * mean * mean) / n,
                       (sumOfSquares - sum * sum / n) / n]
        return Mistake("catastrophic cancellation",
                explanation: "Σxᵢ²/n − x̄² is right on paper but not in floating point: for data near 10⁹ both terms are near 10¹⁸, where a Double's last digit is worth 128, and subtracting two such nearly equal numbers leaves only rounding error (even a negative variance). Use two passes: first the mean x̄, then Σ(xᵢ − x̄)² / n, whose squares are the size of the spread. Or Welford's one-pass update: for each x, k += 1; d = x − mean; mean += d / k; m2 += d · (x − mean); and σ̂² = m2 / n.") { actual, expected in
            onePass.contains { model in !agree(model, expected) && agree(actual, model) }
        }
    }

    // MARK: - confidenceInterval95

    /// The half-widths a mistaken interval would have had, for one set of data.
    struct IntervalWidths {
        /// 1.96 · σ̂/√n, the right half-width.
        var right: Double
        /// σ̂² where σ̂ belongs: 1.96 · σ̂²/√n and 1.96 · σ̂²/n.
        var varianceNotDeviation: [Double]
        /// 1.96 · σ̂, no √n.
        var noRootN: Double
        /// 1.96 · σ̂/n.
        var dividedByN: Double
        /// 1.96 · s/√n with s² = Σ(xᵢ − x̄)²/(n − 1).
        var sampleDeviation: Double?
        /// Other z values times σ̂/√n: 90%, "2", 99% and one standard error.
        var otherZ: [Double]

        /// The widths for data of `count` values with these estimates.
        init(estimate: (mean: Double, variance: Double), count: Int) {
            let n = Double(count)
            let deviation = estimate.variance.squareRoot()
            right = 1.96 * deviation / n.squareRoot()
            varianceNotDeviation = [1.96 * estimate.variance / n.squareRoot(), 1.96 * estimate.variance / n]
            noRootN = 1.96 * deviation
            dividedByN = 1.96 * deviation / n
            sampleDeviation = count > 1 ? 1.96 * (estimate.variance / (n - 1)).squareRoot() : nil
            otherZ = [1.645, 2, 2.576, 1].map { $0 * deviation / n.squareRoot() }
        }
    }

    /// The mistakes of one end of the interval.
    /// - Parameters:
    ///   - widths: The half-widths of the mistakes, for this call's data.
    ///   - centre: μ̂.
    ///   - side: −1 for the lower end, +1 for the upper end.
    ///   - otherEnd: The right value of the other end.
    /// - Returns: The mistakes, in the order they are tried.
    static func intervalMistakes(_ widths: IntervalWidths, centre: Double, side: Double,
                                 otherEnd: Double) -> [Mistake<Double>] {
        @Sendable func end(_ width: Double) -> Double { centre + side * width }
        @Sendable func isEnd(_ actual: Double, _ width: Double) -> Bool {
            !agree(width, widths.right) && agree(actual, end(width))
        }
        return [
            Mistake("lower and upper swapped",
                    explanation: "Return the smaller end first: `(lower: mean - halfWidth, upper: mean + halfWidth)`.") { actual, expected in
                !agree(expected, otherEnd) && agree(actual, otherEnd)
            },
            Mistake("σ̂² in place of σ̂",
                    explanation: "The standard error of μ̂ is σ̂/√n, with σ̂ the standard deviation: take the square root of the variance σ̂² first. (σ̂²/n is the variance of μ̂; its square root is the standard error.)") { actual, _ in
                widths.varianceNotDeviation.contains { isEnd(actual, $0) }
            },
            Mistake("forgot the √n",
                    explanation: "μ̂ is an average of n measurements, so it varies √n times less than one measurement: its standard error is σ̂/√n, not σ̂. (1.96 · σ̂ is where 95% of single measurements fall, not where the mean is.)") { actual, _ in
                isEnd(actual, widths.noRootN)
            },
            Mistake("divided by n, not √n",
                    explanation: "The Fisher information for μ is n/σ², so the variance of μ̂ is σ²/n and its standard error is σ/√n: divide σ̂ by the square root of n.") { actual, _ in
                isEnd(actual, widths.dividedByN)
            },
            Mistake("used the n − 1 standard deviation",
                    explanation: "This interval uses s = √(Σ(xᵢ − x̄)²/(n − 1)). That is a common choice in practice, but this exercise asks for the maximum likelihood σ̂ (dividing by n), whose Fisher information gives the standard error σ̂/√n.") { actual, _ in
                widths.sampleDeviation.map { isEnd(actual, $0) } ?? false
            },
            Mistake("wrong z value",
                    explanation: "A two-sided 95% interval leaves 2.5% in each tail of the standard normal: z = 1.96 (1.645 is for 90%, 2.576 for 99%, and 2 is only a rule of thumb).") { actual, _ in
                widths.otherZ.contains { isEnd(actual, $0) }
            },
        ]
    }
}
