import Foundation
import KataKit

// MARK: - The prior

/// An L2 penalty, a Gaussian prior on the weights, gives a finite answer (MAP).
func tellPrior(_ narrator: Narrator, _ data: SeparableData, _ run: TrainingRun) {
    narrator.heading("A prior gives a finite answer")
    let penalties = [0.1, 0.01, 0.001]
    narrator.prose("""
    The cure is to want something besides fitting the data: small weights. Add \
    λ/2 · ‖w‖² to the loss, the L2 penalty or *weight decay*. Seen from probability, \
    that term is minus the log of a Gaussian prior on each weight, centred on 0, so \
    the minimum is the *maximum a posteriori* (MAP) estimate: the most probable \
    weights given the data and the prior, the next kata's subject. The penalised loss \
    has a single minimum, which Newton's method finds in a few steps:
    """)
    let fits = narrator.step { show in
        penalties.map { penalty in
            let theta = mapFit(data, penalty: penalty)
            let w = Array(theta.prefix(SeparableData.features))
            let norm = w.reduce(0) { $0 + $1 * $1 }.squareRoot()
            show("λ = \(penalty, significant: 1):  ‖w‖ = \(norm, decimals: 3)",
                 "  b = \(theta[SeparableData.features], decimals: 4)")
            return norm
        }
    }
    narrator.claim("every penalty gives a finite ‖w‖, the smaller λ the longer w",
                   fits.allSatisfy(\.isFinite) && zip(fits, fits.dropFirst()).allSatisfy { $0 < $1 })
    narrator.prose("""
    The weaker the prior (the smaller λ), the longer the weights, but always finite: \
    from λ = \(prose: penalties[0], significant: 1) to \
    \(prose: penalties[penalties.count - 1], significant: 1), ‖w‖ goes from \
    \(prose: fits[0], decimals: 3) to \(prose: fits[fits.count - 1], decimals: 3), \
    where plain maximum likelihood passed \(prose: run.last.norm, decimals: 1) \
    and kept going. Early stopping (the tutorial's \(run.final.steps) epochs) is the \
    other common cure; it works too, but the answer then depends on when you stop.
    """)
}

// MARK: - Minibatch SGD

/// Minibatch SGD on 10.2.4's non-separable data reaches its exact maximum, up to noise.
func tellMinibatch(_ narrator: Narrator, _ maths: ReferenceSolution) {
    let size = narrator.integer(batchSize)
    let data = NonSeparableData()
    narrator.heading("Minibatches: stochastic maximum likelihood")
    narrator.prose("""
    Real training sets do not fit in one step: *minibatch SGD* estimates the gradient \
    from a few samples at a time. Each batch's mean gradient is an unbiased estimate \
    of the full mean gradient, so the steps wander around the full descent's path, \
    and with a small learning rate they settle near the maximum of the likelihood.

    Take kata 10.2.4's \(data.labels.count) points, whose labels are random draws, \
    not separable: there the maximum exists. Write the model with the softmax over \
    two classes (class 1's logit minus class 0's is the logistic w·x + b), shuffle \
    the samples each epoch as `np.random.permutation` does, and run `maths.sgdEpoch` \
    with batches of \(size) for \(minibatchEpochs) epochs at η = \
    \(prose: minibatchRate, significant: 2):
    """)
    let (final, averaged, exact) = narrator.step { show in
        var weights = [[0.0, 0.0]], bias = [0.0, 0.0]
        var shuffler = NumPyRandom(seed: shuffleSeed)
        var sum = (weight: 0.0, bias: 0.0)
        for epoch in 1...minibatchEpochs {
            (weights, bias) = maths.sgdEpoch(
                weights: weights, bias: bias, x: data.x,
                labels: data.labels,
                order: shuffler.permutation(data.labels.count),
                batchSize: size, learningRate: minibatchRate)
            let pair = logisticPair(weights: weights, bias: bias)
            if epoch > minibatchEpochs / 2 {
                sum = (sum.weight + pair.weight, sum.bias + pair.bias)
            }
        }
        let last = logisticPair(weights: weights, bias: bias)
        let half = Double(minibatchEpochs - minibatchEpochs / 2)
        let mean = (weight: sum.weight / half, bias: sum.bias / half)
        show("last epoch:      w = \(last.weight, decimals: 4)",
             " b = \(last.bias, decimals: 4)")
        show("mean of the last half: w = \(mean.weight, decimals: 4)",
             " b = \(mean.bias, decimals: 4)")
        let exact = data.exactFit()
        show("exact maximum:   w = \(exact.weight, decimals: 4)",
             " b = \(exact.bias, decimals: 4)")
        return (last, mean, exact)
    }
    let distance = hypot(final.weight - exact.weight, final.bias - exact.bias)
    let averageDistance = hypot(averaged.weight - exact.weight, averaged.bias - exact.bias)
    let near = 0.1
    narrator.claim("the last epoch lands within \(prose: near, significant: 1) of the exact maximum",
                   distance < near, onlyAtTheStorysOwn: batchSize)
    narrator.prose("""
    The last epoch's (w, b) is \(prose: distance, significant: 2) from the exact \
    maximum, and the mean of the epochs' ends over the second half is \
    \(prose: averageDistance, significant: 2) from it: SGD does not stop at the \
    maximum, it jitters around it, by an amount that grows with η and shrinks with \
    the batch size. Try `swift run kata run 10.2.8 --set batch_size=1`, and \
    `--set batch_size=\(data.labels.count)`: the full batch, with no noise at all.
    """)
}
