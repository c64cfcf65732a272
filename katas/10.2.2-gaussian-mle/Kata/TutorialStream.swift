import KataKit

/// The Gaussian sample of the Python tutorial kata 10.2 follows, drawn as numpy draws it.
///
/// The tutorial calls `np.random.seed(42)` once at its top, and its first draw is
/// `np.random.normal(5, 2, 50)`: fifty measurements from N(5, 2²) (numpy's second
/// argument is the standard deviation σ = 2, not the variance). KataKit's generator
/// reproduces numpy's legacy stream bit for bit, so these are the learner's numbers
/// in Python too.
/// - Returns: The fifty values, in draw order.
func tutorialGaussianSample() -> [Double] {
    var rng = NumPyRandom(seed: 42)
    return rng.normal(mean: 5, standardDeviation: 2, count: 50)
}

/// The small example of the story: five measurements.
let smallExample = [2.1, 3.5, 2.8, 3.1, 2.9]
