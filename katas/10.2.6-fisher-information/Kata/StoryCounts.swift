import KataKit

/// The story's counts: `np.random.seed(42); np.random.poisson(3, 50)`, calls to a help
/// desk in each of 50 hours, whose true mean is λ = 3.
func storyCounts() -> [Int] {
    var random = NumPyRandom(seed: storySeed)
    return random.poisson(mean: storyMean, count: storyCountSize)
}

/// The seed, the mean and the size of the story's counts, and of the longer run whose first they are.
let storySeed: UInt32 = 42, storyMean = 3.0, storyCountSize = 50, moreCountSize = 500

/// How a failure message names the story's counts, and the note that says where they come from.
let storyCountsName = "k"
let storyCountsNote = "Here k is the story's 50 counts: np.random.seed(42); k = np.random.poisson(3, 50)."

/// Counts as a call shows them: all of them when few, else the first three and the count.
func describe(_ counts: [Int]) -> String {
    guard counts.count > 6 else { return "\(counts)" }
    let mean = Double(counts.reduce(0, +)) / Double(counts.count)
    return "[" + counts.prefix(3).map(String.init).joined(separator: ", ")
        + ", … \(counts.count) counts in all, mean \(mean, significant: 6)]"
}
