import Foundation
import KataKit

extension FisherInformationMistakes {
    /// How a learner's finite difference went about it, read from the points at which
    /// it called the log-likelihood: so a failure names the step it took, never a guess.
    struct Differencing: Sendable {
        /// θ.
        let estimate: Double
        /// The smallest and largest distance from θ of a point it evaluated, if any.
        let steps: (smallest: Double, largest: Double)?
        /// Whether every point it evaluated lies on one side of θ (or at θ).
        let oneSided: Bool
        /// The central difference −(ℓ(θ + h) − 2ℓ(θ) + ℓ(θ − h)) / h² with its smallest step h.
        let centralAtItsStep: Double?
        /// The same with twice that step: how the error grows with h tells truncation from rounding.
        let centralAtTwiceItsStep: Double?
        /// About how much rounding ℓ's values leave in a second difference at that step, 4ε·|ℓ(θ)|/h².
        let roundingAtItsStep: Double?

        /// Reads the points `evaluatedAt` around `estimate`.
        init(at estimate: Double, evaluatedAt points: [Double], of logLikelihood: (Double) -> Double) {
            self.estimate = estimate
            let offsets = points.map { $0 - estimate }.filter { $0 != 0 }
            let distances = offsets.map(abs)
            steps = distances.min().map { ($0, distances.max() ?? $0) }
            oneSided = !offsets.isEmpty && (offsets.allSatisfy { $0 > 0 } || offsets.allSatisfy { $0 < 0 })
            func central(_ h: Double) -> Double {
                -(logLikelihood(estimate + h) - 2 * logLikelihood(estimate) + logLikelihood(estimate - h)) / (h * h)
            }
            centralAtItsStep = steps.map { central($0.smallest) }
            centralAtTwiceItsStep = steps.map { central(2 * $0.smallest) }
            roundingAtItsStep = steps.map { 4 * Double.ulpOfOne * abs(logLikelihood(estimate)) / ($0.smallest * $0.smallest) }
        }

        /// Whether rounding alone, at the learner's step, is more than half of what `tolerance` allows.
        func roundingWins(expected: Double, _ tolerance: Tolerance) -> Bool {
            (steps.map { $0.smallest < 1e-6 * scale } ?? false)
                || (roundingAtItsStep.map { $0 > 0.5 * tolerance.relative * abs(expected) } ?? false)
        }

        /// Whether the step's error is the curve's bend changing over it: it grows fourfold
        /// when the step doubles, as a central difference's h² error does.
        func truncationWins(expected: Double, _ tolerance: Tolerance) -> Bool {
            if let step = steps, step.largest > 2e-3 * scale { return true }
            guard let once = centralAtItsStep, let twice = centralAtTwiceItsStep else { return false }
            let (error, doubled) = (once - expected, twice - expected)
            return abs(error) > tolerance.relative * abs(expected) && error * doubled > 0 && (3...5).contains(doubled / error)
        }

        /// The size of θ that a step is measured against.
        var scale: Double { max(1, abs(estimate)) }
    }

    /// Ways to get the observed information wrong, as `differencing` shows them.
    static func observedMistakes(_ differencing: Differencing, _ tolerance: Tolerance) -> [Mistake<Double>] {
        let rounding = differencing.roundingAtItsStep.map { " leaves a rounding error of about \($0, significant: 1)" } ?? ""
        return [
            Mistake("never called the log-likelihood",
                    explanation: "The function must work for any log-likelihood it is given, so it has to evaluate it: ℓ″(θ) ≈ (ℓ(θ + h) − 2ℓ(θ) + ℓ(θ − h)) / h².") { _, _ in
                differencing.steps == nil
            },
            Mistake("the information's sign",
                    explanation: "This is ℓ″(θ), negative at a maximum. The observed information is its negative, −ℓ″(θ): positive where the curve bends down.") { actual, expected in
                Tolerance.relative(1e-3).accepts(-actual, expected: expected)
            },
            Mistake("a one-sided difference",
                    explanation: "Every point you evaluated lies on one side of θ. A one-sided second difference such as (ℓ(θ + 2h) − 2ℓ(θ + h) + ℓ(θ)) / h² estimates ℓ″ at θ + h, not at θ: its error grows with h · ℓ‴. Use points on both sides, θ − h, θ and θ + h, and the errors of first order cancel.") { _, _ in
                differencing.oneSided
            },
            Mistake("a step so small that cancellation wins",
                    explanation: "Your smallest step was \(differencing.steps.map { "\($0.smallest, significant: 2)" } ?? "?") for θ = \(differencing.estimate, significant: 6), which\(rounding). At such a step ℓ(θ + h), ℓ(θ) and ℓ(θ − h) agree in nearly all their digits, so their second difference is mostly rounding error, then divided by a tiny h². Take h = 1e-4 · max(1, |θ|), about the fourth root of Double's precision, scaled to θ.") { _, expected in
                differencing.roundingWins(expected: expected, tolerance)
            },
            Mistake("a step too large",
                    explanation: "Your step was \(differencing.steps.map { "\($0.largest, significant: 2)" } ?? "?") for θ = \(differencing.estimate, significant: 6). Over so wide a step the curve's bend changes, and the difference measures an average of ℓ″ instead of its value at θ: its error grows fourfold when the step doubles. Take h = 1e-4 · max(1, |θ|).") { _, expected in
                differencing.truncationWins(expected: expected, tolerance)
            },
            Mistake("divided by h, not h²",
                    explanation: "A second difference is divided by h² (h once for each derivative): −(ℓ(θ + h) − 2ℓ(θ) + ℓ(θ − h)) / (h * h).") { actual, _ in
                guard let central = differencing.centralAtItsStep, let h = differencing.steps?.smallest else { return false }
                return agreeFinite(actual, central * h) || agreeFinite(actual, -central * h)
            },
        ]
    }
}
