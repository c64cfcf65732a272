import Foundation
import KataKit

/// The mistakes the checks recognise, each built for the inputs of one call, since
/// what a mistake looks like depends on the arguments that were passed.
///
/// Each is tried only after a check has failed, in the order a check lists them.
enum FisherInformationMistakes: MistakeCatalogue {
    // MARK: - logLikelihood

    /// Ways to get the Poisson log-likelihood of `mean` for `counts` wrong.
    static func logLikelihoodMistakes(mean: Double, counts: [Int]) -> [Mistake<Double>] {
        let n = Double(counts.count)
        let sum = Double(counts.reduce(0, +))
        let logFactorials = counts.reduce(0.0) { $0 + logGamma(Double($1) + 1) }
        let kernel = sum * log(mean) - n * mean
        // What taking the log too late returns: the product of λᵏ e^(−λ) / k! overflows or underflows.
        let logOfProduct = log(counts.reduce(1.0) { $0 * pow(mean, Double($1)) * exp(-mean) / tgamma(Double($1) + 1) })
        return [
            Mistake("dropped the −ln k! term",
                    explanation: "This is Σ (k · ln λ − λ), without −Σ ln k!. That term does not depend on λ, so the peak is where it was, but the value is not the log-likelihood: it is off by Σ ln k!, and comparing models or computing likelihood ratios needs the real value. Subtract `logGamma(Double(k) + 1)` for each count.") { actual, _ in
                logFactorials > 0 && agreeFinite(actual, kernel)
            },
            Mistake("added ln k! instead of subtracting it",
                    explanation: "The probability is λᵏ e^(−λ) / k!: k! divides, so its log is subtracted. Each count adds k · ln λ − λ − ln k!.") { actual, _ in
                logFactorials > 0 && agreeFinite(actual, kernel + logFactorials)
            },
            Mistake("ln k, not ln k!",
                    explanation: "The term is the log of k factorial, ln k! = ln 1 + ln 2 + … + ln k = `logGamma(Double(k) + 1)`, not ln k. A count of 0 shows the difference at once: 0! = 1, so it subtracts ln 1 = 0, where subtracting ln 0 = −∞ gives +∞.") { actual, expected in
                counts.contains(0)
                    ? expected.isFinite && actual.isInfinite && logOfProduct.isFinite
                    : counts.contains { $0 > 2 } && agreeFinite(actual, kernel - counts.reduce(0.0) { $0 + log(Double($1)) })
            },
            Mistake("the exponential's log-likelihood",
                    explanation: "This is n · ln λ − λ · Σk, the exponential log-likelihood of kata 10.2.5. The Poisson probability of a count k is λᵏ e^(−λ) / k!, so each count adds k · ln λ − λ − ln k!.") { actual, _ in
                agreeFinite(actual, n * log(mean) - mean * sum)
            },
            Mistake("log taken after overflow or underflow",
                    explanation: "The product of the probabilities (or λᵏ, or k!) overflowed to ∞ or underflowed to 0 before its log was taken. Take logs first: ln(λᵏ e^(−λ) / k!) = k · ln λ − λ − ln k!, with ln k! from `logGamma(Double(k) + 1)`.") { actual, expected in
                expected.isFinite && !actual.isFinite && !logOfProduct.isFinite
            },
            Mistake("the mean, not the sum",
                    explanation: "This is the log-likelihood divided by the number of counts. The log-likelihood adds one term per count, with no division by n.") { actual, expected in
                n > 1 && agreeFinite(actual, expected / n)
            },
            Mistake("log base 10",
                    explanation: "Use the natural log, `log` in Swift (`log10` is base 10).") { actual, expected in
                expected != 0 && agreeFinite(actual, expected / M_LN10)
            },
        ]
    }

    // MARK: - maximumLikelihoodEstimate

    /// Ways to get the estimate of the mean wrong for `counts`.
    static func estimateMistakes(counts: [Int]) -> [Mistake<Double>] {
        let n = counts.count
        let sum = counts.reduce(0, +)
        return [
            Mistake("integer division",
                    explanation: "Σk / n was divided in Int, which drops the fraction (7 / 2 is 3). Convert first: `Double(sum) / Double(counts.count)`.") { actual, expected in
                sum % n != 0 && actual == Double(sum / n)
            },
            Mistake("the exponential's rate 1/x̄",
                    explanation: "1/x̄ is the estimate of an exponential rate (kata 10.2.5). A Poisson mean is estimated by the mean count itself: λ̂ = Σk / n.") { actual, expected in
                sum > 0 && !agree(expected, 1 / expected) && agreeFinite(actual, 1 / expected)
            },
            Mistake("the sum, not the mean",
                    explanation: "Σk is the total count; the estimate of the mean per window divides it by n.") { actual, _ in
                n > 1 && sum > 0 && agree(actual, Double(sum))
            },
        ]
    }

    // MARK: - fisherInformation

    /// Ways to get the information in `count` observations of mean `mean` wrong.
    static func informationMistakes(mean: Double, count: Int) -> [Mistake<Double>] {
        let n = Double(count)
        return [
            Mistake("the exponential's n/λ²",
                    explanation: "n/λ² is the information about an exponential rate. For a Poisson mean ℓ″(λ) = −Σk/λ², and E[Σk] = nλ, so I(λ) = nλ/λ² = n/λ.") { actual, _ in
                mean != 1 && agree(actual, n / (mean * mean))
            },
            Mistake("the information's sign",
                    explanation: "This is E[ℓ″] = −n/λ. The information is its negative, I(λ) = −E[ℓ″] = n/λ: positive, since the log-likelihood bends down at its peak.") { actual, _ in
                agree(actual, -n / mean)
            },
            Mistake("one observation's information",
                    explanation: "1/λ is the information in a single count. Independent observations add their information: n counts hold n/λ.") { actual, _ in
                count > 1 && agree(actual, 1 / mean)
            },
            Mistake("the estimate's variance λ/n, not the information",
                    explanation: "λ/n is Var(λ̂), the inverse of the information. The information is n/λ: more data, more information.") { actual, _ in
                !agree(mean / n, n / mean) && agree(actual, mean / n)
            },
        ]
    }
}
