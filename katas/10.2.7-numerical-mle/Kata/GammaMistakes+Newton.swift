import Foundation
import KataKit

extension GammaMistakes {
    // MARK: - profileScore

    /// Ways to get the profile score at `shape` for `observations` wrong; `atTwiceTheShape`
    /// holds the learner's score and the right one at 2 · `shape`, when the call has failed.
    static func scoreMistakes(shape: Double, observations: [Double],
                              atTwiceTheShape: (yours: Double, right: Double)? = nil) -> [Mistake<Double>] {
        let n = Double(observations.count)
        let mean = observations.reduce(0, +) / n
        let meanLog = observations.reduce(0) { $0 + log($1) } / n
        let gap = log(mean) - meanLog
        return [
            Mistake("slope of the negative log-likelihood (sign error)",
                    explanation: "This is minus the profile score, the slope of the loss −ℓ. The score is the slope of ℓ itself, n·(ln α − ψ(α) − ln x̄ + mean(ln x)): positive below α̂, where a larger shape makes the data more likely.") { actual, expected in
                expected != 0 && agree(actual, -expected) && (atTwiceTheShape.map { agree($0.yours, -$0.right) } ?? true)
            },
            Mistake("ln x̄ and mean(ln x) swapped",
                    explanation: "The score is n·(ln α − ψ(α) − ln x̄ + mean(ln x)): minus the log of the mean, plus the mean of the logs. ln x̄ ≥ mean(ln x) always (Jensen), so the score's constant part, mean(ln x) − ln x̄, is never positive.") { actual, _ in
                gap != 0 && agreeFinite(actual, n * (log(shape) - digamma(shape) + gap))
            },
            Mistake("the scale x̄/α, not the rate α/x̄",
                    explanation: "For a fixed α the best rate is β = α/x̄ (the mean α/β must be x̄), so ln β = ln α − ln x̄. With β = x̄/α, the scale, ln α enters with the wrong sign.") { actual, _ in
                agreeFinite(actual, n * (-log(shape) - digamma(shape) + log(mean) + meanLog))
            },
            Mistake("trigamma where digamma is meant",
                    explanation: "ψ(α) = d/dα ln Γ(α) is `digamma(shape)`; `trigamma` is its derivative ψ′, which belongs in the score's derivative (Newton's step), not in the score.") { actual, _ in
                agreeFinite(actual, n * (log(shape) - trigamma(shape) - gap))
            },
            Mistake("ln Γ(α) where ψ(α) is meant",
                    explanation: "Differentiating −n·ln Γ(α) gives −n·ψ(α), with ψ = `digamma`: the score holds the derivative of ln Γ, not ln Γ itself.") { actual, _ in
                agreeFinite(actual, n * (log(shape) - logGamma(shape) - gap))
            },
            Mistake("dropped the ln α",
                    explanation: "With β = α/x̄ put in, n·α·ln β = n·α·(ln α − ln x̄) depends on α twice, and its slope has n·ln α. The profile score is n·(ln α − ψ(α) − ln x̄ + mean(ln x)).") { actual, _ in
                agreeFinite(actual, n * (-digamma(shape) - gap))
            },
            Mistake("the mean, not the sum",
                    explanation: "This is the score divided by the number of observations. The score is the slope of the summed log-likelihood: n·(ln α − ψ(α) − ln x̄ + mean(ln x)).") { actual, expected in
                n > 1 && expected != 0 && agree(actual, expected / n)
            },
            Mistake("ln Σx, not ln x̄",
                    explanation: "The best rate for a given α is α/x̄, with x̄ the mean: ln β = ln α − ln x̄, not ln α − ln Σx.") { actual, _ in
                n > 1 && agreeFinite(actual, n * (log(shape) - digamma(shape) - log(mean * n) + meanLog))
            },
        ]
    }

    // MARK: - newtonRaphson

    /// What Newton-Raphson gives from the same start with the same rule and cap: the right
    /// run, and each mistaken one.
    struct NewtonRuns: Sendable {
        var expected: (shape: Double, iterations: Int)
        var maxIterations: Int
        var wrongSign: (shape: Double, iterations: Int)
        var derivativeWithoutN: (shape: Double, iterations: Int)
        var digammaInDerivative: (shape: Double, iterations: Int)
        var beforeLastStep: (shape: Double, iterations: Int)
        /// The story's α̂, which a learner may return whatever the inputs.
        var storyEstimate: Double
    }

    /// A mistake recognised from the learner's whole answer, shape and step count together,
    /// so that each of the two comparisons names the same one.
    struct RunMistake: Sendable {
        var name: String
        var explanation: String
        var matches: @Sendable () -> Bool
    }

    /// Ways to get Newton-Raphson on the profile score wrong, given the runs each would give
    /// and the learner's answer `yours`.
    static func newtonMistakes(_ runs: NewtonRuns, yours: (shape: Double, iterations: Int)) -> [RunMistake] {
        @Sendable func gave(_ run: (shape: Double, iterations: Int)) -> Bool {
            agree(yours.shape, run.shape) && yours.iterations == run.iterations
                && !(agree(run.shape, runs.expected.shape) && run.iterations == runs.expected.iterations)
        }
        return [
            RunMistake(name: "returned the story's α̂", explanation: """
                \(runs.storyEstimate) is the story's α̂ for its 200 draws, but this call passed other inputs. Take \
                Newton's steps from `start` on `observations`, and stop by the rule and the cap.
                """) {
                // To the digits a story shows: a learner may copy six decimals of it.
                let printed = Tolerance(relative: 1e-6)
                return printed.accepts(yours.shape, expected: runs.storyEstimate)
                    && !printed.accepts(runs.expected.shape, expected: runs.storyEstimate)
            },
            RunMistake(name: "off by one step", explanation: """
                The α is right but the count is not: \(yours.iterations) where the rule stops after \
                \(runs.expected.iterations). Count one per update of α, not the start, and stop after the first \
                step with |step| ≤ tolerance·|α| (a test on the score instead, or on the step before it is taken, \
                stops a step early or late).
                """) {
                agree(yours.shape, runs.expected.shape) && abs(yours.iterations - runs.expected.iterations) == 1
            },
            RunMistake(name: "no iteration cap", explanation: """
                This run took \(yours.iterations) steps where maxIterations is \(runs.maxIterations). The cap is the \
                stopping rule that always ends a run: a start too far away, a tolerance finer than a Double can \
                resolve or a wrong derivative can keep the step from ever getting small, and without a cap that \
                loop never ends. Loop `while iterations < maxIterations` (with `<=` it takes one step too many).
                """) { yours.iterations > runs.maxIterations },
            RunMistake(name: "Newton step with the wrong sign", explanation: """
                Newton's step is α ← α − score(α)/score′(α), with a minus. With + (or a score or score′ of the \
                wrong sign) each step goes the other way: α runs away from α̂ instead of closing in.
                """) { gave(runs.wrongSign) || (!yours.shape.isFinite && !runs.wrongSign.shape.isFinite
                                                && yours.iterations == runs.wrongSign.iterations) },
            RunMistake(name: "score′ without its n", explanation: """
                The profile score is n·(ln α − ψ(α) − …), so its derivative is n·(1/α − ψ′(α)): without the n each \
                step is n times too long.
                """) { gave(runs.derivativeWithoutN) },
            RunMistake(name: "digamma where trigamma is meant", explanation: """
                The derivative of the score's −ψ(α) is −ψ′(α), which is `trigamma(shape)`: score′(α) = \
                n·(1/α − ψ′(α)).
                """) { gave(runs.digammaInDerivative) },
            RunMistake(name: "returned the α before the last step", explanation: """
                The rule is tested after a step, on that step's size; return the α the step reached, not the one \
                it started from.
                """) { gave(runs.beforeLastStep) },
            RunMistake(name: "ignored the tolerance", explanation: """
                This run took all \(runs.maxIterations) steps, where the step fell below tolerance·|α| after \
                \(runs.expected.iterations). Stop after the first step with |step| ≤ tolerance·|α|.
                """) {
                yours.iterations == runs.maxIterations && runs.expected.iterations < runs.maxIterations
                    && agree(yours.shape, runs.expected.shape)
            },
        ]
    }

    // MARK: - multiStartMaximum

    /// Ways to get the best of several climbs wrong for `observations` and `starts`.
    ///
    /// Each is modelled by the value it would return; a mistake is named only when the
    /// learner's value is its model's and no other model's: on some inputs two slips give
    /// the same top (the first start's may be the lowest), and then neither is named.
    static func multiStartMistakes(observations: [Double], starts: [Double]) -> [Mistake<Double>] {
        let value = { (location: Double) in cauchyLogLikelihood(location: location, observations: observations) }
        let tops = starts.map { cauchyLocalMaximum(from: $0, observations: observations) }
        let bestStart = starts.max { value($0) < value($1) } ?? starts[0]
        let models: [(name: String, explanation: String, value: Double)] = [
            ("kept the first local maximum",
             "This is the top of the hill the first start is on. Each start can climb a different hill: compare the tops of all of them by their log-likelihood and keep the highest.",
             tops[0]),
            ("kept the last local maximum",
             "This is where the last start's climb ended. Keep a best-so-far and replace it only with a higher top: a later top is not a better one.",
             tops[tops.count - 1]),
            ("the lowest of the tops",
             "This is the local maximum with the smallest log-likelihood: the comparison is the wrong way round. Keep a top when its log-likelihood is larger than the best so far.",
             tops.min { value($0) < value($1) } ?? tops[0]),
            ("compared the locations, not their log-likelihoods",
             "This is the top with the largest θ. The best top is the one where the likelihood is highest: compare `cauchyLogLikelihood(location: top, observations: observations)`, not the tops themselves.",
             tops.max() ?? tops[0]),
            ("the best start, not the best climb",
             "This is the start with the largest log-likelihood, where no climb has happened. Run `cauchyLocalMaximum(from:observations:)` from each start and compare where the climbs end.",
             bestStart),
            ("climbed only from the best start",
             "The best start is not always on the highest hill. Climb from every start, then compare the tops.",
             cauchyLocalMaximum(from: bestStart, observations: observations)),
            ("returned the log-likelihood, not the location",
             "This is the best top's log-likelihood. The exercise asks for the location θ where it is reached.",
             tops.map(value).max() ?? value(tops[0])),
            ("the mean of the tops",
             "Averaging local maxima gives a point on no hill in particular, often in a valley between them. Keep the one top whose log-likelihood is highest.",
             tops.reduce(0, +) / Double(tops.count)),
        ]
        return models.enumerated().map { index, model in
            Mistake(model.name, explanation: model.explanation) { actual, expected in
                !agree(expected, model.value) && agree(actual, model.value)
                    && !models.indices.contains { $0 != index && agree(actual, models[$0].value) }
            }
        }
    }
}
