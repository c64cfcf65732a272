import Foundation

extension LogisticMistakes {
    // MARK: - negativeLogLikelihood

    /// Ways to get the summed negative log-likelihood of `problem` wrong; `largestLogit` is
    /// the largest |w·xᵢ + b| of the call.
    static func likelihoodMistakes(_ problem: LogisticProblem, largestLogit: Double) -> [Mistake<Double>] {
        let n = Double(problem.x.count)
        let (x, labels, weight, bias) = (problem.x, problem.labels, problem.weight, problem.bias)
        /// The loss with z clamped to ±L for each usual L, and with σ(z) clipped each usual way.
        @Sendable func clippedLosses() -> [Double] {
            let logits = x.map { weight * $0 + bias }
            let clamped = clampedLogits.map { limit in
                zip(logits, labels).reduce(0.0) { sum, point in
                    let z = min(max(point.0, -limit), limit)
                    return sum + softplus(z) - Double(point.1) * z
                }
            }
            return clamped + clippedSums(labels: labels, probabilities: logits.map { ReferenceSolution().sigmoid($0) })
        }
        // The stable softplus, with y·z taken off after it: for y = 1 and a large z the tiny
        // term is lost in z + e^(−z) before z is subtracted.
        let subtractedLast = zip(problem.x, problem.labels).reduce(0.0) { sum, point in
            let z = problem.weight * point.0 + problem.bias
            return sum + softplus(z) - Double(point.1) * z
        }
        return [
            Mistake("overflow in exp",
                    explanation: overflowExplanation) { actual, expected in
                !actual.isFinite && expected.isFinite
            },
            Mistake("y·z subtracted after the tiny term",
                    explanation: "softplus(z) − y·z is right on paper, but for y = 1 and a large z, softplus(z) = z + e^(−z) rounds to z, and subtracting z leaves 0 instead of e^(−z). Cancel the large parts first: (max(z, 0) − y·z) + log1p(exp(−|z|)).") { actual, expected in
                !agree(subtractedLast, expected) && agree(actual, subtractedLast)
            },
            Mistake("lost digits in log(1 + e^z)",
                    explanation: "For very negative z, 1 + e^z rounds to exactly 1 (e^(−40) ≈ 4.2e-18 is below a Double's last digit of 1), so log(1 + exp(z)) is 0, and log(1 − σ(z)) has the same trouble. `log1p(x)` computes log(1 + x) without forming 1 + x: log(1 + e^z) = max(z, 0) + log1p(exp(−|z|)) is right for every z.") { actual, expected in
                actual.isFinite && abs(actual - expected) <= 1e-12
            },
            Mistake("clipping changed the answer",
                    explanation: clippingExplanation) { actual, expected in
                // Only what a clamp or a clip gives here: a loss too small for another reason
                // (terms that overflowed skipped, say) is not a clip, and where skipping them
                // gives the same sum as some clamp (z = ±1000 clamped at 500), neither is named.
                let skipped = zip(x, labels).reduce(0.0) { sum, point in
                    let z = weight * point.0 + bias
                    let term = log(1 + exp(z)) - Double(point.1) * z
                    return term.isFinite ? sum + term : sum
                }
                return largestLogit >= 15 && !agreeFinite(actual, skipped)
                    && clippedLosses().contains { !agree(expected, $0) && agreeFinite(actual, $0) }
            },
            Mistake("the mean, not the sum",
                    explanation: "This is the negative log-likelihood divided by the number of points, the mean cross-entropy. This exercise asks for the sum, the negative log of the whole likelihood: Σ [log(1 + e^(zᵢ)) − yᵢ·zᵢ].") { actual, expected in
                n > 1 && expected != 0 && agree(actual, expected / n)
            },
            Mistake("the log-likelihood, not its negative",
                    explanation: "This is ℓ(w, b) = Σ [yᵢ·zᵢ − log(1 + e^(zᵢ))], which is ≤ 0. The exercise asks for the loss −ℓ, which is ≥ 0.") { actual, expected in
                expected != 0 && agree(actual, -expected)
            },
        ]
    }

    // MARK: - gradient

    /// Which part of a pair a check is grading.
    enum Part: String {
        case weight, bias
    }

    /// Ways to get one part of the gradient wrong, given the right `other` part and the
    /// learner's, Σ(σ(zᵢ) − yᵢ), which is what ∂/∂w becomes without its xᵢ, and this part
    /// as it would be with the bias left out of the logits.
    static func gradientMistakes(_ part: Part, count: Int, other: Double, otherAsGiven: Double, residualSum: Double,
                                 withoutBias: Double) -> [Mistake<Double>] {
        let swapped = Mistake<Double>("swapped ∂/∂w and ∂/∂b",
                                      explanation: "The pair is (weight: ∂/∂w, bias: ∂/∂b): ∂/∂w = Σ (σ(zᵢ) − yᵢ)·xᵢ comes first, ∂/∂b = Σ (σ(zᵢ) − yᵢ) second.") { actual, expected in
            !agree(expected, other) && agree(actual, other) && agree(otherAsGiven, expected)
        }
        let n = Double(count)
        return [
            Mistake("overflow in exp",
                    explanation: overflowExplanation) { actual, expected in
                !actual.isFinite && expected.isFinite
            },
            Mistake("gradient sign error",
                    explanation: "This is Σ (yᵢ − σ(zᵢ))·xᵢ, the gradient of the log-likelihood, which points uphill on the likelihood. The exercise asks for the gradient of the loss, the negative log-likelihood: Σ (σ(zᵢ) − yᵢ)·xᵢ. With the wrong sign, gradient descent climbs the loss instead of descending it.") { actual, expected in
                expected != 0 && agree(actual, -expected)
            },
            Mistake("the mean, not the sum",
                    explanation: "This is the gradient divided by the number of points, the gradient of the mean cross-entropy. This exercise asks for the gradient of the summed negative log-likelihood: no division by n.") { actual, expected in
                n > 1 && expected != 0 && agree(actual, expected / n)
            },
            swapped,
            Mistake("forgot the xᵢ in ∂/∂w",
                    explanation: "∂zᵢ/∂w = xᵢ, so each point's residual σ(zᵢ) − yᵢ is multiplied by xᵢ in ∂/∂w: Σ (σ(zᵢ) − yᵢ)·xᵢ. Only ∂/∂b, where ∂zᵢ/∂b = 1, is the plain Σ (σ(zᵢ) − yᵢ).") { actual, expected in
                part == .weight && !agree(expected, residualSum) && agree(actual, residualSum)
            },
            Mistake("left the bias out of z",
                    explanation: "This is the gradient with zᵢ = w·xᵢ. The logit is zᵢ = w·xᵢ + b: without the bias every σ(zᵢ) is wrong, and so is every residual.") { actual, expected in
                !agree(expected, withoutBias) && agree(actual, withoutBias)
            },
        ]
    }

    // MARK: - gradientDescent

    /// What the learner's descent would have returned had it made each mistake, each
    /// computed by running the mistaken update on the same data.
    struct DescentRuns {
        var oneFewer: (weight: Double, bias: Double)
        var oneMore: (weight: Double, bias: Double)
        var ascent: (weight: Double, bias: Double)
        var meanGradient: (weight: Double, bias: Double)
        var rateOne: (weight: Double, bias: Double)
        var sequential: (weight: Double, bias: Double)
        /// Whether the learner's point has a larger loss than the start (0, 0).
        var lossWentUp: Bool
    }

    /// Said when the loss went up and no mistake above gives the learner's point: a
    /// symptom with more than one cause (a sign, or steps that grew), so it names none.
    static let lossWentUpNote = "The loss at your (w, b) is higher than at the start (0, 0), so some step went uphill. Each step must be (w, b) ← (w, b) − η·∇ with the gradient of the loss and the same η every time: check the sign of the update and of the gradient, and that the learning rate does not change between steps."

    /// Ways to get one part of gradient descent wrong, given the runs each would give.
    static func descentMistakes(_ part: Part, _ runs: DescentRuns) -> [Mistake<Double>] {
        @Sendable func pick(_ pair: (weight: Double, bias: Double)) -> Double { part == .weight ? pair.weight : pair.bias }
        let ascent = "The loss went up, not down: the step was (w, b) + η·∇, or the gradient had the wrong sign. Gradient descent steps against the gradient of the loss: (w, b) ← (w, b) − η·∇, with ∇ = (Σ (σ(zᵢ) − yᵢ)·xᵢ, Σ (σ(zᵢ) − yᵢ))."
        return [
            Mistake("gradient ascent (sign error)", explanation: ascent) { actual, _ in
                agree(actual, pick(runs.ascent))
            },
            Mistake("the mean gradient, not the sum",
                    explanation: "These are the steps of the mean gradient, n times shorter than the exercise's. Step with the gradient of the summed negative log-likelihood, as `gradient(weight:bias:x:labels:)` returns it.") { actual, expected in
                !agree(expected, pick(runs.meanGradient)) && agree(actual, pick(runs.meanGradient))
            },
            Mistake("off by one step",
                    explanation: "Take exactly `steps` steps: `for _ in 0..<steps` runs `steps` times, `0...steps` runs once more.") { actual, _ in
                agree(actual, pick(runs.oneFewer)) || agree(actual, pick(runs.oneMore))
            },
            Mistake("w updated before b's gradient",
                    explanation: "Both parts of the gradient must be computed at the same (w, b): compute the whole gradient first, then change w and b. Changing w and then computing ∂/∂b at the new w is a different (and unasked-for) method.") { actual, expected in
                !agree(expected, pick(runs.sequential)) && agree(actual, pick(runs.sequential))
            },
            Mistake("ignored the learning rate",
                    explanation: "These are steps of the whole gradient, η = 1, far too long for these data. Multiply the gradient by `learningRate` before subtracting it.") { actual, _ in
                agreeFinite(actual, pick(runs.rateOne))
            },
        ]
    }
}
