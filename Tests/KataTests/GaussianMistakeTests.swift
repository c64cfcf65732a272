import GaussianKata
import Testing

/// A check that should fail, and the mistake its message should name.
struct GaussianExpectedFailure: Sendable {
    var exercise: String
    var check: String
    var mistake: String
}

/// A wrong solution and the first failure it should meet in each exercise it gets wrong.
struct GaussianWrongCase: Sendable, CustomTestStringConvertible {
    var label: String
    var make: @Sendable () -> any GaussianExercises
    var failures: [GaussianExpectedFailure]
    var testDescription: String { label }

    init(_ label: String, _ make: @escaping @Sendable () -> any GaussianExercises, _ failures: GaussianExpectedFailure...) {
        self.label = label
        self.make = make
        self.failures = failures
    }
}

private func fails(_ exercise: String, _ check: String, _ mistake: String) -> GaussianExpectedFailure {
    GaussianExpectedFailure(exercise: exercise, check: check, mistake: mistake)
}

private let smallMean = "the small example [2.1, 3.5, 2.8, 3.1, 2.9]"
private let smallLogLikelihood = "the small example at its estimate μ = 2.88, σ² = 0.2096"
private let smallEstimate = "the small example [2.1, 3.5, 2.8, 3.1, 2.9]: μ̂ = 2.88, σ̂² = 0.2096"
private let seededInterval = "the seeded sample of 50: about 4.037 to 5.061"

private let wrongCases: [GaussianWrongCase] = [
    GaussianWrongCase("mean over n − 1", { MeanOverNMinusOne() },
                      fails("mean", smallMean, "divided by n − 1")),
    GaussianWrongCase("mean that returns the sum", { MeanReturnsTheSum() },
                      fails("mean", smallMean, "returned the sum, not the mean")),
    GaussianWrongCase("mean hard-coded", { MeanHardCoded() },
                      fails("mean", "the seeded sample: np.random.seed(42); np.random.normal(5, 2, 50)",
                            "hard-coded an example's answer")),
    GaussianWrongCase("log-likelihood without −n/2 · ln(2π)", { LogLikelihoodWithoutConstant() },
                      fails("logLikelihood", smallLogLikelihood, "dropped the −n/2 · ln(2π) constant")),
    GaussianWrongCase("log-likelihood without the normalising term", { LogLikelihoodWithoutLogVariance() },
                      fails("logLikelihood", smallLogLikelihood, "dropped the −n/2 · ln σ² term")),
    GaussianWrongCase("log of the product of densities", { LogLikelihoodOfTheProduct() },
                      fails("logLikelihood", "10,000 measurements, whose product of densities underflows to 0",
                            "log of a number that underflowed")),
    GaussianWrongCase("log of each density", { LogLikelihoodOfEachDensity() },
                      fails("logLikelihood", "one measurement 40 standard deviations out, whose density underflows to 0",
                            "log of a number that underflowed")),
    GaussianWrongCase("log-likelihood that squares the variance", { LogLikelihoodSquaresTheVariance() },
                      fails("logLikelihood", smallLogLikelihood, "σ and σ² mixed up")),
    GaussianWrongCase("log-likelihood with n · ln σ²", { LogLikelihoodWithNLogVariance() },
                      fails("logLikelihood", smallLogLikelihood, "σ and σ² mixed up")),
    GaussianWrongCase("log-likelihood without the ½", { LogLikelihoodMissingHalf() },
                      fails("logLikelihood", smallLogLikelihood, "missing the ½ in the exponent")),
    GaussianWrongCase("negative log-likelihood", { LogLikelihoodNegated() },
                      fails("logLikelihood", smallLogLikelihood, "returned the negative log-likelihood")),
    GaussianWrongCase("average log-likelihood", { LogLikelihoodAveraged() },
                      fails("logLikelihood", smallLogLikelihood, "the average log-likelihood, not the sum")),
    GaussianWrongCase("variance over n − 1", { EstimateOverNMinusOne() },
                      fails("maximumLikelihoodEstimate", smallEstimate, "divided by n − 1")),
    GaussianWrongCase("σ̂ for σ̂²", { EstimateReturnsStandardDeviation() },
                      fails("maximumLikelihoodEstimate", smallEstimate, "returned σ̂, not σ̂²")),
    GaussianWrongCase("variance about 0", { EstimateWithoutSubtractingMean() },
                      fails("maximumLikelihoodEstimate", smallEstimate, "forgot to subtract the mean")),
    GaussianWrongCase("variance as Σx²/n − x̄²", { EstimateInOnePass() },
                      fails("maximumLikelihoodEstimate", "the small example shifted by 10⁹: σ̂² is still about 0.2096",
                            "catastrophic cancellation")),
    GaussianWrongCase("(variance, mean)", { EstimateSwapped() },
                      fails("maximumLikelihoodEstimate", smallEstimate, "swapped the mean and the variance")),
    GaussianWrongCase("n − 1 carried into the interval", { NMinusOneCarriedIntoInterval() },
                      fails("maximumLikelihoodEstimate", smallEstimate, "divided by n − 1"),
                      fails("confidenceInterval95", seededInterval, "used the n − 1 standard deviation")),
    GaussianWrongCase("interval with σ̂²", { IntervalWithTheVariance() },
                      fails("confidenceInterval95", seededInterval, "σ̂² in place of σ̂")),
    GaussianWrongCase("interval without √n", { IntervalWithoutRootN() },
                      fails("confidenceInterval95", seededInterval, "forgot the √n")),
    GaussianWrongCase("interval over n", { IntervalOverN() },
                      fails("confidenceInterval95", seededInterval, "divided by n, not √n")),
    GaussianWrongCase("interval with s", { IntervalWithSampleDeviation() },
                      fails("confidenceInterval95", seededInterval, "used the n − 1 standard deviation")),
    GaussianWrongCase("interval with z = 2", { IntervalWithZOf2() },
                      fails("confidenceInterval95", seededInterval, "wrong z value")),
    GaussianWrongCase("interval upside down", { IntervalSwapped() },
                      fails("confidenceInterval95", seededInterval, "lower and upper swapped")),
]

/// Right solutions written another way than the reference: no check may reject them.
private let rightAlternatives: [GaussianWrongCase] = [
    GaussianWrongCase("Welford's update", { EstimateByWelford() }),
    GaussianWrongCase("the log-likelihood term by term", { LogLikelihoodTermByTerm() }),
    GaussianWrongCase("the interval from the Fisher information", { IntervalFromFisherInformation() }),
]

@Suite("Kata 10.2.2, Gaussian MLE: typical mistakes are caught and named")
struct GaussianMistakeTests {
    @Test("a wrong solution fails where it should, naming its mistake", arguments: wrongCases)
    func caughtAndNamed(_ wrong: GaussianWrongCase) {
        let graded = Grader(kata: gaussianKata).gradeAll(wrong.make())
        for exercise in gaussianKata.exercises.map(\.name) {
            let checks = graded.filter { $0.exercise == exercise }
            guard let expected = wrong.failures.first(where: { $0.exercise == exercise }) else {
                for check in checks { #expect(check.outcome == .passed, "\(exercise): \(check.check)") }
                continue
            }
            let failures = checks.compactMap { check -> (check: String, failure: CheckFailure)? in
                if case .failed(let failure) = check.outcome { (check.check, failure) } else { nil }
            }
            #expect(failures.first?.check == expected.check)
            #expect(failures.first?.failure.mistake?.name == expected.mistake, "\(failures.first.map { "\($0.failure)" } ?? "no failure")")
            // No check in the exercise may end any other way than passed or failed.
            #expect(checks.allSatisfy {
                if case .failed = $0.outcome { true } else { $0.outcome == .passed }
            })
        }
    }

    @Test("right answers written differently pass every check", arguments: rightAlternatives)
    func alternativesPass(_ right: GaussianWrongCase) {
        for check in Grader(kata: gaussianKata).gradeAll(right.make()) {
            #expect(check.outcome == .passed, "\(check.exercise): \(check.check)")
        }
    }
}

@Suite("Kata 10.2.2, Gaussian MLE: no check can be passed by every wrong answer")
struct GaussianCheckCoverageTests {
    @Test("every check is failed by at least one of the typical wrong solutions")
    func everyCheckCatchesSomething() {
        let grader = Grader(kata: gaussianKata)
        var caught = Set<String>()
        for wrong in wrongCases {
            for graded in grader.gradeAll(wrong.make()) {
                if case .failed = graded.outcome { caught.insert("\(graded.exercise): \(graded.check)") }
            }
        }
        let all = gaussianKata.allChecks.map { "\(gaussianKata.exercises[$0.exercise].name): \($0.check.name)" }
        let uncaught = all.filter { !caught.contains($0) }
        #expect(uncaught.isEmpty, "checks no wrong solution fails: \(uncaught)")
    }
}
