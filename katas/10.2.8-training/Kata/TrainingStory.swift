import Foundation
import KataKit

/// Tells the story of kata 10.2.8, computing every number it shows with
/// `ReferenceSolution` and the story's own training loops (never with the learner's
/// code, which may not be written yet).
func tellTrainingStory(_ narrator: Narrator) {
    let maths = ReferenceSolution()
    let data = SeparableData()
    let run = tellSeedTraining(narrator, data)
    tellSeparableTrap(narrator, data, run)
    tellPrior(narrator, data, run)
    tellMinibatch(narrator, maths)
    tellClasses(narrator, maths)
    tellLossTable(narrator, maths)
    narrator.heading("Your turn")
    narrator.prose("""
    Open katas/10.2.8-training/Solution.swift. It holds five functions, in the order \
    of this story: `logSumExp`, `softmax`, `crossEntropy` and its gradient \
    `crossEntropyGradient`, all from logits, and `sgdEpoch`, one epoch of minibatch \
    SGD for a k-class model. The comment above each says exactly what to return and \
    how the arrays are laid out (one row per sample). Replace each `todo()` with your \
    code, then grade your work:

      swift run kata check 10.2.8

    It grades the functions in order and, when one is wrong, names the mistake it most \
    likely is.
    """)
}

/// What the long training run found: the tutorial's reports, and snapshots after the
/// story's epochs, after many more steps, and along the way for the plot.
struct TrainingRun {
    let reports: [BinaryTraining.Report]
    let final: BinaryTraining.Snapshot
    /// After the story's epochs and each of `longRuns`, by the number of steps.
    let table: [BinaryTraining.Snapshot]
    /// Ten to a decade, from 10 steps to the longest run, for the plot.
    let curve: [BinaryTraining.Snapshot]

    /// Sorts what `BinaryTraining.run` took into the table and the curve.
    init(reports: [BinaryTraining.Report], snapshots: [Int: BinaryTraining.Snapshot], epochs: Int) {
        self.reports = reports
        let sorted = snapshots.values.sorted { $0.steps < $1.steps }
        final = snapshots[epochs] ?? sorted[0]
        table = sorted.filter { $0.steps == epochs || longRuns.contains($0.steps) }
        curve = sorted.filter { curveSteps.contains($0.steps) }
    }

    /// The longest run's snapshot.
    var last: BinaryTraining.Snapshot { table.last ?? final }
}

/// The steps of the longer runs that show the weights growing.
let longRuns = [10_000, 100_000]
/// The plot's steps, ten to a decade from 10 to the longest run.
let curveSteps = (10...50).map { Int(pow(10, Double($0) / 10).rounded()) }

// MARK: - The seed's training

/// The seed's data and its 1000 epochs of full-batch descent, reported every 200.
private func tellSeedTraining(_ narrator: Narrator, _ data: SeparableData) -> TrainingRun {
    let rate = narrator.value(learningRate), epochs = narrator.integer(epochCount)
    narrator.heading("Training is maximum likelihood")
    narrator.prose("""
    Every kata so far ended the same way: write down the probability of the data, take \
    its negative log, minimise. That is also how networks are trained. A classifier \
    that outputs P(y = 1 | x) = σ(w·x + b) and is trained on the binary \
    cross-entropy is a maximum likelihood fit of a Bernoulli model; the same holds for \
    k classes with the softmax, and for a language model predicting the next word.

    One seed tutorial shows it with a small torch model. Here are its data, with \
    numpy's stream in place of torch's: \(SeparableData.count) samples of \
    \(SeparableData.features) features, and a label that is 1 where the true weights \
    give a positive score:
    """)
    narrator.step { show in
        show("true w =", SeparableData.trueWeights)
        let first = data.row(0).map { "\($0, decimals: 4)" }
        show("x₀ =", first.joined(separator: " "))
        let ones = Int(data.labels.reduce(0, +))
        show("labels: \(ones) ones, \(data.labels.count - ones) zeros")
    }
    narrator.prose("""
    In Python: `np.random.seed(\(SeparableData.seed)); X = np.random.randn(\
    \(SeparableData.count), \(SeparableData.features)); y = (X @ w > 0)`. The \
    tutorial trains w and b from zero by full-batch gradient descent on the mean \
    binary cross-entropy computed from the logits z = w·x + b (torch's \
    `BCEWithLogitsLoss`), with learning rate η = \(prose: rate, significant: 3), \
    for \(epochs) epochs, and prints the loss and the accuracy along the way. Each \
    epoch is one step w ← w − η · (1/n) Σ (σ(zᵢ) − yᵢ) xᵢ, and the same for b:
    """)
    let run = narrator.step { show in
        let trainer = BinaryTraining(data: data, learningRate: rate)
        let every = max(1, epochs / 5)
        let (reports, snapshots) = trainer.run(
            steps: max(epochs, longRuns.max() ?? 0), reportEvery: every,
            reportUntil: epochs,
            snapshots: Set([epochs] + longRuns + curveSteps))
        for report in reports {
            show("epoch \(report.epoch):  loss \(report.loss, decimals: 4)",
                 " accuracy \(100 * report.accuracy, decimals: 1)%")
        }
        return TrainingRun(reports: reports, snapshots: snapshots,
                           epochs: epochs)
    }
    narrator.prose("""
    Each line is the forward pass of that epoch, before its step, as torch prints it. \
    The loss is the mean negative log-likelihood of the labels, so every step made \
    the labels a little less surprising. Where did the weights go?
    """)
    let cosine = narrator.step { show in
        let w = run.final.weights, truth = SeparableData.trueWeights
        show("w =", w.map { "\($0, decimals: 4)" }.joined(separator: " "),
             "  b = \(run.final.bias, decimals: 4)")
        let dot = zip(w, truth).reduce(0) { $0 + $1.0 * $1.1 }
        let norms = run.final.norm * truth.reduce(0) { $0 + $1 * $1 }.squareRoot()
        show("cos(w, true w) = \(dot / norms, decimals: 4)")
        return dot / norms
    }
    narrator.prose("""
    The learned weights point almost exactly along the true ones (a cosine of \
    \(prose: cosine, decimals: 4)), the fourth weight, whose feature plays no part, \
    is near 0, and the bias is near 0 as it should be. But they are shorter than the \
    truth, and they are still moving.
    """)
    narrator.claim("the loss goes down at every report", zip(run.reports, run.reports.dropFirst()).allSatisfy {
        $1.loss < $0.loss
    })
    return run
}

// MARK: - The trap

/// Separable labels: the loss goes to 0 while ‖w‖ grows without bound.
private func tellSeparableTrap(_ narrator: Narrator, _ data: SeparableData, _ run: TrainingRun) {
    narrator.heading("The trap: when the estimate does not exist")
    narrator.prose("""
    These labels are a function of x: y is 1 exactly when the true w gives a positive \
    score. The classes are *separable*, and then the maximum likelihood estimate does \
    not exist. If some w puts every sample on its side, then 2w does too, and so \
    does every larger multiple, each more confidently: every σ(zᵢ) moves nearer its label, and the likelihood \
    climbs towards 1 without reaching it. There is no maximum to find. Keep the same \
    descent running and watch:
    """)
    narrator.step { show in
        for snapshot in run.table {
            show("after \(grouped(snapshot.steps)) steps:",
                 " loss \(snapshot.loss, decimals: 4)",
                 " ‖w‖ \(snapshot.norm, decimals: 3)",
                 " accuracy \(100 * snapshot.accuracy, decimals: 1)%")
        }
    }
    narrator.claim("trained longer, the loss keeps falling and ‖w‖ keeps growing",
                   zip(run.table, run.table.dropFirst()).allSatisfy { $1.loss < $0.loss && $1.norm > $0.norm })
    narrator.prose("""
    Drawn over the steps, on a log scale, from \(curveSteps[0]) to \
    \(grouped(run.last.steps)): the loss sinks towards 0 and the norm climbs, \
    with no sign of either settling.
    """)
    narrator.step { show in
        let x = run.curve.map { log10(Double($0.steps)) }
        let norms = zip(x, run.curve).map { ($0, $1.norm) }
        let losses = zip(x, run.curve).map { ($0, 10 * $1.loss) }
        show(LinePlot(series: [
            LinePlot.Series(name: "‖w‖", points: norms),
            LinePlot.Series(name: "10 × loss", points: losses),
        ], width: 62, height: 12, xLabel: "log₁₀ of the steps", yLabel: ""))
    }
    narrator.prose("""
    Why it cannot settle: take the true weights themselves, which put every sample \
    on its side, and scale them up. The loss drops every time:
    """)
    let doubled = narrator.step { show in
        let truth = SeparableData.trueWeights
        var losses: [Double] = []
        for scale in [1.0, 2.0, 10.0] {
            let logits = (0..<SeparableData.count).map { i in
                zip(data.row(i), truth).reduce(0) { $0 + scale * $1.0 * $1.1 }
            }
            let loss = data.lossAndAccuracy(logits).loss
            losses.append(loss)
            show("\(scale, decimals: 0) × true w:  loss \(loss, significant: 4)")
        }
        return losses
    }
    narrator.claim("scaling the true weights up lowers the loss every time",
                   zip(doubled, doubled.dropFirst()).allSatisfy { $1 < $0 })
    // Trained longer, these data lose a sample to the boundary: say why, whenever that happens.
    let dipped = zip(run.table, run.table.dropFirst()).contains { $1.accuracy < $0.accuracy }
    let dipNote = dipped ? " The accuracy even dipped: the mean loss gains more from making the many easy "
        + "samples surer than it loses on the few it now puts on the wrong side." : ""
    narrator.prose("""
    Gradient descent is doing its job: the loss has no minimum, only a direction in \
    which it keeps going down, and ‖w‖ grows without end, ever more slowly (in the \
    long run like the log of the number of steps). After \
    \(grouped(run.last.steps)) steps the loss is \
    \(prose: run.last.loss, significant: 3) and still falling.\(dipNote) This is the \
    coin of kata 10.2.1 that came up heads in every one of a few flips, where \
    maximum likelihood said P(heads) = 1; here it says "infinitely sure". \
    Maximum likelihood has no built-in regularisation.
    """)
}
