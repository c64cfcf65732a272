import KataKit

/// The story's sample: `np.random.seed(42); np.random.exponential(scale=2, size=100)`,
/// waits whose true rate is α = 1/2.
func seededSample() -> [Double] {
    var random = NumPyRandom(seed: 42)
    return random.exponential(scale: 2, count: 100)
}
